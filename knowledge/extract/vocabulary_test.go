package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// The transfer press's vocabulary, concept by concept, in each language:
// persons and tenses of the verbs (present, past, future), participles,
// noun phrases and idioms that the lexicon files lacked, each sentence
// written for this test.

// TestVocabularyES: Spanish forms of interest, talks, bid, advanced, done
// and ended.
func TestVocabularyES(t *testing.T) {
	const p = "Jonas Keller"
	checkStages(t, New(), []stageCase{
		{"es interest: El Villarreal ha puesto sus ojos en", " date 2024-08 El Villarreal ha puesto sus ojos en Jonas Keller.", p, "Villarreal", facts.StageInterest},
		{"es interest: Jonas Keller está en el radar del", " date 2024-08 Jonas Keller está en el radar del Villarreal.", p, "Villarreal", facts.StageInterest},
		{"es interest: El Villarreal estudia la incorporación de Jonas", " date 2024-08 El Villarreal estudia la incorporación de Jonas Keller.", p, "Villarreal", facts.StageInterest},
		{"es interest: El Villarreal se ha fijado en Jonas", " date 2024-08 El Villarreal se ha fijado en Jonas Keller.", p, "Villarreal", facts.StageInterest},
		{"es interest: El Villarreal ha sondeado a Jonas Keller.", " date 2024-08 El Villarreal ha sondeado a Jonas Keller.", p, "Villarreal", facts.StageInterest},
		{"es interest: Jonas Keller suena con fuerza para el", " date 2024-08 Jonas Keller suena con fuerza para el Villarreal.", p, "Villarreal", facts.StageInterest},
		{"es interest: Jonas Keller entra en la órbita del", " date 2024-08 Jonas Keller entra en la órbita del Villarreal.", p, "Villarreal", facts.StageInterest},
		{"es interest: El Villarreal ha pedido informes de Jonas", " date 2024-08 El Villarreal ha pedido informes de Jonas Keller.", p, "Villarreal", facts.StageInterest},
		{"es interest: El Villarreal anda detrás de Jonas Keller", " date 2024-08 El Villarreal anda detrás de Jonas Keller desde enero.", p, "Villarreal", facts.StageInterest},
		{"es interest: El Villarreal se ha informado sobre Jonas", " date 2024-08 El Villarreal se ha informado sobre Jonas Keller.", p, "Villarreal", facts.StageInterest},
		{"es interest: Jonas Keller es una de las opciones", " date 2024-08 Jonas Keller es una de las opciones del Villarreal.", p, "Villarreal", facts.StageInterest},
		{"es talks: El Villarreal trabaja en el fichaje de", " date 2024-08 El Villarreal trabaja en el fichaje de Jonas Keller.", p, "Villarreal", facts.StageTalks},
		{"es talks: El Villarreal se ha reunido con el", " date 2024-08 El Villarreal se ha reunido con el entorno de Jonas Keller.", p, "Villarreal", facts.StageTalks},
		{"es talks: El Villarreal dialoga con el Getafe por", " date 2024-08 El Villarreal dialoga con el Getafe por Jonas Keller.", p, "Villarreal", facts.StageTalks},
		{"es talks: El Villarreal tanteó a Jonas Keller en", " date 2024-08 El Villarreal tanteó a Jonas Keller en primavera.", p, "Villarreal", facts.StageTalks},
		{"es talks: El Villarreal ha llamado al Getafe para", " date 2024-08 El Villarreal ha llamado al Getafe para preguntar por Jonas Keller.", p, "Villarreal", facts.StageTalks},
		{"es talks: Sigue el tira y afloja entre el", " date 2024-08 Sigue el tira y afloja entre el Villarreal y el Getafe por Jonas Keller.", p, "Villarreal", facts.StageTalks},
		{"es bid: El Villarreal ha ofertado diez millones por", " date 2024-08 El Villarreal ha ofertado diez millones por Jonas Keller.", p, "Villarreal", facts.StageBid},
		{"es bid: El Villarreal ofertó diez millones por Jonas", " date 2024-08 El Villarreal ofertó diez millones por Jonas Keller.", p, "Villarreal", facts.StageBid},
		{"es bid: El Villarreal ofrecerá diez millones por Jonas", " date 2024-08 El Villarreal ofrecerá diez millones por Jonas Keller.", p, "Villarreal", facts.StageBid},
		{"es bid: El Villarreal ha puesto diez millones sobre", " date 2024-08 El Villarreal ha puesto diez millones sobre la mesa por Jonas Keller.", p, "Villarreal", facts.StageBid},
		{"es bid: El Villarreal pujará por Jonas Keller.", " date 2024-08 El Villarreal pujará por Jonas Keller.", p, "Villarreal", facts.StageBid},
		{"es advanced: El Villarreal ultima el fichaje de Jonas", " date 2024-08 El Villarreal ultima el fichaje de Jonas Keller.", p, "Villarreal", facts.StageAdvanced},
		{"es advanced: El Villarreal y el Getafe ultiman el", " date 2024-08 El Villarreal y el Getafe ultiman el traspaso de Jonas Keller.", p, "Villarreal", facts.StageAdvanced},
		{"es advanced: El Villarreal tiene atado a Jonas Keller.", " date 2024-08 El Villarreal tiene atado a Jonas Keller.", p, "Villarreal", facts.StageAdvanced},
		{"es advanced: El fichaje de Jonas Keller por el", " date 2024-08 El fichaje de Jonas Keller por el Villarreal está prácticamente hecho.", p, "Villarreal", facts.StageAdvanced},
		{"es advanced: Jonas Keller pasará el reconocimiento con el", " date 2024-08 Jonas Keller pasará el reconocimiento con el Villarreal el lunes.", p, "Villarreal", facts.StageAdvanced},
		{"es advanced: El fichaje de Jonas Keller por el", " date 2024-08 El fichaje de Jonas Keller por el Villarreal está bien encaminado.", p, "Villarreal", facts.StageAdvanced},
		{"es advanced: El fichaje de Jonas Keller por el", " date 2024-08 El fichaje de Jonas Keller por el Villarreal entra en la recta final.", p, "Villarreal", facts.StageAdvanced},
		{"es advanced: Solo quedan flecos para que Jonas Keller", " date 2024-08 Solo quedan flecos para que Jonas Keller sea del Villarreal.", p, "Villarreal", facts.StageAdvanced},
		{"es advanced: Jonas Keller está cerca del Villarreal.", " date 2024-08 Jonas Keller está cerca del Villarreal.", p, "Villarreal", facts.StageAdvanced},
		{"es advanced: El Villarreal gana la carrera por Jonas", " date 2024-08 El Villarreal gana la carrera por Jonas Keller.", p, "Villarreal", facts.StageAdvanced},
		{"es done: El Villarreal se hace con Jonas Keller.", " date 2024-08 El Villarreal se hace con Jonas Keller.", p, "Villarreal", facts.StageDone},
		{"es done: El Villarreal se ha hecho con los", " date 2024-08 El Villarreal se ha hecho con los servicios de Jonas Keller.", p, "Villarreal", facts.StageDone},
		{"es done: El Villarreal se refuerza con Jonas Keller.", " date 2024-08 El Villarreal se refuerza con Jonas Keller.", p, "Villarreal", facts.StageDone},
		{"es done: El Villarreal incorpora a Jonas Keller hasta", " date 2024-08 El Villarreal incorpora a Jonas Keller hasta 2028.", p, "Villarreal", facts.StageDone},
		{"es done: El Villarreal ficha a Jonas Keller.", " date 2024-08 El Villarreal ficha a Jonas Keller.", p, "Villarreal", facts.StageDone},
		{"es done: Jonas Keller es el nuevo refuerzo del", " date 2024-08 Jonas Keller es el nuevo refuerzo del Villarreal.", p, "Villarreal", facts.StageDone},
		{"es ended: El Getafe considera insuficiente la oferta del", " date 2024-08 El Getafe considera insuficiente la oferta del Villarreal por Jonas Keller.", p, "Villarreal", facts.StageEnded},
		{"es ended: El Getafe rehusó la oferta del Villarreal", " date 2024-08 El Getafe rehusó la oferta del Villarreal por Jonas Keller.", p, "Villarreal", facts.StageEnded},
		{"es ended: El fichaje de Jonas Keller por el", " date 2024-08 El fichaje de Jonas Keller por el Villarreal queda anulado.", p, "Villarreal", facts.StageEnded},
		{"es ended: El interés del Villarreal por Jonas Keller", " date 2024-08 El interés del Villarreal por Jonas Keller se ha enfriado.", p, "Villarreal", facts.StageEnded},
		{"es ended: El Villarreal pierde la carrera por Jonas", " date 2024-08 El Villarreal pierde la carrera por Jonas Keller.", p, "Villarreal", facts.StageEnded},
		{"es ended: El Villarreal se baja de la puja", " date 2024-08 El Villarreal se baja de la puja por Jonas Keller.", p, "Villarreal", facts.StageEnded},
		{"es ended: El Villarreal abandona la idea de fichar", " date 2024-08 El Villarreal abandona la idea de fichar a Jonas Keller.", p, "Villarreal", facts.StageEnded},
		{"es ended: La operación del Villarreal por Jonas Keller", " date 2024-08 La operación del Villarreal por Jonas Keller no prosperó.", p, "Villarreal", facts.StageEnded},
		{"es ended: El Villarreal aparca el fichaje de Jonas", " date 2024-08 El Villarreal aparca el fichaje de Jonas Keller.", p, "Villarreal", facts.StageEnded},
		{"es ended: El fichaje de Jonas Keller por el", " date 2024-08 El fichaje de Jonas Keller por el Villarreal no llegó a buen puerto.", p, "Villarreal", facts.StageEnded},
		{"es ended: El Villarreal se olvida de Jonas Keller.", " date 2024-08 El Villarreal se olvida de Jonas Keller.", p, "Villarreal", facts.StageEnded},
	})
}
