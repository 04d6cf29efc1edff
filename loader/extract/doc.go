// Package extract turns the cleaned text of one news article into facts:
// countries, agencies, events (meetings, accords, changes of diplomatic
// relations) with their dates, participants, places, topics, status and the
// sentence that is evidence for each, plus every date mention.
//
// It is pure: no I/O, no clock, no globals that change. The same Input always
// gives the same Result. Its JSON form (Result) is the `entente extract
// --json` contract documented in the README.
//
// # Pipeline
//
//  1. Sentences (SplitSentences): a byte-offset splitter that knows titles,
//     month abbreviations, initials, dotted abbreviations ("U.S.") and
//     quotes; a blank line always ends a sentence.
//  2. Mentions: countries (gazetteer.FindCountries), agencies
//     (gazetteer.FindAgencies), dates (when.Find, weekdays re-resolved by the
//     tense of their clause; relative dates count from the dateline's day
//     when it lies a day or two from the publication date, a wire stamp in
//     another time zone), persons learned from how news introduces them
//     ("Iranian President Hassan Rouhani", "King Fahd of Saudi Arabia") and
//     titles referring back to them ("the president"), and "the two
//     countries"/"both sides"/"bilateral" for the story's main pair, or
//     for its acting pair once roles are known (mentions that are no state
//     acting, "the Libyan crisis", count half), or for the two states the
//     sentence names before "between the two countries"; a description of
//     one state by its region or size ("the tiny Pacific island nation")
//     stands for the state the sentence named last before it.
//     Each country mention gets a role: the state acting ("Cuba", "Cuban
//     officials"), an attribute of something else ("Cuban hotels", "U.S.
//     chains", "Japan's Sharp Corp"), what others act on ("Syria peace
//     talks", "Syria's opposition") or a place ("in Havana"); only states
//     take part in events. Leaders named without their country ("President
//     Barack Obama") come from the gazetteer's table of office-holders by
//     the year of publication (without one, names only one state's leaders
//     had); offices one state alone has place their holder ("Secretary of
//     State Condoleezza Rice"); Chinese and Vietnamese names are also
//     known by their family name ("Zeng Qinghong ... Zeng said"), and
//     offices one state alone has only since a year place theirs from
//     then ("External Affairs Minister" is India's from 1995, Canada's
//     before). Before 1992 "Moscow" and "the Kremlin" are the Soviet Union
//     (era.go); in a story that names the EU and never Belgium, "Brussels"
//     is the EU, and so is the partner of "negotiations with Brussels" in
//     any story that names the EU. "We" in a quotation is its speaker's
//     state when the trigger names its partner ('"We talked with the
//     Americans," Lavrov said'). A
//     dependent territory yields the story's pair to its sovereign. The
//     dateline (Input.Dateline) gives the country the story is filed
//     from, which owns agencies named without one ("Foreign Ministry
//     spokeswoman" in a Beijing story) and is the
//     place of "arrived here" (not at Geneva, Brussels and other seats of
//     talks between others). Large cities that are not capitals
//     (gazetteer.CityCountry: "a visit to Istanbul") are places only. A
//     state gone by the story's day ("since the Soviet Union broke up") and
//     a territory named as a place are no actors of the story. "He"/"She"
//     opening a sentence is the story's most named person.
//  3. Events: trigger words (lexicon.go) with argument structure
//     (args.go): the subject before the trigger, the object or destination
//     after it, coordinated groups of actors; modality and negation drop
//     intentions ("the need to sign", "could sign", "unlikely to be
//     signed"); quantified, habitual or permitted meetings ("any visit",
//     "one visit every three years", "allow individuals to visit") are
//     none, and so are those with a partner that is no state ("agreement
//     with commercial banks"); a city before the noun is the venue ("the
//     Paris climate talks"); "talks on Syria" and "discussed
//     Gibraltar" take topics, not parties; "calls between A and B" names
//     both; tense and cue words set the status; the nearest date of the
//     trigger's own clause dates it (bare weekdays and months follow the
//     clause's tense); a visit to several countries is one visit per host.
//     A participle or phrase opening the sentence ("Shortly after touching
//     down in Cuba Sunday, President Obama ...", "In a phone call on
//     Tuesday, Putin and Obama ...") takes the titled persons after the
//     comma as its parties; a subject is found across a ", whose ... ,"
//     aside; partners coordinated across places ("with Netanyahu in
//     Jerusalem and Palestinian President Abbas") are one meeting each.
//     A date across a because/after clause or inside such an aside dates
//     nothing outside it; a date followed by a when clause ("since March,
//     when the EU and Turkey signed an agreement") dates that clause's
//     events; so does a "that" clause after a date ("on Wednesday did not
//     rule out the possibility that the two men might meet"), a named
//     subject's clause ("and Secretary Paul Channon on Friday sought"), a
//     noun the date premodifies ("his April 2009 speech") and an
//     apposition with its own participle ("Hiroshima, a city destroyed
//     ... 71 years ago"). Dates told from other dates (following.go):
//     "the following two days", "the next day", "two days later" and "the
//     same day" count from the day told before them (in the sentence or the
//     one before); a date right after another happening is that
//     happening's ("after the collapse of a ceasefire in April"), "on
//     the eve of X" dates X the day after the day last told; a length
//     ("arrived Sunday for a three-day visit", "at the end of a two-day
//     visit yesterday") spans the days. An event still undated takes the
//     date of a telling that names no parties (adjacent.go: "Today's
//     agreement will deal with", "The five-year accord signed in July
//     1986"). A weekday after a meeting one is
//     invited to, or whose cues say it is planned, is the coming one.
//     No partner is guessed from the story's pair when a third state is
//     nearly as prominent, except the dominant state of a hub story, nor
//     when the other side is someone no state ("the Canadian banker",
//     "relatives", "commercial banks", a named person the gazetteer cannot
//     place). Gatherings of many states are no bilateral events: a plural
//     of participants or a forum before the meeting word ("the foreign
//     ministers' meeting", "last week's ICO talks"), a group of many after
//     it ("meetings of leading industrial nations", "signed by 12 member
//     nations", "between Iran, the U.S. and five other powers"), "attended
//     by" three or more states, a gathering one "told", a summit whose
//     sentence names fewer than two of its sides unless told as theirs
//     ("their summit", "an Anglo-French summit"), or more than four
//     states in all (maxParties). A meeting held "during" such a gathering
//     shares its date. Phone calls are told as "spoke with X on the phone"
//     or "by telephone" too; "decided to break relations" is a break;
//     embassies opened or closed, and changes told as nouns ("after the
//     restoration of diplomatic relations"), change relations. Accords
//     told as phrases count: "the agreement between X and Y", "the X-Y
//     agreement", "its agreement with X", "a pact agreed in February",
//     "signed with X for a credit"; one is counted per topic, and one
//     agreed and then signed is one. In a story of the Group of Seven
//     (forumStory), the club's meeting or accord told as known ("the
//     meeting", "the Plaza agreement") is none of two states'; a journey
//     made for a gathering or for talks with an international body is no
//     visit to its host; negated meetings and events a question asks about
//     ("it was unclear if he would go") are none.
//  4. Merging (merge.go): the same event told in several sentences becomes
//     one, with the most precise date (a visit keeps its own days over a
//     meeting held during it) and, as evidence, the telling that states
//     its status, names its parties and states its date (the first among
//     equals), so the sentence shown can be checked against the fact. A
//     meeting still undated then takes a day near publication named in the
//     sentence beside it, or, when held, the lead's day of the story
//     (adjacent.go). An event reported as just done takes the day of the
//     statement ("Kerry said on Sunday he and Lavrov had reached a
//     provisional agreement"), a visit told by its first day the one
//     length the article gives the pair's visits, and the terms of an
//     accord told before ("Under the pact, Tokyo agreed to ...") that
//     accord's day. News told without a date, in the past tense or (for
//     accords in the lead or reported) the present perfect, takes the
//     story's day, marked storyDay. A past event still undated last takes
//     the "this year" or "this month" its sentence tells in any clause,
//     when that is the sentence's only date ("launched talks after the
//     North's test earlier this year").
//
// Each event's confidence (confidence.go) is the share of such events found
// right on articles the extractor had not seen: a logistic model on the
// evidence score and the event's traits, refitted on precision audits of
// its output on unlabelled news (testdata/eval/audit17).
//
// # Decisions
//
//   - "The two countries agreed to continue holding technical meetings" is a
//     planned MEETING, not an ACCORD: what was agreed is a meeting. Agreeing
//     "to <verb>" anything else is an ACCORD with status agreed.
//   - A past-tense fact without a date gets Before = the publication date.
//   - Intentions, offers and needs are not accords (no event at all); the
//     gold the extractor is measured against treats them so. A pact the
//     states are working out is one, with status negotiating and no date
//     ("talks on a wheat agreement", "a deadline to agree a data pact", "a
//     draft treaty"): a date near it is the talks'.
//   - An accord only ever named as one the states have, undated ("under the
//     U.S.-Greek bases accord", "violating its semiconductor agreement
//     with the United States"), is in_force; not a recent or new one, one
//     named with "a", or a prisoner swap, which are news or deeds. An
//     accord a state is said to honour, uphold or break ("Japan's failure
//     to honor a 1986 agreement") is that state's and the one other state
//     its sentence names (else the other of a strong story pair).
//   - The pope is the Holy See's head of state: his meetings and trips
//     with states are the Holy See's, when the sentence names the other
//     state; a pope only named lists no country.
//   - An accord's date is the day it was signed or agreed; the day it "took
//     effect", "entered into force" or "expires" does not date it.
//   - A country named only with its currency ("9.16 million U.S. dollars",
//     in the text or the title), only as the opening of a firm's name
//     ("American Cyanamid Co") or as "the former Yugoslavia" is no country
//     of the story; nor is a union
//     someone joins, leaves or presides ("a vote to leave the European
//     Union", "the UK's presidency of the EU") or a country that names a
//     trade round or a scandal.
//   - A state abbreviation before a lower-case noun modifies it ("U.S.
//     chains"); before a preposition it is the state ("an agreement with
//     the U.S. on chips"). A demonym before a preposition stays people
//     ("Americans in a handful of states"), except after "the" ("held
//     talks with the Japanese to no avail"), where it names the state's
//     side.
//   - A season after this/last/next ("last autumn") dates at year
//     precision, as the labelled sets do; winter, spanning two years, is
//     no date. A "since" date starts what is still going on ("have been
//     holding talks since last June") and bounds everything else.
//   - The subject of sponsored, brokered or kick-started talks is no side
//     of them; sides left unnamed are not taken from the story's pair.
//     Nor are sides guessed from the pair for private parties (banks,
//     creditors, firms) that agree.
//   - A day inside a parenthesis that gives a time in another zone's clock
//     ("at around 2 a.m. (1.00 p.m. ET on Wednesday)") dates nothing: the
//     story's own day is the event's.
//   - A trip to a region ("her first trip to Asia") or to a place named
//     with an article ("a visit to a London mosque") has no host unless
//     the sentence names one. A trade, buying or goodwill mission to a
//     state is a visit; a state's mission to a body is an office.
//   - A demonym between a title and a surname is a given name ("Minister
//     of Trade and Economic Development German Gref"); a summit named for
//     an organisation ("the ASEAN plus China, Japan and the Republic of
//     Korea Summit") is that organisation's gathering, whatever states its
//     name lists.
//   - A purpose infinitive takes the tense of the journey it ends ("was in
//     Berlin on Monday to meet the chancellor" is held), not of decisions
//     and wishes ("agreed on Monday to meet" is ahead).
//   - A connective opening a sentence ("Meanwhile,", "However,", "But")
//     and every "also" are dropped from the sentence's tokens (the word
//     after an "also" is marked), so a sentence reads as it would without
//     them: the rules written for sentence openings and verb phrases apply
//     to "Meanwhile, under the pact, Moscow has agreed" and "had also
//     reached an agreement". The evidence sentence keeps the words.
//   - People of a state are no side of its meetings and accords ("a
//     meeting of Pakistani industrialists", "an accord signed with French
//     businessman Jean-Baptiste Doumeng"); a capital that is one side of a
//     pair compound ("the EU-Ankara deal") or an accord's possessor
//     ("Paris's agreement") is its state, not a venue.
//   - "In May or June" and "on Monday or Tuesday" are spans of both days
//     or months: the event lies in either.
//   - A country named in several words ("Sri Lanka", "United Arab
//     Emirates", "New Zealand-US") is one token to the rules, and the
//     article of a name ("the Philippines") stands where rules look for a
//     state: a rule reads "summoned the Sri Lankan ambassador" and
//     "touching down in the United States" as it reads "the Chilean
//     ambassador" and "in Kenya". "PM" and "FM" before a name read as the
//     titles they shorten. A combining form ("Franco-", "Anglo-", "Indo-")
//     names its state only joined to another people ("Franco-German").
//   - An ordinal day ("on the second day", "his first day in Italy") is
//     that day of the last stretch of days told before it; "the week
//     after", "the following week" and "a week later" count from the day
//     told, as "the next day" does. "later in the week" or "month" dates
//     nothing: a narrative uses them for the week it told before.
//   - Each partner of a gapped coordination keeps its own day ("meet
//     Merkel on Tuesday and Prodi the following day"); accord nouns
//     coordinated under one verb are one accord per topic and share the
//     date; a journey that "brought him to" a state is a visit of the one
//     it carries; talks a dated journey is "for" are the traveller's, on
//     its date; a meeting "during" a dated gathering takes that date.
//   - A visit's length told in one sentence ("the planned four-day visit",
//     also written "a three day visit" or "a two days official visit")
//     runs the visit from the first day another telling gives ("arrived in
//     Tehran on Tuesday", "on Saturday flew to UAE"), whichever telling
//     comes first; a day "during his two-day visit" is one of its days,
//     not its first; "During his visit, due to end early Saturday" gives
//     its last. A trip told loosely ("this week") takes the day of a
//     meeting of it. "His second foreign visit" after "made", "marks" or
//     "on" counts the story's visit, not another one.
//   - "That year", "later that year", "the same month" take the period
//     named before them (package when); "the third anniversary of a
//     friendship treaty" dates the treaty, as it dates ties. A meeting told
//     "In recent months" or "Over the past weeks" is of no day the story
//     tells; one told "also" ("Xi also met with Duterte") is the story's,
//     not a visit long before. A year opening an occasion's name ("at the
//     2020 Dubai Expo") is no second date of a visit. A visit "beginning
//     on Thursday" that is put off is the coming Thursday's.
//   - Relations are between two states: "Bahrain, Sudan and Morocco agreed
//     to establish ties with Israel" is three pairs. "Received a call from"
//     an officer is a phone call; "called Duterte a great leader" calls
//     names. Titles written with a hyphen ("Vice-President") read as
//     written apart; title words that only qualify an office ("National",
//     "Trade") name no officer without it ("the Uganda National Day").
//   - The day by a verb of reaction to an accord ("rejected on Wednesday a
//     US-brokered agreement") is the reaction's; an accord so left
//     undated takes the day a later "the agreement that was reached on
//     Tuesday" gives.
//   - A state ruled by its communist party acts through that party's
//     delegations ("a delegation of the Communist Party of China"), as
//     the labelled wire sets count them; a party of any other state does
//     not.
//   - The day told with the end of talks ("the talks, which are scheduled
//     to end Wednesday", "two days of talks which ended yesterday") is
//     their last; a run of two days may be told by "tomorrow and Friday".
//   - A witness is no party ("reached an agreement in front of U.S.
//     President Bush"); a state coordinated with rebels meets no other
//     state; a gathering "hosted by" a state is the host's, not a meeting
//     of its speaker with the host; a territory beside its sovereign's
//     places ("Beijing, Shanghai and Hong Kong") or after its possessive
//     ("China's Taiwan Province") is that state's place.
//   - A country word that names only money ("Swiss francs", "the Danish
//     crown") or stands inside a firm's, bank's or index's name
//     ("Australia and New Zealand Banking Group Ltd", "Royal Bank of
//     Canada") is no country of the story; a central bank ("the Bank of
//     England") and a firm's nationality ("U.S. publisher ...") still are.
//     Nor is a Reuters ticker ("<ROK>"), a place inside a firm's name
//     ("Morgan Stanley (Jersey) Ltd", "Gunze Sangyo Inc of Tokyo"), a U.S.
//     town written with its state ("Angola, Ind.") or an armed group's name
//     ("the Islamic State of Iraq and Syria").
//   - "Talks with A and B" that no one named holds are the partners' talks
//     with the state the story is filed from, one each; with three or four
//     partners only when the story is that state's (else a round of many,
//     no event). A mediator who "met with both" sides met each in turn.
//   - A sentence opening with "His" or "Her" owns its visit ("His first
//     official visit was to Saudi Arabia"); "was to" names the host. An
//     officer the story never places, meeting a foreign guest "in" a
//     capital, is that capital's state ("Deputy Prime Minister Winston
//     Peters met with Tongan Prime Minister ... in Wellington"). A session
//     of a body two states share ("the China-Russia Intergovernmental
//     Commission held its 20th session") is their meeting. "Received on
//     Wednesday the minister" receives; "was the first to call" calls;
//     "the outcome of the talks between A and B" tells the talks; "the
//     visit of Prime Minister of Mongolia ... to Japan" is Mongolia's.
//   - A meeting told as the occasion of a signing ("signed a treaty on
//     Friday after a meeting with") takes the signing's day; a date
//     restated in a parenthesis ("this week (March 10-12)") gives way to
//     it; a visit said to last "until April 25" ends then; a change of
//     relations reported by a dated statement after it ("..., the
//     government said late Monday") is of that day; an event opened by
//     "Prior to this," is an earlier one, merged with no other telling;
//     "Today marks the second anniversary of the meeting" dates the
//     meeting two years before, to the day.
//   - "The reestablishment of full diplomatic relations" and "the
//     reestablishing of" are changes of relations; an embassy
//     "inaugurated" is opened; "signed agreements" after "of" or "the"
//     are accords in force, no signing.
package extract
