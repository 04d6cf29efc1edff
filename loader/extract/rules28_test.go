package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 28; each a general mechanism with its own case.

// TestOfficeNamedBeforeItsHolder: an office a story first gives a state
// without a name ("Turkey's interior minister said") is that state's when
// it later comes with a name and no state ("Interior Minister Efkan Ala"),
// unless another state holds the same office in the story.
func TestOfficeNamedBeforeItsHolder(t *testing.T) {
	pub := graph.Day(2016, 1, 13)
	runRuleCases(t, []ruleCase{
		{name: "FN/interior minister, then Interior Minister Efkan Ala", pub: pub,
			text: "A suicide bomber had registered with immigration authorities, Turkey's interior minister said on Wednesday. " +
				"Interior Minister Efkan Ala confirmed that the man's fingerprints were on record. " +
				"\"He was not on the list,\" Ala told a joint news conference with his German counterpart Thomas de Maiziere.",
			want: []string{"MEETING TR-DE 2016-01-13 held"}},
		{name: "OK/the same office held by two states stays unplaced", pub: pub,
			text: "Turkey's interior minister said on Wednesday that the bomber had registered. " +
				"Greece's interior minister said the border was closed. " +
				"\"He was not on the list,\" Interior Minister Efkan Ala told a joint news conference with his German counterpart Thomas de Maiziere.",
			want: nil},
		{name: "OK/a named holder makes another name another holder", pub: pub,
			text: "Turkish Interior Minister Efkan Ala said the bomber had registered, and Turkey's interior minister will travel to Berlin. " +
				"Interior Minister Thomas de Maiziere met French officials in Paris on Monday.",
			want: []string{"MEETING TR-DE  planned"}},
	})
}

// TestMisspeltSurname: a wire's misspelling of a known person's surname by
// one letter ("Schultz" for "Shultz") is that person; when two known people
// are that close, it is neither.
func TestMisspeltSurname(t *testing.T) {
	pub := graph.Day(1987, 3, 1)
	runRuleCases(t, []ruleCase{
		{name: "FN/Schultz is currently visiting Peking", pub: pub,
			text: "U.S. Secretary of State George Shultz is likely to visit Moscow soon for talks, U.S. officials said. " +
				"Schultz is currently visiting Peking.",
			want: []string{"MEETING US-SU  planned", "MEETING US-CN  ongoing"}},
		{name: "OK/two known people a letter away: neither", pub: pub,
			text: "U.S. Secretary of State George Shultz and West German Economics Minister Hans Schulte met on Friday. " +
				"Schultz is currently visiting Peking.",
			want: []string{"MEETING US-DE 1987-02-27 held"}},
	})
}

// TestOfficerNamedInTheNextSentence: "A senior British official said ...
// . Paul Channon, secretary for trade and industry, said": the official of
// one sentence is the name the next opens with, also past a lower-case
// title set off by commas and after an article and a word of rank.
func TestOfficerNamedInTheNextSentence(t *testing.T) {
	pub := graph.Day(1987, 3, 4)
	runRuleCases(t, []ruleCase{
		{name: "FN/A senior British official ... Paul Channon, secretary for trade and industry, said", pub: pub, dateline: "WASHINGTON, March 4",
			text: "A senior British official said that protectionist bills could trigger retaliation. " +
				"Paul Channon, secretary for trade and industry, said the community would have to retaliate. " +
				"Channon said there was a greater protectionism sentiment in Congress since his visit here last year.",
			want: []string{"MEETING GB-US 1986 held"}},
		{name: "OK/a title that names no office is no apposition", pub: pub, dateline: "WASHINGTON, March 4",
			text: "A senior British official said that protectionist bills could trigger retaliation. " +
				"Paul Channon, a friend of the family, said the community would have to retaliate. " +
				"Channon said there was a greater protectionism sentiment in Congress since his visit here last year.",
			want: nil},
	})
}

