// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.unspin.fetch.Store;
import org.unspin.lm.LanguageModel;
import org.unspin.lm.LanguageModels;
import org.unspin.lexicon.SpinnerModels;
import org.unspin.lexicon.SpinnerTable;
import org.unspin.lexicon.SpinnerTables;
import org.unspin.lexicon.TableEntry;
import org.unspin.lexicon.WordCounts;
import org.unspin.lexicon.learn.Aligner;
import org.unspin.lexicon.learn.ContextScorer;
import org.unspin.lexicon.learn.Corpus;
import org.unspin.lexicon.learn.Evaluation;
import org.unspin.lexicon.learn.PhraseLists;
import org.unspin.lexicon.learn.SupervisedLearner;
import org.unspin.lexicon.learn.TableGeneralizer;
import org.unspin.lexicon.learn.UnsupervisedLearner;
import org.unspin.thesaurus.Thesauri;
import org.unspin.thesaurus.Moby;
import org.unspin.thesaurus.Thesaurus;
import org.unspin.thesaurus.WordNet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code unspin learn}: learns spinner tables, or measures the spinner models with {@code --evaluate}. */
@Command(name = "learn",
    description = {
      "Learns a spinner substitution table (docs/formats/spinner-table.md) from spun/original pairs (--spun and "
          + "--orig) or from spun text alone (--spun only: frequency analysis against clean news, thesaurus links, "
          + "EM).",
      "With --evaluate, measures instead: leave-one-original-out candidate coverage on the pairs, unsupervised vs "
          + "supervised entry precision/recall, and (with --phrases) candidate recall on a tortured-phrase list "
          + "split by expected phrase."
    })
final class LearnCommand extends BaseCommand {

  @Option(names = "--word-counts", description = "Instead of learning, write the lower-case word counts of the "
      + "--spun texts, and the number of texts each occurs in, to --out (how the bundled news-words.tsv is made "
      + "from clean news).")
  boolean wordCounts;

  @Option(names = "--spun", paramLabel = "DIR",
      description = "Spun texts: NAME.spun.txt or NAME.txt, any depth (more-spins/NAME/x.txt pairs with NAME).")
  Path spun;

  @Option(names = "--from-trace", paramLabel = "RESULTS", description = "Instead of --spun: learn from the output "
      + "of `unspin trace --format json` (docs/formats/trace-jsonl.md): each traced document's aligned passages "
      + "against its best source, so tables grow from the copies a crawl finds.")
  Path fromTrace;

  @Option(names = "--index", paramLabel = "IDX", description = "With --from-trace: the trace index, to read the "
      + "sources' texts (otherwise they are read from the files the results name).")
  Path index;

  @Option(names = "--min-score", defaultValue = "0.3", paramLabel = "S", description = "With --from-trace: use a "
      + "document only when its best source scores at least S (default: ${DEFAULT-VALUE}).")
  double minScore;

  @Option(names = "--orig", paramLabel = "DIR", description = "Originals: NAME.orig.txt or NAME.txt, at the spun "
      + "text's place under DIR (spun/2024/a.txt pairs with DIR/2024/a.txt), else the only one of its name. Without "
      + "it, learning is unsupervised.")
  Path orig;

  @Option(names = "--out", paramLabel = "TABLE", description = "Where to write the learned table: a new file, or a "
      + "spinner table there before, which is replaced (and said so); any other file is refused, not written over.")
  Path out;

  @Option(names = "--family", defaultValue = "A", description = "Family name of the table, and which texts to learn "
      + "from: a text whose NAME.meta.json (or the folder's index.tsv) names another spinner_family is left out, and "
      + "said so (default: ${DEFAULT-VALUE}; --all-families keeps every text). To use the table beside the bundled "
      + "family A (restore --spinner-table), give it a name of its own.")
  String family;

  @Option(names = "--all-families", description = "Learn from every document, whatever its meta family.")
  boolean allFamilies;

  @Option(names = "--clean", paramLabel = "DIR", description = "Clean texts of the same genre for unsupervised "
      + "learning (default: the bundled clean-news word counts and document frequencies, without the context test "
      + "clean texts allow).")
  Path clean;

  @Option(names = "--unpaired", paramLabel = "DIR", description = "With --orig: also learn unsupervised from "
      + "these spun-only texts and add entries for spun forms the supervised table lacks (with --evaluate: "
      + "compare that unsupervised table with the supervised one).")
  Path unpaired;

  @Option(names = "--no-thesaurus", description = "Do not load WordNet and Moby (no thesaurus links or lemma "
      + "vocabulary; unsupervised learning then finds morphology links only).")
  boolean noThesaurus;

  @Option(names = "--evaluate", description = "Measure the spinner models instead of writing a table.")
  boolean evaluate;

  @Option(names = "--phrases", paramLabel = "FILE", description = "With --evaluate: a tortured-phrase list "
      + "(tortured<TAB>expected) for candidate recall, split in halves by expected phrase.")
  Path phrases;

