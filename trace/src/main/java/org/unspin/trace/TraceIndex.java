// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import org.unspin.fetch.ModelFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.unspin.fetch.Progress;

/**
 * An index of candidate source documents that finds the sources of spun copies.
 *
 * <pre>{@code
 * TraceIndex.Builder b = TraceIndex.builder(FingerprintSettings.defaults());
 * b.add("https://example.com/a", textA);
 * TraceIndex index = b.build();
 * index.save(path);                                  // docs/formats/trace-index.md
 * List<SourceMatch> sources = TraceIndex.open(path).trace(spunText, TraceSettings.defaults());
 * }</pre>
 *
 * <p>Each document is fingerprinted ({@link Fingerprinter}) per word window; the MinHash signatures' LSH band keys
 * are kept in sorted arrays, so a lookup costs one binary search per band and window, not a comparison with every
 * document; a long document's paragraph-sized fine windows keep band keys too ({@link FineTable}), for short queries.
 * Candidates are ranked by estimated similarity, the best {@link TraceSettings#rescore()} are rescored on their exact
 * feature sets, and the reported ones are aligned passage by passage ({@link Aligner}). The index keeps the
 * documents' texts for that, as UTF-8.
 *
 * <p>Immutable after {@link Builder#build()} and safe to query from many threads.
 *
 * @since 0.1
 */
public final class TraceIndex {

  final FingerprintSettings settings;
  final List<String> names;
  /** The documents' texts, kept as UTF-8 ({@link Utf8Texts}). */
  final Utf8Texts texts;
  /** Document of each segment. */
  final int[] segmentDoc;
  /** Signatures, {@code numHashes} values per segment. */
  final int[] signatures;
  final LshTable lsh;
  /** Document of each fine window ({@link FingerprintSettings#fineWords()}), ascending. */
  final int[] fineDoc;
  /** The fine windows' band keys. */
  final FineTable fine;
  /** How its HTML pages were read; null in an index written before version 3, which did not record it. */
  final Documents.Html html;
  private final Fingerprinter fingerprinter;

  TraceIndex(FingerprintSettings settings, Documents.Html html, List<String> names, Utf8Texts texts,
      int[] segmentDoc, int[] signatures, LshTable lsh, int[] fineDoc, FineTable fine) {
    this.settings = settings;
    this.html = html;
    this.names = names;
    this.texts = texts;
    this.segmentDoc = segmentDoc;
    this.signatures = signatures;
    this.lsh = lsh;
    this.fineDoc = fineDoc;
    this.fine = fine;
    this.fingerprinter = Fingerprinter.of(settings);
  }

  /**
   * A builder that holds this index's documents with their fingerprints, to add documents to ({@code unspin index
   * --update}): only documents added or {@link Builder#put replaced} are fingerprinted when it builds.
   */
  public Builder toBuilder() {
    Builder b = new Builder(settings).html(html);
    int k = settings.numHashes();
    // each fine window's band keys, from the table (their order within a window does not matter to it)
    int[] perWindow = new int[fineDoc.length];
    for (long e : fine.entries) {
      perWindow[FineTable.windowOf(e)]++;
    }
    int[][] windowKeys = new int[fineDoc.length][];
    for (int w = 0; w < windowKeys.length; w++) {
      windowKeys[w] = new int[perWindow[w]];
      perWindow[w] = 0;
    }
    for (long e : fine.entries) {
      int w = FineTable.windowOf(e);
      windowKeys[w][perWindow[w]++] = FineTable.keyOf(e);
    }
    int s = 0;
    int fw = 0;
    for (int d = 0; d < names.size(); d++) {
      List<int[]> sigs = new ArrayList<>();
      List<long[]> keys = new ArrayList<>();
      for (; s < segmentDoc.length && segmentDoc[s] == d; s++) {
        int[] sig = java.util.Arrays.copyOfRange(signatures, s * k, (s + 1) * k);
        sigs.add(sig);
        keys.add(fingerprinter.bandKeys(sig));
      }
      List<int[]> fineKeys = new ArrayList<>();
      for (; fw < fineDoc.length && fineDoc[fw] == d; fw++) {
        fineKeys.add(windowKeys[fw]);
      }
      b.add(names.get(d), texts.bytes(d), new Fingerprint(names.get(d), 0, sigs, keys), fineKeys);
    }
    return b;
  }

  /** A builder for an index fingerprinted with {@code settings}. */
  public static Builder builder(FingerprintSettings settings) {
    return new Builder(settings);
  }