// TestLeaderAdministration: "<leader> Administration" is the leader's
// state, as "the Administration" is the home's.
func TestLeaderAdministration(t *testing.T) {
	pub := graph.Day(1987, 3, 4)
	runRuleCases(t, []ruleCase{
		{name: "FN/two days of talks with Reagan Administration officials", pub: pub,
			text: "British trade secretary Paul Channon held two days of talks with Reagan Administration officials.",
			want: []string{"MEETING GB-US 1987-03-04 held"}},
	})
}

// TestSummonedEnvoy: a state that summons another's envoy meets that
// state ("Turkey summoned the Russian ambassador"), also in the passive
// ("Iranian Charge d'Affaires Mohammad Baqeri was summoned"); a charge
// d'affaires is a state's envoy, not a fee or a name.
func TestSummonedEnvoy(t *testing.T) {
	pub := graph.Day(2016, 3, 30)
	runRuleCases(t, []ruleCase{
		{name: "FN/Turkey summoned the Russian ambassador on Saturday", pub: pub,
			text: "Turkey summoned the Russian ambassador on Saturday to protest the violation of its airspace.",
			want: []string{"MEETING TR-RU 2016-03-26 held"}},
		{name: "FN/summoned Beijing's ambassador", pub: pub,
			text: "The Philippine foreign ministry summoned Beijing's ambassador to Manila on Wednesday to protest at the presence of armed Chinese vessels.",
			want: []string{"MEETING PH-CN 2016-03-30 held"}},
		{name: "FN/the Russian ambassador was summoned to the Turkish foreign ministry", pub: pub,
			text: "The Russian ambassador was summoned to the Turkish foreign ministry on Saturday.",
			want: []string{"MEETING RU-TR 2016-03-26 held"}},
		{name: "FN/Iranian Charge d'Affaires Mohammad Baqeri was summoned", pub: graph.Day(1987, 6, 2),
			text: "Iranian Charge d'Affaires Mohammad Baqeri was summoned yesterday to confer with Kuwaiti Foreign Undersecretary Suleiman Majed al-Shaheen.",
			want: []string{"MEETING IR-KW 1987-06-01 held"}},
		{name: "FN/met Iranian Charge d'Affaires", pub: graph.Day(1987, 3, 13),
			text: "Dumas, a close aide to President Francois Mitterrand, on Tuesday met Iranian Charge d'Affaires in Paris Haddadi Gholam-reza.",
			want: []string{"MEETING FR-IR 1987-03-10 held"}},
		{name: "OK/summoned witnesses, no envoy", pub: pub,
			text: "The Turkish court summoned Russian witnesses on Saturday.",
			want: nil},
	})
}

// TestGreetedOnArrivalBy: the passive host of a reception may come past a
// short place or time ("was greeted at the airport by").
func TestGreetedOnArrivalBy(t *testing.T) {
	pub := graph.Day(2006, 11, 15)
	runRuleCases(t, []ruleCase{
		{name: "FN/was greeted at the airport by Chinese Vice President Zeng Qinghong", pub: pub,
			text: "Pakistani President Pervez Musharraf was greeted at the airport by Chinese Vice President Zeng Qinghong on Monday.",
			want: []string{"MEETING PK-CN 2006-11-13 held"}},
		{name: "OK/was greeted at the airport by cheering crowds", pub: pub,
			text: "Pakistani President Pervez Musharraf was greeted at the airport by cheering crowds on Monday.",
			want: nil},
	})
}

// TestPeopleNotTheirState: worshippers travelling and a state's community
// abroad are people, not their state ("for Libyan worshippers to travel to
// Saudi Arabia", "meet with members of the Turkish community").
func TestPeopleNotTheirState(t *testing.T) {
	pub := graph.Day(1997, 4, 3)
	runRuleCases(t, []ruleCase{
		{name: "FP/for Libyan worshippers to travel to Saudi Arabia", pub: pub,
			text: "The council noted that arrangements had been made for Libyan worshippers to travel to Saudi Arabia without violating the embargo.",
			want: nil},
		{name: "FP/meet with members of the Turkish community", pub: pub,
			text: "Turkey and the Netherlands were at odds on Wednesday. " +
				"Dutch Interior Minister Hans Dijkstal was to meet later Thursday with members of the Turkish community to inform them of security measures.",
			want: nil},
		{name: "OK/meet with members of the Turkish government", pub: pub,
			text: "Dutch Interior Minister Hans Dijkstal was to meet later Thursday with members of the Turkish government.",
			want: []string{"MEETING NL-TR 1997-04-03 planned"}},
	})
}

