package gazetteer

import "strings"

// leader is one holder of a national office that news names without the
// country: heads of state and government and foreign ministers.
type leader struct {
	names    []string // lower-case surnames or given names as news writes them alone
	code     string
	from, to int // years in office (to 0: still in office at the table's date)
}

// leaders is curated from public office-holder lists, for the offices and
// years the news corpora cover (1980s wires to the 2020s). Only names that
// are not common words or common surnames elsewhere are listed: "Major",
// "Baker", "Brown" and "Li" are left out.
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
	{[]string{"geun-hye"}, "KR", 2013, 2017},
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
	{[]string{"fahd"}, "SA", 1982, 2005}, {[]string{"jubeir"}, "SA", 2015, 2023},
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
	{[]string{"nazarbayev"}, "KZ", 1991, 2019}, {[]string{"najib"}, "MY", 2009, 2018}, {[]string{"mahathir"}, "MY", 1981, 2020},
	{[]string{"suharto"}, "ID", 1967, 1998}, {[]string{"gaddafi", "qaddafi", "kadhafi"}, "LY", 1969, 2011},
	{[]string{"museveni"}, "UG", 1986, 0}, {[]string{"kenyatta"}, "KE", 2013, 2022}, {[]string{"magufuli"}, "TZ", 2015, 2021},
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

// Leader returns the country of a national leader named by name (a
// surname as news writes it alone: "Obama", "Gorbachev") in office during
// year, or "" when no listed leader fits. Year 0 (publication unknown)
// finds nothing: office-holders change, and the extractor never guesses.
func Leader(name string, year int) string {
	if year == 0 {
		return ""
	}
	for _, i := range leaderIdx[strings.ToLower(name)] {
		l := leaders[i]
		if year >= l.from && (l.to == 0 || year <= l.to) {
			return l.code
		}
	}
	return ""
}
