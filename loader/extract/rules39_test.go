package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 39; each a general mechanism with its own case.

// TestCallOffSomethingElse: "call off" cancels the talks only when they are
// its object; "convince America to call off the threatened tariffs during
// two days of emergency talks which ended yesterday" tells talks held over
// those two days.
func TestCallOffSomethingElse(t *testing.T) {
	pub := graph.Day(1987, 4, 11) // a Saturday
	runRuleCases(t, []ruleCase{
		{name: "FN/failed to convince America to call off the tariffs during two days of emergency talks", pub: pub,
			text: "Japan's trade minister said Japan was ready to continue trade talks with the United States despite its failure to convince America to call off the threatened tariffs during two days of emergency talks which ended in Washington yesterday.",
			want: []string{"MEETING JP-US  proposed", "MEETING US-JP 1987-04-09/1987-04-10 held"}},
		{name: "OK/Washington called off the talks", pub: pub,
			text: "The United States called off the talks with Japan on Friday.",
			want: []string{"MEETING US-JP 1987-04-10 cancelled"}},
		{name: "OK/Tokyo called off its trade minister's visit", pub: pub,
			text: "Japan called off its trade minister's visit to Washington on Friday.",
			want: []string{"MEETING JP-US 1987-04-10 cancelled"}},
	})
}

// TestTomorrowAndFriday: "tomorrow and Friday", said on a Wednesday, is a
// run of two days, as "Thursday and Friday" is; "today and tomorrow" too.
// A journey that sets off today for talks on those days takes their days.
func TestTomorrowAndFriday(t *testing.T) {
	pub := graph.Day(1987, 4, 8) // a Wednesday
	runRuleCases(t, []ruleCase{
		{name: "FN/Kuroda leaves today ... talks with Smith tomorrow and Friday", pub: pub, dateline: "TOKYO",
			text: "MITI Vice Minister Makoto Kuroda leaves for Washington today with data he hopes will refute U.S. charges that Japan violated a pact on microchip trade. Kuroda will hold talks with Deputy U.S. Trade Representative Michael Smith tomorrow and Friday.",
			want: []string{"ACCORD JP-US  agreed", "MEETING JP-US 1987-04-09/1987-04-10 planned"}},
		{name: "FN/talks today and tomorrow", pub: pub,
			text: "Japanese officials will hold talks with U.S. officials today and tomorrow.",
			want: []string{"MEETING JP-US 1987-04-08/1987-04-09 planned"}},
		{name: "OK/talks tomorrow and Saturday are two days", pub: pub,
			text: "Japanese officials will hold talks with U.S. officials tomorrow and Saturday.",
			want: []string{"MEETING JP-US 1987-04-09 planned", "MEETING JP-US 1987-04-11 planned"}},
	})
}

// TestTalksScheduledToEnd: "the talks, which are scheduled to end
// Wednesday" give the last day of talks told before, not other talks.
func TestTalksScheduledToEnd(t *testing.T) {
	pub := graph.Day(1987, 4, 13) // a Monday
	runRuleCases(t, []ruleCase{
		{name: "FN/Shultz held talks today ... the talks, which are scheduled to end Wednesday", pub: pub, dateline: "MOSCOW",
			text: "U.S. Secretary of State George Shultz held talks with Soviet Foreign Minister Eduard Shevardnadze today. U.S. officials have been optimistic about the possibility of progress on arms control during the talks, which are scheduled to end Wednesday.",
			want: []string{"MEETING US-SU 1987-04-13/1987-04-15 held"}},
	})
}

// TestIfSuccessful: talks that "if successful, could" do something still
// lie ahead, over the week they are told in.
func TestIfSuccessful(t *testing.T) {
	pub := graph.Day(1987, 4, 29) // a Wednesday
	runRuleCases(t, []ruleCase{
		{name: "FN/Talks this week between Nakasone and Reagan, if successful, could", pub: pub, dateline: "TOKYO",
			text: "Talks this week between Japanese Prime Minister Yasuhiro Nakasone and President Reagan, if successful, could take pressure off the dollar, dealers said.",
			want: []string{"MEETING JP-US 1987-04-27/1987-05-03 planned"}},
		{name: "OK/Talks this week between Nakasone and Reagan were successful", pub: pub, dateline: "TOKYO",
			text: "Talks this week between Japanese Prime Minister Yasuhiro Nakasone and President Reagan were successful, dealers said.",
			want: []string{"MEETING JP-US 1987-04-27/1987-04-29 held"}},
	})
}

