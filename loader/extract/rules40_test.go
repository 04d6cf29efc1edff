package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 40; each a general mechanism with its own case.

// TestStateAfterNamedStateAnd: "the U.S." after "Japan and" is the second
// state, even when a lower-case verb follows that could be a plural noun
// ("covers", "guarantees"); after a demonym it still modifies its noun.
func TestStateAfterNamedStateAnd(t *testing.T) {
	pub := graph.Day(1987, 4, 24)
	runRuleCases(t, []ruleCase{
		{name: "FN/an agreement between the EC and the U.S. guarantees special access", pub: pub,
			text: "The sources noted that an agreement between the EC and the U.S. guarantees special access to the Spanish market for two mln tonnes of maize.",
			want: []string{"ACCORD EU-US  agreed"}},
		{name: "FN/the agreement between Japan and the U.S. covers chips", pub: pub,
			text: "The agreement between Japan and the U.S. covers chips.",
			want: []string{"ACCORD JP-US  in_force"}},
		{name: "OK/talks between Japanese and U.S. firms", pub: pub,
			text: "Talks between Japanese and U.S. firms ended on Thursday.",
			want: nil},
	})
}

// TestPresBeforeName: "Pres." before a name is the title it shortens, as
// "PM" and "FM" are; the dot after it ends no noun phrase.
func TestPresBeforeName(t *testing.T) {
	pub := graph.Day(2016, 3, 15) // a Tuesday
	runRuleCases(t, []ruleCase{
		{name: "FN/Putin and U.S. Pres. Barack Obama spoke by telephone on Monday", pub: pub,
			text: "Putin and U.S. Pres. Barack Obama spoke by telephone on Monday about Syria.",
			want: []string{"MEETING RU-US 2016-03-14 held"}},
		{name: "FN/In September, Pres. Barack Obama said he and Chinese Pres. Xi Jinping had agreed", pub: pub,
			text: "In September, Pres. Barack Obama said he and Chinese Pres. Xi Jinping had agreed that neither government would knowingly support cyber theft.",
			want: []string{"ACCORD US-CN 2015-09 agreed"}},
		{name: "OK/the pres office", pub: pub,
			text: "Japanese officials will hold talks with U.S. officials at the Pres. office.",
			want: []string{"MEETING JP-US  planned"}},
	})
}

// TestFirmsTownNoState: a capital after a firm's legal form and "of" is
// where the firm is ("Gunze Sangyo Inc of Tokyo"), as "Tokyo-based" is; a
// country there is still the firm's nationality.
func TestFirmsTownNoState(t *testing.T) {
	runCountryCases(t, graph.Day(1987, 3, 5), []countryCase{
		{name: "FP/Gunze Sangyo Inc of Tokyo", text: "Gunze Sangyo Inc of Tokyo is issuing 25 mln Swiss francs of notes.", want: nil},
		{name: "FP/Reuters Holdings PLC of London", text: "Rich Inc, a subsidiary of Reuters Holdings PLC of London, completed a trading system.", want: nil},
		{name: "OK/Husky Oil Ltd of Canada", text: "Husky Oil Ltd of Canada said profit rose.", want: []string{"CA"}},
		{name: "OK/Tokyo said", text: "Tokyo said it would cut tariffs on chips.", want: []string{"JP"}},
	})
}

// TestUSTownsNoState: a country's or a capital's name before a comma and
// a U.S. state's abbreviation is a U.S. town ("Angola, Ind.", "Cairo,
// Ga.", "North Kingstown, R.I.").
func TestUSTownsNoState(t *testing.T) {
	runCountryCases(t, graph.Day(1987, 3, 16), []countryCase{
		{name: "FP/Clevite's existing Angola, Ind. plant", text: "Clevite will make the products at its existing plant in Angola, Ind., the company said.", want: nil},
		{name: "FP/a Cairo, Ga., propane gas distributor", text: "United Cities Gas Co has acquired Lyle Propane Gas Co, a Cairo, Ga., propane gas distributor.", want: nil},
		{name: "FP/David F. La Roche of North Kingstown, R.I.", text: "Investor David F. La Roche of North Kingstown, R.I., said he is offering to buy shares.", want: nil},
		{name: "OK/Angola, Cuba and South Africa", text: "Angola, Cuba and South Africa signed an accord.", want: []string{"AO", "CU", "ZA"}},
	})
}

