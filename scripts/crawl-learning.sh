#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Measures learning from a crawl: on a generated crawl whose spinner (the simulation, style a, its own thesaurus
# table) the default model does not know, restore held-out spins before and after learning a spinner table from the
# other spins, which tracing pairs with their sources.
# Usage: scripts/crawl-learning.sh CRAWL_DIR   (a folder written by: unspin trace --generate DIR ...)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CRAWL="$(cd "$1" && pwd)"
WORK="$CRAWL/learning"
rm -rf "$WORK" && mkdir -p "$WORK/heldout"
cd "$CRAWL"
# a quarter of the sources (by a hash of their name) are held out with all their spins
awk -F'\t' 'NR > 1 && $2 == "spin" { print $1 "\t" $3 }' truth.tsv | while IFS=$'\t' read -r spin source; do
  h=$(printf '%s' "$source" | md5sum | cut -c1)
  if [[ "$h" =~ [0-3] ]]; then
    name=$(basename "$spin" .txt)
    cp "$spin" "$WORK/heldout/$name.spun.txt"
    cp "$source" "$WORK/heldout/$name.orig.txt"
  else
    echo "$spin"
  fi
done > "$WORK/learn-queries.txt"
echo "learning from $(wc -l < "$WORK/learn-queries.txt") spins; $(ls "$WORK/heldout" | grep -c spun) held out"
"$ROOT/unspin" index --out "$WORK/idx" corpus/ 2>/dev/null
xargs "$ROOT/unspin" trace --index "$WORK/idx" --format json < "$WORK/learn-queries.txt" > "$WORK/results.jsonl"
"$ROOT/unspin" learn --from-trace "$WORK/results.jsonl" --index "$WORK/idx" --out "$WORK/crawl-table.tsv" \
  --family crawl 2>/dev/null
echo "== before learning (default models)"
"$ROOT/unspin" eval --spun "$WORK/heldout" --assume-spun | tail -1
echo "== after learning (default models + the crawl table)"
"$ROOT/unspin" eval --spun "$WORK/heldout" --assume-spun --spinner-table "$WORK/crawl-table.tsv" | tail -1
