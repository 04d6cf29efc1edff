package gazetteer

import "strings"

// leader is one holder of a national office that news names without the
// country: heads of state and government and foreign ministers.
type leader struct {
	names    []string // lower-case surnames or given names as news writes them alone, or full names ("gordon brown")
	code     string
	from, to int // years in office (to 0: still in office at the table's date)
}

// leaders is curated from public office-holder lists, for the offices and
// years the news corpora cover (1980s wires to the 2020s). Only names that
// are not common words or common surnames elsewhere are listed alone:
// "Major", "Baker", "Brown" and "Li" are listed by full name only, which
// places the later "Mr Brown" of a story that named Gordon Brown.
var leaders = []leader{
	// United States.
	{[]string{"reagan"}, "US", 1981, 1989}, {[]string{"bush"}, "US", 1981, 2009}, {[]string{"clinton"}, "US", 1993, 2013},
	{[]string{"obama"}, "US", 2009, 2017}, {[]string{"biden"}, "US", 2009, 2025}, {[]string{"kerry"}, "US", 2013, 2017},
	{[]string{"shultz"}, "US", 1982, 1989}, {[]string{"albright"}, "US", 1997, 2001}, {[]string{"powell"}, "US", 2001, 2005},
	{[]string{"cheney"}, "US", 2001, 2009}, {[]string{"weinberger"}, "US", 1981, 1987}, {[]string{"tillerson"}, "US", 2017, 2018},
	{[]string{"pompeo"}, "US", 2018, 2021}, {[]string{"blinken"}, "US", 2021, 0},
	// Soviet Union and Russia.
	{[]string{"gorbachev"}, "SU", 1985, 1991}, {[]string{"shevardnadze"}, "SU", 1985, 1990}, {[]string{"ryzhkov"}, "SU", 1985, 1990},
	{[]string{"yeltsin"}, "RU", 1991, 1999}, {[]string{"kozyrev"}, "RU", 1991, 1996}, {[]string{"primakov"}, "RU", 1996, 1999},
	{[]string{"putin"}, "RU", 1999, 0}, {[]string{"medvedev"}, "RU", 2008, 0}, {[]string{"lavrov"}, "RU", 2004, 0},
	// China.
	{[]string{"jinping"}, "CN", 2012, 0}, {[]string{"keqiang"}, "CN", 2013, 2023}, {[]string{"jintao"}, "CN", 2002, 2013},
	{[]string{"jiabao"}, "CN", 2003, 2013}, {[]string{"zemin"}, "CN", 1989, 2003}, {[]string{"rongji"}, "CN", 1998, 2003},
	{[]string{"ziyang"}, "CN", 1980, 1989}, {[]string{"xiaoping"}, "CN", 1978, 1997},
	// Japan, Koreas.
	{[]string{"nakasone"}, "JP", 1982, 1987}, {[]string{"takeshita"}, "JP", 1987, 1989}, {[]string{"koizumi"}, "JP", 2001, 2006},
	{[]string{"abe"}, "JP", 2006, 2020}, {[]string{"kishida"}, "JP", 2012, 2024},
	{[]string{"geun-hye"}, "KR", 2013, 2017}, {[]string{"jae-in", "jae in"}, "KR", 2017, 2022}, {[]string{"moo-hyun", "moo hyun"}, "KR", 2003, 2008},
	{[]string{"myung-bak", "myung bak"}, "KR", 2008, 2013}, {[]string{"dae-jung", "dae jung"}, "KR", 1998, 2003}, {[]string{"suk-yeol", "suk yeol"}, "KR", 2022, 0},
	{[]string{"ki-moon"}, "KR", 2004, 2006},
	{[]string{"jong-un", "jong un"}, "KP", 2011, 0}, {[]string{"jong-il", "jong il"}, "KP", 1994, 2011}, {[]string{"il-sung", "il sung"}, "KP", 1948, 1994},
	// Europe.
	{[]string{"thatcher"}, "GB", 1979, 1990}, {[]string{"blair"}, "GB", 1997, 2007}, {[]string{"cameron"}, "GB", 2010, 2016},
	{[]string{"kohl"}, "DE", 1982, 1998}, {[]string{"genscher"}, "DE", 1974, 1992}, {[]string{"schroeder"}, "DE", 1998, 2005},
	{[]string{"merkel"}, "DE", 2005, 2021}, {[]string{"steinmeier"}, "DE", 2005, 0},
	{[]string{"mitterrand"}, "FR", 1981, 1995}, {[]string{"chirac"}, "FR", 1986, 2007}, {[]string{"sarkozy"}, "FR", 2007, 2012},
	{[]string{"hollande"}, "FR", 2012, 2017}, {[]string{"macron"}, "FR", 2017, 0}, {[]string{"fabius"}, "FR", 2012, 2016},
	{[]string{"renzi"}, "IT", 2014, 2016}, {[]string{"tsipras"}, "GR", 2015, 2019}, {[]string{"poroshenko"}, "UA", 2014, 2019},
	{[]string{"kuchma"}, "UA", 1994, 2005}, {[]string{"erdogan"}, "TR", 2003, 0}, {[]string{"davutoglu"}, "TR", 2009, 2016},
	{[]string{"ozal"}, "TR", 1983, 1993},
	// Middle East and Africa.
	{[]string{"rouhani"}, "IR", 2013, 2021}, {[]string{"zarif"}, "IR", 2013, 2021}, {[]string{"khamenei"}, "IR", 1981, 0},
	{[]string{"khomeini"}, "IR", 1979, 1989}, {[]string{"ahmadinejad"}, "IR", 2005, 2013}, {[]string{"velayati"}, "IR", 1981, 1997},
	{[]string{"rafsanjani"}, "IR", 1989, 1997},
	{[]string{"netanyahu"}, "IL", 1996, 0}, {[]string{"shamir"}, "IL", 1983, 1992}, {[]string{"rabin"}, "IL", 1992, 1995},
	{[]string{"peres"}, "IL", 1984, 2014},
	{[]string{"abbas"}, "PS", 2005, 0}, {[]string{"arafat"}, "PS", 1969, 2004},
	{[]string{"fahd"}, "SA", 1982, 2005}, {[]string{"king salman"}, "SA", 2015, 0}, {[]string{"jubeir"}, "SA", 2015, 2023},
	{[]string{"king abdullah"}, "SA", 2005, 2015}, {[]string{"king abdullah"}, "JO", 1999, 0}, {[]string{"king hussein"}, "JO", 1952, 1999},
	{[]string{"king hassan"}, "MA", 1961, 1999},
	{[]string{"mubarak"}, "EG", 1981, 2011}, {[]string{"sisi"}, "EG", 2014, 0},
	{[]string{"assad"}, "SY", 1971, 0}, {[]string{"saddam"}, "IQ", 1979, 2003},
	{[]string{"mandela"}, "ZA", 1994, 1999}, {[]string{"zuma"}, "ZA", 2009, 2018}, {[]string{"buhari"}, "NG", 2015, 2023},
	{[]string{"moi"}, "KE", 1978, 2002}, {[]string{"mugabe"}, "ZW", 1980, 2017},
	// Asia and the Americas.
	{[]string{"modi"}, "IN", 2014, 0}, {[]string{"musharraf"}, "PK", 1999, 2008}, {[]string{"karzai"}, "AF", 2001, 2014},
	{[]string{"duterte"}, "PH", 2016, 2022}, {[]string{"turnbull"}, "AU", 2015, 2018},
	{[]string{"castro"}, "CU", 1959, 2018}, {[]string{"chavez"}, "VE", 1999, 2013}, {[]string{"maduro"}, "VE", 2013, 0},
	{[]string{"rousseff"}, "BR", 2011, 2016}, {[]string{"lula"}, "BR", 2003, 2010}, {[]string{"sarney"}, "BR", 1985, 1990},
	{[]string{"macri"}, "AR", 2015, 2019}, {[]string{"alfonsin"}, "AR", 1983, 1989}, {[]string{"kirchner"}, "AR", 2003, 2015},
	{[]string{"trudeau"}, "CA", 1968, 0}, {[]string{"mulroney"}, "CA", 1984, 1993},
	// Finance, trade and foreign ministers and central bankers the wires name alone.
	{[]string{"lawson"}, "GB", 1983, 1989}, {[]string{"stoltenberg"}, "DE", 1982, 1989}, {[]string{"poehl"}, "DE", 1980, 1991},
	{[]string{"balladur"}, "FR", 1986, 1988}, {[]string{"yeutter"}, "US", 1985, 1989}, {[]string{"lyng"}, "US", 1986, 1989},
	{[]string{"baldrige"}, "US", 1981, 1987}, {[]string{"volcker"}, "US", 1979, 1987}, {[]string{"greenspan"}, "US", 1987, 2006},
	{[]string{"funaro"}, "BR", 1985, 1987}, {[]string{"kuranari"}, "JP", 1986, 1987}, {[]string{"miyazawa"}, "JP", 1986, 1993},
	{[]string{"delors"}, "EU", 1985, 1995}, {[]string{"andriessen"}, "EU", 1981, 1993},
	{[]string{"froman"}, "US", 2013, 2017}, {[]string{"pritzker"}, "US", 2013, 2017}, {[]string{"ayrault"}, "FR", 2012, 2017},
	{[]string{"swaraj"}, "IN", 2014, 2019}, {[]string{"ghani"}, "AF", 2014, 2021}, {[]string{"widodo", "jokowi"}, "ID", 2014, 2024},
	{[]string{"aquino"}, "PH", 1986, 2016}, {[]string{"temer"}, "BR", 2016, 2018}, {[]string{"rajoy"}, "ES", 2011, 2018},
	{[]string{"juncker"}, "EU", 2014, 2019}, {[]string{"mogherini"}, "EU", 2014, 2019}, {[]string{"lukashenko"}, "BY", 1994, 0},
	{[]string{"nazarbayev"}, "KZ", 1991, 2019}, {[]string{"najib"}, "MY", 2009, 2018}, {[]string{"mahathir"}, "MY", 1981, 2003}, {[]string{"mahathir"}, "MY", 2018, 2020},
	{[]string{"suharto"}, "ID", 1967, 1998}, {[]string{"gaddafi", "qaddafi", "kadhafi"}, "LY", 1969, 2011},
	{[]string{"museveni"}, "UG", 1986, 0}, {[]string{"kenyatta"}, "KE", 2013, 2022}, {[]string{"magufuli"}, "TZ", 2015, 2021},

	// Heads of state and government and foreign ministers of the 1970s to
	// the 2020s that agency copy names alone ("Jiang said", "Xi and Obama").
	// Korean and Taiwanese leaders go by their hyphenated given names, which
	// are unique; their family names (Kim, Lee, Park) are not.
	{[]string{"trump"}, "US", 2017, 0}, {[]string{"gore"}, "US", 1993, 2001}, {[]string{"nixon"}, "US", 1969, 1974},
	{[]string{"kissinger"}, "US", 1973, 1977}, {[]string{"haig"}, "US", 1981, 1982}, {[]string{"rumsfeld"}, "US", 2001, 2006},
	{[]string{"hagel"}, "US", 2013, 2015}, {[]string{"mattis"}, "US", 2017, 2018}, {[]string{"mnuchin"}, "US", 2017, 2021},
	{[]string{"lighthizer"}, "US", 2017, 2021},
	{[]string{"brezhnev"}, "SU", 1964, 1982}, {[]string{"andropov"}, "SU", 1982, 1984}, {[]string{"chernenko"}, "SU", 1984, 1985},
	{[]string{"gromyko"}, "SU", 1957, 1988}, {[]string{"chernomyrdin"}, "RU", 1992, 1998}, {[]string{"kasyanov"}, "RU", 2000, 2004},
	{[]string{"shoigu"}, "RU", 2012, 0}, {[]string{"peskov"}, "RU", 2012, 0},
	{[]string{"xi"}, "CN", 2012, 0}, {[]string{"hu"}, "CN", 2002, 2013}, {[]string{"wen"}, "CN", 2003, 2013},
	{[]string{"jiang"}, "CN", 1989, 2003}, {[]string{"qichen"}, "CN", 1988, 1998}, {[]string{"jiaxuan"}, "CN", 1998, 2003},
	{[]string{"zhaoxing"}, "CN", 2003, 2007}, {[]string{"jiechi"}, "CN", 2007, 2013},
	{[]string{"kaifu"}, "JP", 1989, 1991}, {[]string{"hosokawa"}, "JP", 1993, 1994}, {[]string{"murayama"}, "JP", 1994, 1996},
	{[]string{"hashimoto"}, "JP", 1996, 1998}, {[]string{"obuchi"}, "JP", 1998, 2000}, {[]string{"mori"}, "JP", 2000, 2001},
	{[]string{"fukuda"}, "JP", 2007, 2008}, {[]string{"aso"}, "JP", 2008, 2009}, {[]string{"hatoyama"}, "JP", 2009, 2010},
	{[]string{"noda"}, "JP", 2011, 2012}, {[]string{"suga"}, "JP", 2020, 2021},
	{[]string{"doo-hwan"}, "KR", 1980, 1988}, {[]string{"tae-woo"}, "KR", 1988, 1993}, {[]string{"young-sam"}, "KR", 1993, 1998},
	{[]string{"dae-jung"}, "KR", 1998, 2003}, {[]string{"moo-hyun"}, "KR", 2003, 2008}, {[]string{"myung-bak"}, "KR", 2008, 2013},
	{[]string{"jae-in"}, "KR", 2017, 2022}, {[]string{"suk-yeol"}, "KR", 2022, 0},
	{[]string{"il-sung"}, "KP", 1948, 1994}, {[]string{"jong-il"}, "KP", 1994, 2011}, {[]string{"jong-un"}, "KP", 2011, 0},
	{[]string{"ching-kuo"}, "TW", 1978, 1988}, {[]string{"teng-hui"}, "TW", 1988, 2000}, {[]string{"shui-bian"}, "TW", 2000, 2008},
	{[]string{"ying-jeou"}, "TW", 2008, 2016}, {[]string{"ing-wen"}, "TW", 2016, 2024},
	{[]string{"hurd"}, "GB", 1989, 1995}, {[]string{"rifkind"}, "GB", 1995, 1997},
	{[]string{"kinkel"}, "DE", 1992, 1998}, {[]string{"schaeuble", "schauble"}, "DE", 2009, 2017}, {[]string{"scholz"}, "DE", 2021, 0},
	{[]string{"jospin"}, "FR", 1997, 2002}, {[]string{"vedrine"}, "FR", 1997, 2002}, {[]string{"villepin"}, "FR", 2002, 2007},
	{[]string{"kouchner"}, "FR", 2007, 2010}, {[]string{"juppe"}, "FR", 1995, 1997},
	{[]string{"craxi"}, "IT", 1983, 1987}, {[]string{"andreotti"}, "IT", 1983, 1992}, {[]string{"berlusconi"}, "IT", 1994, 2011},
	{[]string{"prodi"}, "IT", 1996, 1998}, {[]string{"prodi"}, "EU", 1999, 2004}, {[]string{"prodi"}, "IT", 2006, 2008},
	{[]string{"gentiloni"}, "IT", 2014, 2018},
	{[]string{"aznar"}, "ES", 1996, 2004}, {[]string{"zapatero"}, "ES", 2004, 2011},
	{[]string{"papandreou"}, "GR", 1981, 1996}, {[]string{"papandreou"}, "GR", 2009, 2011}, {[]string{"simitis"}, "GR", 1996, 2004},
	{[]string{"karamanlis"}, "GR", 2004, 2009}, {[]string{"mitsotakis"}, "GR", 2019, 0},
	{[]string{"demirel"}, "TR", 1991, 2000}, {[]string{"ecevit"}, "TR", 1999, 2002}, {[]string{"gul"}, "TR", 2002, 2014},
	{[]string{"cavusoglu"}, "TR", 2014, 2023}, {[]string{"yildirim"}, "TR", 2016, 2018},
	{[]string{"jaruzelski"}, "PL", 1981, 1990}, {[]string{"walesa"}, "PL", 1990, 1995}, {[]string{"kwasniewski"}, "PL", 1995, 2005},
	{[]string{"tusk"}, "PL", 2007, 2014}, {[]string{"tusk"}, "EU", 2014, 2019},
	{[]string{"havel"}, "CZ", 1989, 2003}, {[]string{"orban"}, "HU", 2010, 0}, {[]string{"ceausescu"}, "RO", 1965, 1989},
	{[]string{"zhivkov"}, "BG", 1954, 1989}, {[]string{"honecker"}, "DD", 1971, 1989},
	{[]string{"milosevic"}, "YU", 1989, 2000}, {[]string{"tudjman"}, "HR", 1990, 1999}, {[]string{"izetbegovic"}, "BA", 1990, 2000},
	{[]string{"shevardnadze"}, "GE", 1992, 2003}, {[]string{"saakashvili"}, "GE", 2004, 2013}, {[]string{"aliyev"}, "AZ", 1993, 0},
	{[]string{"yushchenko"}, "UA", 2005, 2010}, {[]string{"yanukovych"}, "UA", 2010, 2014},
	{[]string{"zelensky", "zelenskiy", "zelenskyy"}, "UA", 2019, 0},
	{[]string{"santer"}, "EU", 1995, 1999}, {[]string{"barroso"}, "EU", 2004, 2014}, {[]string{"solana"}, "EU", 1999, 2009},
	{[]string{"barak"}, "IL", 1999, 2001}, {[]string{"sharon"}, "IL", 2001, 2006}, {[]string{"olmert"}, "IL", 2006, 2009},
	{[]string{"livni"}, "IL", 2006, 2009},
	{[]string{"khatami"}, "IR", 1997, 2005}, {[]string{"kharrazi"}, "IR", 1997, 2005}, {[]string{"mottaki"}, "IR", 2005, 2010},
	{[]string{"larijani"}, "IR", 2005, 2020}, {[]string{"raisi"}, "IR", 2021, 2024},
	{[]string{"sadat"}, "EG", 1970, 1981}, {[]string{"morsi", "mursi"}, "EG", 2012, 2013},
	{[]string{"hariri"}, "LB", 1992, 2020}, {[]string{"aoun"}, "LB", 2016, 2022},
	{[]string{"maliki"}, "IQ", 2006, 2014}, {[]string{"abadi"}, "IQ", 2014, 2018}, {[]string{"talabani"}, "IQ", 2005, 2014},
	{[]string{"erekat"}, "PS", 1995, 2020}, {[]string{"qaboos"}, "OM", 1970, 2020},
	{[]string{"mbeki"}, "ZA", 1999, 2008}, {[]string{"ramaphosa"}, "ZA", 2018, 0},
	{[]string{"babangida"}, "NG", 1985, 1993}, {[]string{"abacha"}, "NG", 1993, 1998}, {[]string{"obasanjo"}, "NG", 1999, 2007},
	{[]string{"kagame"}, "RW", 2000, 0}, {[]string{"mobutu"}, "CD", 1965, 1997}, {[]string{"kabila"}, "CD", 1997, 2019},
	{[]string{"bouteflika"}, "DZ", 1999, 2019}, {[]string{"meles", "zenawi"}, "ET", 1991, 2012}, {[]string{"kibaki"}, "KE", 2002, 2013},
	{[]string{"nyerere"}, "TZ", 1964, 1985}, {[]string{"kaunda"}, "ZM", 1964, 1991}, {[]string{"compaore"}, "BF", 1987, 2014},
	{[]string{"deby"}, "TD", 1990, 2021}, {[]string{"biya"}, "CM", 1982, 0}, {[]string{"kiir"}, "SS", 2011, 0},
	{[]string{"gandhi"}, "IN", 1966, 1989}, {[]string{"vajpayee"}, "IN", 1998, 2004}, {[]string{"manmohan", "manmohan singh"}, "IN", 2004, 2014},
	{[]string{"bhutto"}, "PK", 1988, 1996}, {[]string{"sharif"}, "PK", 1990, 1999}, {[]string{"sharif"}, "PK", 2013, 2017},
	{[]string{"zardari"}, "PK", 2008, 2013}, {[]string{"gilani"}, "PK", 2008, 2012}, {[]string{"hasina"}, "BD", 1996, 2024},
	{[]string{"rajapaksa"}, "LK", 2005, 2022},
	{[]string{"thaksin"}, "TH", 2001, 2006}, {[]string{"prayuth"}, "TH", 2014, 2023},
	{[]string{"marcos"}, "PH", 1965, 1986}, {[]string{"estrada"}, "PH", 1998, 2001}, {[]string{"arroyo"}, "PH", 2001, 2010},
	{[]string{"habibie"}, "ID", 1998, 1999}, {[]string{"wahid"}, "ID", 1999, 2001}, {[]string{"megawati"}, "ID", 2001, 2004},
	{[]string{"yudhoyono"}, "ID", 2004, 2014}, {[]string{"goh"}, "SG", 1990, 2004}, {[]string{"sihanouk"}, "KH", 1941, 2004},
	{[]string{"fujimori"}, "PE", 1990, 2000}, {[]string{"salinas"}, "MX", 1988, 1994}, {[]string{"zedillo"}, "MX", 1994, 2000},
	{[]string{"calderon"}, "MX", 2006, 2012}, {[]string{"nieto"}, "MX", 2012, 2018}, {[]string{"obrador"}, "MX", 2018, 2024},
	{[]string{"cardoso"}, "BR", 1995, 2002}, {[]string{"bolsonaro"}, "BR", 2019, 2022}, {[]string{"menem"}, "AR", 1989, 1999},
	{[]string{"uribe"}, "CO", 2002, 2010}, {[]string{"pinochet"}, "CL", 1973, 1990}, {[]string{"bachelet"}, "CL", 2006, 2018},
	{[]string{"noriega"}, "PA", 1983, 1989}, {[]string{"correa"}, "EC", 2007, 2017}, {[]string{"ortega"}, "NI", 1985, 1990},
	{[]string{"ortega"}, "NI", 2007, 0}, {[]string{"aristide"}, "HT", 1991, 2004}, {[]string{"chretien"}, "CA", 1993, 2003},
	{[]string{"hawke"}, "AU", 1983, 1991}, {[]string{"keating"}, "AU", 1991, 1996}, {[]string{"downer"}, "AU", 1996, 2007},
	{[]string{"rudd"}, "AU", 2007, 2013}, {[]string{"gillard"}, "AU", 2010, 2013}, {[]string{"ardern"}, "NZ", 2017, 2023},

	// Cabinet ministers and envoys of the same decades that the wires name
	// alone after a first full mention.
	{[]string{"straw"}, "GB", 1997, 2007}, {[]string{"miliband"}, "GB", 2007, 2010}, {[]string{"moratinos"}, "ES", 2004, 2010},
	{[]string{"dumas"}, "FR", 1984, 1993}, {[]string{"raimond"}, "FR", 1986, 1988}, {[]string{"westerwelle"}, "DE", 2009, 2013},
	{[]string{"barnier"}, "EU", 2016, 2021}, {[]string{"arens"}, "IL", 1983, 1992},
	{[]string{"tamura"}, "JP", 1986, 1988}, {[]string{"komura"}, "JP", 1998, 2008}, {[]string{"machimura"}, "JP", 2004, 2008},
	{[]string{"okada"}, "JP", 2009, 2010}, {[]string{"kono"}, "JP", 1994, 2001}, {[]string{"kono"}, "JP", 2017, 2021},
	{[]string{"zoellick"}, "US", 2001, 2006}, {[]string{"barshefsky"}, "US", 1996, 2001}, {[]string{"holbrooke"}, "US", 1993, 2010},
	{[]string{"paulson"}, "US", 2006, 2009}, {[]string{"geithner"}, "US", 2009, 2013},

	// Office-holders whose surnames are common words or names: by full name.
	{[]string{"james baker"}, "US", 1981, 1992}, {[]string{"nicholas brady"}, "US", 1988, 1993},
	{[]string{"jimmy carter"}, "US", 1977, 1981}, {[]string{"ash carter", "ashton carter"}, "US", 2011, 2017},
	{[]string{"condoleezza rice"}, "US", 2001, 2009}, {[]string{"susan rice"}, "US", 2009, 2017},
	{[]string{"jack lew", "jacob lew"}, "US", 2011, 2017}, {[]string{"mike pence"}, "US", 2017, 2021},
	{[]string{"john snow"}, "US", 2003, 2006}, {[]string{"robert rubin"}, "US", 1993, 1999},
	{[]string{"lawrence summers", "larry summers"}, "US", 1999, 2001}, {[]string{"william perry"}, "US", 1994, 1997},
	{[]string{"robert gates"}, "US", 2006, 2011}, {[]string{"janet yellen"}, "US", 2014, 2025},
	{[]string{"lloyd austin"}, "US", 2021, 2025}, {[]string{"wilbur ross"}, "US", 2017, 2021},
	{[]string{"gordon brown"}, "GB", 1997, 2010}, {[]string{"john major"}, "GB", 1989, 1997},
	{[]string{"robin cook"}, "GB", 1997, 2001}, {[]string{"geoffrey howe"}, "GB", 1979, 1990},
	{[]string{"kenneth clarke"}, "GB", 1993, 1997}, {[]string{"boris johnson"}, "GB", 2016, 2022},
	{[]string{"philip hammond"}, "GB", 2014, 2019}, {[]string{"jeremy hunt"}, "GB", 2018, 2024},
	{[]string{"william hague"}, "GB", 2010, 2014}, {[]string{"margaret beckett"}, "GB", 2006, 2007},
	{[]string{"geoff hoon"}, "GB", 1999, 2006}, {[]string{"john prescott"}, "GB", 1997, 2007},
	{[]string{"john howard"}, "AU", 1996, 2007},
	{[]string{"li peng"}, "CN", 1987, 1998}, {[]string{"wang yi"}, "CN", 2013, 0}, {[]string{"hun sen"}, "KH", 1985, 2023},
	{[]string{"joschka fischer"}, "DE", 1998, 2005}, {[]string{"sigmar gabriel"}, "DE", 2013, 2018},
	{[]string{"igor ivanov"}, "RU", 1998, 2004}, {[]string{"sergei ivanov"}, "RU", 2001, 2016},
	{[]string{"avigdor lieberman"}, "IL", 2006, 2018}, {[]string{"silvan shalom"}, "IL", 2003, 2006},
	// Heads of state and government and foreign ministers of 2015-2025
	// that today's web news names without their country, as outlets at home
	// write them ("External Affairs Minister S Jaishankar", "President
	// Tokayev"). Common surnames go by full name.
	{[]string{"jaishankar"}, "IN", 2019, 0}, {[]string{"sitharaman"}, "IN", 2019, 0}, {[]string{"rajnath"}, "IN", 2014, 0},
	{[]string{"doval"}, "IN", 2014, 0}, {[]string{"mahmood qureshi"}, "PK", 2018, 2022}, {[]string{"imran khan"}, "PK", 2018, 2022},
	{[]string{"bilawal"}, "PK", 2022, 2023}, {[]string{"shehbaz", "shahbaz"}, "PK", 2022, 0}, {[]string{"sharif"}, "PK", 2022, 0},
	{[]string{"ishaq dar"}, "PK", 2024, 0}, {[]string{"muizzu"}, "MV", 2023, 0}, {[]string{"solih"}, "MV", 2018, 2023},
	{[]string{"yameen"}, "MV", 2013, 2018}, {[]string{"wickremesinghe"}, "LK", 2015, 2024}, {[]string{"sirisena"}, "LK", 2015, 2019},
	{[]string{"prachanda"}, "NP", 2008, 2024}, {[]string{"deuba"}, "NP", 1995, 2022},
	{[]string{"tokayev"}, "KZ", 2019, 0}, {[]string{"mirziyoyev"}, "UZ", 2016, 0}, {[]string{"japarov"}, "KG", 2020, 0},
	{[]string{"atambayev"}, "KG", 2011, 2017}, {[]string{"jeenbekov"}, "KG", 2017, 2020}, {[]string{"rahmon"}, "TJ", 1992, 0},
	{[]string{"berdimuhamedov"}, "TM", 2007, 0},
	{[]string{"lamamra"}, "DZ", 2013, 2023}, {[]string{"tebboune"}, "DZ", 2019, 0}, {[]string{"bourita"}, "MA", 2017, 0},
	{[]string{"lapid"}, "IL", 2021, 2022}, {[]string{"araghchi"}, "IR", 2024, 0}, {[]string{"pezeshkian"}, "IR", 2024, 0},
	{[]string{"amir-abdollahian", "abdollahian"}, "IR", 2021, 2024}, {[]string{"safadi"}, "JO", 2017, 0},
	{[]string{"shoukry"}, "EG", 2014, 2023}, {[]string{"fidan"}, "TR", 2023, 0}, {[]string{"kadhimi"}, "IQ", 2020, 2022},
	{[]string{"mikati"}, "LB", 2021, 2025},
	{[]string{"abiy"}, "ET", 2018, 0}, {[]string{"ruto"}, "KE", 2013, 0}, {[]string{"tinubu"}, "NG", 2023, 0},
	{[]string{"akufo-addo"}, "GH", 2017, 2025}, {[]string{"lourenco", "lourenço"}, "AO", 2017, 0},
	{[]string{"tshisekedi"}, "CD", 2019, 0}, {[]string{"mnangagwa"}, "ZW", 2017, 0}, {[]string{"hichilema"}, "ZM", 2021, 0},
	{[]string{"ouattara"}, "CI", 2010, 0}, {[]string{"macky sall"}, "SN", 2012, 2024}, {[]string{"hamdok"}, "SD", 2019, 2022},
	{[]string{"farmaajo"}, "SO", 2017, 2022}, {[]string{"suluhu"}, "TZ", 2021, 0},
	{[]string{"luxon"}, "NZ", 2023, 0}, {[]string{"albanese"}, "AU", 2022, 0}, {[]string{"scott morrison"}, "AU", 2018, 2022},
	{[]string{"ishiba"}, "JP", 2024, 0}, {[]string{"motegi"}, "JP", 2019, 2021}, {[]string{"kamikawa"}, "JP", 2023, 2024},
	{[]string{"prabowo"}, "ID", 2024, 0}, {[]string{"marsudi"}, "ID", 2014, 2024}, {[]string{"anwar ibrahim"}, "MY", 2022, 0},
	{[]string{"muhyiddin"}, "MY", 2020, 2021}, {[]string{"prayut"}, "TH", 2014, 2023}, {[]string{"srettha"}, "TH", 2023, 2024},
	{[]string{"paetongtarn"}, "TH", 2024, 0}, {[]string{"hun manet"}, "KH", 2023, 0}, {[]string{"marcos"}, "PH", 2022, 0},
	{[]string{"hsien loong"}, "SG", 2004, 2024}, {[]string{"ching-te"}, "TW", 2024, 0},
	{[]string{"sunak"}, "GB", 2022, 2024}, {[]string{"starmer"}, "GB", 2024, 0}, {[]string{"liz truss"}, "GB", 2021, 2022},
	{[]string{"lammy"}, "GB", 2024, 0}, {[]string{"james cleverly"}, "GB", 2022, 2024}, {[]string{"raab"}, "GB", 2019, 2021},
	{[]string{"meloni"}, "IT", 2022, 0}, {[]string{"draghi"}, "IT", 2021, 2022},
	{[]string{"tajani"}, "IT", 2022, 0}, {[]string{"albares"}, "ES", 2021, 0}, {[]string{"baerbock"}, "DE", 2021, 2025},
	{[]string{"merz"}, "DE", 2025, 0}, {[]string{"le drian"}, "FR", 2017, 2022}, {[]string{"rutte"}, "NL", 2010, 2024},
	{[]string{"von der leyen"}, "EU", 2019, 0}, {[]string{"borrell"}, "EU", 2019, 2024}, {[]string{"duda"}, "PL", 2015, 2025},
	{[]string{"morawiecki"}, "PL", 2017, 2023}, {[]string{"sikorski"}, "PL", 2023, 0}, {[]string{"vucic"}, "RS", 2014, 0},
	{[]string{"pashinyan"}, "AM", 2018, 0}, {[]string{"kuleba"}, "UA", 2020, 2024}, {[]string{"sybiha"}, "UA", 2024, 0},
	{[]string{"shmyhal"}, "UA", 2020, 2025},
	{[]string{"sheinbaum"}, "MX", 2024, 0}, {[]string{"ebrard"}, "MX", 2018, 2023}, {[]string{"bukele"}, "SV", 2019, 0},
	{[]string{"duque"}, "CO", 2018, 2022}, {[]string{"boric"}, "CL", 2022, 0}, {[]string{"milei"}, "AR", 2023, 0},
	{[]string{"diaz-canel", "díaz-canel"}, "CU", 2018, 0}, {[]string{"lula"}, "BR", 2023, 0}, {[]string{"joly"}, "CA", 2021, 0},
	{[]string{"freeland"}, "CA", 2017, 2024},
	// The Holy See: the pope is its head of state, named after the title
	// ("Pope Francis", "Pope John Paul II"; not the Coptic "Pope Shenouda").
	{[]string{"pope john paul"}, "VA", 1978, 2005}, {[]string{"pope benedict"}, "VA", 2005, 2013},
	{[]string{"pope francis"}, "VA", 2013, 2025}, {[]string{"pope leo"}, "VA", 2025, 0},
}

