package extract

import (
	"strings"

	"github.com/mercato-bot/mercato/knowledge/clubs"
)

// kind is what a lexicon phrase signals.
type kind uint8

const (
	kInterest    kind = iota + 1 // monitoring, keen, linked
	kTalks                       // contact, talks, negotiations
	kBid                         // an offer made
	kAdvanced                    // close, agreement, personal terms
	kDone                        // signed, completed
	kReject                      // an offer turned down: the pursuit may go on
	kEnded                       // the pursuit is over: collapsed, cooled
	kPast                        // the passage tells the past: last summer
	kRenew                       // a new approach after a setback
	kDeny                        // a denial: no interest, not an option
	kNeg                         // a negation word: not, pas, nicht
	kContract                    // contract nouns
	kExpire                      // expiry verbs and phrases
	kSeller                      // what the selling club does: sell, keep, ask
	kRole                        // people who are not players: coach, journalist
	kPos                         // player descriptions: midfielder, le minot
	kSource                      // before an outlet: according to, selon
	kSourceAfter                 // after an outlet: reports, says
	kExcl                        // before a club that is no suitor: against, ex
	kFrom                        // before the club a player leaves: from
	kLoc                         // before a city: in, à, nach
	kClause                      // release clause
	kWage                        // wages
	kAsking                      // asking price
	kValuation                   // valuation
	kAccept                      // accepted
	kFormer                      // former, previous (contract, club)
	kOf                          // of, de, del, von: "the striker of Napoli"
	kPlayer                      // words that say a man is a player
	kTenure                      // his future at, his time at: the club he is at
	kLeave                       // leave: the club he is at
	kObj                         // before a player a deal is about: signing of, offer for
	kSigned                      // after a player who moves: has signed, a signé
	kSigns                       // signing verbs that can take an expiry: a signé jusqu'en 2028
	nKinds
)

