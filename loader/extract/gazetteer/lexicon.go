package gazetteer

import "strings"

// This file is the curated agency lexicon: well-known named agencies with
// their country and canonical name, the head nouns of agency names, and the
// subject words of ministries and departments.

// named is a well-known agency written by name.
type named struct {
	text    string // as written (case-sensitive, except in lower-case text)
	country string // its country when the text names none; "" to find it in context
	name    string // canonical name
}

var namedAgencies = []named{
	{"State Department", "US", "Department of State"},
	{"Pentagon", "US", "Department of Defense"},
	// American names of American departments; other states name theirs
	// ministries, or spell "Defence": "The Department of Defense" in a
	// British story is still the U.S. one (a country named with it wins).
	{"Department of Defense", "US", "Department of Defense"},
	{"Defense Department", "US", "Department of Defense"},
	{"Department of Homeland Security", "US", "Department of Homeland Security"},
	{"Homeland Security Department", "US", "Department of Homeland Security"},
	{"Justice Department", "US", "Department of Justice"},
	{"White House", "US", "White House"},
	{"Kremlin", "RU", "Kremlin"},
	{"Foreign Office", "GB", "Foreign Office"},
	{"Foreign and Commonwealth Office", "GB", "Foreign Office"},
	{"FCO", "GB", "Foreign Office"},
	{"Home Office", "GB", "Home Office"},
	// India's name for its foreign ministry (Canada's and Australia's of
	// old were departments): a country named with it wins.
	{"Ministry of External Affairs", "IN", "Ministry of Foreign Affairs"},
	{"External Affairs Ministry", "IN", "Ministry of Foreign Affairs"},
	{"Downing Street", "GB", "Prime Minister's Office"},
	{"Quai d'Orsay", "FR", "Ministry of Foreign Affairs"},
	{"Elysee", "FR", "Presidency"},
	{"Élysée", "FR", "Presidency"},
	{"MINREX", "CU", "Ministry of Foreign Affairs"},
	{"Minrex", "CU", "Ministry of Foreign Affairs"},
	{"Bundesbank", "DE", "Central Bank"},
	{"Bundestag", "DE", "Bundestag"},
	{"Bundesrat", "DE", "Bundesrat"},
	{"Bank of England", "GB", "Central Bank"},
	{"Bank of Japan", "JP", "Central Bank"},
	{"People's Bank of China", "CN", "Central Bank"},
	{"Reserve Bank of India", "IN", "Central Bank"},
	{"Banque de France", "FR", "Central Bank"},
	{"European Central Bank", "EU", "Central Bank"},
	{"ECB", "EU", "Central Bank"},
	{"Federal Reserve", "US", "Central Bank"},
	{"Fed", "US", "Central Bank"}, // capitalised only, never "Fed up" (agencyScanner.namedAt)
	{"European Commission", "EU", "European Commission"},
	{"European Council", "EU", "European Council"},
	{"EU Council", "EU", "European Council"},
	{"European Parliament", "EU", "European Parliament"},
	{"Knesset", "IL", "Knesset"},
	{"Duma", "RU", "State Duma"},
	{"Verkhovna Rada", "UA", "Verkhovna Rada"},
	{"People's Liberation Army", "CN", "People's Liberation Army"},
	{"Central Military Commission", "CN", "Central Military Commission"},
	{"Self-Defense Forces", "JP", "Self-Defense Forces"},
	{"Self-Defence Forces", "JP", "Self-Defense Forces"},
	{"Blue House", "KR", "Presidential Office"},
	{"GCHQ", "GB", "Government Communications Headquarters"},
	{"Government Communications Headquarters", "GB", "Government Communications Headquarters"},
	{"State Duma", "RU", "State Duma"},
	{"Majlis", "IR", "Majlis"},
	{"Supreme Soviet", "SU", "Supreme Soviet"},
	{"Politburo", "", "Politburo"},
	{"National People's Congress", "CN", "National People's Congress"},
	{"State Council", "CN", "State Council"},
	{"House of Commons", "", "House of Commons"}, // Britain's and Canada's: from context
	{"House of Lords", "GB", "House of Lords"},
	{"House of Representatives", "", "House of Representatives"},
	{"National Assembly", "", "National Assembly"},
	{"Congress", "", "Congress"}, // the U.S. one unless context places it in another state that has one (bodiesOf)
	{"Senate", "", "Senate"},
	{"Parliament", "", "Parliament"},
	{"Council of Ministers", "", "Council of Ministers"},
	{"Council of State", "", "Council of State"},
	{"National Security Council", "", "National Security Council"},
	{"FBI", "US", "Federal Bureau of Investigation"},
	{"Federal Bureau of Investigation", "US", "Federal Bureau of Investigation"},
	{"CIA", "US", "Central Intelligence Agency"},
	{"Central Intelligence Agency", "US", "Central Intelligence Agency"},
	{"NSA", "US", "National Security Agency"},
	{"National Security Agency", "US", "National Security Agency"},
	{"INS", "US", "Immigration and Naturalization Service"},
	{"Immigration and Naturalization Service", "US", "Immigration and Naturalization Service"},
	{"DHS", "US", "Department of Homeland Security"},
	{"Department of Homeland Security", "US", "Department of Homeland Security"},
	{"Homeland Security Department", "US", "Department of Homeland Security"},
	{"Office of the Director of National Intelligence", "US", "Office of the Director of National Intelligence"},
	{"CFIUS", "US", "Committee on Foreign Investment in the United States"},
	{"Joint Chiefs of Staff", "US", "Joint Chiefs of Staff"},
	{"Council of Economic Advisers", "US", "Council of Economic Advisers"},
	{"Office of Management and Budget", "US", "Office of Management and Budget"},
	{"International Trade Commission", "US", "International Trade Commission"},
	{"Census Bureau", "US", "Census Bureau"},
	{"DEA", "US", "Drug Enforcement Administration"},
	{"Drug Enforcement Administration", "US", "Drug Enforcement Administration"},
	{"Immigration and Customs Enforcement", "US", "Immigration and Customs Enforcement"},
	{"Customs and Border Protection", "US", "Customs and Border Protection"},
	{"Government Accountability Office", "US", "Government Accountability Office"},
	{"General Accounting Office", "US", "Government Accountability Office"},
	{"Federal Aviation Administration", "US", "Federal Aviation Administration"},
	{"Federal Election Commission", "US", "Federal Election Commission"},
	{"Federal Communications Commission", "US", "Federal Communications Commission"},
	{"Federal Trade Commission", "US", "Federal Trade Commission"},
	{"Federal Maritime Commission", "US", "Federal Maritime Commission"},
	{"Federal Energy Regulatory Commission", "US", "Federal Energy Regulatory Commission"},
	{"Federal Emergency Management Agency", "US", "Federal Emergency Management Agency"},
	{"FEMA", "US", "Federal Emergency Management Agency"},
	{"National Highway Traffic Safety Administration", "US", "National Highway Traffic Safety Administration"},
	{"National Weather Service", "US", "National Weather Service"},
	{"National Reconnaissance Office", "US", "National Reconnaissance Office"},
	{"Transportation Security Administration", "US", "Transportation Security Administration"},
	{"Internal Revenue Service", "US", "Internal Revenue Service"},
	{"Australian Transport Safety Bureau", "AU", "Australian Transport Safety Bureau"},
	{"Agriculture Canada", "CA", "Agriculture Canada"},
	{"Transport Canada", "CA", "Transport Canada"},
	{"Health Canada", "CA", "Health Canada"},
	{"Environment Canada", "CA", "Environment Canada"},
	{"Statistics Canada", "CA", "Statistics Canada"},
	{"High Commission", "", "High Commission"},
	{"EPA", "US", "Environmental Protection Agency"},
	{"Environmental Protection Agency", "US", "Environmental Protection Agency"},
	{"FDA", "US", "Food and Drug Administration"},
	{"Food and Drug Administration", "US", "Food and Drug Administration"},
	{"NASA", "US", "NASA"},
	{"USTR", "US", "Office of the Trade Representative"},
	{"Trade Representative", "US", "Office of the Trade Representative"},
	{"Coast Guard", "", "Coast Guard"},
	{"KGB", "SU", "KGB"},
	{"FSB", "RU", "FSB"},
	{"Mossad", "IL", "Mossad"},
	{"Shin Bet", "IL", "Shin Bet"},
	{"MI5", "GB", "MI5"},
	{"MI6", "GB", "MI6"},
	{"Scotland Yard", "GB", "Metropolitan Police"},
	// Legislatures, militaries and ministries known by a name of their own.
	{"Israel Defense Forces", "IL", "Israel Defense Forces"},
	{"Israeli Defense Forces", "IL", "Israel Defense Forces"},
	{"Israel Defence Forces", "IL", "Israel Defense Forces"},
	{"IDF", "IL", "Israel Defense Forces"},
	{"Bundeswehr", "DE", "Bundeswehr"},
	{"Lok Sabha", "IN", "Lok Sabha"},
	{"Rajya Sabha", "IN", "Rajya Sabha"},
	{"Sejm", "PL", "Sejm"},
	{"Storting", "NO", "Storting"},
	{"Riksdag", "SE", "Riksdag"},
	{"Folketing", "DK", "Folketing"},
	{"Oireachtas", "IE", "Oireachtas"},
	{"Itamaraty", "BR", "Ministry of Foreign Affairs"},
	{"Iraqi Governing Council", "IQ", "Governing Council"},
	{"Shura Council", "", "Shura Council"},
	{"Palestinian Authority", "PS", "Palestinian Authority"},
	{"Palestinian National Authority", "PS", "Palestinian Authority"},
	{"Revolutionary Guards", "IR", "Revolutionary Guards"},
	{"Islamic Revolutionary Guards Corps", "IR", "Revolutionary Guards"},
	{"Islamic Revolutionary Guard Corps", "IR", "Revolutionary Guards"},
	{"Revolutionary Guards Corps", "IR", "Revolutionary Guards"},
	{"Revolutionary Guard Corps", "IR", "Revolutionary Guards"},
	{"IRGC", "IR", "Revolutionary Guards"},
	{"Supreme National Security Council", "IR", "Supreme National Security Council"},
	{"Bangladesh Bank", "BD", "Central Bank"},
	{"Bank Indonesia", "ID", "Central Bank"},
	{"Bank Negara Malaysia", "MY", "Central Bank"},
	{"Bank Negara", "MY", "Central Bank"},
	{"State Bank of Pakistan", "PK", "Central Bank"},
	{"Reserve Bank of New Zealand", "NZ", "Central Bank"},
	{"South African Reserve Bank", "ZA", "Central Bank"},
	{"Central Bank of Nigeria", "NG", "Central Bank"},
	{"Interests Section", "", "Interests Section"},
	// Economic and trade agencies that 1980s-2010s wires name often.
	{"Treasury", "", "Department of the Treasury"},
	{"Export Credits Guarantee Department", "GB", "Export Credits Guarantee Department"},
	{"ECGD", "GB", "Export Credits Guarantee Department"},
	{"Department of Trade and Industry", "GB", "Department of Trade and Industry"},
	{"DTI", "GB", "Department of Trade and Industry"},
	{"Export-Import Bank", "", "Export-Import Bank"},
	{"Exim Bank", "", "Export-Import Bank"},
	{"Eximbank", "", "Export-Import Bank"},
	{"Customs Service", "", "Customs Service"},
	{"MITI", "JP", "Ministry of International Trade and Industry"},
	{"Commodity Credit Corporation", "US", "Commodity Credit Corporation"},
	{"Securities and Exchange Commission", "US", "Securities and Exchange Commission"},
	{"SEC", "US", "Securities and Exchange Commission"},
	{"USDA", "US", "Department of Agriculture"},
	{"Centers for Disease Control and Prevention", "US", "Centers for Disease Control and Prevention"},
	{"Centers for Disease Control", "US", "Centers for Disease Control and Prevention"},
	{"CDC", "US", "Centers for Disease Control and Prevention"},
	{"Federal Deposit Insurance Corporation", "US", "Federal Deposit Insurance Corporation"},
	{"Federal Deposit Insurance Corp", "US", "Federal Deposit Insurance Corporation"},
	{"FDIC", "US", "Federal Deposit Insurance Corporation"},
	{"Committee on Foreign Investment in the United States", "US", "Committee on Foreign Investment in the United States"},
	{"Economic Policy Council", "US", "Economic Policy Council"},
	{"Revenue Canada", "CA", "Revenue Canada"},
	{"Supreme Court", "", "Supreme Court"},
	{"Commodity Futures Trading Commission", "US", "Commodity Futures Trading Commission"},
	{"CFTC", "US", "Commodity Futures Trading Commission"},
	{"Bank of Korea", "KR", "Central Bank"},
	{"Bank of Canada", "CA", "Central Bank"},
	{"Bank of France", "FR", "Central Bank"},
	{"Bank of Italy", "IT", "Central Bank"},
	{"Bank of Spain", "ES", "Central Bank"},
	{"Reserve Bank of Australia", "AU", "Central Bank"},
	{"Swiss National Bank", "CH", "Central Bank"},
	{"Bank of Russia", "RU", "Central Bank"},
	{"Coface", "FR", "Coface"},
	{"Hermes", "DE", "Hermes"},
	{"EC Commission", "EU", "European Commission"},
	{"Economic Planning Agency", "JP", "Economic Planning Agency"},
	{"Defence Agency", "JP", "Defense Agency"},
	{"Defense Agency", "JP", "Defense Agency"},
	{"Bank of Mexico", "MX", "Central Bank"},
	{"Bank of Greece", "GR", "Central Bank"},
	{"Bank of Thailand", "TH", "Central Bank"},
	{"Bank of Israel", "IL", "Central Bank"},
	{"Bank of Portugal", "PT", "Central Bank"},
	{"Bank of Finland", "FI", "Central Bank"},
	{"Bank of Ghana", "GH", "Central Bank"},
	{"Bank of Uganda", "UG", "Central Bank"},
	{"Bank of Tanzania", "TZ", "Central Bank"},
	{"Bank of Zambia", "ZM", "Central Bank"},
	{"Bank of Jamaica", "JM", "Central Bank"},
	{"Netherlands Bank", "NL", "Central Bank"},
	{"Nederlandsche Bank", "NL", "Central Bank"},
	{"Central Bank of Brazil", "BR", "Central Bank"},
}

