package bot

import (
	"strings"

	"github.com/mercato-bot/mercato/knowledge/text"
)

// intent is what a question asks for.
type intent string

// The intents of questions; each maps to a command.
const (
	intentSuitors  intent = "suitors"  // clubs linked with a player: /suitors
	intentPlayer   intent = "player"   // a player's profile and contract: /player
	intentClub     intent = "club"     // a club's targets: /club
	intentFees     intent = "fees"     // fees offered for a player: /player
	intentLatest   intent = "latest"   // newest rumours, of a player or club: /latest
	intentSources  intent = "sources"  // the articles behind a link: /sources
	intentExpiring intent = "expiring" // contracts ending: /expiring
	intentHot      intent = "hot"      // the hottest links of all: /hot
	intentTimeline intent = "timeline" // the story of a player's links: /timeline
	intentUnknown  intent = "unknown"  // not understood
)

// cue is a word or phrase that points at an intent, as folded tokens.
type cue struct {
	words  []string
	intent intent
}

// Cue kinds beyond the intents: contract words, which ask for a player's
// contract or, with no player, the contracts ending.
const cueContract intent = "contract"

// cueText lists, per language and intent, the words and phrases (folded,
// comma-separated) that point at it.
var cueText = map[string]map[intent]string{
	"en": {
		intentSuitors:  "who wants,wants,want,wanted,interested,interest,linked,link,links,suitors,suitor,chasing,chase,after,pursuing,pursuit,race,sign,signing,move,moving,join,joining,going,go,where,clubs,club,tracking,monitoring,keen,eyeing,targeting,target,targets,heading,transfer,leave,leaving,buy,looking,signings",
		cueContract:    "contract,deal,expire,expires,expiry,end,ends,ending,until,profile,status,situation,current,free agent,extension,renew",
		intentExpiring: "expiring,contracts,free agents,running out,run out",
		intentFees:     "worth,offer,offered,offers,bid,bids,fee,fees,price,pay,paid,paying,how much,cost,costs,money,million,millions,valuation,valued,worth,clause,release clause,asking,wage,wages,salary,sum",
		intentSources:  "source,sources,who says,who said,says who,who reported,reported,according,article,articles,evidence,proof,where from,claims,reports say",
		intentLatest:   "latest,news,rumours,rumors,rumour,rumor,new,recent,gossip,updates,update,happening,going on",
		intentHot:      "hottest,hot,hotter",
		intentTimeline: "story,history,timeline,saga,so far,chronology",
	},
	"fr": {
		intentSuitors:  "qui veut,veut,veulent,interesse,interesses,interessee,interet,courtisans,courtise,prétendants,pretendants,pistes,piste,clubs,club,ou va,va,aller,signer,rejoindre,transfert,suit,suivent,avenir,convoite,convoitent,vise,visent,cible,cibles,recrue,recrues,recruter,acheter,quitter,partir,depart",
		cueContract:    "contrat,bail,expire,termine,finit,fin,jusqu,profil,situation,prolongation,prolonger",
		intentExpiring: "contrats,libres,libre,expirent,arrivent a echeance,echeance,fin de contrat",
		intentFees:     "vaut,offre,offert,offerte,offres,propose,proposition,combien,prix,payer,paye,montant,million,millions,clause,valeur,salaire,indemnite,somme,debourser",
		intentSources:  "source,sources,qui dit,selon,article,articles,preuve,d ou vient,qui affirme",
		intentLatest:   "dernieres,derniers,derniere,dernier,nouvelles,rumeurs,rumeur,infos,info,actu,actualite,nouveau,quoi de neuf,recentes,news",
		intentHot:      "chauds,chaud,chaudes,chaude,brulants,brulant,brulantes",
		intentTimeline: "histoire,historique,feuilleton,chronologie,saga",
	},
	"es": {
		intentSuitors:  "quien quiere,quiere,quieren,interesados,interesado,interesa,interes,pretendientes,pretendiente,fichar,ficha,fichaje,clubes,club,donde,va,ir,sigue,siguen,futuro,destino,busca,buscan,objetivo,objetivos,salir,dejar",
		cueContract:    "contrato,vence,termina,acaba,hasta,perfil,situacion,renovacion,renovar",
		intentExpiring: "contratos,libres,libre,vencen,terminan,acaban",
		intentFees:     "vale,oferta,ofrecido,ofrecio,ofertas,ofrece,cuanto,precio,pagar,pagado,pago,paga,millon,millones,clausula,valor,salario,dinero,cifra,cifras",
		intentSources:  "fuente,fuentes,quien dice,segun,articulo,articulos,prueba,quien lo dice",
		intentLatest:   "ultimos,ultimas,ultimo,ultima,noticias,noticia,rumores,rumor,novedades,nuevo,nuevos,recientes",
		intentHot:      "mas calientes,mas caliente,calientes,caliente,candentes,candente",
		intentTimeline: "historia,historial,cronologia,culebron,saga",
	},
	"it": {
		intentSuitors:  "chi vuole,vuole,vogliono,interessati,interessato,interessa,interesse,pretendenti,squadre,squadra,club,dove,andra,va,trasferimento,segue,seguono,futuro,cerca,cercano,obiettivo,obiettivi,acquistare,comprare,lasciare",
		cueContract:    "contratto,scade,scadenza,termina,fino,profilo,situazione,rinnovo,rinnovare",
		intentExpiring: "contratti,svincolati,svincolato,scadono,in scadenza",
		intentFees:     "vale,offerta,offerto,offerte,offre,quanto,prezzo,pagare,pagato,paga,milione,milioni,clausola,valutazione,stipendio,cifra,cifre,soldi",
		intentSources:  "fonte,fonti,chi dice,secondo,articolo,articoli,prova,chi lo dice",
		intentLatest:   "ultime,ultimi,ultima,ultimo,notizie,notizia,voci,voce,novita,rumors,recenti,news",
		intentHot:      "trattative piu calde,trattative calde,piu calde,piu caldi,caldi,calde,caldo,calda,bollenti,scottanti",
		intentTimeline: "storia,cronologia,telenovela,saga,tormentone",
	},
	"de": {
		intentSuitors:  "wer will,will,wollen,interessiert,interesse,interessenten,vereine,verein,klubs,klub,wohin,wechsel,wechselt,holen,verpflichten,zukunft,buhlen,sucht,suchen,ziel,ziele,kaufen,verlassen",
		cueContract:    "enden,vertrag,lauft,endet,ende,bis,profil,situation,verlangerung,vertragsende,verlangern",
		intentExpiring: "enden,vertrage,ablosefrei,ablaufen,laufen aus,auslaufende,auslaufen,auslaufenden",
		intentFees:     "wert,angebot,angebote,geboten,bietet,ablose,ablosesumme,wie viel,wieviel,preis,zahlen,bezahlt,zahlt,kostet,kosten,million,millionen,klausel,ausstiegsklausel,gehalt,summe,marktwert,geld",
		intentSources:  "quelle,quellen,wer sagt,laut,artikel,beleg,woher",
		intentLatest:   "neueste,neuesten,neues,neue,geruchte,geruchtekuche,geruecht,news,neuigkeiten,aktuell,aktuellen,letzte,letzten",
		intentHot:      "heisseste,heissesten,heissester,heiss,heisse,heissen",
		intentTimeline: "geschichte,verlauf,chronik,chronologie,saga,bisher",
	},
}