  @Option(names = "--list-share", paramLabel = "S", description = "With --evaluate --phrases: learn from only this "
      + "share (over 0, at most 1) of the list half, chosen by expected phrase as eval --tortured --list-share "
      + "chooses it; the test half stays the same, so that several shares measure how candidate recall grows with "
      + "the list's size (default: 1, the whole list half).")
  Double listShare;

  @Option(names = "--synonym-limit", defaultValue = "40", description = "Open-channel thesaurus neighbours kept "
      + "per rare spun word in --evaluate (default: ${DEFAULT-VALUE}, as SpinnerModels.loadDefault).")
  int synonymLimit;

  @Option(names = "--common-limit", defaultValue = "5", description = "... and per common spun word (clean-news "
      + "count above --common-threshold); 0 treats every word as rare (default: ${DEFAULT-VALUE}).")
  int commonLimit;

  @Option(names = "--common-threshold", defaultValue = "20", description = "Clean-news count above which a spun "
      + "word is common (default: ${DEFAULT-VALUE}).")
  int commonThreshold;

  @Option(names = "--symmetric", defaultValue = "0", paramLabel = "WEIGHT", description = "Supervised: also add "
      + "each unseen reverse entry (s -> o for o -> s) at WEIGHT times its probability (default: ${DEFAULT-VALUE}, "
      + "off; the bundled table is learned without it).")
  double symmetric;

  @Option(names = "--context-lm", description = "Unsupervised learning: also put each thesaurus neighbour and "
      + "derivational relative of an over-represented spun word in its place, under the default language model, and "
      + "link those the model clearly prefers (docs/algorithms/spinner-models.md).")
  boolean contextLm;

  @Option(names = "--neural", description = "Unsupervised learning: keep a link between a spun word and an original "
      + "only where the BERT masked LM finds the original fits the spun word's places better (measured: entry "
      + "precision about 4 times higher; slower, about a minute per 30 texts on 2 cores; the first use fetches "
      + "about 576 MB, see `unspin neural install`; docs/algorithms/spinner-models.md).")
  boolean neural;

  @Option(names = "--description", paramLabel = "TEXT", description = "A description of the spinner, written into the "
      + "table (@description) and shown beside its family's name in reports and on the web page (spinnerDescription).")
  String description;

  @Option(names = "--long-swaps", paramLabel = "TSV", description = "Supervised learning: also write the swaps seen "
      + "twice or more that are longer than a table entry holds (4 words a side) as a user table (spun<TAB>original), "
      + "for restore, detect and serve --table.")
  Path longSwaps;

  @Option(names = "--generalise", description = "Supervised learning: add the morphological generalisations of the "
      + "learned entries (TableGeneralizer: verb phrases re-inflected on their first words into written forms, "
      + "base-form word entries as lemma entries), at half their probability.")
  boolean generalise;

  @Option(names = "--transductive", description = "With --evaluate and --unpaired: also measure leave-one-original-"
      + "out coverage with unsupervised entries learned from the unpaired texts plus the held-out group's spun texts "
      + "(never its originals), as a restorer learning from the text it is given would (slow: one unsupervised "
      + "learning per group).")
  boolean transductive;

  @Option(names = "--misses", description = "With --evaluate: list the spans whose original no candidate offers.")
  boolean misses;

  @Option(names = "--no-check", description = "With --orig or --from-trace: do not run detect with the new table on "
      + "the pairs it was learned from (by default it says how many spun texts and originals it calls spun, and at "
      + "what --threshold the originals stop being flagged).")
  boolean noCheck;

  /**
   * Names a learned table may not take: detect's "not spun", and the families built in beside the tables, which
   * restore and detect refuse a table of ({@link SpinnerModels#BUILT_IN_FAMILIES}).
   */
  static final java.util.Set<String> RESERVED_FAMILIES = java.util.stream.Stream.concat(
      java.util.stream.Stream.of(org.unspin.detect.Detector.NOT_SPUN), SpinnerModels.BUILT_IN_FAMILIES.stream())
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** The bundled table's family, which a learned table of the same name cannot join. */
  static final String BUNDLED_FAMILY = "A";

  /** The thresholds at which the check on the pairs counts the originals called spun. */
  private static final double[] CHECK_THRESHOLDS = {0.5, 0.6, 0.7, 0.8, 0.9, 0.95};

