#!/usr/bin/env python3
"""probe.py: does the extractor read a fact the same way however it is written?

Usage: python3 testdata/eval/probe.py [--bin BIN] [--corpus DIR] [REWRITE ...]

It takes the evidence sentence of every gold event in the development sets
(testdata/eval/*/gold and the shared dev set; never a set with a SEALED file),
runs the extractor on each sentence alone, then on the same sentence rewritten
in ways that keep its meaning ("talks" as "discussions", "Israeli Foreign
Minister X" as "Israel's Foreign Minister X" or "Foreign Minister X of Israel",
straight quotes as curly ones), and prints every sentence whose events (kind,
countries, dates, status) change, then per rewrite how many sentences it
changed and how many changed events. A change is a lead, not a verdict: some
rewrites shift a modifier's attachment. REWRITE names limit the run to those
rewrites (default: all).

BIN defaults to a fresh `go build` of ./cmd/entente; the corpus folder to
../shared/corpus beside the repository root (or $ENTENTE_CORPUS). Standard
library only.
"""
import argparse
import collections
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

DEMONYMS = {
    'Afghan': 'Afghanistan', 'Argentine': 'Argentina', 'Australian': 'Australia', 'Austrian': 'Austria',
    'Belgian': 'Belgium', 'Brazilian': 'Brazil', 'British': 'Britain', 'Canadian': 'Canada', 'Chinese': 'China',
    'Cuban': 'Cuba', 'Danish': 'Denmark', 'Dutch': 'the Netherlands', 'Egyptian': 'Egypt', 'French': 'France',
    'German': 'Germany', 'Greek': 'Greece', 'Indian': 'India', 'Indonesian': 'Indonesia', 'Iranian': 'Iran',
    'Iraqi': 'Iraq', 'Israeli': 'Israel', 'Italian': 'Italy', 'Japanese': 'Japan', 'Jordanian': 'Jordan',
    'Kuwaiti': 'Kuwait', 'Malaysian': 'Malaysia', 'Mexican': 'Mexico', 'Nigerian': 'Nigeria', 'North Korean': 'North Korea',
    'Norwegian': 'Norway', 'Pakistani': 'Pakistan', 'Philippine': 'the Philippines', 'Polish': 'Poland',
    'Russian': 'Russia', 'Saudi': 'Saudi Arabia', 'South Korean': 'South Korea', 'Soviet': 'the Soviet Union',
    'Spanish': 'Spain', 'Swedish': 'Sweden', 'Syrian': 'Syria', 'Turkish': 'Turkey', 'Ukrainian': 'Ukraine',
    'Venezuelan': 'Venezuela', 'Vietnamese': 'Vietnam', 'West German': 'West Germany',
}
TITLE = (r'(President|Prime Minister|Foreign Minister|Defence Minister|Defense Minister|Trade Minister|'
         r'Finance Minister|Chancellor|Premier|Ambassador|Foreign Secretary|Oil Minister|Interior Minister)')
DEMONYM = '|'.join(sorted(map(re.escape, DEMONYMS), key=len, reverse=True))
NAME = r"((?:[A-Z][\w'-]+ ){0,3}[A-Z][\w'-]+)"
OFFICER = r'\b(' + DEMONYM + ') ' + TITLE + ' ' + NAME
WEEKDAY = r'(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'


def officer_of(t):
    return re.sub(OFFICER + r'(?=[ ,.])', lambda m: f'{m.group(2)} {m.group(3)} of {DEMONYMS[m.group(1)]}', t)


def officer_possessive(t):
    return re.sub(OFFICER, lambda m: f"{DEMONYMS[m.group(1)]}'s {m.group(2)} {m.group(3)}", t)


def officer_apposition(t):
    return re.sub(OFFICER + r'(?= (?!said)[a-z])', lambda m: f'{m.group(3)}, the {m.group(1)} {m.group(2).lower()},', t)


# OPENERS are the capitalised common words a sentence opens with; after
# "Officials said " they are written lower-case, as a writer would.
OPENERS = set("""The A An It He She They We This That These Those Its His Her Their In On At
After Before During Under Last Earlier Later Meanwhile If When While Since Until By For From With
Following Despite Although But And Yet So Two Three Both Some Many Most All Such Next""".split())


def said_before(t):
    if not t.endswith('.') or '"' in t or re.search(r'\b(said|says|told|reported|announced)\b', t):
        return t
    if re.match(r'[A-Z]{2,}[A-Z ,.]* [-\u2013\u2014(]', t):
        return t  # a dateline opens the story, not a reported clause
    first = t.split(' ', 1)[0].rstrip(',')
    if first in OPENERS:
        t = t[0].lower() + t[1:]
    return 'Officials said ' + t


OFFICIAL = {'China': "the People's Republic of China", 'South Korea': 'the Republic of Korea', 'North Korea': 'the DPRK',
            'Russia': 'the Russian Federation', 'the United States': 'the United States of America',
            'Iran': 'the Islamic Republic of Iran', 'Britain': 'the United Kingdom', 'Vietnam': 'Viet Nam',
            'Syria': 'the Syrian Arab Republic', 'Venezuela': 'the Bolivarian Republic of Venezuela', 'Egypt': 'the Arab Republic of Egypt'}
