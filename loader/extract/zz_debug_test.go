package extract

import (
	"fmt"
	"os"
	"testing"

	"github.com/entente-dev/entente/graph"
)

// TestDebugCands prints the candidates before merging (temporary).
func TestDebugCands(t *testing.T) {
	p := os.Getenv("DEBUG_TEXT")
	if p == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(p)
	pub, _ := graph.ParseDate(os.Getenv("DEBUG_PUB"))
	a := analyse(Input{Text: string(b), Published: pub}, Options{})
	for _, c := range a.events() {
		fmt.Printf("%s %v %v ord=%v inf=%v %s %s | %.120s\n", c.ev.Kind, c.ev.Participants, c.span, c.ordered, c.inferred, c.ev.Status, c.ev.Mode, a.text[c.evidStart:c.evidEnd])
	}
	fmt.Println("pair", a.pair, a.pairStrong, a.multi, a.hub)
}
