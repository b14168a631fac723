package extract

import (
	"strings"

	"github.com/mercato-bot/mercato/knowledge/text"
)

// wordSet names a set of single words a rule looks a word up in: "summer",
// "until", "loan". Its words are data, one line per set in each language's
// lexicon file ("summer: été"), active only in an article of that language.
type wordSet uint8

const (
	wSummer         wordSet = iota + 1 // summer: a contract ends in June
	wNext                              // next: next summer, la saison prochaine
	wLast                              // last: last August is past, no expiry
	wUntil                             // until: between the date signed and the year it runs to
	wEnd                               // end: the end of the season, of the month
	wSeason                            // season: after an end word
	wMonthNoun                         // month: the end of the month
	wSeasonEnd                         // one word for the end of the season (Saisonende); optional
	wMonthEnd                          // one word for the end of the month (Monatsende); optional
	wMonthUnit                         // months: a duration in months
	wYearUnit                          // years: a duration in years
	wDurationIn                        // in: a duration ahead of the article's date, "in 18 months"
	wLeft                              // left: a duration left on a contract
	wNotExpiry                         // since, born: a year after it is no expiry
	wOne                               // one: the number 1 as a word
	wTwo                               // two
	wThree                             // three
	wLoan                              // loan: a move told as a loan
	wIf                                // if: opens a conditional clause
	wIfOpens                           // an if that must open its clause (French and Spanish "si" is also "so", "yes"); optional
	wRangeAnd                          // and, to: between the bounds of a range of figures
	wAddOn                             // add-ons, bonus: the variable part of a fee
	wAddOnLink                         // in, de, di: between a figure and the add-on word ("£5m in add-ons")
	wIncluded                          // included: a figure with its add-ons counted ("45 milioni bonus compresi")
	wWhen                              // when: opens a clause dated by another event
	wWhenPronoun                       // a when that is also a preposition: a clause only before a subject pronoun (German "als"); optional
	wContracts                         // contracts: a plural contract noun, the deals of every player its sentence names
	wOther                             // other: "bouclé d'autres recrues", a signing of other players
	wObjPronoun                        // him, le, lo, ihn: a person as the object of a verb (see dealsForAnother)
	wAnd                               // and, et, und: joins two clauses or two subjects (see dealsForAnother)
	wWish                              // priority, list, target: what a person wants, whose possessor buys (see wishOf)
	wFutureMove                        // one verb of a move still to come: rejoindra, se unirá, si trasferirà (see moveToCome); optional
	wFutureAux                         // the auxiliary of a future: will, wird (see moveToCome); optional
	wFutureVerb                        // a move verb after wFutureAux: "will join", "wird ... wechseln"; optional
	wAlso                              // also, aussi, auch: before a club, another one in the race too (see alsoBefore)
	wWhere                             // where, où, wo: opens a relative clause of place after a club
	wNo                                // no, non, nein: said no to (see saidNoTo)
	wNotFormer                         // left, quitter: an exclusion word that after a comma calls no club former (see notFormer); optional
	wChoose                            // choosing, opted: picks one club over another (see passedOver); optional
	wDoor                              // door, porta, Tür: the selling club's, a buyer knocks on (see atDoorOf)
	wSign                              // sign, firmar: a player commits to a club (see dealWith); optional
	wClubPronoun                       // they, ils: a club as the subject of a verb (see approach.go); optional
	wPlay                              // plays, joue, spielt: where a player plays (see departure.go)
	wDeparture                         // departure, vente, Abgang: a player's leaving his club (see departure.go)
	wMoveNoun                          // loan, transfer, prestito: a move the buying club can tell as its own (see departure.go)
	wSold                              // sold, ceduto, verkauft: a sale's past participle, the club after it bought (see owner.go)
	wTied                              // tied, legato, lié: ties a player to the club he is under contract with (see owner.go)
	wConcessive                        // although, malgré, obwohl: opens a clause conceding a setback (see sentence.go)
	wGeneric                           // clubs, squadre, Vereine: clubs named without saying which (see sentence.go)
	wWeakCue                           // says, affirme, asegura: a verb anybody uses, the name before it no outlet's (see sources.go); optional
	wSourceRole                        // reporter, giornalista: a noun after an outlet that introduces its journalist (see sources.go)
	wSourceAux                         // has, a, hat: between a name and the cue after it, "Romano has learned" (see sources.go)
	wAside                             // friend, successeur, Tausch: put the name after them aside from the deal (see sentence.go)
	wPrice                             // for, pour, bei: put the indefinite offer after them as the price of a deal (see offers.go)
	wWith                              // with, avec, mit: joins a club to a deal made with it (see dealWith)
	wFor                               // for, pour, für: whom a deal is for (see dealFor)
	wFirst                             // first, premier, erste: an offer told as an earlier one
	wTenurePronoun                     // whose, his, sein: before a club a contract noun follows, his club (see former.go); optional
	wAfter                             // after, après, nachdem: opens a clause telling what came before the news (see afterWord)
	wPlayerPoss                        // his, son, sein: the determiners of what a player owns (see approach.go)
	wPossessive                        // their, leur, ihr: before a player noun, tie him to the club before them (see departure.go)
	wRelative                          // who, qui, che, der: opens a relative clause after a comma (see inRelative)
	wDestination                       // to, au, nach: put the club after them as where a player goes (see departure.go)
	wLoanHost                          // at, presso, bei: after a loan word, before the club he plays for on loan (see owner.go)
	wParticiple                        // been, made, sought: an irregular participle after "had", a pluperfect (see pluperfect); optional
	wDepartureOf                       // of, du, von: between a departure noun and the player who leaves (see departure.go)
	wDoorOf                            // of, della, von: join a door noun to the club it belongs to (see atDoorOf)
	wObliqueOf                         // of, pour, von: before a name the sentence speaks of only obliquely (see sentence.go)
	wSoldPrep                          // to, au, zum: join a sale to the buyer (see owner.go)
	wTiedPrep                          // to, alla, au: between a tied word and the club (see owner.go); optional
	wJoiner                            // and, que, dass: join two clauses (see sentence.go)
	wIndefinite                        // a, une, ein: an indefinite article (see sentence.go)
	wCityOf                            // of, de, di: join a head noun to a city, "le club de la capitale" (see descriptors.go)
	wGroundPrep                        // at, à, bei: put the ground he plays at after a contract word (see contract.go)
	wLoanAtPrep                        // at, presso, beim: put the club he is on loan at after a loan word (see owner.go)
	wDealFor                           // for, pour, für: introduce whom a deal is for (see persons.go)
	wAccusative                        // den, die, das: put a club as the object of a German verb (see departure.go); optional
	wObjectArticle                     // the, l, al: between a verb and the club it takes as its object (see approach.go)
	wWithArticle                       // the, le, den: between a with-word and the club (see owner.go)
	wClubArticle                       // il, del, le: a city takes it only when it is the club, "il Milan" (see doc.go); optional
	wDescArticle                       // dell, sull: an elided article that opens a description of a player (see mentions.go); optional
	wOfArticle                         // the, l, dem: between "of" and a club, "de l'Eintracht" (see sentence.go)
	wDemonymArticle                    // the, les, die: before a demonym that stands for a club (see descriptors.go)
	wDefinite                          // the, le, der: a definite determiner that opens a description pointing back (see descriptors.go)
	wMillion                           // million, Millionen, milioni: a figure in millions (see fees.go)
	wBillion                           // billion: a figure in billions (see fees.go); optional
	wThousand                          // mille: a figure in thousands (see fees.go); optional
	wConversion                        // or about, soit environ, rund: between an amount and its conversion into another currency (see fees.go)
	wRequest                           // request, demande, Anfrage: a club's asking for a player, the club after it asks (see requests.go)
	wRequestOf                         // of, from, du, von: between a request noun and the club that makes it (see requests.go)
	wPlayPrep                          // for, au, en, nel, beim: between a play verb and the club he plays for (see playsAt)
	wLead                              // led, mené, condotta: leads a club's negotiations (see actions.go)
	wLeadBy                            // by, par, da: the agent after a leading participle (see actions.go)
	wSell                              // sell, vendre, verkaufen: a selling verb after a modal, said of an owner (see actions.go)
	wCalls                             // phoned, coached, appelé, allenato: what a club's person does to a player (see actions.go)
	wReported                          // reported, révélé, berichtet: a report's verb, whose past is not the news it reports (see reportedAfter)
	wReinforce                         // strengthen, renforcer, verstärken: building a squad, a coach's or a director's work (see actions.go)
	wReplace                           // replace, remplacer, Ersatz: the player named after it is the one a buyer replaces (see replacedAt)
	wArrive                            // arrives, arrive, llega, arriva, kommt: a player's arrival, the club after arriveprep his new one (see arrivals.go)
	wArrivePrep                        // at, au, al, all, zum: between an arrival verb and the club he arrives at (see arrivals.go)
	wFutureBe                          // sarà, sera, wird: a future of "be" before a player noun, a club he will play for (see futurePlayerOf)
	wQuit                              // leaves, quitte, deja, lascia, verlässt: a player leaving the club after it for the one after a for-word (see arrivals.go)
	wCaseFile                          // saga, dossier, vía, caso, Causa: the name right after it is a player's (see playerCue)
	wPaidPast                          // paid, pagó, pagato, überwies: a pay verb telling the payment made (see paidFor)
	wQuitDone                          // left, dejó, lasciato, verließ: a quit word telling the move made (see arrivals.go); optional
	wReplacedNext                      // successor, ersetzen: after a name, the player a buyer replaces ("a Kane successor"; see replacedBefore); optional
	wEarns                             // earns, touche, cobra, guadagna, verdient: a wage told paid now, by the club he plays for (see earnedAt)
	wInterestNoun                      // interest, intérêt, interesse: the noun, after an article that is no object pronoun, "suscite l'intérêt" (see dealsForAnother)
	wRoleVerb                          // said, a, ha, hat: a verb right after a role noun, its subject, no apposition (see roleApposition)
	wHonorific                         // Mr, Monsieur, Herr: a title before a surname, no part of the name (see nameRuns)
	wNotName                           // Mondial, Espoirs, WM: a capitalised common noun of the language, a competition or a team's level, no name (see nameable)
	wFigureOf                          // of, du, del, des: joins a figure to the club whose offer it is (see clubAfterAmount)
	wWe                                // we, nous, wir: a club's people speaking for it, the subject of its deal (see dealWith)
	wNotDesc                           // che: a common word of the language that the press of another uses for a club (see clubDescription); optional
	wReceived                          // received, reçu, recibido, ricevuto, erhalten: a club receiving an offer sells (see receivedOffer)
	wAcceptedBy                        // accepted, acceptée, aceptada: a participle of accepting an agent word follows (see acceptedBy); optional
	wModal                             // soll, will, könnte: a modal before a German verb closing its clause, a move to come (see exclVerbLast); optional
	wCould                             // could, pourrait, podría, potrebbe, könnte: a step a club could take, not taken (see couldBefore)
	wLoaned                            // loaned, prêté, prestado, ceduto: a loan participle whose agent, after an adverbial, lends him (see loanedByBefore)
	wDemonymName                       // le, il, el: a singular article before a club's demonym used as a noun before a name (see namedDemonyms); optional
	wPlans                             // plans, planes, piani, Plänen: a coach's plans a player is in or out of (see plansOf)
	wPlansIn                           // in, en, nei, dai: puts a player in or out of the plans after it (see plansOf)
	wNever                             // never, jamais, nunca, mai, nie: a step a club never took (see neverNear)
	wAnother                           // another, otro, altro: one more of a kind before a player noun, someone unnamed (see unnamed.go)
	wPursuitNoun                       // move, deal, chase: after "Club's Player", the club's pursuit of him, not his club (see pursuitNamed); optional
	wHeldPast                          // ran, courait, tenía, scadeva, lief: a contract told held in the past (see heldPastBefore)
	wNotLoc                            // looked: a verb that takes the locative after it as its object's preposition, "looked at" (see placeBefore); optional
	nWordSets
)

