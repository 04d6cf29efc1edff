package extract

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/loader/extract/gazetteer"
)

// ruleCase is one end-to-end case of a general rule: a short article, its
// publication date and the events wanted ("KIND A-B span status").
type ruleCase struct {
	name     string
	pub      graph.Date
	title    string
	dateline string
	text     string
	want     []string
}

func runRuleCases(t *testing.T, tests []ruleCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Extract(Input{Title: tt.title, Dateline: tt.dateline, Text: tt.text, Published: tt.pub}, Options{})
			checkResult(t, tt.text, r)
			var got []string
			for _, e := range r.Events {
				span := graph.Span{Start: e.Start, End: e.End}
				got = append(got, string(e.Kind)+" "+strings.Join(e.Participants, "-")+" "+span.String()+" "+e.Status)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// titleCountryCase is one case of a rule about the countries a title gives: the
// codes wanted, in order, for the title over a fixed text.
type titleCountryCase struct {
	name, title string
	want        []string
}

// runTitleCountryCases extracts each title over text and compares the story's
// countries with the codes wanted.
func runTitleCountryCases(t *testing.T, pub graph.Date, text string, tests []titleCountryCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Extract(Input{Title: tt.title, Published: pub, Text: text}, Options{})
			var got []string
			for _, c := range r.Countries {
				got = append(got, c.Code)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("countries %q, want %q", got, tt.want)
			}
		})
	}
}

// countryCase is one case of a rule about a story's countries: the codes
// wanted, in order.
type countryCase struct {
	name, text string
	want       []string
}

func runCountryCases(t *testing.T, pub graph.Date, tests []countryCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := countriesOf(t, tt.text, pub); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("countries %q, want %q", got, tt.want)
			}
		})
	}
}

func TestEra(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/Moscow before 1992 is the Soviet Union", pub: graph.Day(1987, 3, 1),
			text: "U.S. Secretary of State George Shultz will visit Moscow in April for talks on arms control.",
			want: []string{"MEETING US-SU 1987-04 planned"}},
		{name: "OK/Moscow after 1991 is Russia", pub: graph.Day(2016, 3, 1),
			text: "U.S. Secretary of State John Kerry will visit Moscow in April for talks on Syria.",
			want: []string{"MEETING US-RU 2016-04 planned"}},
	})
}

func TestEraCode(t *testing.T) {
	for _, tt := range []struct {
		code string
		pub  graph.Date
		want string
	}{
		{"RU", graph.Day(1991, 12, 31), "SU"},
		{"RU", graph.Day(1992, 1, 1), "RU"},
		{"RU", graph.Date{}, "RU"},
		{"US", graph.Day(1987, 1, 1), "US"},
		{"UA", graph.Day(1987, 3, 4), "SU"},  // "the Ukraine" of 1987: a Soviet republic
		{"UA", graph.Day(1991, 12, 2), "UA"}, // recognised by Poland and Canada that day
		{"LT", graph.Day(1991, 11, 15), "LT"},
		{"KZ", graph.Day(1991, 12, 15), "SU"},
		{"HR", graph.Day(1987, 3, 16), "YU"},
		{"HR", graph.Day(1995, 1, 1), "HR"},
		{"GE", graph.Day(1987, 3, 25), ""}, // before its independence nearly always the U.S. state
		{"GE", graph.Day(2008, 8, 8), "GE"},
	} {
		if got := eraCode(tt.code, tt.pub); got != tt.want {
			t.Errorf("eraCode(%s, %v): got %s, want %s", tt.code, tt.pub, got, tt.want)
		}
	}
}