// TestArrivalAndCompromise: "touched down Saturday in Cairo" is an arrival
// past its day; two states that "reached a compromise" made an accord.
func TestArrivalAndCompromise(t *testing.T) {
	pub := graph.Day(2006, 12, 17)
	runRuleCases(t, []ruleCase{
		{name: "FN/who touched down Saturday in Cairo", pub: pub,
			text: "British Prime Minister Tony Blair, who touched down Saturday in Cairo as part of a Middle East tour, welcomed the call.",
			want: []string{"MEETING GB-EG 2006-12-16 held"}},
		{name: "FN/Israel and Cairo had reached a compromise", pub: pub,
			text: "An Egyptian security source said earlier that Israel and Cairo had reached a compromise under which Haniya would be allowed to pass.",
			want: []string{"ACCORD IL-EG  agreed"}},
		{name: "OK/a compromise reached by lawmakers", pub: pub,
			text: "Israeli lawmakers reached a compromise on the budget on Saturday.",
			want: nil},
	})
}

// TestTheEuropeanCommunityIsNoPeople guards the community rule: "the
// European Community" is the bloc's name, not a people.
func TestTheEuropeanCommunityIsNoPeople(t *testing.T) {
	pub := graph.Day(1987, 3, 20)
	runRuleCases(t, []ruleCase{
		{name: "OK/talks with the European Community", pub: pub,
			text: "Turkish Foreign Minister Vahit Halefoglu held talks with the European Community on Monday.",
			want: []string{"MEETING TR-EU 1987-03-16 held"}},
	})
}

// TestSaidAfterHeMet: "X said Monday ... after he met Y": the sayer spoke
// right after the meeting, which takes the statement's day.
func TestSaidAfterHeMet(t *testing.T) {
	pub := graph.Day(1997, 4, 8)
	runRuleCases(t, []ruleCase{
		{name: "FN/said Monday ... after he met Netanyahu", pub: pub,
			text: "President Bill Clinton said Monday the United States would talk next with the Palestinians about re-starting the Mideast peace process after he met Israeli Prime Minister Benjamin Netanyahu.",
			want: []string{"MEETING US-IL 1997-04-07 held"}},
	})
}

// TestFirstSuchTalks: "The first such talks occurred in Berlin last April"
// tells the talks just told again, with their own date.
func TestFirstSuchTalks(t *testing.T) {
	pub := graph.Day(1997, 4, 8)
	runRuleCases(t, []ruleCase{
		{name: "FN/The first such talks occurred in Berlin last April", pub: pub,
			text: "The United States said Tuesday it would hold a second round of talks with North Korea quite soon. " +
				"The first such talks occurred in Berlin last April.",
			want: []string{"MEETING US-KP  planned", "MEETING US-KP 1996-04 held"}},
	})
}

// TestMoreSidesThanNamed: talks the text calls six-way (or multilateral)
// with fewer states named are a gathering of many, whose date is not a
// bilateral meeting's; "quadrilateral" talks among four named are theirs.
func TestMoreSidesThanNamed(t *testing.T) {
	pub := graph.Day(2006, 12, 16)
	runRuleCases(t, []ruleCase{
		{name: "FP/ahead of next week's six-way nuclear disarmament talks", pub: pub,
			title: "US envoy to meet North Korean counterpart before nuclear talks",
			text: "US chief negotiator Christopher Hill said Saturday he will meet with his North Korean counterpart in Beijing ahead of the opening of next week's six-way nuclear disarmament talks. " +
				"Hill said he will meet with North Korean envoy Kim Kye-Gwan in Beijing on Sunday.",
			want: []string{"MEETING US-KP 2006-12-17 planned"}},
		{name: "OK/quadrilateral talks among four", pub: graph.Day(1987, 4, 9),
			text: "The trade ministers held \"quadrilateral\" talks among Japan, the European Community, the U.S. and Canada earlier this month.",
			want: []string{"MEETING JP-EU-US-CA 1987-04 held"}},
	})
}