// leaderIdx maps a name to the leaders that carry it.
var leaderIdx = func() map[string][]int {
	m := map[string][]int{}
	for i, l := range leaders {
		for _, n := range l.names {
			m[n] = append(m[n], i)
		}
	}
	return m
}()

// leaderGiven are the given names of the listed leaders whose surnames
// other people share ("Gen. Ramezan Sharif" is no Pakistani leader, "Abbas
// Araghchi" no Palestinian one): after another capitalised name, the
// surname is someone else's.
var leaderGiven = map[string][]string{
	"sharif": {"nawaz", "shahbaz"}, "abbas": {"mahmoud"}, "assad": {"bashar", "hafez"}, "castro": {"fidel", "raul", "raúl"},
	"bush": {"george"}, "clinton": {"bill", "hillary"}, "peres": {"shimon"}, "gul": {"abdullah"}, "abe": {"shinzo"},
	"moi": {"daniel"}, "powell": {"colin"}, "kerry": {"john"}, "biden": {"joe", "joseph"}, "mori": {"yoshiro"},
	"aso": {"taro"}, "noda": {"yoshihiko"}, "modi": {"narendra"}, "zuma": {"jacob"}, "trudeau": {"pierre", "justin"},
	"kenyatta": {"uhuru", "jomo"}, "aquino": {"corazon", "corazón", "benigno"}, "papandreou": {"andreas", "george"},
	"fukuda": {"yasuo"}, "hashimoto": {"ryutaro"}, "suga": {"yoshihide"}, "mubarak": {"hosni"}, "ghani": {"ashraf"},
	"najib": {"razak"}, "lawson": {"nigel"}, "cameron": {"david"}, "blair": {"tony"}, "brown": {"gordon"},
}