func TestDatesAndArguments(t *testing.T) {
	mar7 := graph.Day(2016, 3, 7)
	runRuleCases(t, []ruleCase{
		{name: "OK/future month is the coming one", pub: mar7,
			text: "Japan's defence minister is due to travel to the Philippines in April to discuss cooperation.",
			want: []string{"MEETING JP-PH 2016-04 planned"}},
		{name: "OK/plan of the past keeps the past month", pub: graph.Day(2016, 1, 18),
			text: "Iranian President Hassan Rouhani was originally due to visit Italy in November.",
			want: []string{"MEETING IR-IT 2015-11 planned"}},
		{name: "OK/conditional month stays recent", pub: graph.Day(2016, 2, 16),
			text: "Iranian officials met Saudi officials in Doha and would not agree to talks on freezing output at January levels.",
			want: []string{"MEETING IR-SA  held"}},
		{name: "OK/between lists both sides past titles", pub: mar7,
			text: "It came down to telephone calls between U.S. Secretary of State John Kerry and his Iranian counterpart, Mohammad Javad Zarif.",
			want: []string{"MEETING US-IR 2016-03-07 held"}},
		{name: "ErrTopic/country after talks on is the topic", pub: mar7,
			text: "British Foreign Secretary Philip Hammond held talks on Syria on Monday with French officials.",
			want: []string{"MEETING GB-FR 2016-03-07 held"}},
	})
}

func TestGeneric(t *testing.T) {
	pub := graph.Day(2016, 3, 7)
	runRuleCases(t, []ruleCase{
		{name: "ErrGeneric/habit", pub: pub, title: "U.S. eases Cuba rules",
			text: "The United States and Cuba are neighbours. Cubans living in the U.S. are limited to one visit to Cuba every three years.", want: nil},
		{name: "ErrGeneric/quantified", pub: pub, title: "Japan, Philippines",
			text: "Japan and the Philippines are allies. A Japanese spokesman declined to comment on any submarine visit to the Philippines.", want: nil},
		{name: "ErrGeneric/permission", pub: pub, title: "U.S. eases Cuba rules",
			text: "The United States and Cuba are neighbours. The Obama administration removed restrictions on travel to Cuba on Tuesday, announcing it would allow individuals to visit the island.", want: nil},
		{name: "OK/particular visit", pub: pub, title: "Japan, Philippines",
			text: "Japan and the Philippines are allies. A Japanese minister will visit the Philippines next month.",
			want: []string{"MEETING JP-PH 2016-04 planned"}},
		// (A submarine's port call is no visit since session 23; the
		// labelled sets make it optional.)
	})
}

func TestNonStateActors(t *testing.T) {
	pub := graph.Day(2016, 1, 25)
	runRuleCases(t, []ruleCase{
		{name: "ErrNonState/opposition", pub: pub, title: "Syria opposition to meet Tuesday, blames Russia",
			text: "Syria's opposition will meet on Tuesday, an opposition spokesman said. Russia and Syria are allies. Russia backs Syria.", want: nil},
		{name: "ErrNonState/talks about a country", pub: pub, title: "Kerry confident on Syria",
			text: "U.S. Secretary of State John Kerry said he was confident Syria peace talks would proceed.", want: nil},
		{name: "ErrModal/unlikely to be signed", pub: pub, title: "",
			text: "French President Francois Hollande said the jet deal with India is unlikely to be signed during his visit.", want: nil},
		{name: "OK/pair before talks", pub: pub, title: "",
			text: "The U.S.-Cuba talks ended on Friday.", want: []string{"MEETING US-CU 2016-01-22 held"}},
	})
}

func TestTerritoryPair(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/sovereign takes the territory's place in the pair", pub: graph.Day(2002, 2, 6), title: "Gibraltar talks",
			text: "Britain and Spain discussed Gibraltar. Gibraltar fears a deal. Gibraltar's leader objected. Spain wants Gibraltar back. " +
				"In October, Mr Straw and his Spanish counterpart Miguel Moratinos agreed to establish a body that would give Gibraltarians a voice.",
			want: []string{"MEETING GB-ES 2002-02-06 held", "ACCORD GB-ES 2001-10 agreed"}},
	})
}

func TestBorrowDates(t *testing.T) {
	pub := graph.Day(1998, 8, 18)
	runRuleCases(t, []ruleCase{
		{name: "OK/day of the sentence before", pub: pub, title: "Albright visits Tanzania",
			text: "U.S. Secretary of State Madeleine Albright arrived in Dar es Salaam on Tuesday.\n\nAlbright held talks with Tanzania's president before heading to Nairobi.",
			want: []string{"MEETING US-TZ 1998-08-18 held", "MEETING US-KE 1998-08-18 held"}},
		{name: "OK/own date wins", pub: graph.Day(2016, 5, 9), title: "EU, U.S. trade",
			text: "The EU and the U.S. published papers on Monday.\n\nLast week, the EU and the U.S. met to negotiate a trade pact.",
			want: []string{"MEETING EU-US 2016-05-02/2016-05-08 held"}},
	})
}