// TestTransitStop: a place only passed through ("arriving in Japan for an
// overnight stop") is no visit; a stop for talks is.
func TestTransitStop(t *testing.T) {
	pub := graph.Day(2006, 12, 16)
	runRuleCases(t, []ruleCase{
		{name: "FP/arriving in Japan for an overnight stop", pub: pub,
			text: "US envoy Christopher Hill, arriving in Japan for an overnight stop, said the talks would be hard.",
			want: nil},
		{name: "OK/arrived in Japan for a stop for talks", pub: pub,
			text: "US envoy Christopher Hill arrived in Japan on Saturday for a brief stop for talks with Japanese officials.",
			want: []string{"MEETING US-JP 2006-12-16 held"}},
	})
}

// TestGovernmentsOwnPeaceTalks: "the Iraqi government held fresh peace
// talks" are the state's talks with its own foes, as "Syrian peace talks"
// are; a visit they came with lends them no partner.
func TestGovernmentsOwnPeaceTalks(t *testing.T) {
	pub := graph.Day(2006, 12, 17)
	runRuleCases(t, []ruleCase{
		{name: "FP/the Iraqi government held fresh peace talks", pub: pub,
			text: "British Prime Minister Tony Blair met Iraqi Prime Minister Nuri al-Maliki in Baghdad on Sunday. " +
				"The visit came as the Iraqi government held fresh peace talks to fend off civil war.",
			want: []string{"MEETING GB-IQ 2006-12-17 held"}},
		{name: "OK/held peace talks with Syria", pub: pub,
			text: "The Israeli government held fresh peace talks with Syria on Sunday.",
			want: []string{"MEETING IL-SY 2006-12-17 held"}},
	})
}

// TestBodyMeetsAlone: a state's named body that meets with no partner after
// the verb holds its own session ("The Reagan Administration's Economic
// Policy is expected to meet Thursday to review Japanese compliance").
func TestBodyMeetsAlone(t *testing.T) {
	pub := graph.Day(1987, 3, 23)
	runRuleCases(t, []ruleCase{
		{name: "FP/the Reagan Administration's Economic Policy is expected to meet", pub: pub,
			title: "Japan in last ditch effort to save chip pact",
			text: "Japan has launched a last-ditch effort to salvage its computer micro-chip pact with the United States. " +
				"The Reagan Administration's Economic Policy is expected to meet Thursday to review Japanese compliance with the bilateral agreement hammered out last year.",
			want: []string{"ACCORD JP-US 1986 agreed"}},
		{name: "OK/the Reagan Administration's envoy will meet Thursday with Japanese officials", pub: pub,
			text: "The Reagan Administration's Trade Representative will meet Thursday with Japanese officials.",
			want: []string{"MEETING US-JP 1987-03-26 planned"}},
	})
}

// TestChamberSpeaker: "US House of Representatives Speaker Newt Gingrich"
// places Gingrich, so "Gingrich told President Jiang Zemin during a visit to
// China last week" has its visitor; "American Chamber of Commerce president
// George Drysdale" places no one.
func TestChamberSpeaker(t *testing.T) {
	pub := graph.Day(1997, 4, 2)
	runRuleCases(t, []ruleCase{
		{name: "FN/US House of Representatives Speaker Newt Gingrich ... during a visit to China last week", pub: pub,
			text: "US House of Representatives Speaker Newt Gingrich arrived in Taipei on Wednesday. " +
				"Gingrich told President Jiang Zemin during a visit to China last week that the United States would be prepared to intervene.",
			want: []string{"MEETING US-TW 1997-04-02 held", "MEETING US-CN 1997-03-24/1997-03-30 held"}},
		{name: "OK/American Chamber of Commerce president George Drysdale", pub: pub,
			text: "American Chamber of Commerce president George Drysdale praised the pact. " +
				"Drysdale visited Manila on Monday.",
			want: nil},
	})
}

