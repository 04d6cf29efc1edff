package when_test

import (
	"fmt"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/loader/extract/when"
)

func ExampleFind() {
	text := "Cuban and U.S. delegations met in Havana this week, the ministry announced Wednesday. " +
		"The Feb. 22-23 meeting followed the restoring of relations on July 20, 2015."
	for _, m := range when.Find(text, when.Options{Anchor: graph.Day(2016, 2, 25)}) {
		fmt.Printf("%d-%d %q %s\n", m.Start, m.End, m.Text, m.Value)
	}
	// Output:
	// 41-50 "this week" 2016-02-22/2016-02-28
	// 75-84 "Wednesday" 2016-02-24
	// 90-100 "Feb. 22-23" 2016-02-22/2016-02-23
	// 148-161 "July 20, 2015" 2015-07-20
}

func ExampleResolve() {
	anchor := graph.Day(2016, 2, 16) // a Tuesday
	m := when.Find("more talks would take place on Wednesday", when.Options{Anchor: anchor})[0]
	fmt.Println(m.Value, when.Resolve(m, anchor, when.TenseFuture))
	// Output: 2016-02-10 2016-02-17
}
