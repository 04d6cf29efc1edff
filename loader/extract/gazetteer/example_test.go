package gazetteer_test

import (
	"fmt"

	"github.com/entente-dev/entente/loader/extract/gazetteer"
)

func Example() {
	text := "The Cuban delegation met officials of the U.S. State Department in Havana."
	countries := gazetteer.FindCountries(text)
	for _, m := range countries {
		fmt.Println(m.Code, m.Text, m.How)
	}
	for _, a := range gazetteer.FindAgencies(text, countries, "") {
		fmt.Println(a.Country, a.Name)
	}
	c, _ := gazetteer.Lookup("u.s.a.")
	fmt.Println(c.Code, c.Name)
	fmt.Println(gazetteer.Canonical("foreign affairs ministry"))
	// Output:
	// CU Cuban demonym
	// US U.S. name
	// CU Havana capital
	// US Department of State
	// US United States
	// Ministry of Foreign Affairs
}
