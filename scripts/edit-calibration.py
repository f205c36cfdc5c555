#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""How often restoration's edits are right, by their stated confidence: reads the audit file that
LeaveOneOriginalOut writes with -Daudit=FILE (one line per edit; columns in its javadoc) and prints

  * the edits by kind (right, span, word, harm: what Evaluation counts their hunk as) and by origin;
  * a reliability table: per confidence band, the mean confidence against the share of edits whose hunk is right
    (Evaluation's strict edit precision), whose written words are the original's ("words") and that lower the word
    distance to the original when applied alone ("helps"), with the expected calibration error (ECE) of each;
  * what a monotone (isotonic) map of confidence to the share of right words would give, fitted on every other
    text and applied to the held-out one (leave-one-text-out), as ECE and Brier score against the raw confidence.

Usage: scripts/edit-calibration.py AUDIT_FILE
(docs/benchmarks.md, "Edit precision and confidence on real spun news", stop 57)
"""
import collections
import sys

BANDS = [0.0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0001]


def read(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            rows.append({"text": c[0], "origin": c[3] + "/" + c[4], "conf": float(c[5]), "helps": int(c[6]) < 0,
                         "kind": c[9], "words": c[11] == "1"})
    return rows


def bands(rows, conf):
    out = []
    for lo, hi in zip(BANDS, BANDS[1:]):
        sel = [r for r in rows if lo <= conf(r) < hi]
        if sel:
            out.append((lo, min(hi, 1.0), sel))
    return out


def ece(rows, conf, right):
    return sum(abs(sum(conf(r) for r in sel) - sum(right(r) for r in sel)) for _, _, sel in bands(rows, conf)) \
        / len(rows)


def isotonic(points):
    """Pool adjacent violators over (x, y) sorted by x, equal x pooled first: [[x_max, value, weight], ...]."""
    pooled = []
    for x, y in points:
        if pooled and pooled[-1][0] == x:
            p = pooled[-1]
            p[1] = (p[1] * p[2] + y) / (p[2] + 1)
            p[2] += 1
        else:
            pooled.append([x, y, 1.0])
    blocks = []
    for b in pooled:
        blocks.append(list(b))
        while len(blocks) > 1 and blocks[-2][1] >= blocks[-1][1]:
            last = blocks.pop()
            prev = blocks[-1]
            prev[1] = (prev[1] * prev[2] + last[1] * last[2]) / (prev[2] + last[2])
            prev[2] += last[2]
            prev[0] = last[0]
    return blocks


def apply(blocks, x):
    for x_max, value, _ in blocks:
        if x <= x_max:
            return value
    return blocks[-1][1]


def main(path):
    rows = read(path)
    n = len(rows)
    print(f"{n} edits; by kind: " + ", ".join(f"{k} {v}" for k, v in collections.Counter(
        r["kind"] for r in rows).most_common()))
    by_origin = collections.defaultdict(collections.Counter)
    for r in rows:
        by_origin[r["origin"]][r["kind"]] += 1
    for origin, c in sorted(by_origin.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {origin}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    conf = lambda r: r["conf"]  # noqa: E731
    print("confidence   edits  mean conf  right (strict)  right words  helps   harm  word  span")
    for lo, hi, sel in bands(rows, conf):
        m = len(sel)
        kinds = collections.Counter(r["kind"] for r in sel)
        print(f"{lo:.2f}-{hi:.2f}  {m:6d}  {sum(map(conf, sel)) / m:9.3f}  {kinds['right'] / m:14.3f}  "
              f"{sum(r['words'] for r in sel) / m:11.3f}  {sum(r['helps'] for r in sel) / m:5.3f}  "
              f"{kinds['harm']:5d} {kinds['word']:5d} {kinds['span']:5d}")
    print(f"ECE: strict {ece(rows, conf, lambda r: r['kind'] == 'right'):.3f}, right words "
          f"{ece(rows, conf, lambda r: r['words']):.3f}, helps {ece(rows, conf, lambda r: r['helps']):.3f}")
    held = []
    for text in sorted({r["text"] for r in rows}):
        blocks = isotonic(sorted((r["conf"], 1.0 if r["words"] else 0.0) for r in rows if r["text"] != text))
        held += [dict(r, cal=apply(blocks, r["conf"])) for r in rows if r["text"] == text]
    brier = lambda c: sum((c(r) - r["words"]) ** 2 for r in held) / len(held)  # noqa: E731
    cal = lambda r: r["cal"]  # noqa: E731
    print(f"right words, leave-one-text-out isotonic map: ECE {ece(held, conf, lambda r: r['words']):.3f} -> "
          f"{ece(held, cal, lambda r: r['words']):.3f}, Brier {brier(conf):.4f} -> {brier(cal):.4f}")
    blocks = isotonic(sorted((r["conf"], 1.0 if r["words"] else 0.0) for r in rows))
    print("the map fitted on all: " + ", ".join(f"<= {b[0]:.3f}: {b[1]:.3f} ({int(b[2])})" for b in blocks))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: scripts/edit-calibration.py AUDIT_FILE")
    main(sys.argv[1])