// TestHomeOfficerToldReuters: the dateline's officer who "told Reuters on
// Tuesday" is the sayer of his clause, so the countries the clause names
// before him do not claim him.
func TestHomeOfficerToldReuters(t *testing.T) {
	pub := graph.Day(2016, 2, 17)
	runRuleCases(t, []ruleCase{
		{name: "FN/..., Trade Minister Armando Monteiro told Reuters on Tuesday", pub: pub, dateline: "BRASILIA",
			text: "Brazil will accept payment from Iran in euros to sidestep lingering U.S. sanctions, Trade Minister Armando Monteiro told Reuters on Tuesday. " +
				"\"The trade potential is very big,\" said Monteiro, who visited Tehran last year with a group of Brazilian businessmen.",
			want: []string{"MEETING BR-IR 2015 held"}},
	})
}

// TestTalksBeforeAnAccord: talks an accord was reached after, naming no
// side of their own, are the accord's parties' ("Britain signed an
// agreement with Iran after talks in Tehran on Friday"); the accord is of
// its own day, not of the talks' length. Talks "with" someone else, or a
// process of months, are not.
func TestTalksBeforeAnAccord(t *testing.T) {
	pub := graph.Day(2016, 2, 20)
	runRuleCases(t, []ruleCase{
		{name: "FN/signed an agreement with Iran after talks in Tehran", pub: pub,
			text: "Britain signed an agreement with Iran after talks in Tehran on Friday.",
			want: []string{"ACCORD GB-IR 2016-02-19 signed", "MEETING GB-IR 2016-02-19 held"}},
		{name: "FP/signed after three days of talks ... on Friday: the accord of Friday", pub: pub,
			text: "Japan and China signed a fisheries agreement after three days of talks in Tokyo on Friday.",
			want: []string{"MEETING JP-CN 2016-02-17/2016-02-19 held", "ACCORD JP-CN 2016-02-19 signed"}},
		{name: "OK/after talks with the export credit agency", pub: graph.Day(1987, 3, 27),
			text: "The accord was signed yesterday by Nigerian Finance Minister Chu Okongwu and senior French Treasury officials after talks with CoFACE, the French export credit agency.",
			want: []string{"ACCORD NG-FR 1987-03-26 signed"}},
		{name: "OK/struck after months of heated negotiations", pub: graph.Day(1987, 3, 28),
			title: "Japan's chip makers angered by U.S. sanction plans",
			text: "Japan has launched a last-ditch effort to salvage its computer micro-chip pact with the United States. " +
				"The agreement, struck late last year after months of heated negotiations, called on Japan to stop selling cut-price chips.",
			want: []string{"ACCORD JP-US 1986 agreed"}},
	})
}

// TestEthnicPairs: two peoples' words in a row name one community: "Greek
// Cypriot leader" is Cyprus's, not Greece's; "Kosovo Albanian leaders" are
// Kosovo's Albanians, not Albania's officers.
func TestEthnicPairs(t *testing.T) {
	pub := graph.Day(1997, 4, 15)
	runRuleCases(t, []ruleCase{
		{name: "FP/met Greek Cypriot leader Glafcos Clerides", pub: pub,
			text: "The Turkish foreign minister met Greek Cypriot leader Glafcos Clerides on Monday.",
			want: []string{"MEETING TR-CY 1997-04-14 held"}},
		{name: "FP/after meeting with Kosovo Albanian leaders: Kosovo's, not Albania's", pub: graph.Day(2006, 12, 4),
			text: "US envoy Rosemary DiCarlo made the statements after meeting with Kosovo Albanian leaders on Monday.",
			want: []string{"MEETING US-XK 2006-12-04 held"}},
	})
}