// TestAccordDatedByALaterTelling: a later sentence that dates "the pact"
// dates the accord the story named: "The pact, agreed to last July," (a
// passive "agreed to", not the infinitive of "agreed to stop") and "The
// eight month old pact" (an age written apart, like "seven-month-old").
func TestAccordDatedByALaterTelling(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "FN/The pact, agreed to last July, called on Japan", pub: graph.Day(1987, 3, 24),
			text: "The council will decide what sanctions should be taken against Japan for alleged violations of a U.S.-Japanese semiconductors agreement. The pact, agreed to last July, called on Japan to stop selling chips below cost.",
			want: []string{"ACCORD US-JP 1986-07 agreed"}},
		{name: "FN/The eight month old pact called on Japan", pub: graph.Day(1987, 3, 13),
			text: "Japan denied breaking a pact with the U.S. The eight month old pact called on Japan to stop dumping chips.",
			want: []string{"ACCORD JP-US 1986-07 agreed"}},
		{name: "OK/Japan agreed to stop dumping chips", pub: graph.Day(1987, 3, 13),
			text: "Under the pact with the United States, Japan agreed to stop dumping chips.",
			want: []string{"ACCORD JP-US  in_force"}},
	})
}

// TestWitnessIsNoParty: a state named "in front of", "in the presence of"
// or "witnessed by" watches the accord; it is no party.
func TestWitnessIsNoParty(t *testing.T) {
	pub := graph.Day(2006, 11, 21) // a Tuesday
	runRuleCases(t, []ruleCase{
		{name: "FP/reached an agreement in front of U.S. President Bush", pub: pub,
			text: "Afghan President Hamid Karzai and his Pakistani counterpart Pervez Musharaf reached an agreement in front of U.S. President Bush on Tuesday to hold a grand assembly of elders.",
			want: []string{"ACCORD AF-PK 2006-11-21 agreed"}},
		{name: "FP/signed an agreement in the presence of Bush", pub: pub,
			text: "Afghanistan and Pakistan signed an agreement in the presence of U.S. President Bush on Tuesday.",
			want: []string{"ACCORD AF-PK 2006-11-21 signed"}},
		{name: "OK/signed an agreement with the United States in front of reporters", pub: pub,
			text: "Pakistan signed an agreement with the United States in front of reporters on Tuesday.",
			want: []string{"ACCORD PK-US 2006-11-21 signed"}},
	})
}

// TestOfficesTheirHoldersAreKnownBy: an envoy "in" the state he is posted
// to acts for the state named before his title ("US envoy in Sudan Andrew
// Natsios"), and "Minister of Foreign Affairs" is the office "the Danish
// minister of foreign affairs" names without a holder.
func TestOfficesTheirHoldersAreKnownBy(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "FN/US envoy in Sudan Andrew Natsios ... Natsios arrived in Khartoum on Saturday", pub: graph.Day(2006, 12, 10),
			text: "The violence erupted as US envoy in Sudan Andrew Natsios stepped up efforts to persuade Khartoum to accept a peacekeeping force. Natsios arrived in Khartoum on Saturday and met Foreign Minister Lam Akol on Sunday.",
			want: []string{"MEETING US-SD 2006-12-09 held"}},
		{name: "FN/The Danish minister of foreign affairs ... Minister of Foreign Affairs Per Stig Moeller met", pub: graph.Day(2005, 11, 14),
			text: "The Danish minister of foreign affairs promises an aid package to help Palestinians carry out their January election. Aid was on the agenda when Minister of Foreign Affairs Per Stig Moeller met with the Palestinian president, Mahmoud Abbas, in Ramallah on Sunday.",
			want: []string{"MEETING DK-PS 2005-11-13 held"}},
	})
}