// wordSetNames are the concept names of the word sets in the lexicon files.
var wordSetNames = map[string]wordSet{"summer": wSummer, "next": wNext, "last": wLast, "until": wUntil,
	"end": wEnd, "season": wSeason, "monthnoun": wMonthNoun, "seasonend": wSeasonEnd, "monthend": wMonthEnd,
	"monthunit": wMonthUnit, "yearunit": wYearUnit, "durationin": wDurationIn, "left": wLeft,
	"notexpiry": wNotExpiry, "one": wOne, "two": wTwo, "three": wThree, "loan": wLoan, "if": wIf, "ifopens": wIfOpens, "rangeand": wRangeAnd,
	"addon": wAddOn, "addonlink": wAddOnLink, "included": wIncluded, "when": wWhen, "whenpronoun": wWhenPronoun, "contracts": wContracts,
	"objpronoun": wObjPronoun, "and": wAnd, "wish": wWish, "other": wOther,
	"futuremove": wFutureMove, "futureaux": wFutureAux, "futureverb": wFutureVerb,
	"also": wAlso, "where": wWhere, "no": wNo, "notformer": wNotFormer, "choose": wChoose, "door": wDoor, "sign": wSign, "clubpronoun": wClubPronoun,
	"play": wPlay, "departure": wDeparture, "movenoun": wMoveNoun, "sold": wSold, "tied": wTied, "concessive": wConcessive, "generic": wGeneric,
	"weakcue": wWeakCue, "sourcerole": wSourceRole, "sourceaux": wSourceAux, "aside": wAside, "price": wPrice,
	"with": wWith, "for": wFor, "first": wFirst, "tenurepronoun": wTenurePronoun, "after": wAfter,
	"playerposs": wPlayerPoss, "possessive": wPossessive, "relative": wRelative,
	"destination": wDestination, "loanhost": wLoanHost,
	"participle": wParticiple, "departureof": wDepartureOf, "doorof": wDoorOf, "obliqueof": wObliqueOf,
	"soldprep": wSoldPrep, "tiedprep": wTiedPrep, "joiner": wJoiner,
	"indefinite": wIndefinite, "cityof": wCityOf, "groundprep": wGroundPrep, "loanatprep": wLoanAtPrep,
	"dealfor": wDealFor, "accusative": wAccusative,
	"objectarticle": wObjectArticle, "witharticle": wWithArticle, "clubarticle": wClubArticle,
	"descarticle": wDescArticle, "ofarticle": wOfArticle, "demonymarticle": wDemonymArticle,
	"definite": wDefinite, "million": wMillion, "billion": wBillion, "thousand": wThousand,
	"conversion": wConversion, "request": wRequest, "requestof": wRequestOf,
	"lead": wLead, "leadby": wLeadBy, "sell": wSell, "replace": wReplace,
	"arrive": wArrive, "arriveprep": wArrivePrep, "calls": wCalls, "reported": wReported, "reinforce": wReinforce, "futurebe": wFutureBe,
	"quit": wQuit, "quitdone": wQuitDone, "playprep": wPlayPrep, "paidpast": wPaidPast,
	"casefile": wCaseFile, "replacednext": wReplacedNext, "earns": wEarns, "interestnoun": wInterestNoun, "roleverb": wRoleVerb,
	"honorific": wHonorific, "notname": wNotName, "figureof": wFigureOf, "we": wWe, "acceptedby": wAcceptedBy, "received": wReceived, "notdesc": wNotDesc, "modal": wModal, "loaned": wLoaned, "demonymname": wDemonymName, "could": wCould,
	"plans": wPlans, "plansin": wPlansIn, "never": wNever, "another": wAnother, "pursuitnoun": wPursuitNoun,
	"heldpast": wHeldPast, "notloc": wNotLoc}

