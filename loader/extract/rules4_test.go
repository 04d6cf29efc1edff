package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 4, each a general mechanism with its own case.

func TestTheDayNamedBefore(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/earlier in the day is the day just named", pub: graph.Day(1987, 3, 24),
			text: "British Prime Minister Margaret Thatcher said the bomb would not deter her. Thatcher left Bonn early yesterday evening after talks with Chancellor Helmut Kohl ahead of her visit to Moscow next week. " +
				"She had flown to West Germany from talks with French President Francois Mitterrand in Normandy earlier in the day.",
			want: []string{"MEETING GB-DE 1987-03-23 held", "MEETING GB-SU 1987-03-30/1987-04-05 planned", "MEETING GB-FR 1987-03-23 held"}},
		{name: "OK/arrives for talks is one visit from the arrival to the talks", pub: graph.Day(2016, 3, 8),
			text: "Vice President Joe Biden arrives in Israel later in the day for talks on Wednesday with Prime Minister Benjamin Netanyahu.",
			want: []string{"MEETING US-IL 2016-03-08/2016-03-09 planned"}},
	})
}

func TestLaterDefiniteDates(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/the talks, starting on April 14, date the talks told before", pub: graph.Day(1987, 4, 11),
			text: "Taiwan announced new import tariff cuts shortly before trade talks with Washington. " +
				"The cabinet was expected to approve the cuts. " +
				"Siew said the talks, starting on April 14, would cover market access.",
			want: []string{"MEETING TW-US 1987-04-14 planned"}},
		{name: "OK/a held meeting takes no later day", pub: graph.Day(1987, 4, 11),
			text: "Taiwan held trade talks with Washington last month. " +
				"Siew said the talks, starting on April 14, would cover market access.",
			want: []string{"MEETING TW-US 1987-03 held"}},
		{name: "OK/another event between stops the search", pub: graph.Day(1987, 4, 11),
			text: "Taiwan announced new import tariff cuts shortly before trade talks with Washington. " +
				"Taiwan and Japan signed a trade accord. " +
				"Siew said the talks, starting on April 14, would cover market access.",
			want: []string{"MEETING TW-US  held", "ACCORD TW-JP 1987-04-11 signed"}},
	})
}

func TestDatelineNamesNoCountry(t *testing.T) {
	pub := graph.Day(1987, 4, 7)
	for _, tt := range []struct {
		name, title, text, code string
		want                    bool
	}{
		{"OK/a digest item's dateline", "", "BAHRAIN - Iran reported launching a new offensive east of Basra.\n\nROME - Peres met Italian officials.", "BH", false},
		{"OK/a dateline without a dash", "", "BEIJING/SINGAPORE Microsoft Corp chief executive Satya Nadella is in Beijing this week.", "SG", false},
		{"OK/an acronym opening a sentence is no dateline", "", "UAE Foreign Minister Abdullah bin Zayed met Iranian officials.", "AE", true},
		{"OK/a glued dash is no dateline", "", "U.S.-based broker Integrated Resources set up two subsidiaries in Hong Kong.", "US", true},
		{"OK/a name in the title still counts", "JAPAN LENDS MEXICO 500 MLN DLRS", "Mexico received a credit from japan's eximbank.", "JP", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := Extract(Input{Title: tt.title, Text: tt.text, Published: pub}, Options{})
			found := false
			for _, c := range r.Countries {
				found = found || c.Code == tt.code
			}
			if found != tt.want {
				t.Errorf("countries %+v: %s listed %v, want %v", r.Countries, tt.code, found, tt.want)
			}
		})
	}
}

func TestSponsorsAndSeatsAreNoParties(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a Russia-backed government is no Russian party", pub: graph.Day(2016, 4, 5),
			text: "The envoy is heading to Geneva ahead of the resumption of peace talks between the Russia-backed government of Syrian President Bashar Assad and opposition groups next week.",
			want: nil},
		{name: "OK/a visit to Brussels to meet the EU is no visit to Belgium", pub: graph.Day(2016, 6, 28),
			text: "British Prime Minister David Cameron arrived in Brussels on Tuesday and went into a meeting with European Commission President Jean-Claude Juncker.",
			want: []string{"MEETING GB-EU 2016-06-28 held"}},
		{name: "OK/a visit onwards from Brussels stays", pub: graph.Day(2016, 7, 16),
			text: "U.S. Secretary of State John Kerry is due to attend a meeting of EU foreign ministers in Brussels on Monday before heading to Britain.",
			want: []string{"MEETING US-EU 2016-07-18 planned", "MEETING US-GB  planned"}},
	})
}