func TestCompanies(t *testing.T) {
	pub := graph.Day(2016, 2, 5)
	runRuleCases(t, []ruleCase{
		{name: "ErrCompany/possessive company", pub: pub, title: "Foxconn CEO meeting with Sharp execs; Taiwan and Japan",
			text: "Taiwan and Japan are partners. Foxconn Chief Executive Officer Terry Gou is in Osaka to meet executives of Japan's Sharp Corp.", want: nil},
		{name: "ErrOtherSense/meeting goals", pub: pub, title: "France, U.S. and the climate",
			text: "France and the United States agree. He began by discussing the futility of meeting the Paris agreement's goals.", want: nil},
	})
}

func TestLeaders(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/leader known by office in the year", pub: graph.Day(2016, 3, 31), title: "",
			text: "Then Mr. Obama met Chinese President Xi Jinping on Thursday.", want: []string{"MEETING US-CN 2016-03-31 held"}},
		{name: "OK/a two-letter surname alone", pub: graph.Day(2016, 3, 24), title: "",
			text: "Obama and Xi will hold a summit in Washington next week.", want: []string{"MEETING US-CN 2016-03-28/2016-04-03 planned"}},
		{name: "OK/a leader's two known names are one person", pub: graph.Day(2016, 3, 8), title: "",
			text: "A visit by Chinese President Xi Jinping to the United States is planned for September.", want: []string{"MEETING CN-US 2016-09 planned"}},
		{name: "OK/a Korean leader by his given name", pub: graph.Day(2000, 6, 16), title: "",
			text: "Kim Dae-jung met Kim Jong-il in Pyongyang on Tuesday.", want: []string{"MEETING KR-KP 2000-06-13 held"}},
		{name: "OK/Soviet leader in 1987", pub: graph.Day(1987, 3, 2), title: "",
			text: "Gorbachev will meet Thatcher in Moscow next month.", want: []string{"MEETING SU-GB 1987-04 planned"}},
		{name: "OK/NoDate/a name only one state's leaders had places them without a date", pub: graph.Date{}, title: "",
			text: "Then Mr. Obama met Chinese President Xi Jinping.", want: []string{"MEETING US-CN  held"}},
		{name: "ErrNoDate/a name two states' leaders had places nobody without a date", pub: graph.Date{}, title: "",
			text: "Then Mr. Tusk met Chinese President Xi Jinping.", want: nil},
		{name: "OK/visit keeps its days when a meeting during it has one", pub: graph.Day(2016, 2, 23), title: "Chinese foreign minister goes to U.S.",
			text: "Chinese Foreign Minister Wang Yi will visit the United States this week.\n\nWang Yi is due to meet Kerry on Tuesday.\n\n" +
				"Wang Yi is scheduled to be in the United States from Tuesday until Thursday.",
			want: []string{"MEETING CN-US 2016-02-23/2016-02-25 planned"}},
	})
}

func TestLeader(t *testing.T) {
	for _, tt := range []struct {
		name string
		year int
		want string
	}{{"Obama", 2016, "US"}, {"Obama", 1987, ""}, {"gorbachev", 1987, "SU"}, {"Putin", 0, "RU"}, {"Prodi", 0, ""}, {"Tusk", 0, ""}, {"Smith", 2016, ""},
		{"Xi", 2016, "CN"}, {"Jiang", 1998, "CN"}, {"Jiang", 2010, ""}, {"Dae-jung", 2000, "KR"},
		{"Prodi", 1997, "IT"}, {"Prodi", 2001, "EU"}, {"Prodi", 2007, "IT"}, {"Sharif", 2005, ""},
		{"Jaishankar", 2020, "IN"}, {"Tokayev", 2023, "KZ"}, {"Muizzu", 2024, "MV"}, {"Luxon", 2025, "NZ"},
		{"Sharif", 2023, "PK"}, {"Lula", 2008, "BR"}, {"Lula", 2016, ""}, {"Lula", 2024, "BR"}, {"Marcos", 2000, ""},
		{"manmohan singh", 2012, "IN"}} {
		if got := gazetteer.Leader(tt.name, tt.year); got != tt.want {
			t.Errorf("Leader(%q, %d): got %q, want %q", tt.name, tt.year, got, tt.want)
		}
	}
}