// optionalWordSets may be empty in a language: compounds only some
// languages write as one word, words only some languages make ambiguous.
var optionalWordSets = map[wordSet]bool{wSeasonEnd: true, wMonthEnd: true, wIfOpens: true, wWhenPronoun: true,
	wFutureMove: true, wFutureAux: true, wFutureVerb: true,
	wNotFormer: true, wChoose: true, wSign: true, wClubPronoun: true,
	wWeakCue: true, wTenurePronoun: true, wParticiple: true, wTiedPrep: true, wAccusative: true,
	wClubArticle: true, wDescArticle: true, wBillion: true, wThousand: true,
	wQuitDone:     true, // French folds "quitté" into "quitte"
	wNotDesc:      true, // only Italian writes "che" as "that"
	wAcceptedBy:   true, // German tells the agent before the participle ("vom FC Basel angenommen")
	wModal:        true, // only German closes the clause on the verb after the club ("soll den FC Liverpool verlassen")
	wNotLoc:       true, // only English "at" is both a locative and a look verb's preposition
	wDemonymName:  true, // German reads "der Stuttgarter Woltemade" as a demonym article; English has no such noun
	wReplacedNext: true, // a noun after a name as its modifier: English and German word order
	wPursuitNoun:  true} // a club's possessive before a name and a noun: English word order