// TestNamesWithAnArticle: "Omar Hassan al-Bashir" is known by his
// article's name, "Al-Bashir", whether it is written in lower case or not.
func TestNamesWithAnArticle(t *testing.T) {
	pub := graph.Day(1997, 4, 14) // a Monday
	runRuleCases(t, []ruleCase{
		{name: "FN/General Al-Bashir also met members of a Ugandan delegation", pub: pub,
			text: "Sudanese President Omar Hassan al-Bashir left Libya by air Sunday after holding talks with Libyan leader Moammer Kadhafi. General Al-Bashir also met members of a Ugandan delegation on Sunday.",
			want: []string{"MEETING SD-LY 1997-04-13 held", "MEETING SD-UG 1997-04-13 held"}},
		{name: "OK/Zaid al-Rifa'i said he had made progress in talks with Shultz", pub: graph.Day(1987, 4, 7),
			text: "Jordanian Prime Minister Zaid al-Rifa'i said he had made progress in talks with U.S. Secretary of State George Shultz.",
			want: []string{"MEETING JO-US  held"}},
	})
}

// TestWouldNotPreventAVisit: "would not prevent him from visiting Jordan
// on Sunday" leaves the visit planned; "prevented him from visiting"
// stops it.
func TestWouldNotPreventAVisit(t *testing.T) {
	pub := graph.Day(2005, 11, 11) // a Friday
	runRuleCases(t, []ruleCase{
		{name: "FN/the bombings would not prevent him from visiting Jordan on Sunday", pub: pub,
			text: "Danish Foreign Minister Per Stig Moeller condemned the bombings in Amman. Moeller said that the bombings would not prevent him from visiting Jordan on Sunday.",
			want: []string{"MEETING DK-JO 2005-11-13 planned"}},
		{name: "OK/the bombings prevented him from visiting Jordan", pub: pub,
			text: "Danish Foreign Minister Per Stig Moeller condemned the bombings in Amman. The bombings prevented him from visiting Jordan on Sunday.",
			want: nil},
	})
}

// TestTalkedAboutWith: "he talked about the pullout with U.S. President
// George W. Bush" is talks, a topic told before the partner; remarks made
// "in his talks with" a counterpart were made on the day they are reported.
func TestTalkedAboutWith(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "FN/he talked about the pullout with U.S. President George W. Bush", pub: graph.Day(2006, 11, 27),
			text: "Italian Prime Minister Romano Prodi said on Monday that Italy will complete its troop withdrawal from Iraq. Prodi added that he talked about the pullout with U.S. President George W. Bush.",
			want: []string{"MEETING IT-US 2006-11-27 held"}},
		{name: "FN/Liang made the remarks in his talks with his Bulgarian counterpart", pub: graph.Day(2005, 11, 23),
			text: "China is ready to bring its military relationship with Bulgaria to a new high, Liang Guanglie, chief of general staff of the Chinese People's Liberation Army, said here Wednesday. Liang made the remarks in his talks with his Bulgarian counterpart Nikola Kolev.",
			want: []string{"MEETING BG-CN 2005-11-23 held"}},
	})
}

// TestConferenceHostedBy: a gathering "hosted by" a state is the host's,
// told by its noun; the one who addresses or attends it does not meet the
// host ("was hosted by" a leader still does).
func TestConferenceHostedBy(t *testing.T) {
	pub := graph.Day(2006, 11, 17) // a Friday
	runRuleCases(t, []ruleCase{
		{name: "FP/Museveni told a conference on governance hosted by the European Commission", pub: pub,
			text: "Ugandan President Yoweri Museveni told a conference on state governance in Africa hosted by the European Commission in Brussels that aid must rise.",
			want: nil},
		{name: "OK/Museveni was hosted by German Chancellor Angela Merkel", pub: pub,
			text: "Ugandan President Yoweri Museveni was hosted by German Chancellor Angela Merkel in Berlin on Friday.",
			want: []string{"MEETING UG-DE 2006-11-17 held"}},
	})
}

// TestStateWithItsRebels: "Khartoum and the two rebel groups ... started
// ... peace talks in the Nigerian capital of Abuja": a state's talks with
// its rebels, in a place ("the capital of Abuja" is where, as "the Nigerian
// capital" is).
func TestStateWithItsRebels(t *testing.T) {
	pub := graph.Day(2005, 11, 29) // a Tuesday
	runRuleCases(t, []ruleCase{
		{name: "FP/Khartoum and the two rebel groups started peace talks in the Nigerian capital of Abuja", pub: pub,
			text: "UN Secretary-General Kofi Annan welcomed the resumption of peace talks in Nigeria. With the mediation of the African Union, Khartoum and the two rebel groups -- the Sudan Liberation Movement and the Justice and Equality Movement -- started the long-delayed seventh round of peace talks in the Nigerian capital of Abuja earlier in the day.",
			want: nil},
		{name: "OK/Sudan and Chad started talks in the Nigerian capital of Abuja", pub: pub,
			text: "Sudan and Chad started talks in the Nigerian capital of Abuja on Tuesday.",
			want: []string{"MEETING SD-TD 2005-11-29 held"}},
	})
}

