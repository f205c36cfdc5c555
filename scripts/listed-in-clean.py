#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Measures what `restore --phrases` does to clean prose around tortured phrases (docs/benchmarks.md, "A listed
phrase in clean prose"). Clean technical paragraphs (the <p> paragraphs of 40 words or more, under a tenth code
symbols, of an HTML document such as the Biopython tutorial, which neither the language model nor the tables have
read) each get one sentence naming two tortured phrases of a list: one from a half given to unspin as its
`--phrases` list, one from the other half. A good restorer restores the listed phrase, may restore the unlisted
one, and changes no word outside the two.

Usage:
  scripts/listed-in-clean.py make PAGE.html LIST.tsv OUT_DIR     # OUT_DIR/list-half.tsv, texts.jsonl, meta.json
  unspin restore --phrases OUT_DIR/list-half.tsv --input jsonl --format jsonl OUT_DIR/texts.jsonl > OUT.jsonl
  scripts/listed-in-clean.py score OUT_DIR OUT.jsonl [N]          # the counts, and the N commonest outside edits

The halves are split by an MD5 of the expected phrase's first spelling (not the split of `eval --tortured`); 300
paragraphs, phrases drawn with a fixed seed. An "a" / "an" rule edit outside the phrases is not counted.
"""
import collections
import hashlib
import html
import json
import os
import random
import re
import sys

CODE_SYMBOLS = set('=(){}[];<>*/+^&|\\_~@#$%')


def expected(e):
    e = re.sub(r'\s*\([^)]*\)', '', e).split(' / ')[0]
    return e.replace('[', '').replace(']', '').strip().lower()


def make(page, tsv, out):
    text = open(page, encoding='utf-8', errors='ignore').read()
    paragraphs = []
    for p in re.findall(r'<p[^>]*>(.*?)</p>', text, flags=re.S):
        x = re.sub(r'\s+', ' ', html.unescape(re.sub(r'<[^>]+>', '', p))).strip()
        words = x.split()
        if len(words) >= 40 and sum(c in CODE_SYMBOLS for c in x) <= 0.1 * len(words):
            paragraphs.append(x)
    rows = [line.rstrip('\n').split('\t') for line in open(tsv, encoding='utf-8') if not line.startswith('#')]
    rows = [r for r in rows if len(r) == 2]
    half = [[], []]
    for r in rows:
        half[int(hashlib.md5(expected(r[1]).encode()).hexdigest(), 16) % 2].append(r)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, 'list-half.tsv'), 'w', encoding='utf-8') as f:
        for r in half[0]:
            f.write(r[0] + '\t' + r[1] + '\n')

    def plain(rs):
        return [r for r in rs if not re.search(r'[(\[/]', r[0]) and len(r[0].split()) >= 2]

    listed, unlisted = plain(half[0]), plain(half[1])
    rnd = random.Random(5)
    meta = []
    with open(os.path.join(out, 'texts.jsonl'), 'w', encoding='utf-8') as f:
        for i, p in enumerate(paragraphs[:300]):
            a, b = rnd.choice(listed), rnd.choice(unlisted)
            s1, s2 = ' We first applied ', ' and then compared it with '
            t = p + s1 + a[0] + s2 + b[0] + '.'
            st1 = len(p) + len(s1)
            st2 = st1 + len(a[0]) + len(s2)
            f.write(json.dumps({'id': i, 'text': t}) + '\n')
            meta.append({'id': i, 'listed': [st1, st1 + len(a[0])], 'unlisted': [st2, st2 + len(b[0])],
                         'a': a, 'b': b, 'words': len(t.split())})
    json.dump(meta, open(os.path.join(out, 'meta.json'), 'w'))
    print(len(paragraphs), 'paragraphs,', len(meta), 'texts written to', out)


def score(out, restored, top):
    meta = {m['id']: m for m in json.load(open(os.path.join(out, 'meta.json')))}
    outside = collections.Counter()
    examples = collections.Counter()
    words = listed_ok = unlisted_ok = texts = 0
    for line in open(restored, encoding='utf-8'):
        d = json.loads(line)
        m = meta[d['id']]
        texts += 1
        words += m['words']
        (a1, b1), (a2, b2) = m['listed'], m['unlisted']
        for e in d['edits']:
            if (e['end'] <= a1 or e['start'] >= b1) and (e['end'] <= a2 or e['start'] >= b2):
                if e['origin'] == 'rule' and e['spun'].lower() in ('a', 'an'):
                    continue
                outside[e['origin']] += 1
                examples[(e['spun'], e['replacement'], e['origin'])] += 1
        t = d['text'].lower()
        listed_ok += (' first applied ' + expected(m['a'][1]) + ' and then') in t
        unlisted_ok += ('compared it with ' + expected(m['b'][1]) + '.') in t
    print('%d texts, %d words: %d edits outside the two phrases %s; listed phrases restored %d, unlisted %d'
          % (texts, words, sum(outside.values()), dict(outside), listed_ok, unlisted_ok))
    for k, v in examples.most_common(top):
        print('  %d %s -> %s (%s)' % (v, k[0], k[1], k[2]))


if __name__ == '__main__':
    if len(sys.argv) >= 5 and sys.argv[1] == 'make':
        make(sys.argv[2], sys.argv[3], sys.argv[4])
    elif len(sys.argv) >= 4 and sys.argv[1] == 'score':
        score(sys.argv[2], sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 0)
    else:
        sys.exit(__doc__)