  @Override
  public Integer call() throws IOException {
    if (fromTrace != null) {
      return learnFromTrace();
    }
    if (spun == null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "give --spun DIR (with or without --orig DIR) or --from-trace RESULTS");
    }
    if (!Files.isDirectory(spun)) {
      throw CliException.badInput("--spun must be a folder: " + spun);
    }
    if (orig != null && !Files.isDirectory(orig)) {
      throw CliException.badInput("--orig must be a folder: " + orig);
    }
    if (listShare != null) {
      if (!evaluate || phrases == null) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "--list-share applies only to --evaluate with --phrases");
      }
      try {
        TorturedPhraseEvaluation.checkShare(listShare);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    if (wordCounts) {
      return writeWordCounts();
    }
    WordNet wordNet = noThesaurus ? null : Thesauri.wordNet(Store.fromEnvironment(), progress());
    Moby moby = noThesaurus ? null : Thesauri.moby(Store.fromEnvironment(), progress());
    Thesaurus thesaurus = noThesaurus ? null : Thesauri.union(wordNet, moby);
    Predicate<String> known = thesaurus == null ? w -> true : SpinnerModels.vocabulary(thesaurus);
    Map<String, Double> frequencies = noThesaurus || !evaluate ? null
        : WordCounts.newsAndBrown(WordCounts.brown(Store.fromEnvironment(), progress()));
    if (!evaluate) {
      if (out == null) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "--out TABLE is required (or use --evaluate)");
      }
      checkFamilyName();
      checkOut();
    }
    List<Corpus.Document> docs = Corpus.read(spun, Optional.ofNullable(orig));
    List<Corpus.Document> selected = docs.stream()
        .filter(d -> allFamilies || Corpus.isFamily(d.family(), family)).toList();
    reportLeftOut(docs, selected);
    if (selected.isEmpty()) {
      throw CliException.badInput(docs.isEmpty() ? "no spun texts (.txt files) under " + spun : otherFamilies(docs));
    }
    if (evaluate) {
      return evaluate(selected, thesaurus, known, frequencies, wordNet, moby);
    }
    SpinnerTable table;
    List<SupervisedLearner.Pair> pairs = List.of();
    if (orig != null) {
      List<SupervisedLearner.Pair> found = selected.stream().filter(d -> d.orig().isPresent())
          .map(Corpus.Document::pair).toList();
      if (found.isEmpty()) {
        throw CliException.badInput("no spun file under " + spun + " has an original under " + orig
            + " (NAME.spun.txt or NAME.txt, and NAME.orig.txt or NAME.txt at the same place under it, or the only "
            + "one of that name)");
      }
      pairs = plausiblePairs(found);
      if (pairs.isEmpty()) {
        throw CliException.badInput("none of the " + found.size() + " pairs under " + spun + " is a spun text with "
            + "its own original (see above)");
      }
      // aligned once (the costliest step) for the table and the long swaps
      List<SupervisedLearner.Aligned> aligned = SupervisedLearner.alignAll(pairs);
      SupervisedLearner learner = supervised(wordNet, moby);
      table = learner.learnAligned(aligned);
      if (longSwaps != null) {
        writeLongSwaps(learner.longerSwaps(aligned));
      }
      if (generalise) {
        table = generaliser(known, wordNet, moby).generalise(table);
      }
      if (unpaired != null) {
        List<Corpus.Document> extra = Corpus.read(unpaired, Optional.empty()).stream()
            .filter(d -> allFamilies || Corpus.isFamily(d.family(), family)).toList();
        table = merge(table, unsupervised(extra, thesaurus).learn(texts(extra)));
      }
    } else {
      table = unsupervised(selected, thesaurus).learn(texts(selected));
      // a trial with a phrase spinner of its own took the 63 entries learned so as its spinner's, 7 of them right
      // measured against the pairs' supervised table (docs/benchmarks.md): the bundled word counts and document
      // frequencies leave out the context test that clean texts allow, and with them half as many are right
      err().println("unspin learn: note: learned from spun text alone, which finds a spinner's commonest swaps among "
          + "many wrong ones (on the development data " + (clean == null
              ? "9-17% of the entries right, 17-20% with --context-lm, 22-29% with clean texts of the same genre as "
                  + "--clean DIR"
              : "22-29% of the entries right with clean news as --clean")
          + "; docs/benchmarks.md); read the table before using it, and learn from pairs (--orig) or traced copies "
          + "(--from-trace) where you can");
    }
    SpinnerTable learned = described(table);
    writeOut(() -> SpinnerTables.write(learned, out));
    sayReplaced();
    out().printf(Locale.ROOT, "%s: family %s, %d entries, %d keep probabilities (%s)%n", out, table.family(),
        table.entries().size(), table.keep().size(), table.metadata().getOrDefault("learned", ""));
    String leftOut = table.metadata().get(org.unspin.lexicon.learn.SupervisedLearner.LEFT_OUT);
    if (leftOut != null) {
      // a trial's spinner wrote "on account of the fact that" for "because": cut into pieces, it had restored
      // "because because"; whole, it is left out, and the user can list it
      out().println("note: left out " + leftOut + ": a table entry holds " + TableEntry.MAX_TOKENS + " words a side; "
          + "restore such swaps with --table TSV (spun<TAB>original, any length"
          + (longSwaps == null ? "; learn --long-swaps TSV writes those seen twice or more)" : ")"));
    }
    out().flush();
    if (family.equals(BUNDLED_FAMILY)) {
      err().println("unspin learn: the table is of family " + BUNDLED_FAMILY + ", the bundled table's, which "
          + "restore and detect --spinner-table refuse beside it; for a spinner of your own learn with --family NAME");
      err().flush();
    } else if (!pairs.isEmpty() && !noCheck) {
      checkOnPairs(pairs);
    }
    return Cli.OK;
  }

  /**
   * The names {@code --family} may not take for a table that restore and detect are to read beside the bundled one,
   * refused before any learning: a reserved name, one that reads as the bundled family, or one with spaces.
   */
  private void checkFamilyName() {
    String why = RESERVED_FAMILIES.contains(family) ? "is a family built in (" + String.join(", ",
        new java.util.TreeSet<>(RESERVED_FAMILIES)) + ")"
        : family.equalsIgnoreCase(BUNDLED_FAMILY) && !family.equals(BUNDLED_FAMILY) ? "reads as the bundled family "
            + BUNDLED_FAMILY
        : family.isBlank() || family.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))
            ? "is empty or holds spaces" : null;
    if (why != null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--family '" + family + "' " + why
          + ": choose another name for the spinner");
    }
  }

  /** Whether {@link #out} held a spinner table before this run, which {@link #checkOut} found and it replaces. */
  private boolean replacing;

  /**
   * Refuses, before any learning, an {@code --out} that would lose data or cannot be written: a folder, the file
   * {@code --long-swaps} names, or an existing file that is not a spinner table (one of the pairs' texts, named by
   * mistake, had been written over without a word). An existing table is replaced, and {@link #sayReplaced} says so.
   */
  private void checkOut() throws IOException {
    if (Files.isDirectory(out)) {
      throw CliException.cannotWrite(out, "a folder; give the table's file name (such as "
          + out.resolve(family + ".tsv") + ")");
    }
    if (longSwaps != null && out.toAbsolutePath().normalize().equals(longSwaps.toAbsolutePath().normalize())) {
      throw CliException.usage("--out and --long-swaps name the same file, " + out + ": give each its own");
    }
    if (!Files.isRegularFile(out)) {
      return;
    }
    String head;
    try (java.io.InputStream in = Files.newInputStream(out)) {
      head = new String(in.readNBytes(200), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
    }
    if (!head.startsWith(SpinnerTables.MAGIC)) {
      String first = head.lines().findFirst().orElse("").strip();
      first = Reports.printable(first.length() > 40 ? first.substring(0, 40) + "..." : first, false);
      throw CliException.usage("--out " + out + " is a file that is not a spinner table ("
          + (first.isEmpty() ? "it begins with an empty line" : "it begins \"" + first + "\"")
          + "), which learn would write over: give another --out, or move that file away first");
    }
    replacing = true;
  }

  /** Says on standard error that {@link #out} held a table, now replaced by the one learned. */
  private void sayReplaced() {
    if (replacing) {
      err().println("unspin learn: note: " + out + " held a spinner table, now replaced by the one learned");
      err().flush();
    }
  }

  /**
   * The pairs that are a spun text and its own original: not an empty file, and not two texts differing in most
   * of their words (another article, paired by name by mistake, had taught the table its differences as
   * substitutions). Those left out are named on standard error.
   */
  private List<SupervisedLearner.Pair> plausiblePairs(List<SupervisedLearner.Pair> found) {
    List<SupervisedLearner.Pair> kept = new ArrayList<>();
    List<String> empty = new ArrayList<>();
    List<String> unlike = new ArrayList<>();
    for (SupervisedLearner.Pair p : found) {
      if (org.unspin.text.Words.of(p.spun()).isEmpty() || org.unspin.text.Words.of(p.orig()).isEmpty()) {
        empty.add(p.name());
        continue;
      }
      // eval's own measure and bar, which it warns at
      java.util.OptionalDouble share = EvalCommand.notAPair(p.spun(), p.orig());
      if (share.isPresent()) {
        unlike.add(p.name() + String.format(Locale.ROOT, " (%.0f%% kept)", 100 * share.getAsDouble()));
        continue;
      }
      kept.add(p);
    }
    if (!empty.isEmpty()) {
      err().printf(Locale.ROOT, "unspin learn: %d pairs with an empty text are left out: %s%n", empty.size(),
          Reports.firstOf(empty, 5));
    }
    if (!unlike.isEmpty()) {
      err().printf(Locale.ROOT, "unspin learn: %d spun texts keep few of their originals' words and are left out (is "
          + "each the right original?): %s%n", unlike.size(), Reports.firstOf(unlike, 5));
    }
    err().flush();
    return kept;
  }

  /**
   * Runs detect with the new table beside the bundled ones on the pairs it was learned from, and says how many of
   * the spun texts it calls spun (and under which family) and how many of the originals, at the default threshold
   * and above: a table learned from a few dozen pairs knows common words ("stated", "individuals") that clean text
   * of the genre also uses, and the detector's weights were fitted without it. The originals are in-sample, so new
   * clean text is flagged at least as often.
   */
  private void checkOnPairs(List<SupervisedLearner.Pair> pairs) throws IOException {
    org.unspin.Unspinner u = Models.load(new Models.Options(null, null, List.of(out)), progress());
    int spunCalled = 0;
    int named = 0;
    int[] origCalled = new int[CHECK_THRESHOLDS.length];
    for (SupervisedLearner.Pair p : pairs) {
      org.unspin.DetectionResult s = u.detect(p.spun());
      if (s.spun()) {
        spunCalled++;
        named += s.spinner().equals(family) ? 1 : 0;
      }
      double po = u.detect(p.orig()).spunProbability();
      for (int k = 0; k < CHECK_THRESHOLDS.length; k++) {
        origCalled[k] += po >= CHECK_THRESHOLDS[k] ? 1 : 0;
      }
    }
    int n = pairs.size();
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < CHECK_THRESHOLDS.length; k++) {
      b.append(k == 0 ? "" : ", ").append(origCalled[k]).append(" at ").append(CHECK_THRESHOLDS[k]);
    }
    out().printf(Locale.ROOT, "check: detect --spinner-table %s on the %d pairs it was learned from: spun texts called "
        + "spun %d of %d (%d as family %s); originals called spun %s%n", out, n, spunCalled, n, named, family, b);
    int allowed = n / 100; // 1% of the originals
    if (origCalled[0] > allowed) {
      int k = 1;
      while (k < CHECK_THRESHOLDS.length && origCalled[k] > allowed) {
        k++;
      }
      out().println(k < CHECK_THRESHOLDS.length
          ? String.format(Locale.ROOT, "check: clean text of the genre will be flagged more often than without the "
              + "table: screen with detect --spinner-table %s --threshold %s, and check it on clean texts of your own",
              out, CHECK_THRESHOLDS[k])
          : "check: even at " + CHECK_THRESHOLDS[CHECK_THRESHOLDS.length - 1] + " the table makes detect call the "
              + "originals spun: use it to restore (restore --assume-spun --spinner-table " + out + ") rather than to "
              + "screen");
    }
    out().flush();
  }

  /** Something that writes {@link #out}. */
  private interface Writing {
    void run() throws IOException;
  }

  /** {@code t} with {@code --description} as its {@code @description}, if given. */
  private SpinnerTable described(SpinnerTable t) {
    if (description == null) {
      return t;
    }
    if (description.isBlank() || description.indexOf('\t') >= 0 || description.indexOf('\n') >= 0
        || description.indexOf('\r') >= 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--description must be one line of text without tabs");
    }
    return t.toBuilder().metadata(DESCRIPTION, description.strip()).build();
  }

  /** The table metadata key a family's description is kept under. */
  static final String DESCRIPTION = "description";

  /** Writes {@code counts}' swaps seen twice or more to {@code --long-swaps} as a user table, and says how many. */
  private void writeLongSwaps(Map<String, Integer> counts) {
    StringBuilder tsv = new StringBuilder("# swaps longer than a spinner table's entries, learned by unspin learn: "
        + "spun<TAB>original (for --table)\n");
    int n = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() >= 2) {
        String[] f = e.getKey().split("\t");
        tsv.append(f[1]).append('\t').append(f[0]).append('\n');
        n++;
      }
    }
    String text = tsv.toString();
    writeTo(longSwaps, () -> Files.writeString(longSwaps, text, java.nio.charset.StandardCharsets.UTF_8));
    out().printf(Locale.ROOT, "%s: %d long swaps seen twice or more (of %d), for --table%n", longSwaps, n,
        counts.size());
  }

  /**
   * The generaliser of {@code --generalise}: with the thesauri, {@link TableGeneralizer#withThesauri} (phrase entries
   * re-inflected only on verbs into forms written in the Brown corpus, the bundled clean news or the thesauri).
   */
  private TableGeneralizer generaliser(Predicate<String> known, WordNet wordNet, Moby moby) throws IOException {
    return wordNet == null ? TableGeneralizer.create(known)
        : TableGeneralizer.withThesauri(wordNet, moby, WordCounts.brown(Store.fromEnvironment(), progress()));
  }

  /** Runs {@code w}; a failure is the output's (exit {@value Cli#OUTPUT}), said with its reason. */
  private void writeOut(Writing w) {
    writeTo(out, w);
  }

  /** Runs {@code w}, which writes {@code file}; a failure is the output's, said with its reason. */
  private static void writeTo(Path file, Writing w) {
    try {
      w.run();
    } catch (IOException e) {
      throw CliException.cannotWrite(file, e);
    }
  }

  private Integer learnFromTrace() throws IOException {
    if (out == null) {
      throw CliException.badInput("--out TABLE is required with --from-trace");
    }
    if (!Files.isRegularFile(fromTrace)) {
      throw CliException.badInput(fromTrace + ": no such file");
    }
    checkFamilyName();
    checkOut();
    TracePairs.Result r = TracePairs.read(fromTrace, index, minScore);
    for (String s : r.skipped()) {
      err().println("unspin learn: skipped " + s);
    }
    if (r.pairs().isEmpty()) {
      throw CliException.badInput(fromTrace + ": no traced document has a source scoring at least " + minScore);
    }
    WordNet wordNet = noThesaurus ? null : Thesauri.wordNet(Store.fromEnvironment(), progress());
    Moby moby = noThesaurus ? null : Thesauri.moby(Store.fromEnvironment(), progress());
    SpinnerTable table = described(supervised(wordNet, moby).learn(r.pairs()));
    writeOut(() -> SpinnerTables.write(table, out));
    sayReplaced();
    out().printf(Locale.ROOT, "%s: family %s, %d entries, %d keep probabilities, from %d passage pairs%n", out,
        table.family(), table.entries().size(), table.keep().size(), r.pairs().size());
    out().flush();
    if (family.equals(BUNDLED_FAMILY)) {
      err().println("unspin learn: the table is of family " + BUNDLED_FAMILY + ", the bundled table's, which "
          + "restore and detect --spinner-table refuse beside it; for a spinner of your own learn with --family NAME");
      err().flush();
    } else if (!noCheck) {
      // the traced passages and their sources are pairs as --orig's are: an essay trial's table learned from 10
      // traced copies raised honest essays called spun from 1 to 3 of 20, and nothing had said to check
      checkOnPairs(r.pairs());
    }
    return Cli.OK;
  }

  private Integer writeWordCounts() throws IOException {
    if (out == null) {
      throw CliException.badInput("--out FILE is required with --word-counts");
    }
    Map<String, Integer> counts = new java.util.TreeMap<>();
    Map<String, Integer> documents = new HashMap<>();
    List<Corpus.Document> docs = Corpus.read(spun, Optional.empty());
    for (Corpus.Document d : docs) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (String w : Aligner.words(d.spun())) {
        if (Character.isLetter(w.codePointAt(0))) {
          String lower = w.toLowerCase(Locale.ROOT);
          counts.merge(lower, 1, Integer::sum);
          if (seen.add(lower)) {
            documents.merge(lower, 1, Integer::sum);
          }
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append("# Lower-case word counts of ").append(docs.size()).append(" clean news texts and the number of texts "
        + "each word occurs in (counts only, no text).\n");
    sb.append("# Regenerate: ./unspin learn --word-counts --spun ../shared/data/clean-news --out <this file>\n");
    sb.append(SpinnerModels.NEWS_DOCUMENTS).append(' ').append(docs.size()).append('\n');
    counts.forEach((w, c) -> sb.append(w).append('\t').append(c).append('\t').append(documents.get(w)).append('\n'));
    writeOut(() -> Files.writeString(out, sb.toString(), java.nio.charset.StandardCharsets.UTF_8));
    out().printf(Locale.ROOT, "%s: %d words from %d texts%n", out, counts.size(), docs.size());
    out().flush();
    return Cli.OK;
  }

  /** Load time of the bundled tables and candidate throughput over the spun texts (after a warm-up pass). */
  private void speed(List<Corpus.Document> docs, Thesaurus t, Map<String, Double> frequencies, WordNet wordNet,
      Moby moby) throws IOException {
    long t0 = System.nanoTime();
    SpinnerModels.Builder b = SpinnerModels.builder().defaultTables();
    long loadNanos = System.nanoTime() - t0;
    if (t != null) {
      b.thesauri(wordNet, moby).wordFrequencies(frequencies).synonymLimit(synonymLimit);
      if (commonLimit > 0) {
        b.commonWordLimit(commonLimit, commonThreshold);
      }
    }
    SpinnerModels m = b.build();
    List<List<String>> sentences = new ArrayList<>();
    long tokens = 0;
    for (Corpus.Document d : docs) {
      for (String line : d.spun().split("\n")) {
        List<String> ws = Aligner.words(line);
        if (!ws.isEmpty()) {
          sentences.add(ws);
          tokens += ws.size();
        }
      }
    }
    org.unspin.lexicon.ChannelModel fam = m.family(family).orElse(m.families().get(0));
    out().println("## speed (one thread; " + tokens + " tokens of the spun texts, after one warm-up pass)");
    out().printf(Locale.ROOT, "bundled tables loaded in %.1f ms%n", loadNanos / 1e6);
    for (org.unspin.lexicon.ChannelModel c : List.of(fam, m.open())) {
      long n = 0;
      for (int pass = 0; pass < 4; pass++) {
        long start = System.nanoTime();
        for (List<String> ws : sentences) {
          for (int i = 0; i < ws.size(); i++) {
            n += c.candidates(ws, i).size();
          }
        }
        if (pass == 3) {
          double secs = (System.nanoTime() - start) / 1e9;
          out().printf(Locale.ROOT, "candidates (%s channel): %.0f tokens/s%n", c.family(), tokens / secs);
        }
      }
      if (n < 0) {
        out().println(n);
      }
    }
  }

  /**
   * Says on standard error which spun texts are left out and why: those of another spinner family than {@code
   * --family} (by their meta.json or the folder's index.tsv), and with {@code --orig} those without an original.
   */
  private void reportLeftOut(List<Corpus.Document> docs, List<Corpus.Document> selected) {
    if (selected.size() < docs.size() && !selected.isEmpty()) {
      err().printf(Locale.ROOT, "unspin learn: %d of %d spun texts left out: %s%n", docs.size() - selected.size(),
          docs.size(), whyOtherFamilies(docs));
    }
    if (orig != null) {
      List<String> alone = selected.stream().filter(d -> d.orig().isEmpty()).map(Corpus.Document::name).toList();
      if (!alone.isEmpty() && alone.size() < selected.size()) {
        err().printf(Locale.ROOT, "unspin learn: %d spun texts have no original under %s and are left out (an "
            + "original is NAME.orig.txt or NAME.txt at the spun text's place there, or the only one of its name): "
            + "%s%n",
            alone.size(), orig, Reports.firstOf(alone, 5));
      }
    }
    err().flush();
  }

  /** Why every spun text was left out: none is of {@code --family}. */
  private String otherFamilies(List<Corpus.Document> docs) {
    return "none of the " + docs.size() + " spun texts under " + spun + " is of family " + family + ": "
        + whyOtherFamilies(docs);
  }

  private String whyOtherFamilies(List<Corpus.Document> docs) {
    java.util.Set<String> others = new java.util.TreeSet<>();
    for (Corpus.Document d : docs) {
      if (!Corpus.isFamily(d.family(), family)) {
        others.add(d.family().orElse("?"));
      }
    }
    return "their NAME.meta.json or the folder's index.tsv names another spinner_family (" + String.join(", ", others)
        + ") than --family " + family + "; --all-families learns from every text (--family still names the table)";
  }

  private static List<String> texts(List<Corpus.Document> docs) {
    return docs.stream().map(Corpus.Document::spun).toList();
  }

  private UnsupervisedLearner unsupervised(List<Corpus.Document> docs, Thesaurus t) throws IOException {
    if (docs.isEmpty()) {
      throw CliException.badInput("no spun texts of family " + family + " to learn from");
    }
    Function<String, java.util.Collection<String>> nb = t == null ? w -> List.of() : t::synonyms;
    Function<String, Boolean> has = t == null ? w -> false : t::contains;
    Map<String, Integer> counts = new HashMap<>();
    List<String> cleanTexts = new ArrayList<>();
    if (clean != null) {
      for (Corpus.Document d : Corpus.read(clean, Optional.empty())) {
        cleanTexts.add(d.spun());
        for (String w : Aligner.words(d.spun())) {
          counts.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
      }
    } else {
      counts.putAll(SpinnerModels.newsWordCounts());
    }
    UnsupervisedLearner u = UnsupervisedLearner.create(family, counts, nb, has);
    u = cleanTexts.isEmpty()
        ? u.withCleanDocumentFrequencies(SpinnerModels.newsDocumentFrequencies(), SpinnerModels.newsDocuments())
        : u.withCleanTexts(cleanTexts);
    u = contextLm ? u.withContextScorer(contextScorer()) : u;
    return neural ? u.withMaskedScorer(NeuralLoader.maskedScorer(err())) : u;
  }

  private LanguageModel lm;

  /** The default language model, opened once per command. */
  private LanguageModel languageModel() throws IOException {
    if (lm == null) {
      lm = LanguageModels.openDefault(Store.fromEnvironment(), progress());
    }
    return lm;
  }

  /** The default language model as a {@link ContextScorer} ({@link org.unspin.DefaultModels#contextScorer}). */
  private ContextScorer contextScorer() throws IOException {
    return org.unspin.DefaultModels.contextScorer(languageModel());
  }

  /**
   * The supervised learner of {@code --family} and {@code --symmetric}; with the thesauri (no
   * {@code --no-thesaurus}), {@link SupervisedLearner#withThesauri}'s, which also splits compound swaps into related
   * word pairs.
   */
  private SupervisedLearner supervised(WordNet wordNet, Moby moby) {
    SupervisedLearner l = wordNet == null ? SupervisedLearner.create(family, w -> true)
        : SupervisedLearner.withThesauri(family, wordNet, moby);
    return l.symmetric(symmetric);
  }

  /** See {@link UnsupervisedLearner#merge}. */
  static SpinnerTable merge(SpinnerTable sup, SpinnerTable uns) {
    return UnsupervisedLearner.merge(sup, uns, UnsupervisedLearner.MERGE_WEIGHT);
  }

  private Integer evaluate(List<Corpus.Document> docs, Thesaurus t, Predicate<String> known,
      Map<String, Double> frequencies, WordNet wordNet, Moby moby) throws IOException {
    Function<SpinnerTable, SpinnerModels> models = table -> {
      SpinnerModels.Builder b = SpinnerModels.builder().table(table).synonymLimit(synonymLimit);
      if (commonLimit > 0) {
        b.commonWordLimit(commonLimit, commonThreshold);
      }
      if (t != null) {
        b.thesauri(wordNet, moby).wordFrequencies(frequencies);
      }
      return b.build();
    };
    List<Corpus.Document> paired = docs.stream().filter(d -> d.orig().isPresent()).toList();
    if (!paired.isEmpty()) {
      Evaluation.LooResult loo = Evaluation.leaveOneOriginalOut(paired, family,
          supervised(wordNet, moby), models);
      out().println("## leave one original out (family " + family + ", " + paired.size() + " spun texts"
          + (symmetric > 0 ? ", reverse entries at " + symmetric : "") + ")");
      loo.perGroup().forEach((g, c) -> out().println(g + ": " + c.summary()));
      out().println("TOTAL: " + loo.total().summary());
      if (misses) {
        loo.total().misses().forEach(m -> out().println("  miss " + m));
      }
      SpinnerTable unpairedTable = null;
      if (unpaired != null) {
        List<Corpus.Document> extra = Corpus.read(unpaired, Optional.empty()).stream()
            .filter(d -> allFamilies || Corpus.isFamily(d.family(), family)).toList();
        unpairedTable = unsupervised(extra, t).learn(texts(extra));
        SpinnerTable u = unpairedTable;
        Evaluation.LooResult withUns = Evaluation.leaveOneOriginalOut(paired, family,
            supervised(wordNet, moby),
            table -> UnsupervisedLearner.merge(table, u, UnsupervisedLearner.MERGE_WEIGHT), models);
        out().println("## leave one original out, + unsupervised entries from " + extra.size() + " unpaired texts ("
            + u.entries().size() + " entries, merged at " + UnsupervisedLearner.MERGE_WEIGHT + ")");
        out().println("TOTAL: " + withUns.total().summary());
        if (transductive) {
          UnsupervisedLearner learner = unsupervised(extra, t);
          Evaluation.LooResult trans = Evaluation.leaveOneOriginalOut(paired, family,
              supervised(wordNet, moby), (table, heldOut) -> {
                List<String> spunOnly = new ArrayList<>(texts(extra));
                spunOnly.addAll(texts(heldOut));
                return UnsupervisedLearner.merge(table, learner.learn(spunOnly), UnsupervisedLearner.MERGE_WEIGHT);
              }, models);
          out().println("## leave one original out, + unsupervised entries from the unpaired texts and the held-out "
              + "group's spun texts (transductive)");
          out().println("TOTAL: " + trans.total().summary());
        }
      }
      // the table learn --generalise writes, with its word checks (TableGeneralizer.withThesauri)
      TableGeneralizer gen = generaliser(known, wordNet, moby);
      Evaluation.LooResult generalised = Evaluation.leaveOneOriginalOut(paired, family,
          supervised(wordNet, moby), gen::generalise, models);
      out().println("## leave one original out, table generalised as learn --generalise generalises it ("
          + (wordNet == null ? "TableGeneralizer.create" : "TableGeneralizer.withThesauri") + ")");
      out().println("TOTAL: " + generalised.total().summary());
      Evaluation.EntryAgreement agree = Evaluation.unsupervisedVsSupervised(paired, family, known,
          unsupervised(paired, t));
      out().println("## unsupervised (spun halves only) vs supervised table");
      out().println(agree.summary());
      if (unpaired != null) {
        List<Corpus.Document> extra = Corpus.read(unpaired, Optional.empty()).stream()
            .filter(d -> allFamilies || Corpus.isFamily(d.family(), family)).toList();
        Evaluation.EntryAgreement u = Evaluation.agreement(Evaluation.supervised(paired, family, known),
            unpairedTable);
        out().println("## unsupervised (" + extra.size() + " unpaired texts) vs supervised table (pairs)");
        out().println(u.summary());
      }
    }
    speed(docs, t, frequencies, wordNet, moby);
    if (phrases != null) {
      // with the collocation candidates restore --phrases proposes too (they need the language model)
      org.unspin.lexicon.CandidateSource collocations = null;
      if (t != null && frequencies != null) {
        Map<String, Double> f = frequencies;
        collocations = PhraseLists.collocationSource(t::synonyms,
            w -> f.getOrDefault(w, 0.0), org.unspin.DefaultModels.association(languageModel()));
      }
      Evaluation.PhraseRecall p;
      try {
        p = Evaluation.phraseRecall(TorturedPhraseEvaluation.withListShare(PhraseLists.read(phrases),
            listShare == null ? 1 : listShare), known, models,
            t == null ? null : t::synonyms, collocations);
      } finally {
        if (lm != null) { // its last use in this command
          lm.close();
          lm = null;
        }
      }
      out().println("## tortured phrases " + phrases.getFileName());
      out().println(p.summary());
      if (misses) {
        p.misses().forEach(m -> out().println("  miss " + m));
      }
    }
    out().flush();
    return Cli.OK;
  }
}