// topicCanon maps the folded subject of a ministry or department to its
// canonical form; subjects not listed are title-cased as written.
var topicCanon = map[string]string{
	"foreign": "Foreign Affairs", "foreign affairs": "Foreign Affairs", "external affairs": "Foreign Affairs",
	"external relations": "Foreign Affairs", "foreign relations": "Foreign Affairs",
	"interior": "the Interior", "the interior": "the Interior", "internal affairs": "the Interior", "home affairs": "the Interior",
	"defence": "Defense", "defense": "Defense", "national defense": "Defense", "national defence": "Defense",
	"treasury": "the Treasury", "the treasury": "the Treasury", "justice": "Justice", "state": "State",
	"homeland security": "Homeland Security", "economy": "Economy", "economic affairs": "Economy",
	"labor": "Labor", "labour": "Labor", "oil": "Oil", "petroleum": "Oil",
}

// topicWords are the lower-case subjects of ministries and departments that
// may stand before "ministry"/"department" ("the foreign ministry", "Iraqi
// oil ministry"). Capitalised subjects are recognised as written.
var topicWords = wordSet(`foreign affairs external interior home defence defense finance economy economic trade commerce
industry agriculture health education justice energy oil petroleum mines mining transport transportation
communications information culture tourism labour labor environment treasury housing security intelligence
planning fisheries water science technology sports youth social welfare immigration customs construction
railways telecommunications religious public works state homeland internal relations cooperation development
investment planning emergency situations natural resources aviation civil industrial foreign-trade migration
space aerospace nuclear atomic tax revenue statistics competition disaster border maritime regulatory telecoms
internet food drug anti-corruption electricity power forestry irrigation shipping posts`)