// lexicon is the phrase list of every language, one kind per line. A word
// ending in * matches any word it begins (at least four letters before it).
const lexicon = `
interest: renseign* | à l'affût | alla finestra | preguntaron por | preguntado por | bemüht | bemühen | geworben | werben um | on alert | keeping an eye | sondé | sondée | sondés | Wunsch* | informiert | asked about | asked after | made enquiries | chiesto informazioni | chiesto notizie | pris des renseignements | pris des nouvelles | preguntó por | pidió información | pedido información | erkundigt | angefragt | nachgefragt | veut | veulent | voudrait | voudraient | interest* | interessato | interessati | interessa | interessano | intéress* | interés | interesado | interesados | interesa | keen | linked | link | links | monitor* | tracking | tracked | track | watching | watched | watch | scouted | scouts | scouting | target | targets | targeted | targeting | admiring glances | close eye | an eye on | an eye out | keeping tabs | keep tabs | kept tabs | radar | shortlist* | wanted | wants | admire* | considering | considered | consider | eyeing | eyes | credited | pursuit | pursuing | pursue | chase | chasing | race for | in the race | option | options | alternative* | suitor* | enquir* | inquir* | move for | liking | head to head | weighed up | on their list | on the list | list of | ready to pay | prepared to pay | willing to pay | willing to offer | emerged as | sur le coup | suit | suivent | suivre | suivi | pisté | piste | pistes | viseur | convoit* | courtis* | prétendant* | cible | ciblé | bataille | course à | course pour | immisc* | lorgne | surveill* | observe | apprécie* | souhaite* | évoqué | évoqués | cité | cités | priorité | renseigné | envisage* | attirer | recruter | s'intéresse | intéressé | sigue | siguen | de cerca | sondea | objetivo | agenda | quiere | querría | querrían | pretende | pretenden | aspirante | rival | vigila | tras los pasos | señalado | acecha | candidato | opción | persecución | dispuesto | dispuestos | apunta | segue | seguono | seguire | osserva* | monitora | mirino | obiettivo | pista | sondaggio | sonda | vuole | vogliono | piace | estimatori | pensa | taccuino | alternativ* | candidat* | mossa | mosso | corteggia* | informato | informata | insegu* | interessiert | Interesse | beobacht* | Wunschliste | Kandidat* | Visier | auf der Liste | Interessenten | sondieren | Verbindung | gehandelt | umworben | Ziel | Wunschkandidat | Wunschnachfolger | Konkurrenz | heiß | buhlt | buhlen | Liste
talks: agreeing personal terms | agree personal terms | agreeing terms | agree terms | agreeing a fee | agree a fee | to reach an agreement | reach an agreement | alcanzar un acuerdo | llegar a un acuerdo | cerrar un acuerdo | trovare l'accordo | trovare un accordo | raggiungere un accordo | eine Einigung zu erzielen | Einigung erzielen | talks | talk | negotiat* | discussions | discussion | in contact | contact | contacts | meeting | meetings | met | opened talks | permission to speak | permission to talk | permission to open | approach | approached | approaches | sounded out | dialogue | discussions | négoci* | pris contact | échanges | échange | rencontré | rencontre | en contact | s'active | entretien | pourparlers | negoci* | conversaciones | contacto | contactos | reunión | se reunió | en contacto | sondeo | trattativ* | si tratta per | trattano | trattare | contatt* | colloqui* | dialogo | incontro | bussato | Gespräche | Gespräch | verhand* | Kontakt | Kontakte | Treffen | in Kontakt
bid: pujado | puja | pujó | abgegeben | vorgelegt | proposé | proposée | proposait | propose | propuesto | ofreció | ofrece | ofrecen | proposto | propone | angeboten | bietet | bieten | bid | bids | offer | offers | offered | offering | proposal | proposals | tabled | table a | submitted | package | attempt | offre | offres | proposition | propositions | formulé | formulée | transmis | oferta | ofertas | propuesta | propuestas | ofrecido | offerta | offerte | proposta | proposte | rilancio | offerto | Angebot | Angebote | Offerte | Gebot | geboten | sul tavolo | sur la table | on the table | mettre sur la table
advanced: ne manque plus que l'officialisation | manque plus que l'officialisation | ne manque que l'officialisation | manca solo l'ufficialità | manca soltanto l'ufficialità | manca solo l'ufficialita | solo falta la oficialidad | solo falta el anuncio oficial | falta el anuncio oficial | only the official announcement | awaiting the official announcement | awaiting an official announcement | nur noch die offizielle Bestätigung | geeinigt | einigten | won the race | remporté la course | ganado la carrera | vinto la corsa | entendus | a un passo | à un pas | a un paso | apalabrado | pactado | pactó | in dirittura | dirittura d'arrivo | leading the race | entendu avec | s'était entendu | ahead of the pack | ahead in the race | ahead of their rivals | ahead of the competition | devant | front runner* | frontrunner* | favourite | favourites | favorite | favorites | close to | closing in | nearing | personal terms | agreed personal terms | agreement in principle | verbal agreement | agreed a fee | agreed terms | full agreement | reached an agreement | reached agreement | agreement | agreed | set to join | set to sign | on his way | medical | pole position | ahead of the pack | well placed | edge closer | accepted | breakthrough | bien placé | pole | favori | favoris | tenir la corde | tient la corde | accord | pré accord | accord verbal | accord de principe | tout proche | se rapproche | prend la direction | en passe de | longueur d'avance | pris l'avantage | pris les devants | bonne position | s'apprêtent | s'apprête | visite médicale | s'engager | acuerdo | principio de acuerdo | preacuerdo | muy avanzada | muy avanzado | avanzada | avanzado | encarrilada | encarrilado | favorito | paso decisivo | ha cerrado | han cerrado | accordo | intesa | vicinissimo | vicino | vicina | in pole | favorita | ultimi dettagli | dettagli | sì | Einigung | einig | vor einem Wechsel | steht vor | kurz vor | Medizincheck | Vorvertrag | infrage | in Frage | Favorit
done: bouclé | finalisé | fix | wechselt | schließt sich  | Neuzugang | Neuzugänge | new signing | new signings | nouvelle recrue | nuevo fichaje | nuovo acquisto | ya es jugador | new player | nouveau joueur | nuevo jugador | nuovo giocatore | neuer Spieler | signed | completed | completed the signing | joined | officially | unveiled | sealed | done deal | here we go | a signé | officialis* | a rejoint | rejoint | s'est engagé | officiel | officielle | ha fichado | fichó | fichaje oficial | oficial | firmó | ha firmato | firmato | ufficiale | ufficializzato | unterschrieben | offiziell | perfekt | gewechselt | wechselte | definito l'arrivo | l'arrivo
reject: rejected | rebuffed | turned down | knocked back | dismissed | refused | refuse | refusé | refusée | repoussée | repoussé | décliné | rejeté | rejetée | trop basse | bien trop | rechaz* | rifiut* | respint* | rispedit* | rispedita al mittente | abgelehnt | zurückgewiesen | Absage | suffered the same fate | same fate | counter offer | contre offre
ended: échec | l'échec | retiré | retirée | s'est retiré | tirato indietro | tirata indietro | aus dem Rennen | out of the race | n'est plus dans la course | ne sont plus dans la course | plus dans la course | hors course | fuori dalla corsa | stepped back | stepped away | withdrew | withdrawn | dropped out | backed out | gave up | given up | verzichtet | zurückgezogen | se retiró | desistido | desistió | mollato | fracaso | fallimento | Scheitern | could not agree | cannot compete | could not compete | n'a pas abouti | ha chiuso ogni discorso | chiuso ogni discorso | ruled out | rompu | interrompu | naufragé | fell apart | failing in | failure | no wish | had no wish | collapsed | came to nothing | failed | fail | empty handed | cooled | moved on | walked away | pulled out | no longer | ended their interest | abandoned | opted not | opting not | will not be | saw off | éconduit* | renoncé | abandonné | échoué | sans succès | fait une croix | raté | tourné la page | ne se concrétisent | sin éxito | fracas* | descart* | renunci* | se cayó | rechazó | sfumat* | saltat* | beffa | ha detto no | detto no | scartato | rinuncia* | abgesagt | leer aus | geplatzt | gescheitert | ohne dass daraus | zerschlagen | abgesprungen | turned down Liverpool
past: had | avait | avaient | había | habían | aveva | avevano | hatte | hatten | sembrava | semblait | parecía | il y a un an | il y a deux ans | hace un año | hace dos años | un anno fa | due anni fa | vor einem Jahr | vor zwei Jahren | last summer | last year | last season | last january | in the past | previously | earlier in the year | in the spring | a year ago | two years ago | l'été dernier | l'an dernier | l'année dernière | par le passé | la saison dernière | dès l'hiver | l'hiver dernier | el pasado verano | la temporada pasada | el año pasado | en el pasado | el verano pasado | la scorsa estate | l'estate scorsa | in passato | lo scorso anno | la scorsa stagione | im vergangenen Sommer | letzten Sommer | letzten Winter | in der Vergangenheit | vergangene Saison | vergangenen Saison | im Winter | im vergangenen Jahr
renew: not over | still going on | talks continue | talks are continuing | continue to negotiate | pas terminé | pas fini | se poursuivent | continuent | no han terminado | continúan | siguen negociando | non è finita | continuano | proseguono | gehen weiter | laufen weiter | weiter verhandeln | new approach | renewed approach | renewed | fresh approach | third proposal | improved offer | improved bid | return with | returned with | revenir à la charge | revenu à la charge | reviendra à la charge | relance | relancé | nouvelle offensive | nouvelle offre | de nouveau | revenir | nueva oferta | nuevo intento | nuova offerta | rilancio | proseguono | neues Angebot | erneut | nicht mehr
deny: no interest | not interested | not an option | kein Thema | kein Interesse | pas intéressé | dément | démenti | smentisc* | smentita | niega | desmiente | denied | denies | nessun interesse | ningún interés
ended: deny any interest | denied any interest | denies any interest | deny interest | denied interest | denies interest | deny reports | denied reports | denies reports | dismissed reports | dismissed interest | dismissed talk | played down interest | played down reports | played down talk | not interested | no interest | dément | démenti | démentent | dément tout intérêt | pas intéressé | pas intéressés | pas intéressée | n'est pas intéressé | n'est pas intéressée | ne sont pas intéressés | n'est plus intéressé | ne sont plus intéressés | aucun intérêt | desmiente | desmintió | desmienten | niega el interés | negó el interés | no está interesado | no están interesados | ningún interés | smentisc* | smentita | smentito | nega l'interesse | non è interessata | non è interessato | non sono interessati | nessun interesse | dementiert | dementierte | dementi | kein Interesse | nicht interessiert | für uns kein Thema | bei uns kein Thema
neg: not | no | never | pas | jamais | aucun | aucune | ne | n | non | nunca | nicht | kein | keine | keinen | niemals | ni
contract: contract | contracts | deal | deals | contrat | bail | contrato | contratto | Vertrag | Kontrakt | Arbeitspapier | free agent | fin de contrat | scadenza | parametro zero | libre | ablösefrei | unter Vertrag | sous contrat | legato | lié | vinculado | vincula
expire: fin de contrat | in scadenza | year left | years left | months left | year remaining | years remaining | plus qu | le queda | le quedan | ancora un anno | noch ein Jahr | nur noch ein | expira | expirará | expiraba | expirait | expirera | scadrà | scadeva | free agent | parametro zero | ablösefrei | libre | expire | expires | expired | expiring | expiry | runs until | running until | run until | runs out | run out | runs to | until | left on | remaining on | expirant | expire | se terminer | se termine | jusqu'en | jusqu'au | termina | terminará | vence | hasta | scade | scadrà | scadenza | fino al | läuft | ausläuft | aus | endet | bis | gültigen
seller: dit non | dice no | says no | said no | sagt nein | dijo no | blocked | blocking | bloqué | bloque | blocca | bloccato | bloquea | bloqueó | blockiert | blockt | feu vert | green light | via libera | luz verde | grünes Licht | sell | selling | cash in | keep | stay | extension | extend | renew | new contract | fresh contract | prolonger | prolongation | vendre | vente | conserver | retenir | garder | renouvellement | resigner | vender | renovar | renovación | retener | vendere | cedere | cessione | rinnovo | rinnovare | trattenere | verkaufen | Verkauf | halten | Verlängerung | verlängern | insist | holding out | minimum | permission | gave them permission
role: coach | manager | boss | president | chairman | director | owner | co owner | agent | journalist | reporter | head coach | sporting director | chief executive | ceo | entraîneur | président | directeur | journaliste | propriétaire | dirigeant | allenatore | tecnico | presidente | direttore | giornalista | procuratore | agente | entrenador | técnico | periodista | director deportivo | Trainer | Präsident | Sportdirektor | Sportvorstand | Berater | Journalist | Reporter | Coach | Chef | Manager | Cheftrainer | propietario | patron | exjugador | father | fils | son frère | brother | Bayern Sportvorstand | Vorstandschef | Vorstandsvorsitzender | Vorstandsboss | Sportchef | Geschäftsführer | Vater | Vaters | Mutter | Bruder | general manager | direttore sportivo | ds | directeur sportif | padre | père
pos: midfielder | midfielders | defender | forward | striker | winger | goalkeeper | centre back | center back | full back | left back | right back | playmaker | captain | international | youngster | talent | talento | gioiellino | joya | pépite | player | man | star | frenchman | spaniard | englishman | italian | german | brazilian | portuguese | belgian | 21 year old | year old | milieu | défenseur | attaquant | ailier | gardien | buteur | latéral | joueur | minot | international | meneur | sentinelle | milieu défensif | défenseur central | centrocampista | difensore | attaccante | esterno | portiere | terzino | giocatore | fantasista | centrocampista | mediano | regista | trequartista | centravanti | capitano | capitán | capitaine | Kapitän | centrocampista | centrocampista | delantero | extremo | centrocampista | defensa | mediocentro | jugador | portero | lateral | atacante | centrale | volante | interior | Mittelfeldspieler | Verteidiger | Innenverteidiger | Stürmer | Angreifer | Flügelspieler | Torwart | Spieler | Spielmacher | Abwehrspieler | Nationalspieler | Offensivspieler | Kapitän | utility man | anchor | stopper | Sechser | Spanier | Franzose | Franzosen | Engländer | Italiener | Brasilianer | Portugiese | Niederländer | Österreicher | Österreichers | Senegalese | Senegalesen | Argentinier | Belgier | Kroate | Serbe | Däne | Schwede | Norweger | Ukrainer | Schweizer | Türke | Ivorer | Nigerianer | Uruguayer | Kolumbianer | Linksverteidiger | Rechtsverteidiger | Außenverteidiger | Torhüter | Keeper | Schlussmann | Mittelstürmer | Außenstürmer | Linksaußen | Rechtsaußen | Abwehrchef | Youngster | Talent | Neuzugang | mediapunta | pivote | punta | bomber | ala | keeper | centre forward | avant centre | arrière | Kanadier | Canadien | canadese | canadiense | Marokkaner | Marocain | Brésilien | brasiliano | brasileño | belga | Belge | croato | Croate | olandese | Néerlandais | Norwegian | Norvégien | Norweger | Dane
source: according to | reported by | as reported by | reports | via | selon | d'après | à en croire | informations de | révèle | según | informa | secondo | riporta | scrive | laut | nach Informationen | berichtet | berichten | told | tells | claims | claimed | reported | revealed | says | adds | writes | understands | sources
excl: against | contre | contro | contra | gegen | vs | v | versus | face à | leaders | leader | ex | former | formerly | ancien | ancienne | anciens | ehemaligen | ehemalige | exjugador | left | quitté | quitter | lasciato | verlassen | dejó | beat | battu | vaincu | sconfitto | besiegt | visit | visits | trip to | off leaders | points off | face au | frente al | ante el | ante | finale | final | derby
from: von der | von | vom | en provenance de | en provenance du | en provenance d | procedente de | proveniente da | proveniente dal | proveniente dalla | in arrivo da | in arrivo dal | loan from | prêté par | préstamo del | préstamo de | prestito dal | prestito dalla | from | away from | de chez | arrivé de | arrivée de | arrivé du | llegó de | llegó del | procedente del | arrivato da | arrivato dal | dall | dal | dalla | aus | joined from
loc: in | à | en | nach | im | a | au | dans | nella | nel | in der | en la
clause: clause | release clause | buyout clause | clause libératoire | cláusula | clausola | Ausstiegsklausel | Klausel | Ausstiegsklauseln | exit clause | clause de sortie
wage: salary | wage | wages | a week | per week | a season | a year | per season | per year | salaire | salaire annuel | par saison | par an | ingaggio | stipendio | a stagione | all'anno | salario | por temporada | al año | Gehalt | pro Jahr | pro Saison | nets | netti | net
asking: fordern | verlangen | exigent | réclament | piden | chiedono | asking price | asking | want | wants | demand | demands | insist | minimum | holding out | réclamée | réclamé | attend | attendent | attendrait | espère | exige | veut | chiedeva | chiede | richiesta | pretende | pide | pedía | verlangt | fordert | aufruft | Forderung | valuation of | Verhandlungsbasis
valuation: valued | valuation | value | valutato | valutata | évalué | estimé | valorado | tasado | bewertet | Marktwert | servirebbero
accept: accepted | accepte | accepté | convient | donné son accord | aceptado | aceptó | accettato | accettata | akzeptiert | angenommen | agreed a fee | meets
former: old | ancien | alten | vecchio | antiguo | former | previous | précédent | previo | precedente | vorherigen
of: of | de | du | des | del | della | dello | dell | dei | degli | von | vom | des | der | at | au | al | do | da | dal
player: midfielder | defender | forward | striker | winger | player | joueur | milieu | attaquant | défenseur | jugador | delantero | giocatore | attaccante | Spieler | Stürmer
tenure: future | time | spell | stay | campaign | career | avenir | futuro | Zukunft | carrière | carriera | carrera | days | clause | contract | deal | contrat | contrato | contratto | Vertrag | bail | release clause | season | saison | temporada | stagione | Saison | debut
obj: contratación de | incorporación de | llegada del | acquisto del | Ankunft von | Zugang von | arrivée du | signing of the | to sign | to land | to capture | fichar a | ingaggiare | recruter | signing of | opted for | opt for | settled on | signings of | deal for | bid for | bids for | offer for | offers for | move for | interest in | pursuit of | swoop for | approach for | enquiry for | talks for | talks over | talks with | sale of | departure of | arrival of | fichaje de | llegada de | oferta por | interés en | interés por | traspaso de | cesión de | venta de | salida de | arrivée de | transfert de | recrutement de | offre pour | signature de | venue de | départ de | vente de | acquisto di | arrivo di | arrivo del | ingaggio di | offerta per | trattativa per | cessione di | addio di | Verpflichtung von | Transfer von | Wechsel von | Angebot für | Interesse an | Abgang von | Verkauf von
signed: has signed | have signed | signs | signed for | has joined | joins | completes | completed his | a signé | a rejoint | s'engage | s'est engagé | est un nouveau joueur | ha firmado | firma | firmó | ha fichado | ficha por | es nuevo jugador | ha firmato | firma | è un nuovo giocatore | approda | unterschreibt | unterschrieb | hat unterschrieben | wechselt | wechselte | ist neuer
signs: ha firmado | firmó | a signé | ha firmato | has signed | signed a | unterschrieben | unterschreibt | s'est engagé | s'engage | renovó | ha renovado | renovado | renueva | rinnovato | ha rinnovato | rinnova | prolongé | a prolongé | prolonge | verlängert | verlängerte | verlängerten | extended his | renewed his | signed a new
leave: stays at | stay at | staying at | remain at | remains at | reste à | reste au | restera à | restera au | resta alla | resta al | rimane alla | rimane al | rimarrà alla | rimarrà al | se queda en | seguirá en | continuará en | bleibt beim | bleibt bei | verlässt | leaves | quitte | lascia | deja | leave | leaving | quit | quitter | quittera | lasciare | lascerà | dejar | dejará | salir de | verlassen | depart | exit from | partir de | sortie de
`