CAPITALS = {'China': 'Beijing', 'the United States': 'Washington', 'Russia': 'Moscow', 'Japan': 'Tokyo',
            'Britain': 'London', 'France': 'Paris', 'Iran': 'Tehran', 'India': 'New Delhi', 'Turkey': 'Ankara',
            'Cuba': 'Havana', 'Egypt': 'Cairo', 'Pakistan': 'Islamabad', 'South Korea': 'Seoul', 'Canada': 'Ottawa'}
COUNTRY = r'\b(' + '|'.join(map(re.escape, CAPITALS)) + r')\b(?! Sea| Development| Daily| Post| Airlines| National| Petroleum)'


def capitals(t):
    """A state named by its capital, as news does ("Beijing and Washington
    agreed"); not after "in" or "to", where the capital would be a place."""
    return re.sub(r'(?<!\bin )(?<!\bto )(?<!\bof )' + COUNTRY, lambda m: CAPITALS[m.group(1)], t)


REWRITES = {
    'discussions': lambda t: re.sub(r'\btalks\b', 'discussions', t),
    'negotiations': lambda t: re.sub(r'\btalks\b', 'negotiations', t),
    'deal': lambda t: re.sub(r'\bagreement\b', 'deal', re.sub(r'\b([Aa])n agreement\b', r'\1 deal', t)),
    'accord': lambda t: re.sub(r'\bagreement\b', 'accord', t),
    'pact': lambda t: re.sub(r'\bagreement\b', 'pact', t),
    'met-with': lambda t: re.sub(r'\bmet (?!with)', 'met with ', t),
    'paid-a-visit': lambda t: re.sub(r'\bvisited (?=(?:the )?[A-Z])', 'paid a visit to ', t),
    'on-weekday': lambda t: re.sub(r'(?<!on )(?<!On )\b' + WEEKDAY + r'\b', r'on \1', t),
    'day-month': lambda t: re.sub(
        r'\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2})\b'
        r'(?![-\d])(?! (?:and|to|through|-))', r'\2 \1', t),
    'curly-quotes': lambda t: re.sub(r'"([^"]*)"', '\u201c\\1\u201d', t).replace("'", '\u2019'),
    'US': lambda t: t.replace('U.S.', 'US'),
    'the-UK': lambda t: re.sub(r'(?<!Great )\bBritain\b', 'the UK', t),
    'USSR': lambda t: t.replace('the Soviet Union', 'the USSR'),
    'lower-titles': lambda t: re.sub(r'\b(Foreign|Prime|Defence|Defense|Trade|Finance) (Minister|Secretary)\b',
                                     lambda m: m.group(0).lower(), t),
    'officer-of': officer_of,
    'officer-possessive': officer_possessive,
    'officer-apposition': officer_apposition,
    'officials-said': said_before,
    'capitals': capitals,
    'official-names': lambda t: re.sub(r'\b(China|South Korea|North Korea|Russia|the United States|Iran|Britain|Vietnam|Syria|Venezuela|Egypt)\b(?! Sea| Development| Daily)',
                                       lambda m: OFFICIAL[m.group(1)], t),
    'ordinal-day': lambda t: re.sub(r'\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2})\b(?![-\d])(?! (?:and|to|through|-))',
                                    lambda m: m.group(1) + ' ' + m.group(2) + {'1': 'st', '2': 'nd', '3': 'rd'}.get(m.group(2)[-1] if not m.group(2).startswith('1') or len(m.group(2)) == 1 else '', 'th'), t),
    'also': lambda t: re.sub(r'(?<!also )\b(met|signed|held|visited|agreed|reached|discussed)\b', r'also \1', t, count=1),
    'aside': lambda t: re.sub(OFFICER + r'(?= (?!said|and|,)[a-z])', lambda m: m.group(0) + ', a veteran diplomat,', t, count=1),
    'inked': lambda t: re.sub(r'\bsigned\b', 'inked', t),
    'sealed': lambda t: re.sub(r'\bsigned\b', 'sealed', t),
    'consultations': lambda t: re.sub(r'\btalks\b', 'consultations', t),
    'meanwhile': lambda t: 'Meanwhile, ' + t[0].lower() + t[1:] if t.split(' ', 1)[0] in OPENERS else t,
    'according-to': lambda t: t[:-1] + ', according to officials.' if t.endswith('.') and '"' not in t and not re.search(r'\b(said|says|told)\b', t) else t,
    'American': lambda t: re.sub(r'\bU\.S\. (?=[a-z])', 'American ', t),
    'held-talks-with': lambda t: re.sub(r'\bmet (?:with )?(?=(?:the |his |her )?[A-Z])', 'held talks with ', t),
    'US-spelling': lambda t: re.sub(r'\b(travel|cancel|signal|label|channel|model)led\b', r'\1ed', t).replace('Defence', 'Defense').replace('defence', 'defense').replace('programme', 'program'),
    'UK-spelling': lambda t: re.sub(r'\b(travel|cancel|signal)ed\b', r'\1led', t).replace('Defense', 'Defence').replace('defense', 'defence'),
    'digits': lambda t: re.sub(r'\b(two|three|four|five|six|seven|eight|nine|ten)-day\b',
                               lambda m: str(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].index(m.group(1)) + 2) + '-day', t),
    'PM': lambda t: re.sub(r'\bPrime Minister\b', 'PM', t),
    'FM': lambda t: re.sub(r'\bForeign Minister\b', 'FM', t),
    'Pres': lambda t: re.sub(r'\bPresident (?=[A-Z])', 'Pres. ', t),
    'dialogue': lambda t: re.sub(r'\btalks\b', 'dialogue', t),
    'in-talks': lambda t: re.sub(r'\bheld talks with\b', 'was in talks with', t),
    'surname-only': lambda t: re.sub(TITLE + r' (?:[A-Z][a-z]+ ){1,2}([A-Z][a-z]+)\b', r'\1 \2', t),
    'middle-name': lambda t: re.sub(TITLE + r' ([A-Z][a-z]+) ([A-Z][a-z]+)\b(?! [A-Z])', r'\1 \2 J. \3', t),
}


