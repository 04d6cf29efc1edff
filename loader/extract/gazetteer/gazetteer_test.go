package gazetteer

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// codes returns the codes of the mentions, in order, "=capital" marked.
func codesOf(ms []CountryMention) string {
	var out []string
	for _, m := range ms {
		c := m.Code
		if m.How == ByCapital {
			c += "@"
		}
		out = append(out, c)
	}
	return strings.Join(out, " ")
}

func TestFindCountries(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"OK", "Cuba and the United States restored ties.", "CU US"},
		{"Abbreviations", "The U.S., the U.K., the USA, the PRC, the DPRK and the ROK.", "US GB US CN KP KR"},
		{"USPronounInCaps", "LET US GO TO CUBA", "CU"},
		{"USHyphen", "the U.S.-Cuba talks", "US CU"},
		{"RareForms", "Lao PDR, the KSA, Slovakian, Belarussian and Salvadorean envoys, Antiguan, Vanuatuan, Kittitian and Vincentian ministers", "LA SA SK BY SV AG VU KN VC"},
		{"Madagascan", "Madagascan President Marc Ravalomanana said", "MG"},
		{"CombiningForms", "a Franco-German summit, the Anglo-Irish accord, Indo-US ties, the Russo-Japanese war, Anglo-Franco-German talks", "FR DE GB IE IN US RU JP GB FR DE"},
		{"CombiningFormsAlone", "Franco's Spain, Anglo-Saxon law, the Indo-Pacific, French Indo-China, Italo Calvino, a Greco-Roman bout, Anglo-american, Anglo-American Insurance Co Ltd", "ES FR CN"}, // (Spain, French and China name their own)
		{"Demonyms", "Cuban and American officials, Turkish and British envoys, Soviet and Saudi ministers.", "CU US TR GB SU SA"},
		{"Seats", "Havana said the White House and the Kremlin and Downing Street agreed.", "CU@ US@ RU@ GB@"},
		{"SeatNotCapital", "La Paz said Sucre would host the talks.", "BO@"},
		{"GeorgiaState", "He lives in Atlanta, Georgia, and the Georgia governor spoke.", ""},
		{"GeorgiaCountry", "Russia, Georgia and Ukraine; Georgia's president.", "RU GE UA GE"},
		{"GeorgiaStateInAList", "Snow fell in Alabama and Georgia; the states are Georgia, Tennessee and Ohio.", ""},
		{"CapitalAsMarket", "a London broker, London coffee futures, the Dublin rules, a Tokyo-based firm; Washington said, Paris agreed.", "US@ FR@"},
		{"GeorgiaStateSeat", "First Union Corp of Georgia and the U.S. state of Georgia; Georgia-Pacific Corp.", "US"},
		{"GeorgiaCountrySeat", "The former Soviet state of Georgia; the National Bank of Georgia; the Georgia-Abkhazia conflict.", "SU GE GE GE"},
		{"GeorgiaCountryBesideCapitals", "Talks between Washington and Georgia; Mexico and Georgia.", "US@ GE MX GE"},
		{"WashingtonCapitalBesideNewYork", "He held talks in New York and Washington.", "US@"},
		{"JordanPerson", "Michael Jordan and Jordan Spieth played near the Jordan River.", ""},
		{"JordanCountry", "King Abdullah of Jordan visited Amman, Jordan.", "JO JO@ JO"},
		{"AccentsDropped", "He flew from Brasilia to Bogota and then to Brasília.", "BR@ CO@ BR@"},
		{"ElidedPair", "North and South Korea, South and North Korea, East and West Germany.", "KP KR KR KP DD DE"},
		{"ElidedPairNone", "Trade between North and South America grew.", ""},
		{"ElidedDemonyms", "North and South Korean officials met.", "KP KR"},
		{"PluralStates", "The two Koreas and the two Germanys; not North-Koreas-highest or Koreasx.", "KP KR DE DD"},
		{"SeasAndGulfs", "Planes flew over the Gulf of Finland, the Sea of Japan and the Bay of Bengal.", ""},
		{"OlderNames", "Teheran, Kampuchea, Ceylon and Upper Volta.", "IR@ KH LK BF"},
		{"ChadPerson", "Chad Smith met officials from Chad.", "TD"},
		{"Turkey", "They ate turkey in Turkey.", "TR"},
		{"Guinea", "Papua New Guinea, Equatorial Guinea, Guinea-Bissau, Guinea and a Guinea pig.", "PG GQ GW GN"},
		{"Niger", "Niger and Nigeria; the Niger Delta; the Niger River.", "NE NG NG"},
		{"LowerCaseWords", "fine china from mali", ""},
		{"NewMexico", "New Mexico, New Jersey, New South Wales and Mexico.", "MX"},
		{"Newspaper", "The Washington Post reported that Washington would reply.", "US@"},
		{"Companies", "American Express, Air France and British Airways.", ""},
		{"FirmNames", "American Cyanamid Co, Gibraltar Financial Corp, Royal Dutch/Shell Transport Plc and Swiss Bank Corporation International Ltd.", ""},
		{"FirmNamesWithoutLegalForm", "Credit Suisse First Boston, British Aerospace, Canadian Tire and American Telephone and Telegraph.", ""},
		{"FirmWordsAfterAbbreviationOrBeforeABody", "U.S. Steel output rose; the Japan Aerospace Exploration Agency launched it.", "US JP"},
		{"PlacesAndWarsNamedAfterStates", "A Netherlands Antilles company; the China Lake naval station; he fought in the Vietnam War.", ""},
		{"FirmGroups", "Royal Dutch/Shell Group and the British Land Rover Group; ISE-SHIMA, Japan Group of Seven leaders met.", "JP"},
		{"StateFirmsAndFirmsOfCountries", "the Ecuadorean State Oil Corporation, Japan's Nippon Steel Corp and Mexico and Hercules Inc.", "EC JP MX"},
		{"IndianOcean", "The Indian Ocean and American Indian tribes; Indian troops.", "IN"},
		{"Dominican", "The Dominican Republic and Dominica; Dominican officials.", "DO DM DO"},
		{"Congo", "The Democratic Republic of the Congo, Congo-Brazzaville and the Republic of Congo.", "CD CG CG"},
		{"Korea", "North Korea, South Korea and Korea.", "KP KR KR"},
		{"KoreanInANorthStory", "North Korea welcomed contacts between Korean and U.S. diplomats, Pyongyang said.", "KP KP US KP@"},
		{"KoreanAlone", "Korean and U.S. diplomats met.", "KR US"},
		{"KoreaWithANorthTopic", "Cohen began a visit to Japan and Korea; they discussed the situation in North Korea.", "JP KR KP"},
		{"Sudan", "Sudan and South Sudan.", "SD SS"},
		{"Reserved", "The European Union, the Soviet Union, West Germany, Kosovo, Burma, Zaire and the PLO.", "EU SU DE XK MM CD PS"},
		{"Language", "He said in Spanish. Spanish-speaking people.", ""},
		{"Headline", "IRAN FOREIGN MINISTER TELLS CUBA OF GULF SITUATION", "IR CU"},
		{"Longest", "United States of America and the United Arab Emirates.", "US AE"},
		{"Possessive", "Cuba's ministry and Britain’s envoy.", "CU GB"},
		{"AcrossParagraphs", "United\n\nStates", ""},
		{"WrappedLine", "the United\nStates", "US"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := codesOf(FindCountries(tt.text)); got != tt.want {
				t.Errorf("FindCountries(%q): got %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestFindCountriesLowerCaseText(t *testing.T) {
	text := strings.Repeat("the minister of foreign affairs said on monday that talks would go on. ", 3) +
		"iranian envoys informed cuban officials before a visit to nicaragua."
	if got, want := codesOf(FindCountries(text)), "IR CU NI"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestFindCountriesOffsets(t *testing.T) {
	text := "Talks in Havana: Cuba, the U.S. and Türkiye."
	for _, m := range FindCountries(text) {
		if got := text[m.Start:m.End]; got != m.Text {
			t.Errorf("%s: text[%d:%d] = %q, want %q", m.Code, m.Start, m.End, got, m.Text)
		}
	}
}

func TestSeed(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "..", "testdata", "articles", "seed-xinhua-2016-02-25.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	// The body starts after the ticker the reader removes; FindCountries on
	// the ticker alone finds Brazil, Syria and China, which is expected.
	body := text[strings.Index(text, "You are here"):]
	got := map[string]bool{}
	for _, m := range FindCountries(body) {
		got[m.Code] = true
	}
	if want := map[string]bool{"CU": true, "US": true}; !reflect.DeepEqual(got, want) {
		t.Errorf("countries: got %v, want %v", got, want)
	}
	agencies := agencyLines(FindAgencies(body, nil, "CU"))
	sort.Strings(agencies)
	agencies = uniqStrings(agencies)
	want := []string{"CU Ministry of Foreign Affairs", "CU Ministry of the Interior",
		"US Department of Homeland Security", "US Department of Justice", "US Department of State"}
	if !reflect.DeepEqual(agencies, want) {
		t.Errorf("agencies: got %q, want %q", agencies, want)
	}
}

func uniqStrings(ss []string) []string {
	var out []string
	for i, s := range ss {
		if i == 0 || s != ss[i-1] {
			out = append(out, s)
		}
	}
	return out
}

func TestFindAgencies(t *testing.T) {
	tests := []struct {
		name, text, fallback string
		want                 []string // "CC Name"
	}{
		{"OK", "The Cuban Foreign Ministry said so.", "", []string{"CU Ministry of Foreign Affairs"}},
		{"BoardsInstitutesCommands", "The Brazilian Coffee Institute, the Australian Wheat Board and the U.S. European Command said so.", "",
			[]string{"BR Brazilian Coffee Institute", "AU Australian Wheat Board", "US European Command"}},
		{"DefiniteNameTakesTheContext", "The Customs Bureau and the Energy Information Administration said so.", "US",
			[]string{"US Customs Bureau", "US Energy Information Administration"}},
		{"DefiniteNamesOfNoState", "The International Energy Agency, the Georgia Bureau of Investigation and the Reagan Administration said so.", "US", nil},
		{"StateNameWithATail", "The State Administration for Industry and Commerce (SAIC) said so.", "CN", []string{"CN State Administration for Industry and Commerce"}},
		{"BareNationalHeads", "The National Commission and the National Council of Farmer Cooperatives said so.", "US", nil},
		{"ForeignNameGoesOn", "Robbers hit the Madison Bureau de Change in Dar es Salaam.", "TZ", nil},
		{"BodiesOfUSStates", "The Texas Department of Agriculture and the New York State Department of Health said so.", "US", nil},
		{"CountryNamedLikeAUSState", "The Mexico Finance Ministry said so.", "US", []string{"MX Ministry of Finance"}},
		{"AmericanTradeBodies", "The American Petroleum Institute and the American Enterprise Institute said so.", "", nil},
		{"Possessive", "Cuba's Ministry of Foreign Affairs said so.", "", []string{"CU Ministry of Foreign Affairs"}},
		{"OfCountry", "The Ministry of Foreign Affairs of Cuba said so.", "", []string{"CU Ministry of Foreign Affairs"}},
		{"Coordinated", "Officials of the departments of Homeland Security, State and Justice of the U.S. came.", "",
			[]string{"US Department of Homeland Security", "US Department of State", "US Department of Justice"}},
		{"CoordinatedBefore", "The foreign and interior ministries of Iraq met.", "",
			[]string{"IQ Ministry of Foreign Affairs", "IQ Ministry of the Interior"}},
		{"EmbassySendingCountry", "Protesters gathered at the U.S. embassy in Havana.", "CU", []string{"US Embassy"}},
		{"EmbassyOf", "He went to the embassy of Spain in Havana.", "", []string{"ES Embassy"}},
		{"EmbassyUnqualified", "He went to the embassy.", "CU", nil},
		{"Lexicon", "The State Department and the Pentagon disagreed with the FBI.", "",
			[]string{"US Department of State", "US Department of Defense", "US Federal Bureau of Investigation"}},
		{"QuaiDOrsay", "The Quai d'Orsay said.", "", []string{"FR Ministry of Foreign Affairs"}},
		{"AmericanNamesOfAmericanDepartments", "The Department of Defense and the Justice Department said so; Australia's Department of Defence did not.", "GB",
			[]string{"US Department of Defense", "US Department of Justice", "AU Department of Defense"}},
		{"TheFed", "U.S. Fed chairman Alan Greenspan spoke; the Fed will tighten.", "", []string{"US Central Bank", "US Central Bank"}},
		{"WellKnownUSBodies", "The SEC, the USDA, the CDC, the FDIC and the Economic Policy Council said so.", "",
			[]string{"US Securities and Exchange Commission", "US Department of Agriculture", "US Centers for Disease Control and Prevention",
				"US Federal Deposit Insurance Corporation", "US Economic Policy Council"}},
		{"SupremeCourtTakesItsState", "Brazil's Supreme Court and the U.S. Supreme Court ruled; the Texas Supreme Court did not.", "",
			[]string{"BR Supreme Court", "US Supreme Court"}},
		{"CourtsOfAState", "A Russian court and a Turkish military court ruled; the court of appeal agreed.", "",
			[]string{"RU Court", "TR Military Court"}},
		{"HouseOfCommonsOfCanada", "Canadian Trade Minister Pat Carney told the House of Commons she would act.", "",
			[]string{"CA House of Commons"}},
		{"HouseOfCommonsElsewhereIsBritains", "In Nairobi, the House of Commons committee met Kenyan officials.", "KE",
			[]string{"GB House of Commons"}},
		{"HouseOfCommonsOfBritain", "British Prime Minister David Cameron told the House of Commons he would act.", "",
			[]string{"GB House of Commons"}},
		{"OneMinistryOfTwoSubjects", "Japan's Post and Telecommunications Ministry and the Mexican Energy and Mines Ministry said so.", "",
			[]string{"JP Ministry of Post and Telecommunications", "MX Ministry of Energy and Mines"}},
		{"TwoBodiesBeforeAMinistry", "West Germany's Bundesbank and Finance Ministry said so.", "",
			[]string{"DE Central Bank", "DE Ministry of Finance"}},
		{"AdministrationOfAState", "The Cyberspace Administration of China did not respond; the Reagan Administration for its part said so.", "",
			[]string{"CN Cyberspace Administration"}},
		{"CabinetsCourtsAndGuardsOfAState", "Israel's security cabinet met; Iran's Revolutionary Court and its Revolutionary Guards acted.", "",
			[]string{"IL Security Cabinet", "IR Revolutionary Court", "IR Revolutionary Guards"}},
		{"MoreLowerCaseSubjects", "India's power ministry and Greece's shipping ministry said so.", "",
			[]string{"IN Ministry of Power", "GR Ministry of Shipping"}},
		{"FedUpIsNoBank", "Fed up with delays, the farmers were fed by the state.", "US", nil},
		{"OneStatesBodies", "He lobbied the Department of Homeland Security and the Office of the Director of National Intelligence for Chinese investors.", "CN",
			[]string{"US Department of Homeland Security", "US Office of the Director of National Intelligence"}},
		{"Police", "Kenyan police and the police said.", "", []string{"KE Police"}},
		{"Legislatures", "The Knesset, the Duma and the Turkish parliament voted.", "",
			[]string{"IL Knesset", "RU State Duma", "TR Parliament"}},
		{"Fallback", "The Foreign Ministry said on Monday.", "IR", []string{"IR Ministry of Foreign Affairs"}},
		{"NearestInClause", "The Iraqi delegation included officials of the oil ministry.", "", []string{"IQ Ministry of Oil"}},
		{"AcrossClauses", "Cuban and U.S. delegations met, the Ministry of Foreign Affairs said.", "CU",
			[]string{"CU Ministry of Foreign Affairs"}},
		{"CityService", "The Police Department of New York and the Fire Department.", "US", nil},
		{"TopicHead", "The Turkish intelligence agency and Turkish immigration authorities said.", "",
			[]string{"TR Intelligence Agency", "TR Immigration Authorities"}},
		{"TopicHeadNeedsCountry", "The intelligence agency said.", "TR", nil},
		{"TopicHeadVague", "U.S. regulatory authorities and the state agency said.", "", nil},
		{"TopicHeadModifies", "U.S. communications service providers objected.", "", nil},
		{"LexiconMilitaries", "China's People's Liberation Army and Japan's Self-Defense Forces met; the Blue House said.", "",
			[]string{"CN People's Liberation Army", "JP Self-Defense Forces", "KR Presidential Office"}},
		{"LexiconOwnNames", "The IDF, the Lok Sabha, the Bundeswehr and Itamaraty said.", "",
			[]string{"IL Israel Defense Forces", "IN Lok Sabha", "DE Bundeswehr", "BR Ministry of Foreign Affairs"}},
		{"NationalName", "North Korea's launch was run by the National Aerospace Development Agency, or NADA.", "",
			[]string{"KP National Aerospace Development Agency"}},
		{"NationalNameBare", "The National Commission met.", "US", nil},
		{"NationalNameKnownRest", "The contract is with the Federal Environmental Protection Agency of the U.S.", "", []string{"US Environmental Protection Agency"}},
		{"OfSubjectCase", "Long-established U.S. Department of Agriculture statistics show it.", "", []string{"US Department of Agriculture"}},
		{"NotAgency", "The National Council of Churches and the Economic Commission for Latin America.", "US", nil},
		{"Central bank", "Japan's central bank and the Bundesbank.", "", []string{"JP Central Bank", "DE Central Bank"}},
		{"SingularCommaList", "The U.S. Bureau of Alcohol, Tobacco, Firearms and Explosives said.", "US",
			[]string{"US Bureau of Alcohol, Tobacco, Firearms and Explosives"}},
		{"SingularCommaEnds", "The Ministry of Defense, the police and the army said.", "KR",
			[]string{"KR Ministry of Defense"}},
		{"MoreBodies", "Immigration and Customs Enforcement, the Government Accountability Office and Agriculture Canada said.", "",
			[]string{"US Immigration and Customs Enforcement", "US Government Accountability Office", "CA Agriculture Canada"}},
		{"HighCommission", "Officials at the British High Commission in Nairobi said so.", "KE", []string{"GB High Commission"}},
		{"PalestinianAuthority", "The Palestinian Authority and the Palestinian National Authority.", "",
			[]string{"PS Palestinian Authority", "PS Palestinian Authority"}},
		{"UnitedNationsBody", "The United Nations High Commission for Refugees and the U.N. Security Council met the Nepali government.", "NP", nil},
		{"BlocPresidency", "During the UK's presidency of the G8 and the Syrian presidency's statement.", "",
			[]string{"SY Presidency"}},
		{"GuardsCorps", "Iran's Islamic Revolutionary Guards Corps and the Bangladesh Bank.", "", []string{"IR Revolutionary Guards", "BD Central Bank"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := agencyLines(FindAgencies(tt.text, nil, tt.fallback))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("FindAgencies(%q): got %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestCanonical(t *testing.T) {
	tests := map[string]string{
		"U.S. State Department":                   "Department of State",
		"Department of State":                     "Department of State",
		"the State Department":                    "Department of State",
		"Cuban foreign ministry":                  "Ministry of Foreign Affairs",
		"foreign affairs ministry":                "Ministry of Foreign Affairs",
		"Ministry of Foreign Affairs":             "Ministry of Foreign Affairs",
		"Interior Ministry":                       "Ministry of the Interior",
		"Ministry of the Interior":                "Ministry of the Interior",
		"Defence Ministry":                        "Ministry of Defense",
		"Ministry of Defense":                     "Ministry of Defense",
		"DHS":                                     "Department of Homeland Security",
		"Homeland Security Department":            "Department of Homeland Security",
		"Department of Homeland Security":         "Department of Homeland Security",
		"Kenyan police":                           "Police",
		"U.S. Embassy in Dar es Salaam":           "Embassy",
		"Iraqi oil ministry":                      "Ministry of Oil",
		"FBI":                                     "Federal Bureau of Investigation",
		"Office of the U.S. Trade Representative": "Office of the Trade Representative",
		"lower house of the Argentine Parliament": "Parliament",
		"Ministry of Foreign Affairs and International Cooperation": "Ministry of Foreign Affairs",
		"Some Unknown Body": "Some Unknown Body",
		"":                  "",
	}
	for in, want := range tests {
		if got := Canonical(in); got != want {
			t.Errorf("Canonical(%q): got %q, want %q", in, got, want)
		}
	}
}

func TestLookup(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		for in, want := range map[string]string{
			"CU": "CU", "cu": "CU", "Cuba": "CU", "cuba": "CU", "Cuban": "CU", "U.S.": "US", "US": "US",
			"usa": "US", "United States": "US", "the United States": "US", "United States of America": "US",
			"UK": "GB", "Britain": "GB", "Soviet Union": "SU", "USSR": "SU", "EU": "EU", "Burma": "MM",
			"Ivory Coast": "CI", "Côte d'Ivoire": "CI", "Turkey": "TR", "Türkiye": "TR", "PRC": "CN", "DEU": "DE",
			"Cabo Verde": "CV", "St. Lucia": "LC", "St Kitts and Nevis": "KN", "Kazakstan": "KZ", "Kirghizia": "KG",
			"Maldivian": "MV", "Timorese": "TL", "Bissau-Guinean": "GW",
		} {
			c, ok := Lookup(in)
			if !ok || c.Code != want {
				t.Errorf("Lookup(%q): got %q %v, want %q", in, c.Code, ok, want)
			}
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		for _, in := range []string{"", "Atlantis", "xx"} {
			if c, ok := Lookup(in); ok {
				t.Errorf("Lookup(%q): got %q, want not found", in, c.Code)
			}
		}
	})
}

func TestCountries(t *testing.T) {
	cs := Countries()
	if len(cs) < 250 {
		t.Fatalf("got %d countries, want >= 250", len(cs))
	}
	if !sort.SliceIsSorted(cs, func(i, j int) bool { return cs[i].Code < cs[j].Code }) {
		t.Error("countries not sorted by code")
	}
	for _, code := range []string{"US", "CU", "EU", "SU", "XK", "PS"} {
		if _, ok := Country(code); !ok {
			t.Errorf("Country(%q): got not found, want an entry", code)
		}
	}
	if c, _ := Country("us"); c.Name != "United States" {
		t.Errorf("Country(us).Name: got %q, want United States", c.Name)
	}
	// Callers may not change the table through a returned slice.
	c, _ := Country("CU")
	c.Aliases[0] = "changed"
	if c2, _ := Country("CU"); c2.Aliases[0] == "changed" {
		t.Error("Country returned a shared alias slice")
	}
}

// agencyLines renders agency mentions as "CC Name", in order, for comparing
// with a table's want; nil when there are none.
func agencyLines(as []AgencyMention) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Country+" "+a.Name)
	}
	return out
}

func TestCityCountry(t *testing.T) {
	for name, want := range map[string]string{"Istanbul": "TR", "Hiroshima": "JP", "Mumbai": "IN", "São Paulo": "BR", "Sao Paulo": "BR", "Saint Petersburg": "RU"} {
		if got, ok := CityCountry(name); !ok || got != want {
			t.Errorf("CityCountry(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
	for _, name := range []string{"Geneva", "New York", "Smallville", ""} {
		if got, ok := CityCountry(name); ok {
			t.Errorf("CityCountry(%q) = %q; want none", name, got)
		}
	}
}

func TestVenue(t *testing.T) {
	for name, want := range map[string]bool{"Geneva": true, "new york": true, "The Hague": true, "New Delhi": false, "Moscow": false} {
		if got := Venue(name); got != want {
			t.Errorf("Venue(%q) = %v, want %v", name, got, want)
		}
	}
	if !VenueIn("GENEVA/MUSCAT") || VenueIn("MOSCOW") {
		t.Errorf("VenueIn: want GENEVA/MUSCAT a venue and MOSCOW none")
	}
}
