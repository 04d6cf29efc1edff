package extract

// Options tune the extractor.
type Options struct {
	// DayFirst reads numeric dates as day/month/year (European convention).
	DayFirst bool
}

// Extract finds the facts of one article.
func Extract(in Input, opt Options) Result {
	r := Result{Article: ArticleInfo{Title: in.Title, Source: in.Source, Published: in.Published}}
	if in.URL != "" {
		u := in.URL
		r.Article.URL = &u
	}
	// TODO(extract): sentences, mentions, events.
	r.Countries, r.Agencies, r.Events, r.Dates = []Country{}, []Agency{}, []Event{}, []Date{}
	return r
}