func TestMovement(t *testing.T) {
	pub := graph.Day(2016, 3, 12)
	runRuleCases(t, []ruleCase{
		{name: "OK/come to a capital", pub: pub, title: "",
			text: "U.S. President Barack Obama will come to London in April and urge British voters to stay in the EU.",
			want: []string{"MEETING US-GB 2016-04 planned"}},
		{name: "OK/is in a country", pub: pub, title: "",
			text: "Iranian Oil Minister Gholamreza Aqazadeh is in the United Arab Emirates to discuss oil prices.",
			want: []string{"MEETING IR-AE  ongoing"}},
		{name: "OK/spent hours in a country", pub: graph.Day(1998, 8, 18), title: "",
			text: "U.S. Secretary of State Madeleine Albright, arriving after a 16-hour flight, spent about five hours in Tanzania on Tuesday before heading home.",
			want: []string{"MEETING US-TZ 1998-08-18 held"}},
		{name: "OK/participle opening the sentence", pub: graph.Day(2016, 3, 23), title: "",
			text: "Shortly after touching down in Cuba Sunday, President Obama also told ABC News that Google plans to help expand Wi-Fi access.",
			want: []string{"MEETING US-CU 2016-03-20 held"}},
		{name: "OK/participle of a meeting verb", pub: graph.Day(1998, 8, 18), title: "",
			text: "After arriving in Kenya on Tuesday, Secretary of State Madeleine Albright of the United States laid a wreath.",
			want: []string{"MEETING US-KE 1998-08-18 held"}},
		{name: "ErrMovement/participle taking a list", pub: graph.Day(1987, 3, 1), title: "",
			text: "After visiting the U.S., England, France, West Germany, Italy and Switzerland, Funaro is now on his way to Tokyo.", want: nil},
		{name: "ErrMovement/participle without a state after the comma", pub: pub, title: "",
			text: "After landing in Cuba on Sunday, the passengers were taken to a hotel.", want: nil},
		{name: "ErrMovement/going to a verb", pub: pub, title: "",
			text: "Britain is going to raise taxes, British officials said.", want: nil},
	})
}

func TestClauseDates(t *testing.T) {
	pub := graph.Day(2016, 3, 23)
	runRuleCases(t, []ruleCase{
		{name: "OK/an after clause borrows no date from the main clause", pub: pub, title: "",
			text: "Obama arrived in Cuba on Sunday, more than a year after the two countries restored diplomatic relations.",
			want: []string{"MEETING US-CU 2016-03-20 held", "RELATIONS US-CU  held"}},
		{name: "OK/an invitation's weekday lies ahead", pub: graph.Day(2016, 3, 20), title: "",
			text: "Cuban Foreign Minister Bruno Rodriguez has been invited to a meeting with U.S. Secretary of State John Kerry on Tuesday morning - officials said.",
			want: []string{"MEETING CU-US 2016-03-22 proposed"}},
		{name: "OK/a because clause has its own date", pub: pub, title: "",
			text: "But the visit, which follows Obama's historic trip to Cuba, is controversial because it coincides with the 40th anniversary of the 1976 military coup.",
			want: []string{"MEETING US-CU  held"}},
	})
}

func TestDuration(t *testing.T) {
	pub := graph.Day(2016, 3, 20)
	runRuleCases(t, []ruleCase{
		{name: "OK/arrived for a visit of some days", pub: pub, title: "",
			text: "U.S. President Barack Obama arrived in Havana Sunday for a historic three-day visit to Cuba.",
			want: []string{"MEETING US-CU 2016-03-20/2016-03-22 held"}},
		{name: "OK/a visit ending on the date", pub: graph.Day(1987, 3, 26), title: "",
			text: "Peruvian President Alan Garcia spoke at the end of an official two-day visit to Mexico yesterday.",
			want: []string{"MEETING PE-MX 1987-03-24/1987-03-25 held"}},
		{name: "OK/adjective between length and noun", pub: pub, title: "",
			text: "Chinese Premier Li Keqiang will pay a four-day official visit to Japan from Tuesday.",
			want: []string{"MEETING CN-JP 2016-03-22/2016-03-25 planned"}},
		{name: "OK/length in another clause", pub: pub, title: "",
			text: "Obama met Cuban President Raul Castro on Sunday, while a three-day visit by Kerry is planned for later.",
			want: []string{"MEETING US-CU 2016-03-20 held"}},
	})
}

