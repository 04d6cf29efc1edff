package loader

import (
	"strings"
	"testing"
)

// TestPageTitleAndSource: a page's outlet and its title without the site's
// name, as real pages give them.
func TestPageTitleAndSource(t *testing.T) {
	body := "<article><p>" + strings.Repeat("The ministers met in Havana to talk about trade and travel. ", 8) + "</p></article>"
	tests := []struct{ name, url, head, title, source string }{
		{"application-name is the title (MSN)", "http://www.businessinsider.com/super-mario-run",
			`<title>Mario will launch in December</title><meta name="application-name" content="Mario will launch in December"><meta property="og:site_name" content="MSN">`,
			"Mario will launch in December", "MSN"},
		{"application-name alone", "", `<title>Talks</title><meta name="application-name" content="Ars Technica">`, "Talks", "Ars Technica"},
		{"site name is a URL (TMZ)", "", `<title>Dress stolen</title><meta property="og:site_name" content="http://www.tmz.com">`, "Dress stolen", "tmz.com"},
		{"site name with a byline", "", `<title>Raspberry Pi 3</title><meta property="og:site_name" content="SIMPLYFOUND.COM | BY: JOE WEE">`, "Raspberry Pi 3", "SIMPLYFOUND.COM"},
		{"title ends with the site name", "", `<title>How to Build a Terrarium | eHow</title><meta property="og:site_name" content="eHow">`, "How to Build a Terrarium", "eHow"},
		{"title ends with the site's .com name", "", `<title>Friday Facts - 0.17 in sight | Factorio</title><meta property="og:site_name" content="Factorio.com">`, "Friday Facts - 0.17 in sight", "Factorio.com"},
		{"title ends with the host's name", "https://en.wikipedia.org/wiki/Mozilla", `<title>Mozilla - Wikipedia</title>`, "Mozilla", "Wikipedia"},
		{"known outlet in the title", "", `<title>Cuba, U.S. hold talks - Reuters</title>`, "Cuba, U.S. hold talks", "Reuters"},
		{"the host as a last resort", "http://www.salon.com/2015/02/01/the_sharing_economy/", `<title>The sharing economy is a lie</title>`, "The sharing economy is a lie", "salon.com"},
		{"a dash in the title stays", "http://example.org/a", `<title>Lorem ipsum – My website</title>`, "Lorem ipsum – My website", "example.org"},
	}
	for _, tt := range tests {
		page := "<html><head>" + tt.head + "</head><body>" + body + "</body></html>"
		d := parseHTML("p.html", tt.url, page)
		if d.Title != tt.title || d.Source != tt.source {
			t.Errorf("%s: got title %q, source %q; want %q, %q", tt.name, d.Title, d.Source, tt.title, tt.source)
		}
	}
}

func TestPostTitleTakesItsOutlet(t *testing.T) {
	post := "---\npost_title: 'Golden Globes: 5 Things &#8211; Hollywood Reporter'\npost_date: 2016-01-11 21:47:31\n" +
		"original_link:\n  - 'http://news.google.com/news/url?sa=t&#038;url=http://www.hollywoodreporter.com/race/golden-globes-854655'\n---\n" +
		"<p>With the presence of both film and TV stars, there is no night in Hollywood quite like Golden Globes night.</p>\n"
	docs, err := (&Reader{}).Parse("post.md", []byte(post))
	if err != nil || len(docs) != 1 {
		t.Fatalf("got %d documents, error %v", len(docs), err)
	}
	if d := docs[0]; d.Title != "Golden Globes: 5 Things" || d.Source != "Hollywood Reporter" {
		t.Errorf("got title %q, source %q; want %q, %q", d.Title, d.Source, "Golden Globes: 5 Things", "Hollywood Reporter")
	}
}