// TestTalksWithListOfHome: "talks with A, B and C" with no one holding
// them, in a story of the state it is filed from, are that state's talks
// with each; a later "talks with D" of the sentence too; and "further
// negotiations" after the list are not the listed states' own.
func TestTalksWithListOfHome(t *testing.T) {
	pub := graph.Day(2005, 11, 30)
	lead := "Bangladesh has signed double taxation treaties with 26 countries, officials said. "
	runRuleCases(t, []ruleCase{
		{name: "FN/preliminary talks with Uzbekistan, South Africa and Morocco have already finished", pub: pub, dateline: "DHAKA",
			text: lead + "Besides, preliminary talks with Uzbekistan, South Africa and Morocco have already finished and further negotiations are ahead.",
			want: []string{"MEETING BD-UZ 2005-11-30 held", "MEETING BD-ZA 2005-11-30 held", "MEETING BD-MA 2005-11-30 held"}},
		{name: "FN/talks with Russia and Nepal completed while the second round of talks with Iran is underway", pub: pub, dateline: "DHAKA",
			text: lead + "The second-round talks with Russia and Nepal completed while the second round of talks with Iran is underway.",
			want: []string{"MEETING BD-RU 2005-11-30 held", "MEETING BD-NP 2005-11-30 held", "MEETING BD-IR  ongoing"}},
		{name: "OK/a Brussels story of Soviet talks with China, Syria, Libya and Iraq", pub: graph.Day(1987, 4, 2), dateline: "BRUSSELS",
			text: "The Soviet Union faces electricity shortages, a Belgian expert said. \"It is also doubtful that the talks with China, Syria, Libya and Iraq with regard to Soviet deliveries will have positive results,\" he said.",
			want: nil},
	})
}

// TestBilateralTalkSingular: wire English writes "her bilateral talk" for
// "her bilateral talks"; the possessive's owner is the sayer the sentence
// names after it.
func TestBilateralTalkSingular(t *testing.T) {
	pub := graph.Day(2006, 11, 17) // a Friday
	runRuleCases(t, []ruleCase{
		{name: "FN/the focus of her bilateral talk on Saturday with President George W. Bush, Arroyo told reporters", pub: pub, dateline: "MANILA",
			text: "Philippine President Gloria Macapagal-Arroyo said on Friday she would push for closer economic cooperation. Philippines-U.S. strategic alliance against terrorism would be the focus of her bilateral talk on Saturday with President George W. Bush on the sidelines of APEC, Arroyo told reporters before she boarded the flight.",
			want: []string{"MEETING PH-US 2006-11-18 planned"}},
	})
}

// TestDestinationForIsNoSubject: the state one left for is no subject of
// a second verb phrase ("left ... for Hanoi and was expected to meet"),
// nor is "for Hanoi" the subject of an infinitive ("for a Swedish
// prosecutor to travel") when a verb of its own stands between.
func TestDestinationForIsNoSubject(t *testing.T) {
	pub := graph.Day(2006, 11, 17) // a Friday
	lead := "Philippine President Gloria Macapagal-Arroyo said on Friday she would push for closer economic cooperation. "
	runRuleCases(t, []ruleCase{
		{name: "OK/left at around 5:30 p.m. Manila time for Hanoi and was expected to meet the Filipino community", pub: pub, dateline: "MANILA",
			text: lead + "President Arroyo left at around 5:30 p.m. Manila time for Hanoi and was expected to meet the Filipino community shortly after her arrival.",
			want: nil},
		{name: "FP/left ... for Hanoi and was expected to meet Japanese Prime Minister Shinzo Abe", pub: pub, dateline: "MANILA",
			text: lead + "President Arroyo left at around 5:30 p.m. Manila time for Hanoi and was expected to meet Japanese Prime Minister Shinzo Abe on Saturday.",
			want: []string{"MEETING JP-PH 2006-11-18 planned"}},
		{name: "OK/an agreement for a Swedish prosecutor to travel to the UK", pub: graph.Day(2016, 2, 5),
			text: "Last December, Ecuador and Swedish authorities reached a bilateral agreement for a Swedish prosecutor to travel to the UK to question Assange at the embassy.",
			want: []string{"MEETING SE-GB 2015-12 planned", "ACCORD EC-SE 2015-12 agreed"}},
	})
}

// TestAgreedAdverbOn: an adverb in -ly between "agreed" and its "on" or
// "to" ("agreed recently on an interim security report") reads as the
// verb alone does; an intention after it stays none.
func TestAgreedAdverbOn(t *testing.T) {
	pub := graph.Day(2005, 11, 30)
	runRuleCases(t, []ruleCase{
		{name: "FN/Japan and the United States agreed recently on an interim security report", pub: pub,
			text: "Japan and the United States agreed recently on an interim security report which enables smoother military cooperation between them.",
			want: []string{"ACCORD JP-US  agreed"}},
		{name: "FN/agreed formally on a new security plan", pub: pub,
			text: "Japan and the United States agreed formally on a new security plan.",
			want: []string{"ACCORD JP-US 2005-11-30 agreed"}},
		{name: "OK/agreed recently to expand military cooperation (an intention)", pub: pub,
			text: "Japan and the United States agreed recently to expand military cooperation.",
			want: nil},
	})
}