func TestCoordinatedPartners(t *testing.T) {
	pub := graph.Day(2016, 3, 8)
	runRuleCases(t, []ruleCase{
		{name: "OK/partners coordinated across places", pub: pub, title: "",
			text: "U.S. Vice President Joe Biden holds talks on Wednesday with Israeli Prime Minister Benjamin Netanyahu in Jerusalem and Palestinian President Mahmoud Abbas in the West Bank.",
			want: []string{"MEETING US-IL 2016-03-09 planned", "MEETING US-PS 2016-03-09 planned"}},
		{name: "OK/subject before a relative aside", pub: pub, title: "",
			text: "U.S. Vice President Joe Biden met Israeli Prime Minister Benjamin Netanyahu in 2013. Israel and the United States are allies, Israeli officials said. Biden, whose 2010 visit to Israel was marred by a row over settlements, arrives later in the day for talks on Wednesday with Palestinian President Mahmoud Abbas.",
			want: []string{"MEETING US-IL 2013 held", "MEETING US-IL 2010 held", "MEETING US-PS 2016-03-09 planned"}},
		{name: "ErrCoordinated/a second clause is no partner", pub: pub, title: "",
			text: "Biden held talks with Israeli Prime Minister Benjamin Netanyahu on Tuesday and Israel said it would build more homes.",
			want: []string{"MEETING US-IL 2016-03-08 held"}},
	})
}

func TestFollowingDays(t *testing.T) {
	pub := graph.Day(1987, 3, 2)
	runRuleCases(t, []ruleCase{
		{name: "OK/arrival then talks on the following days", pub: pub, title: "",
			text: "Japanese Prime Minister Yasuhiro Nakasone arrives in Washington tomorrow and will hold talks with U.S. President Ronald Reagan on the following two days.",
			want: []string{"MEETING JP-US 1987-03-03/1987-03-05 planned"}},
		{name: "OK/the next days from the report", pub: pub, title: "",
			text: "Chinese and Japanese officials will hold talks over the next two days in Beijing.",
			want: []string{"MEETING CN-JP 1987-03-03/1987-03-04 planned"}},
		{name: "OK/a later sentence tells the further days", pub: pub, title: "",
			text: "Japan and the United States will begin trade talks in Tokyo tomorrow.\n\nOn the following two days, the topics will range from multilateral trade talks to bilateral problems.",
			want: []string{"MEETING JP-US 1987-03-03/1987-03-05 planned"}},
		{name: "ErrFollowing/no earlier day", pub: graph.Date{}, title: "",
			text: "Japan and the U.S. will hold talks on the following two days.",
			want: []string{"MEETING JP-US  planned"}},
	})
}

func TestEve(t *testing.T) {
	pub := graph.Day(2016, 3, 20)
	runRuleCases(t, []ruleCase{
		{name: "OK/the eve of a visit after a dated deal", pub: pub, title: "",
			text: "Starwood signed a deal with Cuba on Saturday to run three hotels.\n\nThe deal comes on the eve of U.S. President Barack Obama's historic visit to Cuba.",
			want: []string{"MEETING US-CU 2016-03-20 planned"}},
		{name: "OK/the eve dates only what follows it", pub: pub, title: "",
			text: "Cuba and the United States signed an accord on postal service on Saturday, on the eve of U.S. President Barack Obama's visit to Cuba.",
			want: []string{"MEETING US-CU 2016-03-20 planned", "ACCORD CU-US 2016-03-19 signed"}},
		{name: "ErrEve/no day told before", pub: graph.Date{}, title: "",
			text: "The deal comes on the eve of U.S. President Barack Obama's historic visit to Cuba.",
			want: []string{"MEETING US-CU  planned"}},
	})
}