// functionText lists, per language, the words that carry no name and no
// intent but tell the language (folded, space-separated).
var functionText = map[string]string{
	"en": "whose play plays playing who what whats which when where why how is are was were be been being do does did has have had get gets got the a an of for to in on at by with about and or s his her he him their they them me my i you any there can could would should will tell know give show it its that this these those from more than all list next now yet still under season summer year month players player team say",
	"fr": "jouer jouera joue qui que quoi quel quelle quels quelles quand ou comment pourquoi est sont sera seront ont etait le la les l un une des du de d a au aux pour par sur avec et ce c se s son sa ses il elle ils y en qu t moi me ne pas on sait savoir dis donne montre cet cette ces vers prochain prochaine saison ete mois an annee joueurs joueur equipe sous encore deja maintenant",
	"es": "dame muestrame jugar juega quien quienes que cual cuales cuando donde como por para el la los las un una de del al a en con y o es son esta estan sera seran tiene tienen ha han su sus lo le se me hay sobre sabes dime muestra este estos hacia proximo temporada verano mes ano jugadores jugador equipo bajo ya ahora jugara",
	"it": "dammi giocare giochera gioca chi che cosa quale quali qual quando dove come perche il lo la i gli le l un una uno di del della dei degli delle da dal dall a al alla all in nel nell su sul sulla sull per con e o ed suo sua si ci mi ha hanno sono sara saranno dimmi mostra questo questa verso prossimo stagione estate mese anno giocatori giocatore sotto gia ora",
	"de": "spielt spielen spielen wer wen wem was welche welcher welches wann wo wie warum der die das den dem des ein eine einen einem von vom fur zu zum zur in im an am auf aus mit und oder ist sind wird werden war hat haben sein seine seinen seinem er es gibt uber nach bei mir sag zeig weisst diese dieser diesen nachsten saison sommer monat jahr spieler mannschaft unter schon jetzt noch hoch dass",
}

