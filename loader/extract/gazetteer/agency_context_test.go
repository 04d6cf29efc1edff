package gazetteer

import (
	"reflect"
	"testing"
)

func TestFindAgenciesWith(t *testing.T) {
	tests := []struct {
		name, text string
		ctx        AgencyContext
		want       []string // "CC Name"
	}{
		{"OK/home across a clause", "When Wang meets officials in the United States, Foreign Ministry spokeswoman Hua said so.",
			AgencyContext{Fallback: "US", Home: "CN"}, []string{"CN Ministry of Foreign Affairs"}},
		{"OK/same clause beats home", "The Cuban Foreign Ministry said so.", AgencyContext{Home: "US"}, []string{"CU Ministry of Foreign Affairs"}},
		{"OK/military as a noun", "The U.S. military declined to comment.", AgencyContext{}, []string{"US Armed Forces"}},
		{"ErrAdjective/military moves", "China is on alert for Japan's military moves.", AgencyContext{}, nil},
		{"OK/forces in the field are no body", "The Syrian army advanced on Palmyra as Iran's security forces and the U.S. military struck.", AgencyContext{}, nil},
		{"OK/a named service is a body", "The U.S. Air Force and U.S. Navy officials said so.", AgencyContext{}, []string{"US Air Force", "US Navy"}},
		{"OK/a military that speaks", "The Russian military said it struck targets; Turkish military officials agreed.", AgencyContext{}, []string{"RU Armed Forces", "TR Armed Forces"}},
		{"OK/a military that speaks later", "The Turkish military on Wednesday said so, and the Pakistani army accused India.", AgencyContext{}, []string{"TR Armed Forces", "PK Army"}},
		{"OK/a military that another speaks of", "He had never served in the U.S. military, he said; the Philippine military had not received any official notice.", AgencyContext{}, nil},
		{"OK/a military that speaks past an aside", "The Turkish military, in a statement, said so.", AgencyContext{}, []string{"TR Armed Forces"}},
		{"OK/a military as a source", "According to the Syrian army, a spokeswoman for the U.S. military in Baghdad said so.", AgencyContext{}, []string{"SY Army", "US Armed Forces"}},
		{"OK/a board of a subject", "Taiwan's Board of Foreign Trade and Thailand's Board of Investment said so; the company's Board of Directors met.", AgencyContext{}, []string{"TW Board of Foreign Trade", "TH Board of Investment"}},
		{"OK/a body of the military", "The U.S. military's European Command said so.", AgencyContext{}, []string{"US Armed Forces"}},
		{"ErrAdjective/army knives", "He sells Swiss army knives.", AgencyContext{}, nil},
		{"OK/a Senate in a Tokyo story is the U.S. one", "Japan is peeved at a trade bill before the Senate, U.S. officials said.",
			AgencyContext{Home: "JP"}, []string{"US Senate"}},
		{"OK/a Senate at home", "The bill is before the Senate, Italian officials said.", AgencyContext{Home: "IT"}, []string{"IT Senate"}},
		{"Err/no Senate to place", "Japan is peeved at a trade bill before the Senate.", AgencyContext{Home: "JP"}, nil},
		{"OK/trade agencies of the wires", "Britain's Export Credits Guarantee Department and Japan's MITI agreed.", AgencyContext{},
			[]string{"GB Export Credits Guarantee Department", "JP Ministry of International Trade and Industry"}},
		{"OK/a Treasury in a Tokyo story", "Japan met U.S. officials. The Treasury said so.", AgencyContext{Home: "JP"},
			[]string{"US Department of the Treasury"}},
		{"OK/a quotation's speaker owns the ministry in it", "North Korea fired a missile. \"We are gathering data. The defense ministry is prepared,\" Japanese Minister of Defence Gen Nakatani told reporters.",
			AgencyContext{Fallback: "KR", Home: "KR"}, []string{"JP Ministry of Defense"}},
		{"OK/India's external affairs ministry", "Japan informed the External Affairs Ministry of the decision.", AgencyContext{Fallback: "JP"},
			[]string{"IN Ministry of Foreign Affairs"}},
		{"OK/another state's external affairs ministry", "Sri Lanka's Ministry of External Affairs said so.", AgencyContext{Fallback: "JP"},
			[]string{"LK Ministry of Foreign Affairs"}},
		{"Err/a party named Congress", "Mulroney will meet African National Congress president Oliver Tambo.", AgencyContext{}, nil},
		{"OK/the Congress", "The Congress passed the bill.", AgencyContext{}, []string{"US Congress"}},
		{"OK/a House of Representatives in a state that has none is the U.S. one", "Canada fears the bill that passed the House of Representatives.",
			AgencyContext{Fallback: "CA"}, []string{"US House of Representatives"}},
		{"OK/a House of Representatives at home", "Koirala met the Speaker of the House of Representatives in Kathmandu.",
			AgencyContext{Fallback: "NP", Home: "NP"}, []string{"NP House of Representatives"}},
		{"OK/an article opens the sentence, not the name", "A Finance Ministry spokesman said so. An Interior Ministry official agreed.", AgencyContext{Fallback: "JP"},
			[]string{"JP Ministry of Finance", "JP Ministry of the Interior"}},
		{"OK/a conjunction opens the sentence, not the name", "But Foreign Ministry officials said so.", AgencyContext{Fallback: "JP"}, []string{"JP Ministry of Foreign Affairs"}},
		{"Err/a city's, a province's or a hospital's department", "The city's public works department said so; the province's health ministry and a hospital emergency department agreed.",
			AgencyContext{Fallback: "CA"}, nil},
		{"OK/a country's, a ministry's or a region's body", "The country's Grain Products Ministry, the Finance Ministry's Customs Administration Department and the local Interior ministry branch said so.",
			AgencyContext{Fallback: "SU"}, []string{"SU Ministry of Grain Products", "SU Ministry of Finance", "SU Department of Customs Administration", "SU Ministry of the Interior"}},
		{"OK/a list of departments ends at another body", "Six agencies - the Departments of Defense, State, Justice and Homeland Security, the Office of the Director of National Intelligence and the Joint Chiefs of Staff - approved it.",
			AgencyContext{Fallback: "US"}, []string{"US Department of Defense", "US Department of State", "US Department of Justice", "US Department of Homeland Security", "US Office of the Director of National Intelligence", "US Joint Chiefs of Staff"}},
		{"OK/an envoy summoned to the ministry is the host's guest", "Turkey said the Russian ambassador had been summoned to the foreign ministry to protest.",
			AgencyContext{Fallback: "TR"}, []string{"TR Ministry of Foreign Affairs"}},
		{"OK/an envoy who meets at the ministry", "The Russian ambassador met officials at the foreign ministry.",
			AgencyContext{Fallback: "TR"}, []string{"RU Ministry of Foreign Affairs"}},
		{"Err/a ministry of no subject", "A Ministry spokesman said so.", AgencyContext{Fallback: "JP"}, nil},
		{"OK/the United States has no ministries", "The four U.S. banks have been seeking finance ministry approval in Tokyo.", AgencyContext{Home: "JP"},
			[]string{"JP Ministry of Finance"}},
		{"OK/a ministry of the state named near it", "The Japanese aides here include Muraoka of the Ministry of International Trade and Industry, U.S. officials said.",
			AgencyContext{Fallback: "US"}, []string{"JP Ministry of International Trade and Industry"}},
		{"Err/no parliament of the United States", "An organization of U.S. legislators met the Parliament's committee.", AgencyContext{Fallback: "US"}, nil},
		{"OK/a ministry the text calls American", "The U.S. Defense Ministry said so.", AgencyContext{}, []string{"US Ministry of Defense"}},
		{"Err/unions, schools and trade bodies", "The Australian Council of Trade Unions, the Swiss Federal Institute of Technology and the American Bureau of Metal Statistics said so.", AgencyContext{}, nil},
		{"OK/technology in a state body's subject", "The U.S. National Institute of Standards and Technology said so; China's Ministry of Science and Technology agreed.",
			AgencyContext{}, []string{"US National Institute of Standards and Technology", "CN Ministry of Science and Technology"}},
		{"Err/a savings bank's legal form", "Goldome FSB said it agreed to buy Lincoln Savings Bank FSB, and Empire of America-California, FSB, rose.", AgencyContext{}, nil},
		{"OK/Russia's security service", "Russia's FSB said so. The FSB security service agreed.", AgencyContext{}, []string{"RU FSB", "RU FSB"}},
		{"Err/a commercial bank named after a country", "Royal Bank of Canada and Industrial Bank of Japan said so.", AgencyContext{}, nil},
		{"OK/a central bank after a date or a list", "On Monday Bank of England officials said so, and Miyazawa and Bank of Japan Governor Sumita agreed.", AgencyContext{},
			[]string{"GB Central Bank", "JP Central Bank"}},
		{"OK/Congress in a state that has one", "A labour ministry spokesman said the talks were suspended when the minister left to attend a session of Congress.",
			AgencyContext{Fallback: "DE", Home: "BO"}, []string{"BO Ministry of Labor", "BO Congress"}},
		{"OK/Congress in a state that has none is the U.S. one", "Japanese officials said Congress would vote on the bill.",
			AgencyContext{Fallback: "JP", Home: "JP"}, []string{"US Congress"}},
		{"OK/a body named after its owner", "Jordan's Natural Resources Authority signed it.", AgencyContext{}, []string{"JO Natural Resources Authority"}},
		{"OK/a demonym opens the name", "The Danish International Development Agency paid.", AgencyContext{}, []string{"DK Danish International Development Agency"}},
		{"OK/a name with a tail", "Egypt's Public Authority for Investment and Free Zones visited.", AgencyContext{}, []string{"EG Public Authority for Investment and Free Zones"}},
		{"OK/a country word in the name", "The Bahrain Monetary Agency said so.", AgencyContext{}, []string{"BH Bahrain Monetary Agency"}},
		{"OK/not U.S. in the name", "The U.S. National Park Service closed the refuge.", AgencyContext{}, []string{"US National Park Service"}},
		{"OK/the owner itself an agency", "Arms sales approved by the Pentagon's Defense Security Cooperation Agency rose.", AgencyContext{},
			[]string{"US Department of Defense", "US Defense Security Cooperation Agency"}},
		{"OK/coastguards and judiciaries", "The coastguards of Japan joined the drill. Iran's judiciary said so. Greece's migration ministry said so.", AgencyContext{},
			[]string{"JP Coast Guard", "IR Judiciary", "GR Ministry of Migration"}},
		{"OK/a treasury of a country", "The Italian treasury said so. U.S. treasury bonds fell.", AgencyContext{}, []string{"IT Department of the Treasury"}},
		{"OK/a department no ministry rule reads", "The Bangladesh Criminal Investigation Department said so.", AgencyContext{}, []string{"BD Bangladesh Criminal Investigation Department"}},
		{"OK/a ministry department stays canonical", "The U.S. Agriculture Department said so.", AgencyContext{}, []string{"US Department of Agriculture"}},
		{"Err/a city police department", "The U.S. Metropolitan Police Department said so.", AgencyContext{}, nil},
		{"Err/a news agency", "The Saudi Press Agency said so.", AgencyContext{}, nil},
		{"Err/a trade body", "The American Farm Bureau said so.", AgencyContext{}, nil},
		{"Err/a body about the country", "The Taiwan Affairs Office said so.", AgencyContext{}, nil},
		{"Err/a capital is no owner", "Bonn opposes a plan of the Brussels Executive Commission.", AgencyContext{}, nil},
		{"Err/a capital places an embassy", "Marines were charged with espionage at the Moscow Embassy.", AgencyContext{}, nil},
		{"OK/the owner before the place", "Marines guarded the U.S. Moscow Embassy.", AgencyContext{}, []string{"US Embassy"}},
		{"OK/the capital's embassy of a country", "The Havana embassy of the United States reopened.", AgencyContext{}, []string{"US Embassy"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := agencyLines(FindAgenciesWith(tt.text, nil, tt.ctx))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("FindAgenciesWith(%q): got %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