func TestMultiParty(t *testing.T) {
	pub := graph.Day(2016, 2, 1)
	runRuleCases(t, []ruleCase{
		{name: "ErrMultiParty/no partner guessed when a third state is as prominent", pub: pub, title: "Syria talks open in Geneva",
			text: "Russia and Syria signed a ceasefire plan with Iran on Jan. 31, Russia said.\n\n" +
				"Iran and Russia back the Syrian government; Syria's army advanced.\n\n" +
				"Iran said Syria and Russia would keep fighting.\n\n" +
				"The Syrian government delegation will return to the talks next month.",
			want: []string{"ACCORD RU-SY-IR 2016-01-31 signed"}},
		{name: "OK/the dominant state is the others' partner", pub: graph.Day(1998, 8, 18), title: "Albright's mission",
			text: "U.S. Secretary of State Madeleine Albright flew to Kenya and Tanzania on Tuesday, a U.S. official said.\n\n" +
				"The United States mourns the dead of Kenya and Tanzania, the U.S. official said, and U.S. aid will come.\n\n" +
				"Washington will help Kenya and Tanzania, U.S. officials said in Washington.\n\n" +
				"Kenyan President Daniel arap Moi met her in Nairobi on Wednesday.",
			want: []string{"MEETING US-KE 1998-08-18 held", "MEETING US-TZ 1998-08-18 held", "MEETING KE-US 1998-08-12 held"}},
	})
}

func TestRelationsBackground(t *testing.T) {
	pub := graph.Day(2016, 3, 20)
	runRuleCases(t, []ruleCase{
		{name: "OK/an epithet names the pair", pub: pub, title: "Obama in Cuba",
			text: "U.S. President Barack Obama arrived in Cuba on Sunday.\n\nThe former Cold War foes restored diplomatic relations last year.",
			want: []string{"MEETING US-CU 2016-03-20 held", "RELATIONS CU-US 2015 held"}},
		{name: "OK/a gerund after since tells a past change", pub: pub, title: "Obama in Cuba",
			text: "U.S. President Barack Obama arrived in Cuba on Sunday.\n\nSince restoring diplomatic ties last year, the two nations have grown closer.",
			want: []string{"MEETING US-CU 2016-03-20 held", "RELATIONS CU-US 2015 held"}},
		{name: "ErrRelations/a gerund after on is a topic", pub: pub, title: "",
			text: "China and Vietnam held talks on restoring diplomatic ties.",
			want: []string{"MEETING CN-VN 2016-03-20 held"}},
	})
}

func TestAbbreviationSubject(t *testing.T) {
	pub := graph.Day(2016, 3, 23)
	runRuleCases(t, []ruleCase{
		{name: "OK/an abbreviation before an irregular past verb is the subject", pub: pub, title: "",
			text: "Cuba and the U.S. held talks in Havana last week.",
			want: []string{"MEETING CU-US 2016-03-14/2016-03-20 held"}},
		{name: "ErrAttribute/an abbreviation before a noun is an attribute", pub: pub, title: "",
			text: "Cuba and U.S. banks held talks in Havana last week.",
			want: nil},
	})
}

func TestOpenerPhrase(t *testing.T) {
	pub := graph.Day(2016, 3, 23)
	runRuleCases(t, []ruleCase{
		{name: "OK/a phone call opening the sentence", pub: pub, title: "",
			text: "In a phone call on Tuesday, Russian President Vladimir Putin and U.S. President Barack Obama discussed Syria.",
			want: []string{"MEETING RU-US 2016-03-22 held"}},
		{name: "ErrOpener/states after the comma with no person", pub: pub, title: "",
			text: "In a phone call on Tuesday, Britain, Canada and France said nothing.",
			want: nil},
	})
}

func TestNoticeOfVisit(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a notified visit lies ahead", pub: graph.Day(2016, 3, 7), title: "",
			text: "The Philippine military had not received any official notification of a visit by Japanese Defence Minister Gen Nakatani to the Philippines.",
			want: []string{"MEETING JP-PH  planned"}},
	})
}

func TestVisitorOrder(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/the telling that names the visitor sets the order", pub: graph.Day(2016, 3, 22), title: "Obama in Cuba",
			text: "Cuba and the United States remain far apart. Cubans watch the two countries' leaders as the President's trip plays out.\n\n" +
				"Shortly after touching down in Cuba Sunday, President Obama told ABC News that Google plans to help.",
			want: []string{"MEETING US-CU 2016-03-20 held"}},
	})
}

