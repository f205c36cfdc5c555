#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""What restoration's wrong edits on real spun news are, by kind, and how the right and wrong ones differ in what
the decoder can see: reads the audit file that LeaveOneOriginalOut writes with -Daudit=FILE (one line per decoder
edit; columns in its javadoc, the hunk columns included) and groups the edits into the hunks Evaluation scores.

Each hunk is one of:
  right                 a reference edit's span and words;
  harm                  it changes only words the spinner left;
  word: first alt       the reference edit's span, another original, and the edit's first alternative was it;
  word: other original  the reference edit's span, another original the edit did not list first;
  partial               right words, but the reference edit is longer: a rewritten run restored in part;
  rewrite               words that are not the original's, inside or across a longer reference edit.
Then, for the features the decoder has without the original (origin, confidence, how many words it reads and
writes, the fold table's count of the edit's pair against the other originals of the same spun words), the right
and wrong hunks of each value; "**" marks a value whose wrong hunks outnumber its right ones. A hunk of several
edits takes the least sure one's values.

Usage: scripts/edit-classes.py AUDIT_FILE [CLASS]   (CLASS: print that class's hunks)
(docs/benchmarks.md, "Restoration precision on real spun news: the wrong hunks by kind, and a bar for
 an original the table rarely gives", stop 61)
"""
import collections
import sys


def read(path):
    hunks = collections.OrderedDict()
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) < 21:
                sys.exit("the audit has no hunk columns: write it with this LeaveOneOriginalOut")
            e = {"text": c[0], "spun": c[1], "rep": c[2], "origin": c[3], "spinner": c[4], "conf": float(c[5]),
                 "alt": c[7].rsplit(":", 1)[0], "kind": c[9], "words": c[10] == "1", "ref": c[12],
                 "pair": int(c[13]), "total": int(c[14]), "originals": int(c[15]), "hunk": c[19], "out": c[20]}
            hunks.setdefault((c[0], c[19]), []).append(e)
    return list(hunks.values())


def reference_original(e):
    parts = [p.split(" -> ", 1) for p in e["ref"].split(" | ") if " -> " in p]
    return parts[0][1] if len(parts) == 1 else None


def kind(es):
    e = es[0]
    if e["kind"] in ("right", "harm"):
        return e["kind"]
    if e["kind"] == "word":
        original = reference_original(e)
        return "word: first alt" if original and e["alt"].lower() == original.lower() else "word: other original"
    return "partial" if e["words"] else "rewrite"


def band(x, cuts):
    for lo, hi in zip(cuts, cuts[1:]):
        if lo <= x < hi:
            return f"{lo:g}-{hi:g}"
    return f">={cuts[-1]:g}"


def order(value):
    """Bands by their lower end, then the other values by name."""
    head = value.lstrip(">=").split("-")[0].split(" ")[0]
    try:
        return (0, float(head), value)
    except ValueError:
        return (1, 0.0, value)


FEATURES = [
    ("origin", lambda e: e["origin"] + ("" if e["spinner"] in ("A", "open") else "/" + e["spinner"])),
    ("confidence", lambda e: band(e["conf"], [0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01])),
    ("words read -> written", lambda e: f"{len(e['spun'].split())} -> {len(e['rep'].split())}"),
    ("table: the pair's share of the spun words' counts",
     lambda e: "no entry" if e["total"] == 0 else band(e["pair"] / e["total"], [0, 0.2, 0.35, 0.5, 0.8, 0.95])),
    ("table: originals of the spun words", lambda e: str(min(e["originals"], 4)) + ("+" if e["originals"] >= 4
                                                                                    else "")),
    ("table: the pair's count", lambda e: band(e["pair"], [0, 1, 2, 3, 5, 10, 20, 50])),
]


def main(path, show=None):
    hunks = read(path)
    kinds = collections.Counter(kind(es) for es in hunks)
    wrong = len(hunks) - kinds["right"]
    print(f"{len(hunks)} hunks holding an edit, {kinds['right']} right, {wrong} wrong:")
    for k in ("harm", "word: first alt", "word: other original", "partial", "rewrite"):
        print(f"  {k:22s} {kinds[k]:4d}")
    for name, f in FEATURES:
        table = collections.defaultdict(collections.Counter)
        for es in hunks:
            least = min(es, key=lambda e: e["conf"])
            table[f(least)][kind(es)] += 1
        print(f"{name}:")
        for value in sorted(table, key=order):
            c = table[value]
            n = sum(c.values())
            bad = n - c["right"]
            detail = ", ".join(f"{k} {v}" for k, v in sorted(c.items()) if k != "right")
            mark = "**" if bad > c["right"] else "  "
            print(f"  {value:12s} {n:5d} hunks, right {c['right']:4d}, wrong {bad:4d} {mark} ({detail})")
    if show:
        for es in hunks:
            if kind(es) == show:
                e = es[0]
                edits = " + ".join(f"{x['spun']} -> {x['rep']} ({x['origin']}, {x['conf']:.2f})" for x in es)
                print(e["text"], edits, "reference: " + e["ref"], sep="\t")


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: scripts/edit-classes.py AUDIT_FILE [CLASS]")
    main(sys.argv[1], sys.argv[2] if len(sys.argv) == 3 else None)