func TestAccordsBrokeredAndAnnounced(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/an accord brokered between two", pub: graph.Day(2016, 4, 6),
			text: "Under the accord brokered last month between the European Union and Ankara, migrants are being sent back to Turkey.",
			want: []string{"ACCORD EU-TR 2016-03 agreed"}},
		{name: "OK/an agreement announced", pub: graph.Day(2016, 7, 12),
			text: "It was the first reaction since South Korea and the United States announced an agreement on Friday to deploy the THAAD system.",
			want: []string{"ACCORD KR-US 2016-07-08 agreed"}},
		{name: "OK/brokers are no parties", pub: graph.Day(2016, 3, 1),
			text: "Fighting has slowed since a truce agreement brokered by the United States and Russia came into force on Saturday.",
			want: nil},
		{name: "OK/a pact far after announced is no accord", pub: graph.Day(1987, 3, 1),
			text: "Shortly after Poehl spoke, the Bundesbank announced a tender for a securities repurchase pact with U.S. banks.",
			want: nil},
	})
}

func TestSayersAndTours(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/the sayer after a quote held the talks", pub: graph.Day(1987, 4, 7),
			text: "Syria is showing flexibility towards the idea of an international conference, Belgian Foreign Minister Leo Tindemans said after talks with King Hussein of Jordan.",
			want: []string{"MEETING BE-JO 1987-04-07 held"}},
		{name: "OK/talks in two countries are two", pub: graph.Day(1987, 6, 19),
			text: "Australian Trade Minister John Duffy held talks in the United States and Japan last week.",
			want: []string{"MEETING AU-US 1987-06-08/1987-06-14 held", "MEETING AU-JP 1987-06-08/1987-06-14 held"}},
		{name: "OK/a tour without its traveller is no event", pub: graph.Day(1987, 10, 19),
			text: "Duffy, here on a three-day visit after talks in the United States, the European Community and Latin America, said progress has been made.",
			want: nil},
		{name: "OK/meetings in a month between two stay", pub: graph.Day(2016, 5, 27),
			text: "Gao spoke on the eve of bilateral meetings in early June between China and the United States.",
			want: []string{"MEETING CN-US 2016-06 planned"}},
	})
}

func TestPurposeTenseAndOpenerPronoun(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a summit a meeting is for takes its tense", pub: graph.Day(2016, 3, 26),
			text: "Obama will meet with foreign leaders including Chinese President Xi Jinping for a nuclear summit in Washington on Thursday and Friday.",
			want: []string{"MEETING US-CN 2016-03-31/2016-04-01 planned"}},
		{name: "OK/he after an opening phrase is the story's main person", pub: graph.Day(2016, 3, 31),
			text: "President Barack Obama opened the summit. In the afternoon, he will meet with President François Hollande of France.",
			want: []string{"MEETING US-FR 2016-03-31 planned"}},
	})
}

func TestToldByPhoneAndCoordinatedVerbs(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/told a counterpart by phone is a call", pub: graph.Day(2016, 2, 20),
			text: "U.S. Secretary of State John Kerry told his Russian counterpart Sergei Lavrov by phone on Saturday that Washington was deeply concerned.",
			want: []string{"MEETING US-RU 2016-02-20 held"}},
		{name: "OK/told reporters by phone is no call", pub: graph.Day(2016, 2, 20),
			text: "U.S. Secretary of State John Kerry told reporters by phone on Saturday that Russia must stop.",
			want: nil},
		{name: "OK/the subject of the first verb reached the treaty", pub: graph.Day(2016, 2, 26),
			text: "Obama called for a world free of nuclear arms in a speech and later reached a new strategic weapons treaty with Russia.",
			want: []string{"ACCORD US-RU  agreed"}},
	})
}

func TestCompoundPairAccords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a one-word pair names the accord's parties", pub: graph.Day(2016, 4, 6),
			text: "The EU-Turkey agreement to send back thousands of migrants to Turkey has been fiercely criticised by United Nations agencies.",
			want: []string{"ACCORD EU-TR  in_force"}},
		{name: "OK/the compound's pair, not a country the accord concerns", pub: graph.Day(1987, 3, 1),
			text: "Madrid needs to import maize this year, while an EC-U.S. accord guarantees non-EC producer sales to Spain of two mln tonnes.",
			want: []string{"ACCORD EU-US  agreed"}},
	})
}

func TestAgreementBetweenTheTwo(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/an agreement between the two countries", pub: graph.Day(1998, 2, 1),
			text: "Israel and Turkey held talks on Monday. Officials cited an agreement between the two countries on aircraft upgrades.",
			want: []string{"MEETING IL-TR 1998-01-26 held", "ACCORD IL-TR  agreed"}},
		{name: "OK/between the two as a pronoun", pub: graph.Day(2016, 6, 5),
			text: "China and the United States held talks on Monday. Sun cited an agreement between the two to manage unplanned encounters at sea.",
			want: []string{"MEETING CN-US 2016-05-30 held", "ACCORD CN-US  agreed"}},
	})
}

