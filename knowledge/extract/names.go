package extract

import "strings"

// firstNames are frequent first names of footballers. They are evidence
// that a capitalised pair is a person ("Milan Škriniar", "Florian Wirtz")
// where the first word is also a city or a common noun.
var firstNames = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`milan paris florian adama victor jordan kylian leny jude harry declan mason marcus raheem
	bukayo kai jamal thomas joshua leroy serge leon manuel robert sadio mohamed mohammed ousmane antoine karim olivier
	kingsley christopher randal theo lucas alexis alexander alexandre bruno joao jose luis carlos sergio sergej dusan
	dayot david timo jerome jonathan mario malick james joan lamine nico pedri gavi federico nicolo teun franck rodrigo
	rafael nicolas boubakary boubacar victor martin mikel dani alvaro marco matteo lorenzo alessandro giorgio gianluigi
	romelu dries lucas mauro lautaro paulo angel achraf hakim youssef sofyan youri wilfried michael edson scott alex
	pierre emile moises enzo darwin mykhailo aurelien eduardo vinicius rodrygo fede arda jan frenkie memphis virgil
	cody denzel granit martin kevin eden thibaut romeo jeremy amadou ibrahima kalidou cheick moussa kouadio issa
	benjamin benoit jules william willian gabriel gabri fabian joshua erling martin marten niklas kalvin arthur
	warren bradley presnel castello amine mathys emile teden krzysztof arkadiusz divock piotr wojciech kasper
	andre andrea andriy oleksandr mykola viktor dominik dominic patrik patrick ivan luka mateo josko marcelo
	ben andrey`) {
		m[w] = true
	}
	return m
}()

// firstNameAt reports a known first name at word i followed by a
// capitalised word on the same line: "Milan Skriniar".
func (d *doc) firstNameAt(i int) bool {
	if !firstNames[d.words[i].key] || i+1 >= len(d.words) {
		return false
	}
	n := d.words[i+1]
	return n.cap && !n.num && tight(n.prev) && d.clubAt[i+1] == 0 && !nonName[n.key] && stopLang[n.key] == 0
}