  /**
   * How the index read its HTML pages (and WARC records' pages): as their article, or whole ({@code --whole-page});
   * empty for an index written before it was recorded (format version 3). A query's pages are read alike, or its
   * template is weighed against pages without one.
   */
  public java.util.Optional<Documents.Html> html() {
    return java.util.Optional.ofNullable(html);
  }

  /** Reads an index written by {@link #save(Path)}; a damaged file is a {@link ModelFormatException}. */
  public static TraceIndex open(Path file) throws IOException {
    return IndexFormat.read(file);
  }

  /** Whether {@code file} starts as a trace index does (its magic), whatever its version or state after that. */
  public static boolean looksLikeIndex(Path file) throws IOException {
    byte[] head = new byte[IndexFormat.MAGIC.length];
    int n;
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    return n == head.length && java.util.Arrays.equals(head, IndexFormat.MAGIC);
  }

  /** Writes this index to {@code file} (format version {@value IndexFormat#VERSION}). */
  public void save(Path file) throws IOException {
    IndexFormat.write(this, file);
  }

  public FingerprintSettings settings() {
    return settings;
  }

  /** Number of documents. */
  public int size() {
    return names.size();
  }

  /** Number of fingerprinted windows (a long document has several). */
  public int segments() {
    return segmentDoc.length;
  }

  /** Number of LSH band entries (one per band per window). */
  public int bandEntries() {
    return lsh.size();
  }

  /** Number of fine windows ({@link FingerprintSettings#fineWords()}). */
  public int fineWindows() {
    return fineDoc.length;
  }

  /** Number of the fine windows' band entries. */
  public int fineBandEntries() {
    return fine.size();
  }

  /** The name (path or URL) of document {@code doc}. */
  public String name(int doc) {
    return names.get(doc);
  }

  /** The text of document {@code doc}. */
  public String text(int doc) {
    return texts.get(doc);
  }

  /** The documents by name (the first of each name), made on the first call of {@link #textOf(String)}. */
  private volatile Map<String, Integer> byName;

  /**
   * The text of the document named {@code name} (the first of that name), or null when the index holds none: the
   * text of a {@link SourceMatch}'s source, whose passages' offsets point into it.
   */
  public String textOf(String name) {
    Map<String, Integer> m = byName;
    if (m == null) { // racing threads build equal maps
      m = new HashMap<>();
      for (int d = 0; d < names.size(); d++) {
        m.putIfAbsent(names.get(d), d);
      }
      byName = m;
    }
    Integer d = m.get(name);
    return d == null ? null : texts.get(d);
  }

  /** The likely sources of {@code text}, best first (ties by index order). */
  public List<SourceMatch> trace(String text, TraceSettings ts) {
    return trace(text, ts, null);
  }

  /**
   * The likely sources of {@code text}, best first. {@code normaliser}, when not null, maps the text to a form
   * closer to its source (for instance a restorer's output); its features are added to the text's own.
   */
  public List<SourceMatch> trace(String text, TraceSettings ts, UnaryOperator<String> normaliser) {
    return trace(text, ts, normaliser, name -> false);
  }

  /**
   * The likely sources of {@code text}, best first, leaving out the documents whose name {@code exclude} accepts (for
   * instance the traced document itself when it is indexed too). {@code normaliser} as in
   * {@link #trace(String, TraceSettings, UnaryOperator)}. Where the sources found leave a part of the text of
   * {@value #MIN_UNEXPLAINED_WORDS} words or more uncovered by their passages (a patchwork: a spun copy of one article
   * followed by one of another), that part is traced on its own, and its sources join the list (at most {@link
   * TraceSettings#maxResults()} in all) with the part's score and containment.
   */
  public List<SourceMatch> trace(String text, TraceSettings ts, UnaryOperator<String> normaliser,
      java.util.function.Predicate<String> exclude) {
    List<SourceMatch> first = traceWhole(text, ts, normaliser, exclude);
    if (first.isEmpty() || first.size() >= ts.maxResults()) {
      return first;
    }
    // a patchwork (a spun copy of one article followed by one of another) is mostly the first source's; the part no
    // source found explains is traced on its own, so that its source is not lost behind the first one's score
    List<SourceMatch> out = new ArrayList<>(first);
    Set<String> found = new HashSet<>();
    first.forEach(m -> found.add(m.name()));
    for (org.unspin.text.Span gap : unexplained(text, first)) {
      String part = text.substring(gap.start(), gap.end());
      for (SourceMatch m : traceWhole(part, ts, normaliser, name -> found.contains(name) || exclude.test(name))) {
        if (out.size() >= ts.maxResults()) {
          break;
        }
        List<Passage> shifted = new ArrayList<>(m.passages().size());
        for (Passage p : m.passages()) {
          shifted.add(new Passage(p.source(), new org.unspin.text.Span(p.query().start() + gap.start(),
              p.query().end() + gap.start()), p.similarity()));
        }
        out.add(new SourceMatch(m.name(), m.score(), m.containment(), shifted));
        found.add(m.name());
      }
    }
    out.sort((a, b) -> Double.compare(b.score(), a.score()));
    return List.copyOf(out);
  }