// Cases from the session's review: each was wrong before the fix.
func TestReviewedEdges(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/earlier in the day takes the tensed day", pub: graph.Day(2016, 2, 25),
			text: "Kerry will fly to Paris on Tuesday. Earlier in the day, he will meet German Foreign Minister Steinmeier in Berlin.",
			want: []string{"MEETING US-FR 2016-03-01 planned", "MEETING US-DE 2016-03-01 planned"}},
		{name: "OK/in the morning inside a clause is no day", pub: graph.Day(2016, 2, 25),
			text: "U.S. Secretary of State John Kerry arrived in Geneva on Wednesday. He will meet Lavrov in the morning.",
			want: []string{"MEETING US-RU  planned"}},
		{name: "OK/the meeting of another body dates nothing", pub: graph.Day(1987, 4, 11),
			text: "Japan will hold trade talks with the United States. Tokyo stock prices fell sharply on Friday. " +
				"Dealers said the meeting of the central bank on April 20 would set interest rates.",
			want: []string{"MEETING JP-US  planned"}},
		{name: "OK/a journey on from Brussels keeps the visit", pub: graph.Day(2016, 6, 28),
			text: "British Prime Minister David Cameron arrived in Brussels on Tuesday before flying to Berlin.",
			want: []string{"MEETING GB-BE 2016-06-28 held", "MEETING GB-DE  held"}},
		{name: "OK/a coordinated clause keeps its own tense", pub: graph.Day(2016, 2, 25),
			text: "Zarif will brief the Iranian parliament soon and then he flew to Moscow for talks with Lavrov last week.",
			want: []string{"MEETING IR-RU 2016-02-15/2016-02-21 held"}},
	})
}

func TestAccordsUnderNegotiation(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/expected to sign an agreement", pub: graph.Day(1987, 3, 20),
			text: "Egypt and the Soviet Union are expected to sign an agreement in Moscow next week, Egyptian officials said.",
			want: []string{"ACCORD EG-SU 1987-03-23/1987-03-29 negotiating"}},
		{name: "OK/is negotiating a treaty with", pub: graph.Day(2016, 3, 20),
			text: "The United States is negotiating a bilateral investment treaty with China, officials said.",
			want: []string{"ACCORD US-CN  negotiating"}},
		{name: "OK/in talks on an agreement", pub: graph.Day(2016, 3, 20),
			text: "Israel and the United States are also in talks on a military assistance agreement, he said.",
			want: []string{"ACCORD IL-US  negotiating"}}, // (the talks are the accord's negotiation: see dropTalksOnAccords)
		{name: "OK/a hoped-for signing is no accord", pub: graph.Day(2016, 3, 20),
			text: "Japan hopes to sign a trade agreement with Brazil.",
			want: nil},
		{name: "OK/a deal set to be signed by firms is no accord", pub: graph.Day(2016, 3, 26),
			text: "Japan's Sharp and Taiwan's Foxconn are set to sign a takeover deal next week.",
			want: nil},
		{name: "OK/negotiated long ago stays signed", pub: graph.Day(2016, 7, 3),
			text: "He helped negotiate the 1978 Camp David Accords between Israel and Egypt.",
			want: []string{"ACCORD IL-EG 1978 signed"}},
	})
}

func TestCreditGranted(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a state grants another a credit line", pub: graph.Day(1987, 3, 5),
			text: "Spain has granted Cuba a 25 mln dlr credit line for the purchase of Spanish goods, Prensa Latina said.",
			want: []string{"ACCORD ES-CU 1987-03-05 agreed"}},
	})
}

func TestAccordSignedByAgents(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/signed by two states' officers", pub: graph.Day(1987, 3, 11),
			text: "The 19.1 mln dlr assistance agreement was signed by Jordan's Minister of Energy Hisham al-Khatib and Canadian official Peter Towe.",
			want: []string{"ACCORD JO-CA 1987-03-11 signed"}},
		{name: "OK/a clause after the agents is not theirs", pub: graph.Day(1987, 3, 11),
			text: "The deal was agreed by a majority of EC states after West Germany withdrew objections to quotas for Argentina.",
			want: nil},
	})
}

func TestInternationalBodiesAreNoPartners(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/meeting World Bank and IMF officials in a capital", pub: graph.Day(1987, 4, 7),
			text: "Yugoslav Finance Minister Svetozar Rikanovic yesterday met World Bank and International Monetary Fund officials in Washington.",
			want: nil},
		{name: "OK/meeting a state's officials there stays", pub: graph.Day(1987, 4, 7),
			text: "Yugoslav Finance Minister Svetozar Rikanovic yesterday met U.S. Treasury officials in Washington.",
			want: []string{"MEETING YU-US 1987-04-06 held"}},
		{name: "OK/talks with the Paris Club", pub: graph.Day(1987, 4, 7),
			text: "Bolivia opened rescheduling negotiations with the Paris Club and Argentina.",
			want: nil},
	})
}