// fillerText is words of any language that neither name nor ask anything.
const fillerText = "hi hello hey please thanks thank you bonjour salut svp stp merci hola gracias favor porfa ciao grazie hallo bitte danke mercato bot ok okay yo"

// particles join the words of a name: "Frenkie de Jong", "Atlético de Madrid".
var particles = set("de da do dos das van von der den di del della la le el ten ter du")

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// lexicon is the compiled form of the tables above.
type lexicon struct {
	cues     map[string][]cue           // by language, longest phrases first
	langWord map[string]map[string]bool // words that tell each language
	known    map[string]bool            // every word that is not part of a name
}

// minStem is the length from which a cue word also fits its inflections:
// "interesse" fits "interessent", "ablosefrei" fits "ablosefreie".
const minStem = 5

// maxSuffix is how many letters an inflection may add to a cue word.
const maxSuffix = 3

// minTail is the length from which a cue word also fits the compounds it
// ends: "geruchte" fits "transfergeruchte".
const minTail = 6

// wordFits reports whether the folded token tok is the cue word w, one of
// its inflections or a compound ending with it.
func wordFits(tok, w string) bool {
	return tok == w ||
		len(w) >= minStem && len(tok)-len(w) <= maxSuffix && strings.HasPrefix(tok, w) ||
		len(w) >= minTail && len(tok) > len(w) && strings.HasSuffix(tok, w)
}

// inSet reports whether tok, or for long words its stem or the word a
// compound ends with, is in words.
func inSet(words map[string]bool, tok string) bool {
	if words[tok] {
		return true
	}
	for k := max(minStem, len(tok)-maxSuffix); k < len(tok); k++ {
		if words[tok[:k]] {
			return true
		}
	}
	for k := 1; k+minTail <= len(tok); k++ {
		if words[tok[k:]] {
			return true
		}
	}
	return false
}

// isKnown reports whether the folded word is no part of a name.
func (l *lexicon) isKnown(tok string) bool { return inSet(l.known, tok) }

// tellsLang reports whether the folded word belongs to lang.
func (l *lexicon) tellsLang(lang, tok string) bool { return inSet(l.langWord[lang], tok) }

// langs are the languages questions are asked in.
var langs = text.Languages()

// lex is built once from the tables; it is never modified afterwards.
var lex = buildLexicon()

func buildLexicon() lexicon {
	l := lexicon{cues: map[string][]cue{}, langWord: map[string]map[string]bool{}, known: set(fillerText)}
	for _, w := range text.MonthKeys() {
		l.known[w] = true
	}
	for _, lang := range langs {
		words := set(functionText[lang])
		for in, phrases := range cueText[lang] {
			for _, phrase := range strings.Split(phrases, ",") {
				ws := strings.Fields(text.Fold(phrase))
				if len(ws) == 0 {
					continue
				}
				l.cues[lang] = append(l.cues[lang], cue{words: ws, intent: in})
				for _, w := range ws {
					words[w] = true
				}
			}
		}
		cs := l.cues[lang]
		// Longest phrases first, so "who wants" wins over "wants".
		for i := 1; i < len(cs); i++ {
			for j := i; j > 0 && len(cs[j].words) > len(cs[j-1].words); j-- {
				cs[j], cs[j-1] = cs[j-1], cs[j]
			}
		}
		l.langWord[lang] = words
		for w := range words {
			l.known[w] = true
		}
	}
	return l
}
