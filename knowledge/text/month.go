package text

import (
	"maps"
	"slices"
	"strings"
	"time"
)

// monthNames are the months as written in running text, by language.
var monthNames = map[string][12]string{
	"en": {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	"fr": {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	"es": {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
	"it": {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
	"de": {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
}

// monthOther are the other ways the press writes the months, folded:
// abbreviations (wire datelines: "TORINO, 18 LUG 2023", "MADRID, 12 Ago.
// 2024") and spellings without umlaut.
var monthOther = [12]string{
	"jan janv janner gen ene", "feb fevr", "mar maerz", "apr avr abr", "mag", "jun giu",
	"jul juil lug", "aug ago", "sep sept set", "oct okt ott", "nov", "dec dez dic",
}

// MonthName returns month m as lang writes it in running text: "June",
// "juin", "junio", "giugno", "Juni"; English for a language text does not
// tell apart; "" for a month out of 1-12.
func MonthName(lang string, m time.Month) string {
	if m < time.January || m > time.December {
		return ""
	}
	names, ok := monthNames[lang]
	if !ok {
		names = monthNames["en"]
	}
	return names[m-1]
}

// Month returns the month (1 to 12) a folded word names in any of the
// languages, in full or abbreviated ("juin", "marz", "sept"), or 0.
func Month(key string) int {
	return months[key]
}

// months maps the folded month names and abbreviations to 1-12.
var months = func() map[string]int {
	m := map[string]int{}
	for _, names := range monthNames {
		for i, n := range names {
			m[Fold(n)] = i + 1
		}
	}
	for i, other := range monthOther {
		for _, n := range strings.Fields(other) {
			m[n] = i + 1
		}
	}
	return m
}()

// MonthKeys returns every folded word Month knows, in no given order.
func MonthKeys() []string {
	return slices.Collect(maps.Keys(months))
}