func TestFirmOwnerIsNoDestination(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/going to a country's firm is no visit", pub: graph.Day(1987, 4, 7),
			text: "Jacques Delors, President of the European Community's Executive Commission, called last month for control to go to West Germany's Siemens AG.",
			want: nil},
	})
}

func TestToldAnOfficer(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/told his counterpart is a conversation", pub: graph.Day(2016, 1, 13),
			text: "Last week, U.S. Secretary of State John Kerry said he had told his Chinese counterpart that China's approach had not succeeded.",
			want: []string{"MEETING US-CN 2016-01-04/2016-01-10 held"}},
		{name: "OK/told in a letter is no meeting", pub: graph.Day(1987, 4, 7),
			text: "West German Chancellor Helmut Kohl told President Ronald Reagan in a letter that Bonn backed a superpower pact.",
			want: nil},
		{name: "OK/told reporters is no meeting", pub: graph.Day(1987, 4, 7),
			text: "British Chancellor of the Exchequer Nigel Lawson told reporters that Britain would not intervene.",
			want: nil},
	})
}

func TestLoansBetweenStates(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/will lend is pledged", pub: graph.Day(1987, 6, 19),
			text: "Japan will lend 27.17 billion yen to Indonesia, a Foreign Ministry spokesman said.",
			want: []string{"ACCORD JP-ID 1987-06-19 pledged"}},
		{name: "OK/lent is agreed", pub: graph.Day(1987, 6, 19),
			text: "Japan lent 500 mln dlrs to Mexico last year.",
			want: []string{"ACCORD JP-MX 1986 agreed"}},
		{name: "OK/banks lending are no state", pub: graph.Day(1987, 6, 19),
			text: "Commercial banks will lend 2 billion dlrs to Brazil.",
			want: nil},
	})
}

func TestThreeWayMeetingBetween(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a three-way meeting between three leaders", pub: graph.Day(2016, 3, 31),
			text: "North Korea will be center-stage at a three-way meeting this morning between Mr. Obama, Prime Minister Shinzo Abe of Japan, and President Park Geun-hye of South Korea.",
			want: []string{"MEETING US-JP-KR 2016-03-31 planned"}},
		{name: "OK/six-party talks stay no bilateral event", pub: graph.Day(2016, 3, 31),
			text: "Six-party talks between the two Koreas, China, the United States, Japan and Russia stalled in 2008.",
			want: nil},
	})
}

func TestStayForTalks(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/was in a capital for talks", pub: graph.Day(1987, 3, 4),
			text: "Belgian Foreign Trade Minister Herman De Croo said protectionism was rising. De Croo was also in Washington for trade talks.",
			want: []string{"MEETING BE-US 1987-03-04 held"}},
	})
}

func TestHomeOfficers(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/an office without nationality is the dateline's", pub: graph.Day(1987, 4, 3), dateline: "LISBON, April 3",
			text: "LISBON, April 3 - Portugal's government fell. President Mario Soares will visit Brazil next week.",
			want: []string{"MEETING PT-BR 1987-04-06/1987-04-12 planned"}},
		{name: "OK/a country before the officer may own it", pub: graph.Day(2016, 7, 14), dateline: "WASHINGTON",
			text: "WASHINGTON - The United States urged calm. China repeated pleas for talks with Manila, with Foreign Minister Wang Yi saying it is time for talks.",
			want: []string{"MEETING CN-PH  proposed"}}, // (pleas for talks: not held)
		{name: "OK/two cities name no home", pub: graph.Day(2016, 4, 2), dateline: "BAKU/YEREVAN",
			text: "BAKU/YEREVAN - Fighting broke out. Russian Foreign Minister Sergei Lavrov and Defense Minister Sergei Shoigu have talked by phone with their Armenian and Azeri counterparts.",
			want: []string{"MEETING RU-AM  held", "MEETING RU-AZ  held"}},
	})
}

func TestVenueCities(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/talks in New Delhi have a host", pub: graph.Day(2016, 3, 1),
			text: "U.S. Secretary of State John Kerry will hold talks in New Delhi next week.",
			want: []string{"MEETING US-IN 2016-03-07/2016-03-13 planned"}},
		{name: "OK/talks in New York have none", pub: graph.Day(2016, 3, 1),
			text: "U.S. Secretary of State John Kerry will hold talks in New York next week.",
			want: nil},
	})
}