// phrase is one entry of the lexicon.
type phrase struct {
	words []string // folded; a trailing '*' matches a prefix
	kind  kind
}

// lex indexes the phrases by first word: exact, and by the first four
// letters for prefix words.
type lex struct {
	exact  map[string][]phrase
	prefix map[string][]phrase
}

var kindNames = map[string]kind{"interest": kInterest, "talks": kTalks, "bid": kBid, "advanced": kAdvanced,
	"done": kDone, "reject": kReject, "ended": kEnded, "past": kPast, "renew": kRenew, "deny": kDeny,
	"neg": kNeg, "contract": kContract, "expire": kExpire, "seller": kSeller, "role": kRole, "pos": kPos,
	"source": kSource, "sourceafter": kSourceAfter, "excl": kExcl, "from": kFrom, "loc": kLoc,
	"clause": kClause, "wage": kWage, "asking": kAsking, "valuation": kValuation, "accept": kAccept,
	"former": kFormer, "of": kOf, "player": kPlayer, "tenure": kTenure, "leave": kLeave, "obj": kObj, "signed": kSigned, "signs": kSigns}

func buildLex(src string) *lex {
	l := &lex{exact: map[string][]phrase{}, prefix: map[string][]phrase{}}
	for _, line := range strings.Split(src, "\n") {
		name, body, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		k := kindNames[strings.TrimSpace(name)]
		if k == 0 {
			panic("extract: unknown lexicon kind " + name)
		}
		for _, p := range strings.Split(body, "|") {
			var ws []string
			for _, f := range strings.Fields(p) {
				star := strings.HasSuffix(f, "*")
				for _, part := range strings.Fields(clubs.Fold(strings.TrimSuffix(f, "*"))) {
					ws = append(ws, part)
				}
				if star && len(ws) > 0 {
					ws[len(ws)-1] += "*"
				}
			}
			if len(ws) == 0 {
				continue
			}
			ph := phrase{words: ws, kind: k}
			first := ws[0]
			if strings.HasSuffix(first, "*") && len(first) >= 5 {
				key := first[:4]
				l.prefix[key] = append(l.prefix[key], ph)
			} else {
				first = strings.TrimSuffix(first, "*")
				ph.words[0] = first
				l.exact[first] = append(l.exact[first], ph)
			}
		}
	}
	return l
}

// hit is one lexicon phrase found in the text.
type hit struct {
	w, end int // word indexes [w, end)
	kind   kind
}

// match appends the phrases that start at word i.
func (l *lex) match(words []word, i int, out []hit) []hit {
	try := func(ps []phrase) {
		for _, p := range ps {
			if n, ok := matchAt(words, i, p.words); ok {
				out = append(out, hit{w: i, end: i + n, kind: p.kind})
			}
		}
	}
	k := words[i].key
	try(l.exact[k])
	if len(k) >= 4 {
		try(l.prefix[k[:4]])
	}
	return out
}

func matchAt(words []word, i int, ps []string) (int, bool) {
	if i+len(ps) > len(words) {
		return 0, false
	}
	for j, p := range ps {
		w := words[i+j]
		if j > 0 && w.prev&(sepStop|sepNL|sepPara|sepColon) != 0 {
			return 0, false
		}
		if strings.HasSuffix(p, "*") {
			if !strings.HasPrefix(w.key, p[:len(p)-1]) {
				return 0, false
			}
		} else if w.key != p {
			return 0, false
		}
	}
	return len(ps), true
}
