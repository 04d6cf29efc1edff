package loader

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestURLDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html", "2017-01-13"},
		{"http://www.washingtonpost.com/world/gunmen-storm-museum/2015/03/18/00202e76-cd73_story.html", "2015-03-18"},
		{"http://news.xinhuanet.com/english/2016-02/25/c_135131225.htm", "2016-02-25"},
		{"http://hosted2.ap.org/APDEFAULT/cae69a75/Article_2015-03-18-ML--Tunisia/id-65", ""}, // not a path segment of its own
		{"https://example.com/news/2015-03-18-tunisia-attack", "2015-03-18"},
		{"https://arstechnica.com/information-technology/2015/04/minecraft-exploit/", "2015-04"},
		{"//siliconexposed.blogspot.com/2016/05/open-verilog.html", "2016-05"},
		{"https://example.com/2016/", ""},            // a year alone is an archive, not a date
		{"https://example.com/2015/13/01/story", ""}, // no month 13
		{"https://example.com/2015/02/30/story", ""}, // no February 30
		{"https://example.com/story?date=/2015/02/03/", ""},
		{"https://2015.example.com/story", ""},
		{"https://example.com/items/120150203/x", ""},
		{"https://twocircles.net/2007jun07/china-costa-rica-establish-diplomatic-ties.html", "2007-06-07"},
		{"http://www.sandiegouniontribune.com/sdut-russia-norway-ok-barents-sea-border-2010sep15-story.html", "2010-09-15"},
		{"http://www.b92.net/eng/news/politics-article.php?yyyy=2010&mm=11&dd=24&nav_id=71077", "2010-11-24"},
		{"https://example.com/2010sep31-story", ""},             // no September 31
		{"https://example.com/story?yyyy=2010&mm=13&dd=24", ""}, // no month 13
		{"https://www.latimes.com/archives/la-xpm-1986-03-24-mn-70-story.html", "1986-03-24"},
		{"https://www.latimes.com/world/la-fg-south-korea-leader-visit-20170516-story.html", "2017-05-16"},
		{"https://www.reuters.com/article/us-iran-eu-sanctions/eu-names-iranians-idUSBRE82N0EH20120324", "2012-03-24"},
		{"http://www.pressreader.com/philippines/manila-bulletin/20180502/281655370693819", "2018-05-02"},
		{"https://edition.cnn.com/2001/WORLD/asiapcf/south/07/15/agra.summit/", "2001-07-15"},
		{"https://example.com/a/12019120512/b", ""},           // eight digits inside a longer number
		{"https://example.com/product/20191332/", ""},         // no month 13
		{"https://example.com/2001/WORLD/a/b/c/d/07/15/", ""}, // the month and day too far from the year
		{"", ""},
	}
	for _, tt := range tests {
		d, ok := URLDate(tt.in)
		if d.String() != tt.want || ok != (tt.want != "") {
			t.Errorf("URLDate(%q): got %q %v, want %q", tt.in, d, ok, tt.want)
		}
	}
}

