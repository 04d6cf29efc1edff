#!/usr/bin/env python3
"""check.py validates gold files in the shared corpus schema (standard library only).

Usage: python3 testdata/eval/check.py [--corpus DIR] [GOLD.json|DIR ...]

With no paths it checks testdata/eval/unseen/gold/*.json. For each file it checks the
top-level keys (exactly those of the dev gold), the source block (sha256, bytes and
chars of the referenced article, and for a Reuters-21578 element that offset/length cut
exactly one <REUTERS ... NEWID="n"> element), ISO codes, date formats, statuses and
actions, and that every evidence sentence occurs in the article after tag removal,
entity unescaping and whitespace collapsing. The corpus folder defaults to
../shared/corpus beside the repository root (or $ENTENTE_CORPUS). Exit status 1 on any
problem, each reported as FILE: FIELD: what is wrong.
"""
import argparse
import glob
import hashlib
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

TOP = ["id", "held_out", "source", "format", "published", "countries", "countries_optional",
       "agencies", "agencies_optional", "events", "events_optional", "notes"]
SOURCE_REQ = ["repo", "path", "commit", "encoding", "chars", "bytes", "sha256", "cache"]
SOURCE_REUTERS = ["offset", "length", "newid"]
SOURCE_OK = set(SOURCE_REQ + SOURCE_REUTERS + ["alt"])
# A page of the library's stored web pages is named by its address and the query that finds it.
SOURCE_PAGE = ["url", "query", "encoding", "chars", "bytes", "sha256", "cache"]
MEETING_STATUS = {"held", "ongoing", "planned", "cancelled", "proposed", "suspended", "collapsed"}
ACCORD_STATUS = {"signed", "agreed", "pledged", "proposed", "promised", "negotiating", "in_force",
                 "invalidated", "pending_ratification"}
ACTIONS = {"established", "restored", "severed", "normalized", "normalization_announced"}
EVENT_KEYS = {
    "MEETING": ({"type", "participants", "start", "end", "place", "topic", "status", "evidence"},
                {"when_text", "mode", "accept", "date_note"}),
    "ACCORD": ({"type", "parties", "topic", "date", "status", "evidence"},
               {"when_text", "place", "accept", "effective", "date_note"}),
    "RELATIONS": ({"type", "parties", "action", "date", "evidence"},
                  {"when_text", "date_note", "accept"}),
}
ACCEPT_KEYS = {"start", "end", "date", "place", "status", "participants", "parties"}
CODE = re.compile(r"^[A-Z]{2}$")
DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SHA = re.compile(r"^[0-9a-f]{64}$")
COMMIT = re.compile(r"^[0-9a-f]{40}$")