func TestHostVerb(t *testing.T) {
	pub := graph.Day(2016, 3, 23)
	runRuleCases(t, []ruleCase{
		{name: "OK/will host", pub: pub, title: "",
			text: "Saudi King Salman will host Indian Prime Minister Narendra Modi in Riyadh on April 3.",
			want: []string{"MEETING SA-IN 2016-04-03 planned"}},
		{name: "ErrHost/hosting rights are no meeting", pub: pub, title: "",
			text: "Swiss authorities are investigating the awarding of the hosting rights for the 2018 and 2022 World Cups to Russia and Qatar.",
			want: nil},
		{name: "ErrHost/the host country is a noun", pub: pub, title: "",
			text: "Qatar, the host country, said Iran would attend.",
			want: nil},
	})
}

func TestRelativeSubject(t *testing.T) {
	pub := graph.Day(2016, 3, 23)
	runRuleCases(t, []ruleCase{
		{name: "OK/a person's relative clause", pub: pub, title: "",
			text: "Kerry, who visited Havana in August, said more talks were needed.",
			want: []string{"MEETING US-CU 2015-08 held"}},
		{name: "ErrRelative/states before who are no subject", pub: pub, title: "",
			text: "The attendees would include Costa Rica and Honduras, who were part of a group at the February talks.",
			want: nil},
	})
}

func TestBareVisitor(t *testing.T) {
	pub := graph.Day(2016, 1, 30)
	lead := "Chinese police said Britain had asked about the missing bookseller, British and Chinese officials said. Britain wants China to explain.\n\n"
	runRuleCases(t, []ruleCase{
		{name: "OK/a titled visitor with no country named", pub: pub, title: "China and Britain",
			text: lead + "Premier Li visited in 2014.",
			want: []string{"MEETING CN-GB 2014 held"}},
		{name: "ErrBareVisitor/anyone visiting someone", pub: pub, title: "China and Britain",
			text: lead + "Lee's wife visited him in a mainland guesthouse last weekend.",
			want: nil},
	})
}

func TestListAfterCoordination(t *testing.T) {
	pub := graph.Day(2016, 3, 8)
	runRuleCases(t, []ruleCase{
		{name: "OK/a person after 'X and Y,' starts the clause", pub: pub, title: "",
			text: "Israeli Prime Minister Benjamin Netanyahu is angry. In a sign of tension between the Israeli government and the White House, Netanyahu cancelled a visit to the United States later this month.",
			want: []string{"MEETING IL-US 2016-03 cancelled"}},
	})
}

func TestBorrowLead(t *testing.T) {
	pub := graph.Day(1998, 8, 18)
	runRuleCases(t, []ruleCase{
		{name: "OK/the lead's day for a meeting held", pub: pub, title: "Albright in East Africa",
			text: "U.S. Secretary of State Madeleine Albright paid tribute on Tuesday to bombing victims in East Africa.\n\n" +
				"The blasts killed 257 people.\n\nAlbright met Kenyan President Daniel arap Moi.",
			want: []string{"MEETING US-KE 1998-08-18 held"}},
		{name: "OK/no lead day for a plan", pub: pub, title: "Albright in East Africa",
			text: "U.S. Secretary of State Madeleine Albright paid tribute on Tuesday to bombing victims in East Africa.\n\n" +
				"The blasts killed 257 people.\n\nAlbright will meet Kenyan President Daniel arap Moi.",
			want: []string{"MEETING US-KE  planned"}},
	})
}

func TestUndertakings(t *testing.T) {
	pub := graph.Day(2016, 4, 1)
	runRuleCases(t, []ruleCase{
		{name: "ErrOneSide/agreed to implement", pub: pub, title: "Obama, China on North Korea",
			text: "The United States and China met. U.S. and Chinese officials talked. China also agreed to implement in full the latest U.N. restrictions.",
			want: []string{"MEETING US-CN 2016-04-01 held"}},
		{name: "OK/counterparts agree", pub: pub, title: "Britain, Spain on Gibraltar",
			text: "Britain and Spain talked. British and Spanish officials met. Mr Straw and his Spanish counterpart agreed to establish a body.",
			want: []string{"MEETING GB-ES 2016-04-01 held", "ACCORD ES-GB 2016-04-01 agreed"}},
		{name: "ErrModal/scheduled to be signed", pub: pub, title: "",
			text: "A deal between Russia and Saudi Arabia scheduled to be signed this month will be loose.", want: nil},
	})
}