def sentences(corpus):
    """Evidence sentences of the unsealed gold sets, each with its article's publication date."""
    dirs = [os.path.join(corpus, 'dev', 'gold')]
    for d in sorted(glob.glob(os.path.join(ROOT, 'testdata', 'eval', '*', 'gold'))):
        if not os.path.exists(os.path.join(os.path.dirname(d), 'SEALED')):
            dirs.append(d)
    out = {}
    for d in dirs:
        for f in sorted(glob.glob(os.path.join(d, '*.json'))):
            g = json.load(open(f, encoding='utf-8'))
            pub = g.get('published')
            if not pub or not re.match(r'\d{4}', pub):
                continue
            for e in g.get('events', []) + g.get('events_optional', []):
                ev = e.get('evidence')
                if isinstance(ev, str) and ev:
                    out.setdefault(ev, pub)
    return out


def events(row):
    return sorted((e['kind'], '-'.join(sorted(e['participants'])), e.get('start') or '', e.get('end') or '',
                   e.get('status') or '') for e in row['events'])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--bin', help='entente binary (default: go build ./cmd/entente)')
    ap.add_argument('--corpus', default=os.environ.get('ENTENTE_CORPUS', os.path.join(os.path.dirname(ROOT), 'shared', 'corpus')))
    ap.add_argument('rewrites', nargs='*', help='rewrites to run (default: all): ' + ', '.join(REWRITES))
    args = ap.parse_args()
    unknown = [r for r in args.rewrites if r not in REWRITES]
    if unknown:
        sys.exit(f'probe.py: unknown rewrite {", ".join(unknown)}; choose from {", ".join(REWRITES)}')
    rewrites = {k: v for k, v in REWRITES.items() if not args.rewrites or k in args.rewrites}
    with tempfile.TemporaryDirectory() as tmp:
        binary = args.bin
        if not binary:
            binary = os.path.join(tmp, 'entente')
            subprocess.run(['go', 'build', '-o', binary, './cmd/entente'], cwd=ROOT, check=True)
        docs, keys = [], []
        for text, pub in sentences(args.corpus).items():
            docs.append({'text': text, 'published': pub})
            keys.append((text, None, text))
            for name, rewrite in rewrites.items():
                t = rewrite(text)
                if t != text:
                    docs.append({'text': t, 'published': pub})
                    keys.append((text, name, t))
        path = os.path.join(tmp, 'probe.jsonl')
        with open(path, 'w', encoding='utf-8') as f:
            for d in docs:
                f.write(json.dumps(d) + '\n')
        run = subprocess.run([binary, 'extract', '--json', path], capture_output=True, text=True)
    rows = [json.loads(line) for line in run.stdout.splitlines()]
    if len(rows) != len(docs):
        sys.exit(f'probe.py: {len(docs)} sentences in, {len(rows)} extractions out: {run.stderr[:500]}')
    base, tried, changed, differing = {}, collections.Counter(), collections.Counter(), collections.Counter()
    for (text, name, t), row in zip(keys, rows):
        got = events(row)
        if name is None:
            base[text] = got
            continue
        tried[name] += 1
        if got != base[text]:
            changed[name] += 1
            differing[name] += len(set(got) ^ set(base[text]))
            print(f'## {name}\n   {t}\n   before {base[text]}\n   after  {got}')
    print(f'\n{"rewrite":<20} {"sentences":>9} {"changed":>8} {"events":>7}')
    for name in rewrites:
        print(f'{name:<20} {tried[name]:>9} {changed[name]:>8} {differing[name]:>7}')


if __name__ == '__main__':
    main()