def normalise(data, tag=" "):
    """Article text as evidence is quoted: tags replaced by tag, entities unescaped, whitespace collapsed."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    text = re.sub(r"<[^>]*>", tag, text)
    text = html.unescape(text)
    return re.sub(r"\s+", " ", text).strip()


def normalised(data):
    """Both readings of "tags removed": replaced by a space (HTML blocks) or by nothing
    (inline TimeML tags, as in the dev gold: "signed an economic cooperation plan Friday,")."""
    return normalise(data, " ") + "\n" + normalise(data, "")


class Checker:
    def __init__(self, corpus):
        self.corpus = corpus
        self.problems = 0

    def bad(self, path, field, msg):
        self.problems += 1
        print(f"{path}: {field}: {msg}")

    def date(self, path, field, v, nullable=True):
        if v is None:
            if not nullable:
                self.bad(path, field, "null, want YYYY, YYYY-MM or YYYY-MM-DD")
            return
        if not isinstance(v, str) or not DATE.match(v):
            self.bad(path, field, f"got {v!r}, want YYYY, YYYY-MM or YYYY-MM-DD (or null)")

    def codes(self, path, field, v, allow_empty=True):
        if not isinstance(v, list) or (not allow_empty and not v):
            self.bad(path, field, f"got {v!r}, want a{'' if allow_empty else ' non-empty'} list of ISO 3166-1 alpha-2 codes")
            return
        for i, c in enumerate(v):
            if not isinstance(c, str) or not CODE.match(c):
                self.bad(path, f"{field}[{i}]", f"got {c!r}, want two upper-case letters (ISO 3166-1 alpha-2, or EU/SU/XK/PS)")
        if len(set(v)) != len(v):
            self.bad(path, field, f"got duplicates in {v}, want each code once")

    def article(self, path, g):
        s = g.get("source")
        if not isinstance(s, dict):
            self.bad(path, "source", "missing or not an object")
            return None
        req, ok = (SOURCE_PAGE, set(SOURCE_PAGE)) if "url" in s else (SOURCE_REQ, SOURCE_OK)
        for k in req:
            if k not in s:
                self.bad(path, f"source.{k}", "missing")
        for k in s:
            if k not in ok:
                self.bad(path, f"source.{k}", "unknown key: want only " + ", ".join(sorted(ok)))
        if "url" not in s and not COMMIT.match(str(s.get("commit", ""))):
            self.bad(path, "source.commit", "want 40 hex digits")
        if not SHA.match(str(s.get("sha256", ""))):
            self.bad(path, "source.sha256", "want 64 lower-case hex digits")
        cache = s.get("cache")
        if not isinstance(cache, str) or not cache:
            return None
        full = os.path.join(self.corpus, cache)
        if not os.path.isfile(full):
            self.bad(path, "source.cache", f"{full} not found: want a path relative to the corpus folder {self.corpus}")
            return None
        with open(full, "rb") as f:
            data = f.read()
        # A cache file holding more than the article (a whole Reuters .sgm file of the bulk
        # corpus) is cut with offset/length; a cache file that is the article is used whole.
        if "offset" in s and len(data) != s.get("bytes"):
            for k in SOURCE_REUTERS:
                if not isinstance(s.get(k), int):
                    self.bad(path, f"source.{k}", "missing or not an integer (required for a Reuters-21578 element)")
                    return None
            data = data[s["offset"]:s["offset"] + s["length"]]
            m = re.match(rb'<REUTERS [^>]*NEWID="(\d+)"', data)
            if not m or not data.endswith(b"</REUTERS>") or data.count(b"<REUTERS ") != 1:
                self.bad(path, "source.offset", "offset/length do not cut exactly one <REUTERS ...>...</REUTERS> element of the cache file")
            elif int(m.group(1)) != s["newid"]:
                self.bad(path, "source.newid", f"got {s['newid']}, the element at offset has NEWID {int(m.group(1))}")
        if hashlib.sha256(data).hexdigest() != s.get("sha256"):
            self.bad(path, "source.sha256", f"does not match the article bytes (got {hashlib.sha256(data).hexdigest()})")
        if len(data) != s.get("bytes"):
            self.bad(path, "source.bytes", f"got {s.get('bytes')}, article has {len(data)} bytes")
        try:
            chars = len(data.decode("utf-8"))
        except UnicodeDecodeError:
            chars = len(data.decode("latin-1"))
        if chars != s.get("chars"):
            self.bad(path, "source.chars", f"got {s.get('chars')}, article has {chars} characters")
        if cache.endswith(".jsonl"):
            # A JSON line: evidence is quoted from its title and text fields.
            try:
                rec = json.loads(data.decode("utf-8").splitlines()[0])
                data = (str(rec.get("title") or "") + "\n" + str(rec.get("text") or "")).encode("utf-8")
            except (ValueError, IndexError, AttributeError) as err:
                self.bad(path, "source.cache", f"not one JSON object on its first line: {err}")
        return normalised(data)

    def event(self, path, field, e, text, published):
        if not isinstance(e, dict):
            self.bad(path, field, "not an object")
            return
        kind = e.get("type")
        if kind not in EVENT_KEYS:
            self.bad(path, f"{field}.type", f"got {kind!r}, want MEETING, ACCORD or RELATIONS")
            return
        req, opt = EVENT_KEYS[kind]
        for k in sorted(req - set(e)):
            self.bad(path, f"{field}.{k}", "missing")
        for k in sorted(set(e) - req - opt):
            self.bad(path, f"{field}.{k}", f"unknown key for {kind}: want {sorted(req | opt)}")
        if kind == "MEETING":
            self.codes(path, f"{field}.participants", e.get("participants"), allow_empty=False)
            self.date(path, f"{field}.start", e.get("start"))
            self.date(path, f"{field}.end", e.get("end"))
            st, en = e.get("start"), e.get("end")
            if isinstance(st, str) and isinstance(en, str) and DATE.match(st) and DATE.match(en) and en < st:
                self.bad(path, f"{field}.end", f"got {en}, before start {st}")
            if e.get("status") not in MEETING_STATUS:
                self.bad(path, f"{field}.status", f"got {e.get('status')!r}, want one of {sorted(MEETING_STATUS)}")
            if "mode" in e and e["mode"] != "phone":
                self.bad(path, f"{field}.mode", f"got {e['mode']!r}, want \"phone\"")
        else:
            self.codes(path, f"{field}.parties", e.get("parties"), allow_empty=False)
            self.date(path, f"{field}.date", e.get("date"))
            if kind == "ACCORD" and e.get("status") not in ACCORD_STATUS:
                self.bad(path, f"{field}.status", f"got {e.get('status')!r}, want one of {sorted(ACCORD_STATUS)}")
            if kind == "RELATIONS" and e.get("action") not in ACTIONS:
                self.bad(path, f"{field}.action", f"got {e.get('action')!r}, want one of {sorted(ACTIONS)}")
        for k in ("topic", "evidence") if kind != "RELATIONS" else ("evidence",):
            if not isinstance(e.get(k), str) or not e.get(k).strip():
                self.bad(path, f"{field}.{k}", "missing or empty text")
        acc = e.get("accept", {})
        if not isinstance(acc, dict):
            self.bad(path, f"{field}.accept", "not an object")
            acc = {}
        for k, vals in acc.items():
            if k not in ACCEPT_KEYS or not isinstance(vals, list):
                self.bad(path, f"{field}.accept.{k}", f"want a list under one of {sorted(ACCEPT_KEYS)}")
                continue
            for i, v in enumerate(vals):
                if k in ("start", "end", "date"):
                    self.date(path, f"{field}.accept.{k}[{i}]", v, nullable=False)
                elif k in ("participants", "parties"):
                    self.codes(path, f"{field}.accept.{k}[{i}]", v, allow_empty=False)
                elif k == "status" and v not in (MEETING_STATUS if kind == "MEETING" else ACCORD_STATUS):
                    self.bad(path, f"{field}.accept.status[{i}]", f"got {v!r}, not a {kind} status")
        ev = e.get("evidence")
        if text is not None and isinstance(ev, str) and (not ev or "\n" in ev or ev not in text):
            self.bad(path, f"{field}.evidence", f"not found verbatim in the normalised article: {ev[:80]!r}")
        if published is None:
            for k in ("start", "end", "date"):
                v = e.get(k)
                if isinstance(v, str) and DAY.match(v) and "when_text" in e and re.search(
                        r"(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday)\b", e["when_text"]):
                    self.bad(path, f"{field}.{k}", "relative day resolved although the article has no publication date")

    def file(self, path):
        try:
            with open(path, encoding="utf-8") as f:
                g = json.load(f)
        except (OSError, ValueError) as err:
            self.bad(path, "-", f"cannot read JSON: {err}")
            return
        if list(g) != TOP:
            self.bad(path, "keys", f"got {list(g)}, want exactly {TOP} in that order")
        stem = os.path.splitext(os.path.basename(path))[0]
        if g.get("id") != stem:
            self.bad(path, "id", f"got {g.get('id')!r}, want the file stem {stem!r}")
        if g.get("held_out") is not False:
            self.bad(path, "held_out", "want false")
        if not isinstance(g.get("format"), str) or not g.get("format"):
            self.bad(path, "format", "want a description of the article's format")
        if not isinstance(g.get("notes"), str):
            self.bad(path, "notes", "want a string")
        published = g.get("published")
        if published is not None and (not isinstance(published, str) or not DAY.match(published)):
            self.bad(path, "published", f"got {published!r}, want YYYY-MM-DD or null")
        self.codes(path, "countries", g.get("countries"))
        self.codes(path, "countries_optional", g.get("countries_optional"))
        both = set(g.get("countries") or []) & set(g.get("countries_optional") or [])
        if both:
            self.bad(path, "countries_optional", f"{sorted(both)} also in countries: list each code in one of the two")
        for key in ("agencies", "agencies_optional"):
            for i, a in enumerate(g.get(key) or []):
                f = f"{key}[{i}]"
                if not isinstance(a, dict) or not isinstance(a.get("name"), str) or not a["name"].strip():
                    self.bad(path, f, "want an object with a non-empty name")
                    continue
                if set(a) - {"name", "country", "aliases"}:
                    self.bad(path, f, f"unknown keys {sorted(set(a) - {'name', 'country', 'aliases'})}")
                c = a.get("country")
                if c is not None and (not isinstance(c, str) or not CODE.match(c)):
                    self.bad(path, f + ".country", f"got {c!r}, want an ISO code or null")
                if not isinstance(a.get("aliases", []), list):
                    self.bad(path, f + ".aliases", "want a list of strings")
        text = self.article(path, g)
        for key in ("events", "events_optional"):
            evs = g.get(key)
            if not isinstance(evs, list):
                self.bad(path, key, "want a list")
                continue
            for i, e in enumerate(evs):
                self.event(path, f"{key}[{i}]", e, text, published)
        # Every country a required event names should be a country of the article.
        named = set(g.get("countries") or []) | set(g.get("countries_optional") or [])
        for i, e in enumerate(g.get("events") or []):
            if isinstance(e, dict):
                for c in (e.get("participants") or e.get("parties") or []):
                    if c not in named:
                        self.bad(path, f"events[{i}]", f"country {c} not in countries or countries_optional")


def main(argv):
    default_corpus = os.environ.get("ENTENTE_CORPUS") or os.path.join(os.path.dirname(REPO), "shared", "corpus")
    p = argparse.ArgumentParser(description="Validate gold files in the shared corpus schema.")
    p.add_argument("--corpus", default=default_corpus, help="corpus folder that source.cache is relative to (default %(default)s)")
    p.add_argument("paths", nargs="*", default=[os.path.join(HERE, "unseen", "gold")], help="gold files or folders")
    a = p.parse_args(argv)
    if not os.path.isdir(a.corpus):
        print(f"corpus folder {a.corpus} not found: pass --corpus or set ENTENTE_CORPUS")
        return 2
    files = []
    for path in a.paths:
        files += sorted(glob.glob(os.path.join(path, "*.json"))) if os.path.isdir(path) else [path]
    if not files:
        print("no gold files found in " + " ".join(a.paths))
        return 2
    c = Checker(a.corpus)
    for f in files:
        c.file(f)
    print(f"checked {len(files)} gold files: {c.problems} problem(s)")
    return 1 if c.problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