func TestSinceClause(t *testing.T) {
	pub := graph.Day(2016, 5, 20)
	runRuleCases(t, []ruleCase{
		{name: "OK/the since clause's own event has its date, the main clause's not", pub: pub, title: "Obama to visit Vietnam",
			text: "Vietnam and the United States were foes. Vietnam welcomed the United States. Obama will be the third U.S. president to visit Vietnam since diplomatic relations were restored in 1995.",
			want: []string{"MEETING US-VN  planned", "RELATIONS US-VN 1995 held"}},
	})
}

func TestVenuesAndSides(t *testing.T) {
	pub := graph.Day(2016, 2, 10)
	runRuleCases(t, []ruleCase{
		{name: "ErrBodyName/a country inside a body's name", pub: pub, title: "",
			text: "The meeting of the International Syria Support Group brings together U.S. Secretary of State John Kerry.", want: nil},
		{name: "ErrVenue/the Paris talks", pub: pub, title: "",
			text: "Last December at the Paris climate talks, the United States promised to cut emissions.", want: nil},
		{name: "OK/destination before the talks", pub: graph.Day(1987, 3, 2), title: "",
			text: "Japanese Foreign Minister Tadashi Kuranari will fly to Washington tomorrow for talks on trade.",
			want: []string{"MEETING JP-US 1987-03-03 planned"}},
		{name: "ErrOneState/between a government and its opposition", pub: pub, title: "Germany, Syria",
			text: "Germany and Syria disagree. Germany criticised Syria. Steinmeier hopes to restart talks between the Syrian government and opposition.",
			want: nil},
	})
}

func TestNonStatePartners(t *testing.T) {
	pub := graph.Day(1987, 4, 2)
	runRuleCases(t, []ruleCase{
		{name: "ErrBanks/agreement with commercial banks", pub: pub, title: "",
			text: "Venezuela, Chile and the Philippines have struck agreement with commercial banks stretching out debt repayments.", want: nil},
		{name: "ErrNoVisitor/trips by businessmen", pub: pub, title: "",
			text: "Senegalese businessmen would make three trips to Saudi Arabia, the United States, and Paris.", want: nil},
		{name: "ErrTalk/agreed to discuss is no accord", pub: pub, title: "",
			text: "The Soviet Union has agreed to discuss Afghanistan in its talks with China.", want: []string{"MEETING SU-CN  held"}},
	})
}

func TestUnplacedVisitor(t *testing.T) {
	pub := graph.Day(1987, 3, 2)
	runRuleCases(t, []ruleCase{
		{name: "ErrGuess/a visitor the article places nowhere", pub: pub, title: "U.S., Soviet arms talks",
			text: "The United States and the Soviet Union will hold talks. U.S. and Soviet officials agree. Schultz is currently visiting Peking.",
			want: []string{"MEETING US-SU  planned"}},
	})
}

func TestDatelineCountry(t *testing.T) {
	for _, tt := range []struct {
		dl   string
		pub  graph.Date
		want string
	}{
		{"HAVANA, Feb. 25 (Xinhua)", graph.Day(2016, 2, 25), "CU"},
		{"NAIROBI, Kenya (AP)", graph.Day(1998, 8, 18), "KE"},
		{"BEIJING/WASHINGTON", graph.Day(2016, 2, 23), "CN"},
		{"NEW DELHI", graph.Day(2016, 1, 24), "IN"},
		{"MOSCOW, March 2", graph.Day(1987, 3, 2), "SU"},
		{"SPRINGFIELD, Ill.", graph.Day(2016, 1, 2), ""},
		{"", graph.Day(2016, 1, 2), ""},
	} {
		if got := datelineCountry(tt.dl, tt.pub); got != tt.want {
			t.Errorf("datelineCountry(%q): got %q, want %q", tt.dl, got, tt.want)
		}
	}
}