// wordSets maps a folded word to the bits of the sets it is in (127 sets
// at the most: TestWordSetsAreData).
type wordSets map[string][2]uint64

// buildWordSets reads the word-set lines of lexicon texts.
func buildWordSets(srcs ...string) wordSets {
	ws := wordSets{}
	for _, src := range srcs {
		eachPhrase(src, func(name, p string) {
			if set := wordSetNames[name]; set != 0 {
				for _, k := range strings.Fields(text.Key(p)) {
					bits := ws[k]
					bits[set/64] |= 1 << (set % 64)
					ws[k] = bits
				}
			}
		})
	}
	return ws
}

// has reports whether the folded word key is in the set.
func (ws wordSets) has(set wordSet, key string) bool {
	return ws[key][set/64]&(1<<(set%64)) != 0
}

// is reports whether the folded word key is in the set of the article's
// language (of every language when it is not known).
func (d *doc) is(set wordSet, key string) bool {
	if d.ws == nil {
		d.ws = d.x.lex.wordsOf(d.lang)
	}
	return d.ws.has(set, key)
}

// numberWord reads the numbers one to three written as a word: "one year
// left", "un an de contrat", "noch zwei Jahre".
func (d *doc) numberWord(key string) int {
	for n, set := range []wordSet{wOne, wTwo, wThree} {
		if d.is(set, key) {
			return n + 1
		}
	}
	return 0
}