// TestTerritoryOfItsSovereign: a territory named beside its sovereign's
// places or after its possessive is a place of that state: "will visit
// Beijing, Shanghai and Hong Kong", "China's Taiwan Province", a treaty "as
// it applies to the Netherlands Antilles and Aruba".
func TestTerritoryOfItsSovereign(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "FP/Darling will visit Beijing, Shanghai and Hong Kong", pub: graph.Day(2006, 11, 22),
			text: "British Trade Secretary Alistair Darling will visit Beijing, Shanghai and Hong Kong next week.",
			want: []string{"MEETING GB-CN 2006-11-27/2006-12-03 planned"}},
		{name: "FN/terminating the 1948 tax treaty as it applies to the Netherlands Antilles and Aruba", pub: graph.Day(1987, 6, 29),
			title: "U.S. TO END NETHERLANDS ANTILLES TAX TREATY", dateline: "WASHINGTON",
			text: "The Treasury Department said it notified the Netherlands that it was terminating the 1948 income tax treaty as it applies to the Netherlands Antilles and Aruba. The Treasury decided to end the treaty after negotiations between the United States and the Netherlands had failed.",
			want: []string{"ACCORD NL-US 1948 invalidated", "MEETING US-NL  held"}},
		{name: "OK/Hong Kong signed an air services agreement with Canada", pub: graph.Day(1987, 6, 29),
			text: "Hong Kong signed an air services agreement with Canada on Monday.",
			want: []string{"ACCORD HK-CA 1987-06-29 signed"}},
	})
}

// TestProvinceOfAState: "China's Taiwan Province and Hong Kong Special
// Administrative Region" are places of China, as Xinhua names them; Taiwan
// named on its own is a country of the story.
func TestProvinceOfAState(t *testing.T) {
	runCountryCases(t, graph.Day(2005, 11, 10), []countryCase{
		{name: "FP/sent to Thailand and China's Taiwan Province and Hong Kong Special Administrative Region",
			text: "The relic has been sent to Thailand and China's Taiwan Province and Hong Kong Special Administrative Region for enshrinement.",
			want: []string{"CN", "TH"}},
		{name: "OK/sent to Thailand and Taiwan",
			text: "The relic has been sent to Thailand and Taiwan for enshrinement.",
			want: []string{"TH", "TW"}},
	})
}

// TestYearAfterAnAdjective: "the landmark 2015 nuclear deal" names a past
// accord by its year, as "the 2015 nuclear deal" does (the date finder's
// cases hold "an additional 2000 troops", no year).
func TestYearAfterAnAdjective(t *testing.T) {
	pub := graph.Day(2016, 3, 24)
	runRuleCases(t, []ruleCase{
		{name: "FN/reduced tensions between the United States and Iran after a landmark 2015 nuclear deal", pub: pub,
			text: "The indictment would come at a time of reduced tensions between the United States and Iran after a landmark 2015 nuclear deal.",
			want: []string{"ACCORD US-IR 2015 signed"}},
	})
}

// TestTheJourneyCarriesItsOwner: "his four-nation tour, which will also
// take him to Spain and South Korea" carries the tour's owner, not the
// clause's subject ("Germany is the second leg of ..."); "the plane
// bringing her to Berlin" carries its passenger.
func TestTheJourneyCarriesItsOwner(t *testing.T) {
	pub := graph.Day(2005, 11, 11) // a Friday
	runRuleCases(t, []ruleCase{
		{name: "FP/Germany is the second leg of his tour, which will also take him to Spain and South Korea", pub: pub,
			text: "Chinese President Hu Jintao met German President Horst Koehler in Berlin on Friday. Hu said China valued its ties with Germany. Germany is the second leg of his four-nation European-Asian tour, which will also take him to Spain and South Korea.",
			want: []string{"MEETING CN-DE 2005-11-11 held", "MEETING CN-ES  planned", "MEETING CN-KR  planned"}},
		{name: "FN/Rice said aboard the plane bringing her to Berlin", pub: graph.Day(2005, 12, 5),
			text: "U.S. Secretary of State Condoleezza Rice condemned the attack. \"This kind of attack has to be condemned,\" Rice said aboard the plane bringing her to Berlin, where she began a five-day European tour.",
			want: []string{"MEETING US-DE 2005-12-05 held"}},
	})
}