// TestEnvoyRemitTitle: a remit in lower case between a region and an
// envoy's title ("US Middle East peace envoy Dennis Ross") keeps the state
// his and the name a person of it.
func TestEnvoyRemitTitle(t *testing.T) {
	pub := graph.Day(1997, 4, 23) // a Wednesday
	runRuleCases(t, []ruleCase{
		{name: "FN/US Middle East peace envoy Dennis Ross met Palestinian leader Yasser Arafat", pub: pub,
			text: "US Middle East peace envoy Dennis Ross met Palestinian leader Yasser Arafat on Monday.",
			want: []string{"MEETING US-PS 1997-04-21 held"}},
		{name: "OK/US Middle East envoy Dennis Ross met Arafat", pub: pub,
			text: "US Middle East envoy Dennis Ross met Palestinian leader Yasser Arafat on Monday.",
			want: []string{"MEETING US-PS 1997-04-21 held"}},
	})
}

// TestMetWithBoth: a mediator who "met with both Israeli and Palestinian
// leaders" met each side in turn, not the two sides together.
func TestMetWithBoth(t *testing.T) {
	pub := graph.Day(1997, 4, 23) // a Wednesday
	runRuleCases(t, []ruleCase{
		{name: "FP/Ross, who met with both Israeli and Palestinian leaders", pub: pub,
			text: "Arafat held talks earlier this month with US envoy Dennis Ross, who met with both Israeli and Palestinian leaders in an unsuccessful bid to revive negotiations.",
			want: []string{"MEETING PS-US 1997-04 held", "MEETING US-IL 1997-04 held"}},
		{name: "OK/Israeli and Palestinian leaders met on Monday", pub: pub,
			text: "Israeli and Palestinian leaders met on Monday.",
			want: []string{"MEETING IL-PS 1997-04-21 held"}},
	})
}

// TestTickersAndFirmPlacesNoState: a Reuters ticker in angle brackets
// ("Rockwell International Corp <ROK>"), a place in parentheses inside a
// firm's name ("Morgan Stanley (Jersey) Ltd") and two places named like
// states ("East London", the South African port; "Inner Mongolia", a
// Chinese region) name no state (session 40's country audit, audit41).
func TestTickersAndFirmPlacesNoState(t *testing.T) {
	runCountryCases(t, graph.Day(1987, 3, 20), []countryCase{
		{name: "FP/Rockwell International Corp <ROK>", text: "Rockwell International Corp <ROK> said it won a contract.", want: nil},
		{name: "FP/Union Carbide Corp <UK>", text: "A judge asked Union Carbide Corp <UK> to pay interim compensation.", want: nil},
		{name: "FP/Morgan Stanley (Jersey) Ltd", text: "Morgan Stanley (Jersey) Ltd is issuing 45,000 covered equity warrants.", want: nil},
		{name: "FP/maize from East London", text: "Elsewhere, maize from East London to Japan paid 22 dlrs.", want: []string{"JP"}},
		{name: "FP/parts of Inner Mongolia", text: "Rain fell in Peking, Shandong and parts of Inner Mongolia.", want: nil},
		{name: "FP/National Australia Merchant Bank (Singapore) Ltd", text: "SIMBL has invited National Australia Merchant Bank (Singapore) Ltd to join the loan.", want: nil},
		{name: "OK/Seoul (South Korea) and Tokyo signed an accord", text: "Seoul (South Korea) and Tokyo signed an accord.", want: []string{"KR", "JP"}},
	})
}

// TestArmedGroupAndAbbreviationNamesNoState: "the Islamic State of Iraq and
// Syria" is an armed group's name, and "E.C." at the end of "H.E.C." is no
// European Community (audit41); "W.German" is still West German.
func TestArmedGroupAndAbbreviationNamesNoState(t *testing.T) {
	runCountryCases(t, graph.Day(2016, 3, 25), []countryCase{
		{name: "FP/The Islamic State of Iraq and Syria (ISIS) claimed the attack", text: "The Islamic State of Iraq and Syria (ISIS) claimed the attack.", want: nil},
		{name: "FP/the Islamic State of Iraq and the Levant", text: "The Islamic State of Iraq and the Levant claimed the attack.", want: nil},
		{name: "FP/Human-Elephant Conflict, or H.E.C.", text: "Human-Elephant Conflict, or H.E.C., is rising.", want: nil},
		{name: "OK/Iraq and Syria signed an accord", text: "Iraq and Syria signed an accord.", want: []string{"IQ", "SY"}},
		{name: "OK/W.German output fell", text: "W.German output fell in 1987.", want: []string{"DE"}},
	})
}

// TestArmedGroupsNoStateForces: "the Free Syrian Army" and "the Irish
// Republican Army" are armed groups against a state, not its army.
func TestArmedGroupsNoStateForces(t *testing.T) {
	for _, tt := range []struct{ name, text string }{
		{"FP/Rebels of the Free Syrian Army retreated", "Rebels of the Free Syrian Army retreated from Aleppo."},
		{"FP/The Irish Republican Army commander was arrested", "The Irish Republican Army commander was arrested."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := Extract(Input{Text: tt.text, Published: graph.Day(2016, 3, 25)}, Options{})
			if len(r.Countries) != 0 || len(r.Agencies) != 0 {
				t.Errorf("got countries %v and agencies %v, want none", r.Countries, r.Agencies)
			}
		})
	}
}