// TestPageDate reads the publication date of pages that give it in each
// of the ways real news sites do, strongest source first.
func TestPageDate(t *testing.T) {
	body := "<article><p>" + strings.Repeat("The ministers met in Havana to talk about trade and travel. ", 8) + "</p></article>"
	tests := []struct{ name, url, head, top, want string }{
		{"meta property and itemprop (NYT)", "", `<meta property="article:published" itemprop="datePublished" content="2016-07-29T16:42:34-04:00">`, "", "2016-07-29"},
		{"meta pdate", "", `<meta name="pdate" content="20190806">`, "", "2019-08-06"},
		{"meta date(1) format", "", `<meta name="article:publicationdate" content="Fri Mar 13 21:30:09 EST 2015"/>`, "", "2015-03-13"},
		{"time pubdate", "", "", `<time pubdate datetime="2014-05-02T10:00">May 2</time>`, "2014-05-02"},
		{"itemprop on a time element", "", "", `<time datetime="2015-05-04T13:36:31+02:00" itemprop="datePublished">4 mai</time>`, "2015-05-04"},
		{"itemprop text", "", "", `<span itemprop="datePublished">March 3, 2016</span>`, "2016-03-03"},
		{"URL date", "https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html", "", "", "2017-01-13"},
		{"canonical URL date", "http://localhost:8080/page", `<link rel="canonical" href="https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html">`, "", "2017-01-13"},
		{"first time element", "", "", `<div><time data-always-show="true" datetime="2016-11-15T07:00:00.000Z">Nov 15</time></div>`, "2016-11-15"},
		{"date class title", "", "", `<li class="date-and-time last" title="2015-03-13T21:00:00+11:00"><span>9:00PM</span></li>`, "2015-03-13"},
		{"date class text", "", "", `<span class="buzz_datetime">posted on  April 21, 2015, at 11:29 a.m.</span>`, "2015-04-21"},
		{"date class with a weekday", "", "", `<span class="dateline"><span class="toLocalTime">Sunday, Feb 1, 2015 11:57 AM UTC</span></span>`, "2015-02-01"},
		{"date class without a year", "", "", `<span class="pb-timestamp">March 18 at 3:57 PM</span>`, ""},
		{"meta beats the URL", "https://example.com/2001/01/01/story", `<meta property="article:published_time" content="2016-02-25">`, "", "2016-02-25"},
		{"URL beats a time element", "https://example.com/2017/01/13/story", "", `<time datetime="2012-02-07">old</time>`, "2017-01-13"},
		{"itemprop beats the URL", "https://example.com/2001/01/01/story", "", `<span itemprop="datePublished" content="2016-02-25"></span>`, "2016-02-25"},
		{"no date", "", "", `<span class="timeline">three days</span>`, ""},
		{"a correction's day", "", "", `<span class="last-updated">Updated March 3, 2016</span>`, ""},
		{"a long element", "", "", `<div class="date-wrapper"><p>` + strings.Repeat("words ", 30) + `</p><span class="date">March 3, 2016</span></div>`, "2016-03-03"},
	}
	for _, tt := range tests {
		page := "<html><head><title>Talks</title>" + tt.head + "</head><body>" + tt.top + body + "</body></html>"
		d := parseHTML("p.html", tt.url, page)
		if got := d.Published.String(); got != tt.want {
			t.Errorf("%s: got published %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestRealPagesDated reads the publication date of real news pages of
// many outlets: the test pages that ship with the Readability module
// (they stay in the module cache, not in this repository). Each date was
// checked by hand against the page.
func TestRealPagesDated(t *testing.T) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "codeberg.org/readeck/go-readability/v2").Output()
	dir := filepath.Join(strings.TrimSpace(string(out)), "test-pages")
	if _, serr := os.Stat(dir); err != nil || serr != nil {
		t.Skipf("the Readability module's test pages are not in the module cache (%v)", err)
	}
	want := map[string]string{
		"bbc-1": "2015-07-24", "cnn": "2016-02-01", "guardian-1": "2019-01-03", "telegraph": "2017-11-16",
		"nytimes-1": "2017-01-13", "nytimes-2": "2016-07-29", "nytimes-3": "2019-02-21", "nytimes-4": "2018-09-25",
		"wapo-1": "2015-03-18", "wapo-2": "2015-03-18", "herald-sun-1": "2015-03-13", "salon-1": "2015-02-01",
		"buzzfeed-1": "2015-04-21", "msn": "2016-11-15", "lemonde-1": "2015-05-04", "seattletimes-1": "2019-04-28",
		"yahoo-3": "2015-03-12", "folha": "2018-12-21", "cnet": "2017-01-18", "medicalnewstoday": "2017-07-27",
		"breitbart": "2016-12-22", "liberation-1": "2015-04-30",
	}
	r := Reader{}
	for name, date := range want {
		data, err := os.ReadFile(filepath.Join(dir, name, "source.html"))
		if err != nil {
			t.Fatal(err)
		}
		docs, err := r.Parse(name+".html", data)
		if err != nil || len(docs) != 1 {
			t.Errorf("%s: got %d documents, error %v", name, len(docs), err)
			continue
		}
		if got := docs[0].Published.String(); got != date {
			t.Errorf("%s: got published %q, want %q", name, got, date)
		}
	}
}