  /** Fewest words a part of a traced text that no source's passages cover must have to be traced on its own. */
  static final int MIN_UNEXPLAINED_WORDS = 30;

  /**
   * The parts of {@code text} that none of {@code matches}' passages cover and that hold at least {@link
   * #MIN_UNEXPLAINED_WORDS} words, longest first, at most four.
   */
  static List<org.unspin.text.Span> unexplained(String text, List<SourceMatch> matches) {
    List<org.unspin.text.Span> covered = new ArrayList<>();
    for (SourceMatch m : matches) {
      for (Passage p : m.passages()) {
        covered.add(p.query());
      }
    }
    covered.sort(null);
    List<org.unspin.text.Span> gaps = new ArrayList<>();
    int at = 0;
    for (org.unspin.text.Span c : covered) {
      if (c.start() > at) {
        gaps.add(new org.unspin.text.Span(at, c.start()));
      }
      at = Math.max(at, c.end());
    }
    if (at < text.length()) {
      gaps.add(new org.unspin.text.Span(at, text.length()));
    }
    gaps.removeIf(g -> words(text, g) < MIN_UNEXPLAINED_WORDS);
    gaps.sort((a, b) -> Integer.compare(b.length(), a.length()));
    return gaps.size() > 4 ? gaps.subList(0, 4) : gaps;
  }

