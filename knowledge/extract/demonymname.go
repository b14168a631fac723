package extract

import "strings"

// namedDemonyms returns the clubs of a club's demonym or adjective used as
// a noun after a singular article, right before a capitalised word that is
// no club ("le Lyonnais Rayan Cherki", "il rossonero Rafael Leão", "el
// azulgrana Frenkie de Jong"; word set demonymname), and marks a plural
// club name in the English possessive before a name ("the Gunners' Eddie
// Nketiah"): the name is his, the club his own. A demonym that names a
// city of several clubs, a country or a capital tells no club.
func (d *doc) namedDemonyms() []clubMention {
	words := d.words
	var add []clubMention
	for i := 1; i+1 < len(words); i++ {
		if !d.is(wDemonymName, words[i-1].key) || !d.beforeName(i+1) || words[i].prev&^sepSpaceLike != 0 {
			continue
		}
		if c := d.clubAt[i]; c != 0 {
			if m := &d.cms[c-1]; m.w == i && m.end == i+1 && m.nick {
				m.named = true
			}
			continue
		}
		if c, ok := d.playersClub(words[i].key, i); ok {
			add = append(add, clubMention{w: i, end: i + 1, club: c, nick: true, named: true})
		}
	}
	for k := range d.cms {
		m := &d.cms[k]
		if e := m.end; d.lang == "en" && e < len(words) && d.beforeName(e) && strings.HasSuffix(words[e-1].key, "s") && apostropheAt(d.text, words[e-1].end) {
			m.named = true
		}
	}
	return add
}

// beforeName reports a capitalised word at i, tight after the word before
// it, that is no club: the start of a name.
func (d *doc) beforeName(i int) bool {
	w := d.words[i]
	return w.cap && !w.num && d.clubAt[i] == 0 && w.prev&(sepComma|clauseBreak) == 0
}

// apostropheAt reports an apostrophe at byte i of the text.
func apostropheAt(text string, i int) bool {
	return strings.HasPrefix(text[i:], "'") || strings.HasPrefix(text[i:], "’")
}
