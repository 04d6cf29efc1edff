package when

// Exported for the external tests (package when_test), which import the
// evaluator's gold loader; the evaluator imports this package, so those
// tests cannot live in package when.
var (
	Render    = render
	CorpusDir = corpusDir
)
