#!/usr/bin/env python3
"""page.py turns one excerpt of the library's stored web pages into an article of a gold set.

Usage: python3 testdata/eval/page.py SETDIR ID URL QUERY EXCERPT_FILE

EXCERPT_FILE holds the excerpt exactly as the search answered it. A leading " date YYYY-MM-DD"
line (the store's date of the page) becomes the JSON line's "published"; the rest is its "text".
The article is written as SETDIR/articles/ID.jsonl (one JSON line: url, published when known,
text), the form analysts feed scraped pages in, and the gold file's "source" block and
"published" value are printed as JSON. Standard library only.
"""
import hashlib
import json
import os
import re
import sys


def build(url, excerpt):
    """The JSON line for an excerpt, and its publication date (None when the store gives none)."""
    published = None
    m = re.match(r"\s*date (\d{4}-\d{2}-\d{2})\s*", excerpt)
    if m:
        published, excerpt = m.group(1), excerpt[m.end():]
    rec = {"url": url}
    if published:
        rec["published"] = published
    rec["text"] = excerpt.strip()
    return json.dumps(rec, ensure_ascii=False) + "\n", published


def main(argv):
    if len(argv) != 5:
        print(__doc__.strip().splitlines()[2])
        return 2
    setdir, ident, url, query, src = argv
    with open(src, encoding="utf-8") as f:
        line, published = build(url, f.read())
    data = line.encode("utf-8")
    os.makedirs(os.path.join(setdir, "articles"), exist_ok=True)
    with open(os.path.join(setdir, "articles", ident + ".jsonl"), "wb") as f:
        f.write(data)
    source = {"url": url, "query": query, "encoding": "utf-8", "chars": len(line), "bytes": len(data),
              "sha256": hashlib.sha256(data).hexdigest(), "cache": "articles/" + ident + ".jsonl"}
    print(json.dumps({"source": source, "published": published}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
