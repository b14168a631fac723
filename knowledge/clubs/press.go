package clubs

// press is one club as the press names it: the openfootball name or alias
// that finds it (empty for a club the lists do not carry), its usual English
// name, and the nicknames and foreign names used in the five languages.
// Weak names ("City", "United", "Madrid", "Inter", "Milan") are names of
// cities or common words too: an extractor should take them as the club
// only where the context makes it the club.
type press struct {
	find    string
	name    string
	country string
	city    string
	aliases []string
	weak    []string
}

// pressTable is general football knowledge, not taken from any article.
var pressTable = []press{
	// England
	{find: "Arsenal FC", name: "Arsenal", aliases: []string{"Gunners", "Arsenal London", "FC Arsenal", "Arsenal de Londres", "Emirates Stadium", "Emirates"}},
	{find: "Chelsea FC", name: "Chelsea", aliases: []string{"Chelsea London", "Stamford Bridge", "FC Chelsea", "Chelsea de Londres"}, weak: []string{"Blues"}},
	{find: "Tottenham Hotspur FC", name: "Tottenham Hotspur", aliases: []string{"Spurs", "Tottenham", "Lilywhites", "Tottenham Hotspur Stadium"}},
	{find: "West Ham United FC", name: "West Ham United", aliases: []string{"West Ham", "Hammers", "Irons", "London Stadium"}},
	{find: "Fulham FC", name: "Fulham", aliases: []string{"Cottagers", "Craven Cottage"}},
	{find: "Crystal Palace FC", name: "Crystal Palace", aliases: []string{"Selhurst Park"}, weak: []string{"Palace", "Eagles"}},
	{find: "Brentford FC", name: "Brentford", aliases: []string{"Bees"}},
	{find: "Manchester United FC", name: "Manchester United", aliases: []string{"Man United", "Man Utd", "Manchester Utd", "Red Devils", "Diables Rouges", "Diavoli Rossi", "Old Trafford", "Manchester Unitedu", "MUFC"}, weak: []string{"United"}},
	{find: "Manchester City FC", name: "Manchester City", aliases: []string{"Man City", "Citizens", "Cityzens", "Etihad", "Etihad Stadium", "Sky Blues", "MCFC"}, weak: []string{"City"}},
	{find: "Liverpool FC", name: "Liverpool", aliases: []string{"LFC", "Anfield", "FC Liverpool", "Liverpool FC"}, weak: []string{"Reds"}},
	{find: "Everton FC", name: "Everton", aliases: []string{"Toffees", "Goodison Park"}},
	{find: "Newcastle United FC", name: "Newcastle United", aliases: []string{"Newcastle", "Magpies", "St James' Park"}, weak: []string{"Toon"}},
	{find: "Aston Villa FC", name: "Aston Villa", aliases: []string{"Villans", "Villa Park"}, weak: []string{"Villa"}},
	{find: "Leicester City FC", name: "Leicester City", aliases: []string{"Leicester", "Foxes", "King Power Stadium"}},
	{find: "Brighton & Hove Albion FC", name: "Brighton & Hove Albion", aliases: []string{"Brighton", "Seagulls"}},
	{find: "Wolverhampton Wanderers FC", name: "Wolverhampton Wanderers", aliases: []string{"Wolves", "Wolverhampton"}},
	{find: "Southampton FC", name: "Southampton", aliases: []string{"Saints"}},
	{find: "Leeds United FC", name: "Leeds United", aliases: []string{"Leeds", "Elland Road"}},
	{find: "Nottingham Forest FC", name: "Nottingham Forest", aliases: []string{"Nottingham", "Nottm Forest"}, weak: []string{"Forest"}},
	{find: "AFC Bournemouth", name: "Bournemouth", aliases: []string{"Cherries"}},
	{find: "Luton Town FC", name: "Luton Town", aliases: []string{"Luton", "Hatters"}},
	{find: "Burnley FC", name: "Burnley", aliases: []string{"Clarets"}},
	{find: "Sheffield United FC", name: "Sheffield United", aliases: []string{"Blades"}},
	{find: "West Bromwich Albion FC", name: "West Bromwich Albion", aliases: []string{"Baggies"}},
	{find: "Ipswich Town FC", name: "Ipswich Town", aliases: []string{"Tractor Boys"}},
	{find: "Reading FC", name: "Reading", aliases: []string{"Royals"}},
	{find: "Watford FC", name: "Watford", aliases: []string{"Hornets"}},
	{find: "Norwich City FC", name: "Norwich City", aliases: []string{"Canaries"}},
	// Spain
	{find: "Real Madrid", name: "Real Madrid", aliases: []string{"Los Blancos", "Merengue", "Merengues", "Merengues", "Bernabeu", "Santiago Bernabeu", "Maison Blanche", "Casa Blanca", "Real de Madrid", "Madridistas", "Real Madryt"}, weak: []string{"Real", "Madrid"}},
	{find: "Atlético Madrid", name: "Atlético Madrid", aliases: []string{"Atleti", "Atletico", "Colchoneros", "Rojiblancos", "Atletico de Madrid", "Atlético de Madrid", "Wanda Metropolitano", "Metropolitano", "Atletico Madrid"}},
	{find: "FC Barcelona", name: "Barcelona", aliases: []string{"Barça", "Barca", "Blaugrana", "Blaugranas", "Azulgrana", "Azulgranas", "Barcelone", "FC Barcelone", "Barcellona", "Camp Nou", "Culés", "FC Barcelona"}},
	{find: "Sevilla FC", name: "Sevilla", aliases: []string{"Séville", "FC Séville", "Siviglia", "Sevillistas", "FC Sevilla"}},
	{find: "Real Betis", name: "Real Betis", aliases: []string{"Béticos", "Betis Séville"}},
	{find: "Valencia CF", name: "Valencia", aliases: []string{"Valence", "Los Che", "Mestalla"}},
	{find: "Villarreal CF", name: "Villarreal", aliases: []string{"Submarino Amarillo", "Yellow Submarine", "Sous-marin jaune"}},
	{find: "Real Sociedad", name: "Real Sociedad", aliases: []string{"Anoeta", "Txuri-urdin", "Reale Arena"}},
	{find: "Athletic Club Bilbao", name: "Athletic Club", aliases: []string{"Athletic Bilbao", "San Mamés", "Leones"}},
	{find: "RCD Espanyol", name: "Espanyol", aliases: []string{"Espanyol de Barcelona", "Pericos"}},
	{find: "Girona FC", name: "Girona", aliases: []string{"Gérone"}},
	{find: "RC Celta Vigo", name: "Celta Vigo"},
	{find: "UD Almería", name: "Almería"},
	{find: "UD Las Palmas", name: "Las Palmas"},
	// Italy
	{find: "AC Milan", name: "AC Milan", aliases: []string{"Rossoneri", "Milan AC", "AC Mailand", "AC Milán", "Diavolo", "Milanello"}, weak: []string{"Milan"}},
	{find: "FC Internazionale Milano", name: "Inter Milan", aliases: []string{"Inter", "Nerazzurri", "Inter de Milan", "Inter Mailand", "Inter de Milán", "Inter Milano", "Interisti", "Beneamata"}},
	{find: "Juventus", name: "Juventus", aliases: []string{"Juve", "Bianconeri", "Vecchia Signora", "Vieille Dame", "Old Lady", "Juventus Turin", "Juventus de Turin", "Juventus Torino", "Juventus FC"}},
	{find: "SSC Napoli", name: "Napoli", aliases: []string{"Naples", "SSC Naples", "SSC Neapel", "Neapel", "Partenopei", "Nápoles", "Napoli"}},
	{find: "AS Roma", name: "Roma", aliases: []string{"AS Rome", "AS Rom", "Giallorossi", "Trigoria", "AS Roma"}},
	{find: "SS Lazio", name: "Lazio", aliases: []string{"Lazio Rome", "Lazio Rom", "Biancocelesti", "SS Lazio"}},
	{find: "Atalanta", name: "Atalanta", aliases: []string{"Atalanta Bergame", "Atalanta Bergamo", "Dea", "Atalanta BC"}},
	{find: "ACF Fiorentina", name: "Fiorentina", aliases: []string{"Viola", "Gigliati", "AC Florenz", "Florenz"}},
	{find: "Torino FC", name: "Torino", aliases: []string{"Granata", "Toro"}},
	{find: "Bologna FC", name: "Bologna", aliases: []string{"Rossoblù"}},
	{find: "Udinese Calcio", name: "Udinese", aliases: []string{"Friulani"}},
	{find: "UC Sampdoria", name: "Sampdoria", aliases: []string{"Samp", "Blucerchiati"}},
	{find: "Genoa CFC", name: "Genoa", aliases: []string{"Grifone"}},
	// Germany
	{find: "Bayern München", name: "Bayern Munich", aliases: []string{"Bayern", "FC Bayern", "Bayern Munchen", "Bayern Múnich", "Bayern de Munich", "Bayern de Múnich", "Bayern Monaco", "Bayern di Monaco", "Rekordmeister", "Bavarois", "Bávaros", "Bavaresi", "Bavarians", "Allianz Arena", "Säbener Straße", "Munich"}},
	{find: "Borussia Dortmund", name: "Borussia Dortmund", aliases: []string{"BVB", "Dortmund", "Schwarzgelben", "Signal Iduna Park"}},
	{find: "RB Leipzig", name: "RB Leipzig", aliases: []string{"Leipzig", "RasenBallsport Leipzig", "Roten Bullen", "Red Bull Leipzig"}, weak: []string{"Sachsen", "Bullen"}},
	{find: "Bayer 04 Leverkusen", name: "Bayer Leverkusen", aliases: []string{"Leverkusen", "Werkself", "Bayer 04", "Bayer"}},
	{find: "FC Schalke 04", name: "Schalke 04", aliases: []string{"Schalke", "Königsblauen", "Knappen"}},
	{find: "Borussia Mönchengladbach", name: "Borussia Mönchengladbach", aliases: []string{"Gladbach", "Mönchengladbach", "Fohlen", "Fohlenelf", "Borussia Monchengladbach"}},
	{find: "Eintracht Frankfurt", name: "Eintracht Frankfurt", aliases: []string{"Frankfurt", "Eintracht", "Eintracht Francfort", "Francfort", "Eintracht Fráncfort", "Eintracht Francoforte", "Francoforte"}},
	{find: "VfB Stuttgart", name: "VfB Stuttgart", aliases: []string{"Stuttgart", "Schwaben"}, weak: []string{"VfB"}},
	{find: "VfL Wolfsburg", name: "VfL Wolfsburg", aliases: []string{"Wolfsburg", "Wölfe"}},
	{find: "Hertha BSC", name: "Hertha Berlin", aliases: []string{"Hertha", "Hertha Berlino", "Hertha BSC"}},
	{find: "SV Werder Bremen", name: "Werder Bremen", aliases: []string{"Werder", "Bremen", "Werder Brême", "Werder Brema", "Werder Bremen"}},
	{find: "1. FC Union Berlin", name: "Union Berlin", aliases: []string{"Eisernen"}},
	{find: "SC Freiburg", name: "SC Freiburg", aliases: []string{"Freiburg"}},
	{find: "TSG 1899 Hoffenheim", name: "Hoffenheim", aliases: []string{"TSG Hoffenheim"}},
	// France
	{find: "Paris Saint-Germain", name: "Paris Saint-Germain", aliases: []string{"PSG", "Paris SG", "Paris St-Germain", "Parisiens", "Parc des Princes", "Paris-SG"}, weak: []string{"Paris"}},
	{find: "Olympique de Marseille", name: "Marseille", aliases: []string{"OM", "Phocéens", "Olympique Marseille", "Olympiens", "Stade Vélodrome", "Olympique de Marseille", "Marsiglia", "Marsella"}},
	{find: "Olympique Lyonnais", name: "Lyon", aliases: []string{"OL", "Gones", "Olympique Lyon", "Olympique de Lyon", "Lione"}},
	{find: "AS Monaco", name: "Monaco", aliases: []string{"ASM", "Monégasques", "AS Monaco"}},
	{find: "Lille OSC", name: "Lille", aliases: []string{"LOSC", "Dogues", "Lille OSC"}},
	{find: "OGC Nice", name: "Nice", aliases: []string{"Aiglons", "OGC Nice", "Nizza"}},
	{find: "Stade Rennais FC", name: "Rennes", aliases: []string{"Stade Rennais", "Rennais"}},
	{find: "RC Lens", name: "Lens", aliases: []string{"Sang et Or", "Sang et Or"}},
	{find: "FC Girondins de Bordeaux", name: "Bordeaux", aliases: []string{"Girondins", "Girondins de Bordeaux"}},
	{find: "FC Nantes", name: "Nantes", aliases: []string{"Canaris"}},
	{find: "AS Saint-Étienne", name: "Saint-Étienne", aliases: []string{"ASSE", "Verts"}},
	{find: "Stade Brestois 29", name: "Brest", aliases: []string{"Stade Brestois"}},
	{find: "EA Guingamp", name: "Guingamp"},
	{find: "Angers SCO", name: "Angers"},
	// Portugal, Netherlands, Turkey, Scotland, Belgium, Austria, Ukraine
	{find: "SL Benfica", name: "Benfica", aliases: []string{"Benfica Lisbonne", "Benfica Lisbon", "Encarnados", "Águias", "SL Benfica"}},
	{find: "FC Porto", name: "Porto", aliases: []string{"FC Porto", "Dragões"}},
	{find: "Sporting CP", name: "Sporting CP", aliases: []string{"Sporting Lisbon", "Sporting Lisbonne", "Sporting Lissabon", "Sporting Portugal", "Sporting Lisboa", "Sporting de Lisbonne", "Sporting de Lisboa", "Leões"}},
	{find: "AFC Ajax", name: "Ajax", aliases: []string{"Ajax Amsterdam"}},
	{find: "PSV", name: "PSV Eindhoven", aliases: []string{"PSV"}},
	{find: "Feyenoord", name: "Feyenoord", aliases: []string{"Feyenoord Rotterdam"}},
	{find: "Galatasaray", name: "Galatasaray", aliases: []string{"Galatasaray SK", "Cimbom"}},
	{find: "Fenerbahçe", name: "Fenerbahçe", aliases: []string{"Fenerbahce", "Fener"}},
	{find: "Beşiktaş", name: "Beşiktaş", aliases: []string{"Besiktas"}},
	{find: "Celtic FC", name: "Celtic", aliases: []string{"Celtic Glasgow", "Hoops"}},
	{find: "Rangers FC", name: "Rangers", aliases: []string{"Glasgow Rangers"}},
	{find: "FC Red Bull Salzburg", name: "Red Bull Salzburg", aliases: []string{"Salzburg", "RB Salzburg"}},
	{find: "RSC Anderlecht", name: "Anderlecht"},
	{find: "Club Brugge KV", name: "Club Brugge", aliases: []string{"Bruges", "FC Bruges", "Club Bruges"}},
	{find: "Sporting Charleroi", name: "Charleroi"},
	{find: "FC Shakhtar Donetsk", name: "Shakhtar Donetsk", aliases: []string{"Shakhtar", "Chakhtar Donetsk", "Schachtar Donezk", "Shakhtar Donetsk"}},
	{find: "FC Dynamo Kyiv", name: "Dynamo Kyiv", aliases: []string{"Dynamo Kiev", "Dynamo Kiew"}},
	// Saudi Arabia, USA
	{find: "Al-Hilal", name: "Al-Hilal", aliases: []string{"Al Hilal"}},
	{find: "Al-Nassr", name: "Al-Nassr", aliases: []string{"Al Nassr", "Al Nasr"}},
	{find: "Al-Ittihad", name: "Al-Ittihad", country: "sa", city: "Jeddah", aliases: []string{"Al Ittihad", "Ittihad Jeddah", "Al-Ittihad Jeddah"}},
	{find: "Al-Ahli", name: "Al-Ahli", country: "sa", city: "Jeddah", aliases: []string{"Al Ahli", "Al-Ahli Jeddah"}},
	{find: "Al-Qadsiah", name: "Al-Qadsiah", country: "sa", city: "Khobar", aliases: []string{"Al Qadsiah", "Al-Qadisiyah", "Al Qadisiyah"}},
	{find: "Al-Ettifaq", name: "Al-Ettifaq", country: "sa", city: "Dammam", aliases: []string{"Al Ettifaq", "Ettifaq"}},
	{find: "Al-Shabab", name: "Al-Shabab", country: "sa", city: "Riyadh", aliases: []string{"Al Shabab"}},
	{find: "Inter Miami CF", name: "Inter Miami", country: "us", city: "Miami", aliases: []string{"Inter Miami"}},
	{find: "Tigres UANL", name: "Tigres UANL", country: "mx", city: "Monterrey", aliases: []string{"Tigres", "Tigres de Monterrey"}},
}