  private static int words(String text, org.unspin.text.Span span) {
    int n = 0;
    boolean inWord = false;
    for (int i = span.start(); i < span.end(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      n += letter && !inWord ? 1 : 0;
      inWord = letter;
    }
    return n;
  }

  /** One tracing of the whole of {@code text}. */
  private List<SourceMatch> traceWhole(String text, TraceSettings ts, UnaryOperator<String> normaliser,
      java.util.function.Predicate<String> exclude) {
    Features qf = fingerprinter.features(text);
    if (normaliser != null) {
      qf = qf.union(fingerprinter.features(normaliser.apply(text)));
    }
    List<int[]> querySigs = fingerprinter.segmentSignatures(qf);
    Map<Integer, Double> estimate = candidates(querySigs);
    estimate.keySet().removeIf(doc -> exclude.test(names.get(doc)));
    List<Integer> docs = new ArrayList<>(estimate.keySet());
    docs.sort((a, b) -> {
      int c = Double.compare(estimate.get(b), estimate.get(a));
      return c != 0 ? c : Integer.compare(a, b);
    });
    if (docs.size() > ts.rescore()) {
      docs = docs.subList(0, ts.rescore());
    }
    // a candidate estimated below a third of the best cannot outrank it once rescored (the estimate's standard error
    // is about 0.03 at 256 hashes); dropping it saves the costly exact rescoring. Spins and their sources estimate
    // 0.2 and more, unrelated pages 0.05 and less, so candidates above 0.1 are kept even behind a verbatim copy.
    if (!docs.isEmpty()) {
      double cut = Math.min(estimate.get(docs.get(0)) / 3, 0.1);
      int keep = 0;
      while (keep < docs.size() && estimate.get(docs.get(keep)) >= cut) {
        keep++;
      }
      docs = docs.subList(0, keep);
    }
    // a short copied part of a longer text (a paragraph lifted into an essay) is a small share of the whole, below
    // every whole-text estimate: its own windows of LOCAL_WORDS words look it up, and the best of what they find
    // are rescored too
    List<int[]> local = localWindows(qf.words());
    List<long[]> localFeatures = new ArrayList<>(local.size());
    List<int[]> localSigs = new ArrayList<>(local.size());
    if (!local.isEmpty()) {
      for (int[] w : local) {
        long[] f = qf.window(w[0], w[1]);
        localFeatures.add(f);
        localSigs.add(fingerprinter.signature(f));
      }
      docs = withBest(docs, candidates(localSigs), LOCAL_CANDIDATES, exclude);
    }
    // a short query (a paragraph) holds too small a share of a long source's windows to be proposed by them: the
    // source's fine windows, of about a paragraph's length, are looked up with the query's and its local windows'
    // signatures, and the documents whose windows share the most bands are rescored too
    if (fine.size() > 0) {
      List<int[]> sigs = new ArrayList<>(querySigs);
      sigs.addAll(localSigs);
      docs = withBest(docs, fineCandidates(sigs), FINE_CANDIDATES, exclude);
    }
    long[] q = qf.distinct();
    List<long[]> queryWindows = new ArrayList<>();
    List<int[]> qw = fingerprinter.windows(qf.words());
    if (qw.size() > 1) {
      for (int[] w : qw) {
        queryWindows.add(qf.window(w[0], w[1]));
      }
    }
    List<Scored> scored = new ArrayList<>();
    for (int doc : docs) {
      String source = texts.get(doc); // decoded from UTF-8 once: rescored here, aligned below if reported
      Features df = fingerprinter.features(source);
      long[] d = df.distinct();
      int inter = Features.intersection(q, d);
      double jaccard = Features.jaccard(q, d);
      double containment = q.length == 0 ? 0 : (double) inter / q.length;
      // against a long source, a copy of part of it is as similar as its best window; and a long page that holds a
      // copy of a short source is as similar to it as the page's best window
      List<int[]> windows = fingerprinter.windows(df.words());
      if (windows.size() > 1) {
        for (int[] w : windows) {
          jaccard = Math.max(jaccard, Features.jaccard(q, df.window(w[0], w[1])));
        }
      }
      for (long[] w : queryWindows) {
        jaccard = Math.max(jaccard, Features.jaccard(w, d));
      }
      // a paragraph-long query is as similar as the source's best fine window (not a longer one: its windows'
      // similarity says enough, and a source sharing one paragraph with it would score like its whole source);
      // against a window that small an unrelated page of the same genre can reach the score by its phrasing, so
      // where only a fine window reaches it, and not by far, the copied passage must be there too, as for a part
      double fine = 0;
      if (qf.words() <= settings.fineWords() + settings.fineWords() / 2) {
        for (int[] w : fingerprinter.fineWindows(df.words())) {
          fine = Math.max(fine, Features.jaccard(q, df.window(w[0], w[1])));
        }
      }
      if (jaccard >= ts.minScore()) {
        scored.add(new Scored(doc, source, Math.max(jaccard, fine), containment, false));
        continue;
      }
      if (fine >= ts.minScore()) {
        scored.add(new Scored(doc, source, fine, containment, fine < FINE_WITHOUT_PASSAGE));
        continue;
      }
      // a part of the text mostly found in the source (or in one window of a long one), and aligned with it
      double part = 0;
      for (long[] w : localFeatures) {
        if (w.length < LOCAL_MIN_FEATURES) {
          continue;
        }
        if (windows.size() > 1) {
          for (int[] dw : windows) {
            part = Math.max(part, (double) Features.intersection(w, df.window(dw[0], dw[1])) / w.length);
          }
        } else {
          part = Math.max(part, (double) Features.intersection(w, d) / w.length);
        }
      }
      if (part >= LOCAL_CONTAINMENT) {
        scored.add(new Scored(doc, source, jaccard, part, true));
      }
    }
    scored.sort((a, b) -> {
      int c = Double.compare(b.score, a.score);
      return c != 0 ? c : Integer.compare(a.doc, b.doc);
    });
    Aligner aligner = Aligner.of(ts, settings.rareWordLength());
    List<SourceMatch> out = new ArrayList<>();
    for (Scored s : scored) {
      if (out.size() >= ts.maxResults()) {
        break;
      }
      List<Passage> passages = aligner.align(s.text, text);
      if (s.part && words(text, passages) < MIN_PART_PASSAGE_WORDS) {
        continue; // shared phrasing in a window, not a copied passage
      }
      out.add(new SourceMatch(names.get(s.doc), s.score, s.containment, passages));
    }
    return List.copyOf(out);
  }

  /**
   * {@code docs} followed by the best {@code most} of {@code found} (by value, then document number) that it does not
   * hold yet, leaving out those {@code exclude} names.
   */
  private List<Integer> withBest(List<Integer> docs, Map<Integer, Double> found, int most,
      java.util.function.Predicate<String> exclude) {
    found.keySet().removeIf(doc -> exclude.test(names.get(doc)));
    List<Integer> ranked = new ArrayList<>(found.keySet());
    ranked.sort((a, b) -> {
      int c = Double.compare(found.get(b), found.get(a));
      return c != 0 ? c : Integer.compare(a, b);
    });
    List<Integer> union = new ArrayList<>(docs);
    for (int doc : ranked.subList(0, Math.min(most, ranked.size()))) {
      if (!union.contains(doc)) {
        union.add(doc);
      }
    }
    return union;
  }

  /**
   * Similarity to a fine window from which a paragraph-long query's source is reported without an aligned passage:
   * unrelated manuals reached 0.10-0.13 against fine windows by their shared phrasing (scale trial, 200 held-out
   * texts), where spun paragraphs that the aligner finds no passage in (most of their sentences' words swapped)
   * were 0.15-0.37 similar to their source's window.
   */
  static final double FINE_WITHOUT_PASSAGE = 0.2;

  /** Most documents the fine windows' lookups add to the candidates. */
  static final int FINE_CANDIDATES = 10;

  /**
   * Documents whose fine windows share band keys with any of {@code querySigs}' fine keys, with the most bands one of
   * their windows shares with one signature.
   */
  private Map<Integer, Double> fineCandidates(List<int[]> querySigs) {
    Map<Integer, Double> best = new HashMap<>();
    for (int[] qs : querySigs) {
      Map<Integer, Integer> hits = new HashMap<>();
      int[] keys = fingerprinter.fineKeys(fingerprinter.bandKeys(qs));
      for (int[] r : reads(keys.length, b -> fine.first(keys[b]), fine::end)) {
        for (int i = r[0]; i < r[1]; i++) {
          hits.merge(FineTable.windowOf(fine.entries[i]), 1, Integer::sum);
        }
      }
      hits.forEach((window, n) -> best.merge(fineDoc[window], (double) n, Math::max));
    }
    return best;
  }

  /**
   * Fewest words of the traced text that the aligned passages of a source reported for a part of it (or found
   * through a fine window) must hold: a copied part of {@link #LOCAL_WORDS} words is aligned as a passage of about
   * as many, where one sentence of ten words that two manuals both write ("The name of the index method to be
   * used.") had made a source of a 683-word text that copied nothing.
   */
  static final int MIN_PART_PASSAGE_WORDS = 20;

  /** Words of the traced text inside {@code passages}. */
  private static int words(String text, List<Passage> passages) {
    int n = 0;
    for (Passage p : passages) {
      n += words(text, p.query());
    }
    return n;
  }

  /** Words of the windows a text is also looked up in, to find a short copied part of it. */
  static final int LOCAL_WORDS = 40;

  /** Most documents the windows' lookups add to the whole text's candidates. */
  static final int LOCAL_CANDIDATES = 10;

  /**
   * Share of a window's features a source (or a window of a long one) must hold for the source to be reported for
   * that part of the text, with an aligned passage: on 40-word windows of essays holding 40 to 100 copied or spun
   * words of clean-news openings, the true source held 0.31 or more (median 0.57 for 40 spun words), the best of 229
   * other openings 0.24 at most; at 0.3 rather than 0.4 one more spun part was found but 24 more neighbouring cuts
   * of the same Brown texts were named in the synthetic crawl (docs/algorithms/tracing.md).
   */
  static final double LOCAL_CONTAINMENT = 0.4;

  /** Fewest distinct features a window needs to be judged: a few words of a list or a table say little. */
  static final int LOCAL_MIN_FEATURES = 15;

  /**
   * Half-overlapping windows of {@link #LOCAL_WORDS} words over a text of {@code words} words, the last ending at its
   * end; none for a text too short to hold two.
   */
  static List<int[]> localWindows(int words) {
    return words <= LOCAL_WORDS + LOCAL_WORDS / 2 ? List.of() : Fingerprinter.halfOverlapping(words, LOCAL_WORDS);
  }

  /**
   * A rescored candidate and its text; {@code part}: reported for a part of the text ({@code containment} that
   * part's) where an aligned passage is found.
   */
  private record Scored(int doc, String text, double score, double containment, boolean part) {}

  /**
   * How many documents the LSH lookup of {@code text}'s windows proposes before ranking, its fine windows' lookup
   * included (of which the best {@value #FINE_CANDIDATES} are rescored): a measure of how selective the banding is
   * (the rest of the index is never looked at).
   */
  public int candidateCount(String text) {
    List<int[]> sigs = fingerprinter.segmentSignatures(fingerprinter.features(text));
    Set<Integer> docs = new HashSet<>(candidates(sigs).keySet());
    if (fine.size() > 0) {
      docs.addAll(fineCandidates(sigs).keySet());
    }
    return docs.size();
  }

  /**
   * Entries over which an LSH bucket is full: boilerplate that very many pages share (a newsletter footer, a cookie
   * notice, a licence), or very many copies of one text. Read whole, full buckets made a query that holds such a
   * passage estimate its similarity to every page that has it, so a query's cost grew with the index (a crawl of
   * 10,000 pages all ending in one footer: 9,366 candidates a query, 116 without the footer; docs/benchmarks.md).
   * A lookup reads every entry of the other buckets, and of the full ones, together, as many as this (the first of
   * each, in index order), which still propose a text copied thousands of times by its first copies.
   */
  static final int BUCKET_READ = 100;

  /**
   * The entries a lookup of {@code bands} band keys reads, {@code {from, to}} for each bucket found: {@code first}
   * gives the first entry of band {@code b}'s bucket (-1: none) and {@code end} the entry after the bucket's last.
   * A bucket of over {@link #BUCKET_READ} entries is full; the full ones are read {@code BUCKET_READ} entries in all.
   */
  static List<int[]> reads(int bands, java.util.function.IntUnaryOperator first,
      java.util.function.IntUnaryOperator end) {
    List<int[]> out = new ArrayList<>(bands);
    int full = 0;
    for (int b = 0; b < bands; b++) {
      int f = first.applyAsInt(b);
      if (f >= 0) {
        int e = end.applyAsInt(f);
        out.add(new int[] {f, e});
        full += e - f > BUCKET_READ ? 1 : 0;
      }
    }
    for (int[] r : out) {
      if (r[1] - r[0] > BUCKET_READ) {
        r[1] = r[0] + Math.max(1, BUCKET_READ / full);
      }
    }
    return out;
  }

  /** Candidate documents of the query windows, with the best estimated similarity of any window pair. */
  private Map<Integer, Double> candidates(List<int[]> querySigs) {
    Map<Integer, Double> best = new HashMap<>();
    int k = settings.numHashes();
    int[] sig = new int[k];
    for (int[] qs : querySigs) {
      Set<Integer> segs = new HashSet<>();
      long[] keys = fingerprinter.bandKeys(qs);
      for (int[] r : reads(keys.length, b -> lsh.first(keys[b]), lsh::end)) {
        for (int i = r[0]; i < r[1]; i++) {
          segs.add(lsh.segments[i]);
        }
      }
      for (int seg : segs) {
        System.arraycopy(signatures, seg * k, sig, 0, k);
        double est = Fingerprinter.similarity(qs, sig);
        best.merge(segmentDoc[seg], est, Math::max);
      }
    }
    return best;
  }

  /**
   * Groups the indexed documents into families: documents whose estimated similarity (over any pair of their
   * windows) reaches {@link TraceSettings#familyThreshold()}, and whose two windows do not disagree on their numbers
   * ({@link Facts#disagree}: articles written on one template, such as daily market reports), are joined,
   * transitively. Only families of two or more
   * documents are returned, in the order of their first member. LSH buckets larger than {@code maxBucket} (boiler
   * plate shared by very many pages) are skipped.
   */
  public List<Family> families(TraceSettings ts, int maxBucket) {
    int n = names.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    int k = settings.numHashes();
    Set<Long> tested = new HashSet<>();
    WindowNumbers numbers = new WindowNumbers();
    int[] a = new int[k];
    int[] b = new int[k];
    int i = 0;
    while (i < lsh.keys.length) {
      int j = i;
      while (j < lsh.keys.length && lsh.keys[j] == lsh.keys[i]) {
        j++;
      }
      if (j - i > 1 && j - i <= maxBucket) {
        for (int x = i; x < j; x++) {
          for (int y = x + 1; y < j; y++) {
            int sx = lsh.segments[x];
            int sy = lsh.segments[y];
            int dx = segmentDoc[sx];
            int dy = segmentDoc[sy];
            if (dx == dy || find(parent, dx) == find(parent, dy)) {
              continue;
            }
            if (!tested.add(((long) sx << 32) | sy)) {
              continue;
            }
            System.arraycopy(signatures, sx * k, a, 0, k);
            System.arraycopy(signatures, sy * k, b, 0, k);
            if (Fingerprinter.similarity(a, b) >= ts.familyThreshold()
                && !Facts.disagree(numbers.of(sx), numbers.of(sy))) {
              parent[find(parent, dx)] = find(parent, dy);
            }
          }
        }
      }
      i = j;
    }
    Map<Integer, List<String>> groups = new LinkedHashMap<>();
    for (int d = 0; d < n; d++) {
      groups.computeIfAbsent(find(parent, d), r -> new ArrayList<>()).add(names.get(d));
    }
    List<List<String>> ordered = new ArrayList<>();
    for (List<String> g : groups.values()) {
      if (g.size() > 1) {
        ordered.add(g);
      }
    }
    List<Family> out = new ArrayList<>();
    for (List<String> g : ordered) {
      out.add(new Family(out.size(), g));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The numbers of each window ({@link Facts#numbers}), worked out for all windows of a document when one of them is
   * first compared: its text is tokenised once.
   */
  private final class WindowNumbers {
    private final Map<Integer, Set<String>> bySegment = new HashMap<>();

    Set<String> of(int segment) {
      if (!bySegment.containsKey(segment)) {
        addDocumentOf(segment);
      }
      return bySegment.get(segment);
    }

    private void addDocumentOf(int segment) {
      int doc = segmentDoc[segment];
      int first = segment;
      while (first > 0 && segmentDoc[first - 1] == doc) {
        first--;
      }
      List<Terms.Term> terms = Terms.of(texts.get(doc), settings.rareWordLength());
      int words = (int) terms.stream().filter(Terms.Term::isWord).count();
      List<int[]> windows = fingerprinter.windows(words);
      for (int s = first; s < segmentDoc.length && segmentDoc[s] == doc; s++) {
        int[] w = windows.get(Math.min(s - first, windows.size() - 1));
        bySegment.put(s, Facts.numbers(terms, w[0], w[1]));
      }
    }
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  /**
   * Collects documents and fingerprints them in {@link #build()} (on all cores). Not thread-safe. Document names
   * should be unique; a repeated name is kept as another document.
   */
  public static final class Builder {
    private final FingerprintSettings settings;
    private final List<String> names = new ArrayList<>();
    /** The texts as UTF-8, as the index keeps them: an update holds no second copy of its documents' texts. */
    private final List<byte[]> texts = new ArrayList<>();
    /** Each document's fingerprint when it is known (an index's own documents), else null: made by build. */
    private final List<Fingerprint> prints = new ArrayList<>();
    /** Each document's fine windows' keys, known when its fingerprint is. */
    private final List<List<int[]>> fines = new ArrayList<>();
    private final java.util.Map<String, Integer> byName = new java.util.HashMap<>();
    private UnaryOperator<String> normaliser;
    private Documents.Html html = Documents.Html.ARTICLE;

    Builder(FingerprintSettings settings) {
      this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Records how the documents' HTML pages were read (default {@link Documents.Html#ARTICLE}); null: not recorded,
     * as in an index written before format version 3. The builder reads nothing itself.
     */
    public Builder html(Documents.Html html) {
      this.html = html;
      return this;
    }

    /**
     * Also index the features of {@code normaliser}'s output for each document (for instance the restored text of a
     * crawled page that may itself be spun). Null for none.
     */
    public Builder normaliser(UnaryOperator<String> normaliser) {
      this.normaliser = normaliser;
      return this;
    }

    /** Adds a document; returns its number. */
    public int add(String name, String text) {
      return add(name, utf8(text), null, null);
    }

    private static byte[] utf8(String text) {
      return Objects.requireNonNull(text, "text").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private int add(String name, byte[] text, Fingerprint print, List<int[]> fineKeys) {
      names.add(Objects.requireNonNull(name, "name"));
      texts.add(text);
      prints.add(print);
      fines.add(fineKeys);
      byName.putIfAbsent(name, names.size() - 1);
      return names.size() - 1;
    }

    /**
     * Replaces the text of the first document named {@code name}, if there is one, to be fingerprinted anew (a page
     * crawled again); otherwise adds it. Returns true when a document was replaced.
     */
    public boolean put(String name, String text) {
      Integer d = byName.get(Objects.requireNonNull(name, "name"));
      if (d == null) {
        add(name, text);
        return false;
      }
      texts.set(d, utf8(text));
      prints.set(d, null);
      fines.set(d, null);
      return true;
    }

    /**
     * Removes every document named {@code name} (a withdrawn article, a file deleted from the corpus); returns how
     * many there were.
     */
    public int remove(String name) {
      Objects.requireNonNull(name, "name");
      return removeIf(name::equals);
    }

    /**
     * Removes every document whose name {@code which} accepts (the documents of a withdrawn folder), in one pass
     * however many; returns how many there were.
     */
    public int removeIf(java.util.function.Predicate<String> which) {
      Objects.requireNonNull(which, "which");
      int n = names.size();
      int kept = 0;
      for (int d = 0; d < n; d++) {
        if (!which.test(names.get(d))) {
          names.set(kept, names.get(d));
          texts.set(kept, texts.get(d));
          prints.set(kept, prints.get(d));
          fines.set(kept, fines.get(d));
          kept++;
        }
      }
      if (kept < n) {
        names.subList(kept, n).clear();
        texts.subList(kept, n).clear();
        prints.subList(kept, n).clear();
        fines.subList(kept, n).clear();
        byName.clear();
        for (int d = 0; d < names.size(); d++) {
          byName.putIfAbsent(names.get(d), d);
        }
      }
      return n - kept;
    }

    /** The names of the documents, in index order (a name given twice is listed twice). */
    public List<String> names() {
      return List.copyOf(names);
    }

    /** Number of documents added so far. */
    public int size() {
      return names.size();
    }

    /** Fingerprints the documents and builds the index. */
    public TraceIndex build() {
      return build(Progress.NONE);
    }

    /**
     * Fingerprints the documents on all cores and builds the index; every 1,000 documents are reported to
     * {@code progress}, from worker threads but never two calls at once (they synchronize on it).
     */
    public TraceIndex build(Progress progress) {
      Fingerprinter fp = Fingerprinter.of(settings);
      int n = names.size();
      Fingerprint[] prints = this.prints.toArray(new Fingerprint[0]);
      @SuppressWarnings("unchecked")
      List<int[]>[] fines = this.fines.toArray(new List[0]);
      int[] todo = IntStream.range(0, n).filter(d -> prints[d] == null).toArray();
      java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
      progress.start("fingerprinting", todo.length);
      java.util.Arrays.stream(todo).parallel().forEach(d -> {
        Features f = fp.features(new String(texts.get(d), java.nio.charset.StandardCharsets.UTF_8), normaliser);
        prints[d] = fp.fingerprint(names.get(d), f);
        fines[d] = fp.fineBandKeys(f);
        int k = done.incrementAndGet();
        if (k % 1000 == 0) {
          synchronized (progress) {
            progress.advance(k);
          }
        }
      });
      progress.advance(todo.length);
      progress.finish();
      int segs = 0;
      for (Fingerprint p : prints) {
        segs += p.signatures().size();
      }
      int k = settings.numHashes();
      int[] segmentDoc = new int[segs];
      int[] sigs = new int[segs * k];
      long[][] keys = new long[segs][];
      int s = 0;
      for (int d = 0; d < n; d++) {
        for (int w = 0; w < prints[d].signatures().size(); w++) {
          segmentDoc[s] = d;
          System.arraycopy(prints[d].signatures().get(w), 0, sigs, s * k, k);
          keys[s] = prints[d].bandKeys().get(w);
          s++;
        }
        prints[d] = null; // copied: a fingerprint made here is let go as the copies grow (one of the builder's stays)
      }
      LshTable lsh = LshTable.build(keys);
      keys = null; // in the table now
      int windows = 0;
      for (List<int[]> f : fines) {
        windows += f.size();
      }
      int[] fineDoc = new int[windows];
      int[][] fineKeys = new int[windows][];
      int w = 0;
      for (int d = 0; d < n; d++) {
        for (int[] k2 : fines[d]) {
          fineDoc[w] = d;
          fineKeys[w++] = k2;
        }
        fines[d] = null;
      }
      FineTable fine = FineTable.build(fineKeys);
      return new TraceIndex(settings, html, List.copyOf(names), new Utf8Texts(texts.toArray(new byte[0][])),
          segmentDoc, sigs, lsh, fineDoc, fine);
    }
  }

  @Override
  public String toString() {
    return "TraceIndex[" + size() + " documents, " + segments() + " segments, " + lsh.size() + " band entries, "
        + fineWindows() + " fine windows]";
  }
}