// LeaderGivenNames returns the given names (lower case) of the listed
// leaders with surname name, or nil when the table keeps none.
func LeaderGivenNames(name string) []string { return leaderGiven[strings.ToLower(name)] }

// Leader returns the country of a national leader named by name (a
// surname as news writes it alone: "Obama", "Gorbachev"; or a lower-case
// full name, "gordon brown") in office during year, or "" when no listed
// leader fits or two states' leaders of that name do ("King Abdullah" in
// 2010). With year 0 (a text without a date, such as the BBC news
// dataset's) a name all of whose holders served one state gives that state
// ("Blair", "Putin"), and a name shared by states over the years ("Prodi":
// Italy, then the EU) gives "".
func Leader(name string, year int) string {
	if year == 0 {
		code := ""
		for _, i := range leaderIdx[strings.ToLower(name)] {
			if code != "" && leaders[i].code != code {
				return ""
			}
			code = leaders[i].code
		}
		return code
	}
	code := ""
	for _, i := range leaderIdx[strings.ToLower(name)] {
		l := leaders[i]
		if year >= l.from && (l.to == 0 || year <= l.to) {
			if code != "" && code != l.code {
				return "" // two kings Abdullah reigned in 2005-2015
			}
			code = l.code
		}
	}
	return code
}