// TestSecondVerbPhraseAfterAComma: ", and has met twice with the Israeli
// leader" shares the clause's subject, as "and met" does.
func TestSecondVerbPhraseAfterAComma(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "FN/King Hussein has been critical of Netanyahu's policies, and has met twice with the Israeli leader", pub: graph.Day(1997, 4, 23),
			text: "King Hussein has been highly critical of Netanyahu's policies, and has met twice with the Israeli leader, including once earlier this month in the United States.",
			want: []string{"MEETING JO-IL 1997-04 held"}},
	})
}

// TestHerTalksWith: "her bilateral talks on Saturday with President George
// W. Bush, Arroyo told reporters" are the sayer's talks; "On the first
// day of his visit" keeps its visit undated (a visit noun is left alone).
func TestHerTalksWith(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "FN/the focus of her bilateral talks on Saturday with Bush, Arroyo told reporters", pub: graph.Day(2006, 11, 17),
			text: "Philippine President Gloria Arroyo left for Hanoi on Friday. The alliance would be the focus of her bilateral talks on Saturday with President George W. Bush, Arroyo told reporters.",
			want: []string{"MEETING PH-VN 2006-11-17 held", "MEETING PH-US 2006-11-18 planned"}},
	})
}

// TestMoneyAndFirmsNameNoState: from an audit of the countries listed for
// 120 unused bulk stories, a country word that only names money ("25 mln
// Swiss francs", "the Danish crown", "(US$1.55 million)", "49 U.S. cts")
// or stands inside a firm's or an index's name ("Australia and New Zealand
// Banking Group Ltd", "the Bank of Bahrain and Kuwait", "the U.S. Standard
// and Poors Index", "Royal Bank of Canada") names no state of the story;
// a central bank ("the Bank of England"), a firm's nationality ("U.S.
// publisher Harcourt Brace Jovanovich Inc", "the national telephone company
// of Spain") and "Japan marks" still do. "The U.S. Virgin Islands" are not
// the British ones (a territory, listed as the gold's optional lists do).
func TestMoneyAndFirmsNameNoState(t *testing.T) {
	runCountryCases(t, graph.Day(1987, 4, 7), []countryCase{
		{name: "FP/25 mln Swiss francs", text: "Sandoz AG said group net profit rose to 541 mln Swiss francs.", want: nil},
		{name: "FP/The Danish crown started at 26.48 marks", text: "The Danish crown started at 26.48 marks per 100.", want: nil},
		{name: "FP/(US$1.55 million)", text: "Alberta gave emergency funding of $2 million (US$1.55 million) to the Red Cross.", want: nil},
		{name: "FP/the rand rose to 49 U.S. cts", text: "The commercial rand rose 0.5 cts to 49 U.S. Cts.", want: nil},
		{name: "FP/Australia and New Zealand Banking Group Ltd", text: "Australia and New Zealand Banking Group Ltd said it will raise its lending rate.", want: nil},
		{name: "FP/the Bank of Bahrain and Kuwait", text: "Citibank and the Bank of Bahrain and Kuwait filed claims with a court.", want: nil},
		{name: "FP/the U.S. Standard and Poors Index", text: "The weekly index is based on the U.S. Standard and Poors Index.", want: nil},
		{name: "FP/Royal Bank of Canada", text: "Royal Bank of Canada said first quarter earnings fell.", want: nil},
		{name: "OK/the Bank of England", text: "The Bank of England said it would hold rates.", want: []string{"GB"}},
		{name: "OK/U.S. publisher Harcourt Brace Jovanovich Inc", text: "Rumours that U.S. Publisher Harcourt Brace Jovanovich Inc might bid pushed shares up.", want: []string{"US"}},
		{name: "OK/the national telephone company of Spain", text: "Telefonica is the national telephone company of Spain.", want: []string{"ES"}},
		{name: "OK/Japan marks the anniversary", text: "Japan marks the anniversary of the war.", want: []string{"JP"}},
		{name: "OK/the Dutch Embassy and Delta Airlines", text: "The family thanked the Dutch Embassy and Delta Airlines for their support.", want: []string{"NL"}},
		{name: "FP/The U.S. Virgin Islands sued Takata", text: "The U.S. Virgin Islands sued Takata Corp and Honda Motor Co.", want: []string{"VI"}},
	})
}