// ministryHeads take "X ministry" and "ministry of X".
var ministryHeads = map[string]string{
	"ministry": "Ministry", "ministries": "Ministry", "department": "Department", "departments": "Department",
}

// topicHeads take "X head" after a country ("the Turkish intelligence
// agency", "Turkish immigration authorities"): generic bodies that, unlike
// ministries, are agencies only with their country named.
var topicHeads = map[string]string{
	"agency": "Agency", "authority": "Authority", "authorities": "Authority", "office": "Office",
	"service": "Service", "bureau": "Bureau", "commission": "Commission", "regulator": "Regulator",
}

// vagueTopics before a topic head name no particular body ("U.S.
// regulatory authorities", "the state agency").
var vagueTopics = wordSet(`public state regulatory security internal relations cooperation development`)

// ofHeads take "Head of X" when capitalised ("Office of the Trade
// Representative", "Commission for Culture").
var ofHeads = map[string]string{
	"ministry": "Ministry", "ministries": "Ministry", "department": "Department", "departments": "Department",
	"office": "Office", "bureau": "Bureau", "commission": "Commission", "agency": "Agency", "service": "Service",
	"council": "Council", "board": "Board",
}

// qualifiedHeads are generic nouns that name an agency only with a country
// before them ("Kenyan police", "the Russian navy", "Cuba's embassy") or
// after them ("the embassy of Cuba").
var qualifiedHeads = map[string]string{
	"embassy": "Embassy", "embassies": "Embassy", "consulate": "Consulate", "consulates": "Consulate",
	"army": "Army", "navy": "Navy", "military": "Armed Forces", "police": "Police",
	"parliament": "Parliament", "legislature": "Parliament", "senate": "Senate", "congress": "Congress",
	"presidency": "Presidency", "coastguard": "Coast Guard", "coastguards": "Coast Guard", "judiciary": "Judiciary",
	"treasury": "Department of the Treasury", "court": "Court",
}

// qualifiedPairs are two-word generic heads.
var qualifiedPairs = map[string]string{
	"air force": "Air Force", "armed forces": "Armed Forces", "central bank": "Central Bank",
	"interests section": "Interests Section", "coast guard": "Coast Guard",
	"national guard": "National Guard", "military court": "Military Court", "security forces": "Security Forces", "intelligence service": "Intelligence Service",
	"security cabinet": "Security Cabinet", "revolutionary court": "Revolutionary Court", "revolutionary guards": "Revolutionary Guards",
}

// qualifiedPairFirst are the first words of qualifiedPairs, so that a scan
// builds the two-word key only where one can match.
var qualifiedPairFirst = func() map[string]bool {
	m := map[string]bool{}
	for k := range qualifiedPairs {
		m[k[:strings.IndexByte(k, ' ')]] = true
	}
	return m
}()
