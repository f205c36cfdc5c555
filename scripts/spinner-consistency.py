#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Does a spinner write one original word the same way throughout a document?

Usage: scripts/spinner-consistency.py PAIRS_DIR

PAIRS_DIR holds NAME.orig.txt / NAME.spun.txt pairs (../shared/data/spun-news). Each pair is aligned word by word
(difflib over lower-case words, one-for-one replacements and kept words only). For every original word that occurs
twice or more in a document and that the spinner rewrites somewhere in the folder, it compares how often all its
occurrences in the document came out alike with how often they would if each occurrence chose its spun form on its
own, at the rates the other documents show (sum over forms of p**k for k occurrences). Far more alike than expected
would mean a spinner that fixes one synonym per word per document, which a decoder could exploit by deciding a
word's original once per document; about as often as expected means it chooses afresh each time.
"""
import collections
import difflib
import glob
import os
import re
import sys


def words(text):
    return [w.lower() for w in re.findall(r"[A-Za-z]+(?:'[a-z]+)?|\d+|\S", text)]


def behaviour(orig, spun):
    """Per original word of the document: what the spinner wrote for each of its occurrences."""
    out = collections.defaultdict(list)
    sm = difflib.SequenceMatcher(None, orig, spun, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == 'equal':
            for k in range(i2 - i1):
                out[orig[i1 + k]].append(orig[i1 + k])
        elif tag == 'replace' and i2 - i1 == 1 and j2 - j1 == 1:
            out[orig[i1]].append(spun[j1])
    return out


def main(folder):
    docs = []
    rates = collections.defaultdict(collections.Counter)
    for o in sorted(glob.glob(os.path.join(folder, '*.orig.txt'))):
        s = o[:-len('.orig.txt')] + '.spun.txt'
        if not os.path.exists(s):
            continue
        with open(o, encoding='utf-8') as f:
            orig = words(f.read())
        with open(s, encoding='utf-8') as f:
            spun = words(f.read())
        b = behaviour(orig, spun)
        docs.append(b)
        for w, forms in b.items():
            rates[w].update(forms)
    cases = alike = 0
    expected = 0.0
    mixed = collections.Counter()
    for b in docs:
        for w, forms in b.items():
            g = rates[w]
            if not w.isalpha() or len(forms) < 2 or g[w] == sum(g.values()):
                continue
            g.subtract(forms)  # the other documents' rates
            total = sum(c for c in g.values() if c > 0)
            if total >= 3:
                cases += 1
                expected += sum((c / total) ** len(forms) for c in g.values() if c > 0)
                if len(set(forms)) == 1:
                    alike += 1
                else:
                    mixed[w] += 1
            g.update(forms)
    print(f'{len(docs)} pairs; (document, word) cases with 2+ occurrences of a word the spinner rewrites somewhere '
          f'(and 3+ occurrences elsewhere): {cases}')
    print(f'all occurrences written alike: {alike}; expected if each occurrence chose on its own: {expected:.1f}')
    print('most often mixed: ' + ', '.join(f'{w} ({n})' for w, n in mixed.most_common(10)))


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit(__doc__.strip().splitlines()[2])
    main(sys.argv[1])