// TestMarketTitle: a title's city before a market word is the market
// ("LONDON SUGAR OPENS STEADY", "TOKYO STOCKS PLUNGE"), as in the text.
func TestMarketTitle(t *testing.T) {
	runTitleCountryCases(t, graph.Day(1987, 4, 7), "Prices were little changed in quiet trading, dealers said.", []titleCountryCase{
		{"FP/LONDON SUGAR OPENS STEADY", "LONDON SUGAR OPENS STEADY", nil},
		{"FP/TOKYO STOCKS PLUNGE", "TOKYO STOCKS PLUNGE 502.98 POINTS", nil},
		{"OK/LONDON AND PARIS SIGN ACCORD", "LONDON AND PARIS SIGN TRADE ACCORD", []string{"GB", "FR"}},
	})
}

// TestLeftAfterHoldingTalks: "left Libya by air Sunday in defiance of UN
// sanctions, after holding talks with Kadhafi" dates the talks by the day
// of leaving, as "left Bonn yesterday evening after talks" does.
func TestLeftAfterHoldingTalks(t *testing.T) {
	pub := graph.Day(1997, 4, 14) // a Monday
	runRuleCases(t, []ruleCase{
		{name: "FN/left Libya by air Sunday in defiance of UN sanctions, after holding talks with Kadhafi", pub: pub,
			text: "Sudanese President Omar Hassan al-Bashir left Libya by air Sunday in defiance of UN sanctions against Tripoli, after holding talks with Libyan leader Moammer Kadhafi.",
			want: []string{"MEETING SD-LY 1997-04-13 held"}},
		{name: "OK/criticised UN sanctions in a speech Sunday, after holding talks", pub: pub,
			text: "Sudanese President Omar Hassan al-Bashir criticised UN sanctions in a speech Sunday in defiance of the ban, after holding talks with Libyan leader Moammer Kadhafi.",
			want: []string{"MEETING SD-LY  held"}},
	})
}

// TestFrontedMonthOfAPastPerfect: "In September, Obama said he and Xi had
// agreed" dates the agreement by that month, as a fronted day already
// dated such a report ("On Monday, Obama said he had met Xi").
func TestFrontedMonthOfAPastPerfect(t *testing.T) {
	pub := graph.Day(2016, 3, 15) // a Tuesday
	runRuleCases(t, []ruleCase{
		{name: "FN/In September, Obama said he and Xi had agreed", pub: pub,
			text: "In September, President Barack Obama said he and Chinese President Xi Jinping had agreed that neither government would support cyber theft.",
			want: []string{"ACCORD US-CN 2015-09 agreed"}},
		{name: "OK/On Monday, Obama said he had met Xi", pub: pub,
			text: "On Monday, President Barack Obama said he had met Chinese President Xi Jinping.",
			want: []string{"MEETING US-CN 2016-03-14 held"}},
	})
}

// TestPlaceOfAnAttack: a capital before an attack noun is where the attack
// was ("last November's Paris attacks", "the Ankara bombing"), as a
// capital before a market word is the market; a state named otherwise in
// the story stays.
func TestPlaceOfAnAttack(t *testing.T) {
	runCountryCases(t, graph.Day(2016, 3, 23), []countryCase{
		{name: "FP/Since last November's Paris attacks, security has been tight", text: "Since last November's Paris attacks, security has been tight.", want: nil},
		{name: "FP/Scores were killed in the Ankara bombing", text: "Scores were killed in the Ankara bombing.", want: nil},
		{name: "OK/France and Belgium vowed to cooperate after the Brussels attacks", text: "France and Belgium vowed to cooperate after the Brussels attacks.", want: []string{"FR", "BE"}},
	})
}
