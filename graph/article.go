package graph

// Article is one news article that facts were extracted from.
type Article struct {
	Key         string `json:"key"` // content hash of the cleaned text: the same story loaded twice is one Article
	URL         string `json:"url,omitempty"`
	Title       string `json:"title"`
	Source      string `json:"source,omitempty"` // outlet, e.g. "Xinhua"
	Published   Date   `json:"published"`        // zero when unknown
	ContentHash string `json:"contentHash"`
}

// Evidence ties a fact to the article sentence that supports it. Start and
// End are character (rune) offsets of the sentence in the article's cleaned
// text.
type Evidence struct {
	ArticleKey string `json:"articleKey"`
	Sentence   string `json:"sentence"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
}
