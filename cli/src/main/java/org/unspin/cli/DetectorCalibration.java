// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.unspin.DetectionResult;
import org.unspin.Unspinner;
import org.unspin.fetch.Artifacts;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;
import org.unspin.lexicon.NameGuard;
import org.unspin.detect.Calibration;
import org.unspin.detect.Detector;
import org.unspin.detect.Features;
import org.unspin.detect.LogisticFit;
import org.unspin.lm.train.Corpora;
import org.unspin.spin.SpinSettings;
import org.unspin.spin.SpinStyle;
import org.unspin.spin.Spinner;
import org.unspin.text.CaseNormal;
import org.unspin.text.TokenizedText;

/**
 * Fits the detector's logistic constants ({@code unspin detect --calibrate}). Negatives: clean files and their
 * paragraphs. Positives: synthetic spins of the same clean files made by the {@code spin} module (styles A and B,
 * its default rate, a fixed seed per file), plus any real spun files given; for the fitted files only, also lighter
 * spins (styles A and B at half the default rate), so that the model learns that a lightly spun text is spun too.
 * Files are split by index: even-numbered ones are fitted, odd-numbered ones held out and scored (F1 at the
 * threshold), so the printed numbers are not measured on the fitting data; the held-out set has no light spins, so
 * its numbers stay comparable with calibrations that had none. Every text also gives short excerpts ({@link
 * #excerpts}); texts under {@link #SHORT_WORDS} words fit the short-document weights, longer ones the document
 * weights.
 */
final class DetectorCalibration {

  /** One text with its label; {@code excerpt} for a short piece of a longer labelled text ({@link #excerpts}). */
  record Labelled(String name, String text, boolean spun, boolean heldOut, boolean excerpt) {

    Labelled(String name, String text, boolean spun, boolean heldOut) {
      this(name, text, spun, heldOut, false);
    }

    /** Whether this is a synthetic spin (or an excerpt of one), not a real text. */
    boolean synthetic() {
      return name.contains("#spin");
    }
  }

  /** The fewest words an excerpt has. */
  static final int EXCERPT_MIN_WORDS = 8;

  /** The most words the longer excerpt of a text gathers. */
  static final int EXCERPT_MAX_WORDS = 60;

  /**
   * Short pieces of every text, with its label and split: one sentence, and a run of sentences of up to
   * {@value #EXCERPT_MAX_WORDS} words from the middle. Users check single sentences and short paragraphs too, and a
   * document model fitted on whole articles alone extrapolates to them (before these were fitted, 17 of 60 clean
   * news sentences were called spun). A sentence of a spun text that the spinner left alone is a (rare) wrong label.
   */
  static List<Labelled> excerpts(List<Labelled> texts) {
    List<Labelled> out = new ArrayList<>();
    for (Labelled l : texts) {
      List<String> sentences = sentences(l.text());
      List<String> long8 = sentences.stream().filter(x -> words(x) >= EXCERPT_MIN_WORDS).toList();
      if (long8.isEmpty()) {
        continue;
      }
      out.add(new Labelled(l.name() + "#sentence", long8.get(Math.min(1, long8.size() - 1)), l.spun(), l.heldOut(),
          true));
      StringBuilder run = new StringBuilder();
      int n = 0;
      for (int k = sentences.size() / 2; k < sentences.size(); k++) {
        int w = words(sentences.get(k));
        if (n > 0 && n + w > EXCERPT_MAX_WORDS) {
          break;
        }
        run.append(n == 0 ? "" : " ").append(sentences.get(k));
        n += w;
      }
      if (n >= EXCERPT_MIN_WORDS && sentences.size() > 2) {
        out.add(new Labelled(l.name() + "#excerpt", run.toString(), l.spun(), l.heldOut(), true));
      }
    }
    return out;
  }

  /**
   * Every sentence of at least {@value #EXCERPT_MIN_WORDS} words of {@code text}, and its runs of sentences of up to
   * {@value #EXCERPT_MAX_WORDS} words, one after the other: the short texts a user checks, many per text.
   */
  static List<String> pieces(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    int n = 0;
    for (String s : sentences(text)) {
      int w = words(s);
      if (w >= EXCERPT_MIN_WORDS) {
        out.add(s);
      }
      if (n > 0 && n + w > EXCERPT_MAX_WORDS) {
        if (n >= EXCERPT_MIN_WORDS) {
          out.add(run.toString());
        }
        run.setLength(0);
        n = 0;
      }
      run.append(n == 0 ? "" : " ").append(s);
      n += w;
    }
    if (n >= EXCERPT_MIN_WORDS) {
      out.add(run.toString());
    }
    return out;
  }

  /** The sentences of {@code text}, stripped, the blank ones left out. */
  private static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (org.unspin.text.Sentence s : TokenizedText.of(text).sentences()) {
      String x = text.substring(s.span().start(), s.span().end()).strip();
      if (!x.isEmpty()) {
        out.add(x);
      }
    }
    return out;
  }

  private static int words(String s) {
    return s.isBlank() ? 0 : s.strip().split("\\s+").length;
  }

  private DetectorCalibration() {}

  /**
   * The .txt files of {@code dirs} (folders, in name order) and the files among them, as given.
   *
   * @throws CliException for a path that is not there (its message had been the bare path)
   */
  static List<Path> textFiles(List<Path> dirs) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path d : dirs) {
      if (!Files.exists(d)) {
        throw CliException.badInput(d + ": no such file or folder");
      }
      if (Files.isRegularFile(d)) {
        out.add(d);
        continue;
      }
      try (Stream<Path> s = Files.list(d)) {
        s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(out::add);
      }
    }
    return out;
  }

  /**
   * How many of {@link #spinners}' spinners make held-out positives too; the ones after them (the light spins) make
   * positives of fitted files only.
   */
  static final int HELD_OUT_SPINNERS = 2;

  /** Rate of the light spins, relative to {@link SpinSettings#DEFAULT_RATE}. */
  static final double LIGHT_RATE = 0.5;

  /**
   * The labelled set: clean files, their synthetic spins, the real spun files, the extra clean files. Spinners after
   * the first {@link #HELD_OUT_SPINNERS} spin the fitted (even-numbered) clean files only.
   */
  static List<Labelled> dataset(List<Path> clean, List<Path> spun, List<Spinner> spinners) throws IOException {
    return dataset(clean, spun, spinners, List.of());
  }

  /**
   * As {@link #dataset(List, List, List)}, plus {@code moreClean}: clean texts fitted as they are ({@link
   * #technical}), the manuals without synthetic spins, the literary runs with them.
   */
  static List<Labelled> dataset(List<Path> clean, List<Path> spun, List<Spinner> spinners, List<Labelled> moreClean)
      throws IOException {
    List<Labelled> out = new ArrayList<>();
    List<Path> cleanFiles = textFiles(clean);
    for (int i = 0; i < cleanFiles.size(); i++) {
      Path f = cleanFiles.get(i);
      String text = Inputs.readFile(f);
      boolean held = i % 2 == 1;
      out.add(new Labelled(f.toString(), text, false, held));
      for (int k = 0; k < spinners.size(); k++) {
        if (held && k >= HELD_OUT_SPINNERS) {
          continue;
        }
        out.add(new Labelled(f + "#spin" + k, spinners.get(k).spin(text).spun(), true, held));
      }
    }
    List<Path> spunFiles = textFiles(spun);
    for (int i = 0; i < spunFiles.size(); i++) {
      Path f = spunFiles.get(i);
      String name = f.getFileName().toString();
      if (name.endsWith(".orig.txt")) {
        out.add(new Labelled(f.toString(), Inputs.readFile(f), false, i % 2 == 1));
      } else if (!name.equalsIgnoreCase("README.txt")) {
        out.add(new Labelled(f.toString(), Inputs.readFile(f), true, i % 2 == 1));
      }
    }
    for (Labelled l : moreClean) {
      out.add(l);
      if (!l.name().startsWith(Artifacts.MOBY_DICK.name())) {
        continue; // a manual stands for a genre, not for what a spinner copies
      }
      // the literary runs are spun as clean news is: the register's spun copies stay spun, so that what tells the
      // register (marksPerSentence) does not excuse the evidence of spinning in it
      for (int k = 0; k < spinners.size(); k++) {
        if (!(l.heldOut() && k >= HELD_OUT_SPINNERS)) {
          out.add(new Labelled(l.name() + "#spin" + k, spinners.get(k).spin(l.text()).spun(), true, l.heldOut()));
        }
      }
    }
    out.addAll(excerpts(out));
    return out;
  }

  /**
   * Refuses a data set the fit cannot learn from: no clean text among the fitted texts (a {@code --clean} folder
   * without .txt files, or a misspelt one) would fit weights that call everything spun, and were written as if
   * fitted. The error names the folders and what they hold.
   */
  static void checkFittable(List<Labelled> data, List<Path> clean) {
    long fittedClean = data.stream().filter(l -> !l.spun() && !l.heldOut() && !l.excerpt()).count();
    if (fittedClean == 0) {
      throw CliException.badInput("no clean text to fit: --clean " + clean.stream().map(Path::toString)
          .collect(java.util.stream.Collectors.joining(", ")) + " holds no .txt file with text (the negatives; "
          + "their synthetic spins are the positives)");
    }
  }

  /**
   * Manuals of genres the language model has not read (it reads the R and Octave manuals): computer algebra,
   * system administration, bioinformatics. Their prose is clean text the model finds as unfamiliar as it finds a
   * spinner's output, so without it in the fit the detector calls much clean technical text spun.
   */
  static final List<Corpora.Manual> TECHNICAL = List.of(
      new Corpora.Manual(Artifacts.MAXIMA_MANUAL, "usr/share/doc/maxima-doc/html/"),
      new Corpora.Manual(Artifacts.DEBIAN_REFERENCE, "usr/share/debian-reference/"),
      new Corpora.Manual(Artifacts.BIOPYTHON_DOC, "usr/share/doc/python-biopython-doc/Doc/"));

  /** How many texts each {@link #TECHNICAL} manual gives. */
  static final int TECHNICAL_PER_MANUAL = 30;

  /**
   * Clean technical texts ({@code --technical}): {@link #TECHNICAL_PER_MANUAL} runs of prose paragraphs ({@link
   * #proseRuns}) drawn from each {@link #TECHNICAL} manual with a fixed seed, alternately fitted and held out. They
   * are fitted as clean without synthetic spins: they stand for genres, not for what a spinner does to them.
   */
  static List<Labelled> technical(Store store, Progress progress) throws IOException {
    List<Labelled> out = new ArrayList<>();
    for (Corpora.Manual m : TECHNICAL) {
      List<String> paragraphs = new ArrayList<>();
      Corpora.manualParagraphTexts(store.fetch(m.deb(), progress), m.prefix(), paragraphs::add);
      List<String> runs = proseRuns(paragraphs);
      Collections.shuffle(runs, new Random(3));
      for (String text : runs.subList(0, Math.min(TECHNICAL_PER_MANUAL, runs.size()))) {
        int i = out.size();
        out.add(new Labelled(m.deb().name() + "#" + i, text, false, i % 2 == 1));
      }
    }
    List<String> runs = proseRuns(literaryParagraphs(store.fetch(Artifacts.MOBY_DICK, progress)), LITERARY_WORDS);
    Collections.shuffle(runs, new Random(3));
    for (String text : runs.subList(0, Math.min(TECHNICAL_PER_MANUAL, runs.size()))) {
      int i = out.size();
      out.add(new Labelled(Artifacts.MOBY_DICK.name() + "#" + i, text, false, i % 2 == 1));
    }
    return out;
  }

  /**
   * The longest paragraph a literary run takes: a novel's paragraphs run longer than a manual's ({@code Moby-Dick}'s
   * median is 85 words, one in eight over 200).
   */
  static final int LITERARY_WORDS = 400;

  /**
   * The paragraphs of the odd-numbered chapters of {@link Artifacts#MOBY_DICK} ({@code package/data/chapter_N.txt},
   * in chapter order; blank lines part them, a chapter's heading is a paragraph of its own): 19th-century literary
   * prose, which the language model finds as unfamiliar as a spinner's output, so that without it in the fit the
   * detector called four in five excerpts of the novel spun. The even-numbered chapters are never fitted: they are
   * the check ({@code docs/benchmarks.md}).
   */
  static List<String> literaryParagraphs(Path tgz) throws IOException {
    java.util.TreeMap<Integer, String> chapters = new java.util.TreeMap<>();
    Pattern chapter = Pattern.compile("package/data/chapter_(\\d+)\\.txt");
    org.unspin.fetch.Tar.forEachFile(tgz, (name, size, in) -> {
      java.util.regex.Matcher m = chapter.matcher(name);
      if (m.matches() && Integer.parseInt(m.group(1)) % 2 == 1) {
        chapters.put(Integer.parseInt(m.group(1)), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    });
    List<String> out = new ArrayList<>();
    for (String text : chapters.values()) {
      for (String p : text.split("\\n\\s*\\n")) {
        out.add(p.strip().replaceAll("\\s+", " "));
      }
    }
    return out;
  }

  /** A prose word: letters, perhaps an apostrophe or hyphen, perhaps an opening bracket or quote and punctuation. */
  private static final Pattern PROSE_WORD = Pattern.compile("[(\"']?[A-Za-z][a-z'-]*[,.;:)\"']*");

  /** Characters and pairs that mark code, markup or formulas rather than prose. */
  private static final Pattern NOT_PROSE = Pattern.compile("[{}<>=_\\|`*]|::|\\.\\. ");

  /** Whether a paragraph is prose: 25 to 200 words, more than 85% of them prose words, and no code marks. */
  static boolean isProse(String paragraph) {
    return isProse(paragraph, 200);
  }

  /** {@link #isProse(String)} for paragraphs of up to {@code maxWords} words. */
  static boolean isProse(String paragraph, int maxWords) {
    String[] w = paragraph.strip().split("\\s+");
    if (paragraph.isBlank() || w.length < 25 || w.length > maxWords || NOT_PROSE.matcher(paragraph).find()) {
      return false;
    }
    int prose = 0;
    for (String x : w) {
      prose += PROSE_WORD.matcher(x).matches() ? 1 : 0;
    }
    return prose > 0.85 * w.length;
  }

  /**
   * Runs of consecutive prose paragraphs ({@link #isProse}), joined by blank lines: a run ends at 200 words or more,
   * or before a paragraph that is not prose, and is kept when it has at least 80 words.
   */
  static List<String> proseRuns(List<String> paragraphs) {
    return proseRuns(paragraphs, 200);
  }

  /** {@link #proseRuns(List)} of paragraphs of up to {@code maxWords} words ({@link #isProse(String, int)}). */
  static List<String> proseRuns(List<String> paragraphs, int maxWords) {
    List<String> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    int n = 0;
    for (String p : paragraphs) {
      if (!isProse(p, maxWords)) {
        if (n >= 80) {
          out.add(run.toString());
        }
        run.setLength(0);
        n = 0;
        continue;
      }
      run.append(n == 0 ? "" : "\n\n").append(p.strip());
      n += words(p);
      if (n >= 200) {
        out.add(run.toString());
        run.setLength(0);
        n = 0;
      }
    }
    if (n >= 80) {
      out.add(run.toString());
    }
    return out;
  }

  /**
   * Spinners for the synthetic positives: styles A and B with fixed seeds at the default rate, then (fitted files
   * only, see {@link #HELD_OUT_SPINNERS}) the same styles at {@link #LIGHT_RATE} times the default rate.
   */
  static List<Spinner> spinners(org.unspin.spin.SpinDictionary a, org.unspin.spin.SpinDictionary b) {
    double light = SpinSettings.DEFAULT_RATE * LIGHT_RATE;
    return List.of(
        Spinner.create(a, SpinSettings.builder().seed(11).style(SpinStyle.A).build()),
        Spinner.create(b, SpinSettings.builder().seed(12).style(SpinStyle.B).build()),
        Spinner.create(a, SpinSettings.builder().seed(13).style(SpinStyle.A).rate(light).build()),
        Spinner.create(b, SpinSettings.builder().seed(14).style(SpinStyle.B).rate(light).build()));
  }

  /**
   * Fits document and paragraph weights on the non-held-out texts of {@code detector}'s features and reports held-out
   * F1 to {@code out}, the held-out documents also as {@code judge} says of them ({@link #judgedWhole}: the Unspinner
   * {@code unspin detect} judges with); with {@code keepWeights}, returns the constants in use with only their {@link
   * Calibration#shortSpanless()} refitted.
   */
  static Calibration fit(Detector detector, Unspinner judge, List<Labelled> data, PrintWriter out,
      boolean keepWeights) {
    List<LogisticFit.Example> docTrain = new ArrayList<>();
    List<LogisticFit.Example> shortTrain = new ArrayList<>();
    // every sentence and run of sentences of the real texts (no synthetic spin), fitted and held out, for the
    // adjustment of short texts with nothing to show
    List<Features> shortTrainFeatures = new ArrayList<>();
    List<Boolean> shortTrainSpun = new ArrayList<>();
    List<Features> realTest = new ArrayList<>();
    List<Boolean> realTestSpun = new ArrayList<>();
    for (Labelled l : data) {
      if (l.excerpt() || l.synthetic()) {
        continue;
      }
      for (String piece : pieces(l.text())) {
        Features f = detector.documentFeatures(judged(piece));
        if (f.words() >= SHORT_WORDS) {
          continue;
        }
        if (l.heldOut()) {
          realTest.add(f);
          realTestSpun.add(l.spun());
        } else {
          shortTrainFeatures.add(f);
          shortTrainSpun.add(l.spun());
        }
      }
    }
    List<Features> docTest = new ArrayList<>();
    List<String> docTestNames = new ArrayList<>();
    List<String> docTestTexts = new ArrayList<>();
    List<Boolean> docTestSpun = new ArrayList<>();
    List<Features> shortTest = new ArrayList<>();
    List<Boolean> shortTestSpun = new ArrayList<>();
    List<Features> docFeatures = new ArrayList<>();
    double[] reference = new double[Calibration.FEATURES.size()];
    double[] shortReference = new double[Calibration.FEATURES.size()];
    int clean = 0;
    int shortClean = 0;
    for (Labelled l : data) {
      Features doc = detector.documentFeatures(judged(l.text()));
      double[] x = doc.vector();
      docFeatures.add(doc);
      if (!l.heldOut()) {
        // texts are fitted by the weights that will judge them: whole-article or short-text weights
        (doc.words() < SHORT_WORDS ? shortTrain : docTrain).add(new LogisticFit.Example(x, l.spun()));
        // the typical clean text, against which a verdict's evidence is explained, and the typical short one
        if (!l.spun() && !l.excerpt()) {
          addTo(reference, x);
          clean++;
        }
        if (!l.spun() && doc.words() < SHORT_WORDS) {
          addTo(shortReference, x);
          shortClean++;
        }
      } else if (l.excerpt()) {
        shortTest.add(doc);
        shortTestSpun.add(l.spun());
      } else {
        docTest.add(doc);
        docTestSpun.add(l.spun());
        docTestNames.add(l.name());
        docTestTexts.add(l.text());
      }
    }
    for (int k = 0; k < reference.length; k++) {
      reference[k] = clean == 0 ? 0 : reference[k] / clean;
      shortReference[k] = shortClean == 0 ? reference[k] : shortReference[k] / shortClean;
    }
    // the typical clean text writes fewer clause marks than the feature counts (its median is 0): a news text is
    // explained as no different from one by them
    int marks = Calibration.FEATURES.indexOf("marksPerSentence");
    reference[marks] = 0;
    shortReference[marks] = 0;
    double[] wd = LogisticFit.fit(docTrain, 1.0);
    double[] ws = LogisticFit.fit(shortTrain, 1.0);
    double threshold = 0.5;
    Calibration unadjusted = new Calibration(wd, wd, threshold, "", reference, SHORT_WORDS, ws, shortReference);
    double spanless = spanlessLogOdds(shortTrainFeatures, shortTrainSpun);
    Calibration documents = unadjusted.withShortSpanless(spanless);
    // paragraphs see their document's log-odds under the fitted document weights
    List<LogisticFit.Example> paraTrain = new ArrayList<>();
    List<LogisticFit.Example> paraTest = new ArrayList<>();
    List<Integer> paraTestText = new ArrayList<>(); // the text of each held-out paragraph, by index into data
    List<Integer> paraTrainText = new ArrayList<>(); // and of each fitted one
    for (int i = 0; i < data.size(); i++) {
      Labelled l = data.get(i);
      if (l.excerpt()) {
        continue; // their paragraphs are already among their texts' paragraphs
      }
      double context = Calibration.logit(documents.documentProbability(docFeatures.get(i)));
      for (Features p : detector.paragraphFeatures(judged(l.text()), context)) {
        if (p.words() >= Detector.MIN_PARAGRAPH_WORDS) {
          (l.heldOut() ? paraTest : paraTrain).add(new LogisticFit.Example(p.vector(), l.spun()));
          (l.heldOut() ? paraTestText : paraTrainText).add(i);
        }
      }
    }
    double[] wp = LogisticFit.fit(paraTrain, 1.0);
    out.println(String.format(Locale.ROOT, "documents: %d fitted (%d of them under %d words, excerpts included), "
        + "%d held out; paragraphs: %d fitted, %d held out", docTrain.size() + shortTrain.size(), shortTrain.size(),
        SHORT_WORDS, docTest.size(), paraTrain.size(), paraTest.size()));
    out.println("held-out documents:  " + score(documents, docTest, docTestSpun));
    out.println("held-out excerpts:   " + score(documents, shortTest, shortTestSpun) + " (one sentence, and "
        + "sentences up to " + EXCERPT_MAX_WORDS + " words, of each held-out text, judged as documents)");
    StringBuilder curve = new StringBuilder();
    for (double t : new double[] {0.5, 0.6, 0.7, 0.8}) {
      curve.append(String.format(Locale.ROOT, "%n  at %.1f: %s", t, score(documents, shortTest, shortTestSpun, t)));
    }
    out.println("held-out excerpts by threshold:" + curve);
    out.println(String.format(Locale.ROOT, "sentences and runs of the real texts with nothing to show (no span, "
        + "spintax or listed phrase): %d of %d fitted (%d of them spun); their log-odds %.3f (P %.4f); "
        + "held-out excerpts without that: %s; held-out real sentences and runs with it: %s, without: %s",
        shortTrainFeatures.stream().filter(Features::spanless).count(), shortTrainFeatures.size(),
        spanlessSpun(shortTrainFeatures, shortTrainSpun), spanless, Calibration.probability(spanless),
        score(unadjusted, shortTest, shortTestSpun), score(documents, realTest, realTestSpun),
        score(unadjusted, realTest, realTestSpun)));
    out.println("held-out paragraphs: " + score(wp, paraTest, threshold));
    Calibration inUse = detector.calibration();
    Calibration refitted = inUse.withShortSpanless(spanless);
    Calibration before = keepWeights ? refitted : inUse;
    // the same held-out paragraphs, seeing their document's log-odds under the constants in use instead
    List<LogisticFit.Example> paraBefore = inContext(paraTest, paraTestText, before, docFeatures);
    out.println("held-out documents the constants in use misjudge:"
        + misjudged(before, docTest, docTestSpun, docTestNames));
    out.println("the constants in use, on the same held-out documents: " + score(before, docTest, docTestSpun)
        + "; excerpts: " + score(before, shortTest, shortTestSpun) + "; paragraphs: "
        + score(before.paragraph(), paraBefore, before.threshold()));
    out.println(judgedWhole(judge, inUse, docTest, docTestSpun, docTestNames, docTestTexts));
    out.println(String.format(Locale.ROOT, "the constants in use, short texts with nothing to show at log-odds "
        + "%.3f (in use: %.3f, NaN for none); held-out excerpts with that: %s, with the one in use: %s; held-out "
        + "real sentences and runs with that: %s, with the one in use: %s", spanless,
        inUse.shortSpanless(), score(refitted, shortTest, shortTestSpun),
        score(inUse, shortTest, shortTestSpun), score(refitted, realTest, realTestSpun),
        score(inUse, realTest, realTestSpun)));
    if (keepWeights) {
      // the features added since the constants were fitted, fitted along them (the others' weights kept)
      double[] d = alongAdded(before.document(), docTrain);
      double[] s = before.shortDocument() == null ? null : alongAdded(before.shortDocument(), shortTrain);
      double[] ref = addedMeans(before.reference(), reference);
      double[] shortRef = before.shortReference() == null ? null : addedMeans(before.shortReference(), shortReference);
      // paragraphs, seeing their document's log-odds under the kept document weights with the added ones
      Calibration keptDocuments = new Calibration(d, before.paragraph(), before.threshold(), "", ref,
          before.shortWords(), s, shortRef, before.shortSpanless());
      double[] para = alongAdded(before.paragraph(), inContext(paraTrain, paraTrainText, keptDocuments, docFeatures));
      String note = "; kept, with " + Calibration.ADDED_LATER + " fitted along them (unspin detect --calibrate "
          + "--keep-weights)";
      Calibration kept = new Calibration(d, para, before.threshold(),
          before.source().endsWith(note) ? before.source() : before.source() + note, ref, before.shortWords(), s,
          shortRef, before.shortSpanless());
      out.println("kept weights, with the added features fitted along them: held-out documents "
          + score(kept, docTest, docTestSpun) + "; excerpts: " + score(kept, shortTest, shortTestSpun)
          + "; paragraphs: " + score(para, inContext(paraTest, paraTestText, kept, docFeatures), kept.threshold()));
      return kept;
    }
    return new Calibration(wd, wp, threshold,
        "fitted by unspin detect --calibrate on " + docTrain.size() + " documents, " + shortTrain.size()
            + " short texts and " + paraTrain.size() + " paragraphs (clean, synthetic spins styles A and B at full"
            + " and half rate, real spun, and excerpts of each)", reference, SHORT_WORDS, ws, shortReference,
        spanless);
  }

  /** How many of a misjudged document's evidence entries {@link #misjudged} names. */
  static final int MISJUDGED_REASONS = 3;

  /**
   * The documents of {@code features} that {@code c} misjudges (their labels in {@code spun}), one line each: missed
   * or false alarm, the name, the probability, what the text has to show (the best family's shown edits, the open
   * channel's sure edits, or nothing) and the {@value #MISJUDGED_REASONS} largest entries of its evidence in the
   * direction of the wrong verdict ({@link Calibration#documentEvidence}: weight times the feature's distance from the
   * typical clean text's), so that why each is misjudged can be read without a harness of one's own; " none" when
   * every one is judged right.
   */
  static String misjudged(Calibration c, List<Features> features, List<Boolean> spun, List<String> names) {
    StringBuilder wrong = new StringBuilder();
    for (int i = 0; i < features.size(); i++) {
      Features f = features.get(i);
      double p = c.documentProbability(f);
      boolean said = p >= c.threshold();
      if (said == spun.get(i)) {
        continue;
      }
      double sign = said ? 1 : -1;
      String why = c.documentEvidence(f).entrySet().stream()
          .filter(e -> sign * e.getValue() > 0)
          .sorted((a, b) -> Double.compare(sign * b.getValue(), sign * a.getValue()))
          .limit(MISJUDGED_REASONS)
          .map(e -> String.format(Locale.ROOT, "%s %+.2f", e.getKey(), e.getValue()))
          .collect(java.util.stream.Collectors.joining(", "));
      String shows = f.spanless() && !f.showsOpenEdits() ? "nothing to show"
          : String.format(Locale.ROOT, "%d shown edits, %d sure open edits", f.shownEdits(), f.openShown());
      wrong.append(String.format(Locale.ROOT, "%n  %s %s (P %.3f; %d words, %s%s)", spun.get(i) ? "missed"
          : "false alarm", names.get(i), p, f.words(), shows, why.isEmpty() ? "" : "; " + why));
    }
    return wrong.length() == 0 ? " none" : wrong.toString();
  }

  /**
   * The held-out documents as {@code judge} judges them: the Unspinner of {@code unspin detect} with the same model
   * options and constants ({@code DetectCommand.judging}), which reads the families through the name guard ({@link
   * org.unspin.lexicon.NameGuard}), a text in capitals or title case as sentences write it, and leaves licence
   * texts unjudged, and adds to the logistic model rules for texts of {@link #SHORT_WORDS} words or more: the
   * log-odds of a text with nothing to show ({@link Calibration#capsAsNothingToShow}), a section spun on its own, a
   * light spin spread through a long text. The F1 above is the logistic model's alone on the fit's features ({@code
   * features}, under {@code c}); this one is what {@code unspin detect} says of the same texts. Lists the texts whose
   * verdict differs from the logistic model's.
   */
  static String judgedWhole(Unspinner judge, Calibration c, List<Features> features,
      List<Boolean> spun, List<String> names, List<String> texts) {
    List<Boolean> said = new ArrayList<>(texts.size());
    StringBuilder moved = new StringBuilder();
    for (int i = 0; i < texts.size(); i++) {
      DetectionResult d = judge.detect(texts.get(i));
      said.add(d.spun());
      double alone = c.documentProbability(features.get(i));
      if (d.spun() != alone >= c.threshold()) {
        moved.append(String.format(Locale.ROOT, "%n  %s %s (P %.3f, the logistic model's %.3f)",
            d.spun() == spun.get(i) ? "now right" : spun.get(i) ? "now missed" : "now a false alarm", names.get(i),
            d.spunProbability(), alone));
      }
    }
    return "the constants in use, on the same held-out documents as detect judges them (its models, name guard and "
        + "rules for texts of " + SHORT_WORDS + " words or more): " + score(said, spun)
        + "; verdicts unlike the logistic model's:" + (moved.length() == 0 ? " none" : moved);
  }

  /**
   * {@code paragraphs}, each seeing the log-odds that its text ({@code texts}, by index into {@code features}) is spun
   * under {@code c}'s document weights.
   */
  private static List<LogisticFit.Example> inContext(List<LogisticFit.Example> paragraphs, List<Integer> texts,
      Calibration c, List<Features> features) {
    int context = Calibration.FEATURES.indexOf("documentLogit");
    List<LogisticFit.Example> out = new ArrayList<>(paragraphs.size());
    for (int k = 0; k < paragraphs.size(); k++) {
      double[] x = paragraphs.get(k).x().clone();
      x[context] = Calibration.logit(c.documentProbability(features.get(texts.get(k))));
      out.add(new LogisticFit.Example(x, paragraphs.get(k).positive()));
    }
    return out;
  }

  /**
   * Weights {@code w} in use, with the weights of the features added since they were fitted ({@link
   * Calibration#ADDED_LATER}) fitted on the examples of {@code train} with every other weight kept: a logistic model
   * whose log-odds are {@code w}'s plus the added features' weighed terms ({@link LogisticFit#fitAlong}, L2 penalty
   * 1 on each added weight). A text whose added features are 0 keeps its verdict and probability.
   */
  static double[] alongAdded(double[] w, List<LogisticFit.Example> train) {
    return LogisticFit.fitAlong(w, train,
        Calibration.ADDED_LATER.stream().map(Calibration.FEATURES::indexOf).sorted().toList(), 1.0);
  }

  /** {@code inUse}, with the added features' entries ({@link Calibration#ADDED_LATER}) taken from {@code fitted}. */
  static double[] addedMeans(double[] inUse, double[] fitted) {
    double[] out = inUse.clone();
    for (String f : Calibration.ADDED_LATER) {
      int k = Calibration.FEATURES.indexOf(f);
      out[k] = fitted[k];
    }
    return out;
  }

  /**
   * The log-odds of a short text with nothing to show ({@link Calibration#shortSpanless()}): how often the texts of
   * {@code features} with nothing to show are spun (their labels in {@code spun}), positives and negatives weighted
   * equally in total over all of them as the weights are fitted ({@link LogisticFit}), half a text added to each side.
   */
  static double spanlessLogOdds(List<Features> features, List<Boolean> spun) {
    long pos = spun.stream().filter(Boolean::booleanValue).count();
    int n = spun.size();
    double wPos = pos == 0 ? 1 : n / (2.0 * pos);
    double wNeg = pos == n ? 1 : n / (2.0 * (n - pos));
    double spunWeight = 0.5 * wPos;
    double cleanWeight = 0.5 * wNeg;
    for (int i = 0; i < features.size(); i++) {
      if (features.get(i).spanless()) {
        if (spun.get(i)) {
          spunWeight += wPos;
        } else {
          cleanWeight += wNeg;
        }
      }
    }
    return Math.log(spunWeight / cleanWeight);
  }

  private static long spanlessSpun(List<Features> features, List<Boolean> spun) {
    long n = 0;
    for (int i = 0; i < features.size(); i++) {
      n += features.get(i).spanless() && spun.get(i) ? 1 : 0;
    }
    return n;
  }

  /** A detector over {@code m}'s detection families with the default constants, for fitting and measuring. */
  static Detector detector(org.unspin.DefaultModels m) {
    return detector(m, Calibration.defaults());
  }

  /**
   * A detector over {@code m}'s detection families with the constants {@code inUse}, reading a text as {@code detect}
   * reads it ({@link org.unspin.Unspinner}): the families through the name guard ({@link NameGuard}), and the licence
   * texts set aside ({@code DefaultModels.knownTexts}); give it the text as {@link #judged} makes it. Until then the
   * fit read the families as they are and the text as written, so its weights were fitted on features {@code detect}
   * does not compute.
   */
  static Detector detector(org.unspin.DefaultModels m, Calibration inUse) {
    return detector(m.lm(), m.detectionFamilies(), m.detectionOpen(), m.knownTexts(), inUse);
  }

  /**
   * A detector over {@code lm}, the families {@code families} read through the name guard, the open channel {@code
   * open} (null: none) and the known texts {@code known}, with the constants {@code inUse}: {@link
   * #detector(org.unspin.DefaultModels, Calibration)} of any models.
   */
  static Detector detector(org.unspin.lm.LanguageModel lm, List<org.unspin.lexicon.ChannelModel> families,
      org.unspin.lexicon.ChannelModel open, org.unspin.detect.KnownTexts known, Calibration inUse) {
    return Detector.create(org.unspin.decode.Decoder.create(lm, org.unspin.decode.DecoderSettings.DEFAULTS),
        families.stream().map(NameGuard::of).toList(), open, inUse).withKnownTexts(known);
  }

  /**
   * {@code text} as {@code detect} judges it ({@link org.unspin.Unspinner#detect}): lines in capitals or title case
   * in sentence case ({@link CaseNormal}).
   */
  static TokenizedText judged(String text) {
    return TokenizedText.of(CaseNormal.of(text));
  }

  /**
   * Counts the likely edits from a tortured-phrase list ({@code phraseHits}) that {@code detector}, built with the
   * list, finds in the clean and in the spun texts of {@code data} (whole texts, not excerpts), and prints the rates
   * per word with the clean texts that have any: the clean rate of {@link Detector#LISTED_PHRASES}.
   */
  static void phraseRates(Detector detector, List<Labelled> data, PrintWriter out) {
    for (boolean spun : new boolean[] {false, true}) {
      long hits = 0;
      long words = 0;
      List<String> with = new ArrayList<>();
      for (Labelled l : data) {
        if (l.excerpt() || l.spun() != spun) {
          continue;
        }
        Features f = detector.documentFeatures(judged(l.text()));
        hits += f.phraseHits();
        words += f.words();
        if (f.phraseHits() > 0) {
          with.add(l.name() + " (" + f.phraseHits() + ")");
        }
      }
      out.printf(Locale.ROOT, "listed tortured phrases in %s texts: %d in %d words (%.2e per word)%s%n",
          spun ? "spun" : "clean", hits, words, words == 0 ? 0.0 : hits / (double) words,
          with.isEmpty() || spun ? "" : "; in " + String.join(", ", with));
    }
    out.flush();
  }

  /** Documents under this many words are judged by weights fitted on short texts. */
  static final int SHORT_WORDS = 100;

  private static void addTo(double[] sum, double[] x) {
    for (int k = 0; k < sum.length; k++) {
      sum[k] += x[k];
    }
  }

  /** Held-out F1 of documents judged by {@code c} (the document or short-document weights, as at query time). */
  static String score(Calibration c, List<Features> test, List<Boolean> spun) {
    return score(c, test, spun, c.threshold());
  }

  /** The same, called spun from probability {@code threshold} on. */
  static String score(Calibration c, List<Features> test, List<Boolean> spun, double threshold) {
    List<Boolean> said = new ArrayList<>(test.size());
    for (Features f : test) {
      said.add(c.documentProbability(f) >= threshold);
    }
    return score(said, spun);
  }

  /** Held-out F1 of examples judged by logistic weights {@code w} at {@code threshold}. */
  static String score(double[] w, List<LogisticFit.Example> test, double threshold) {
    List<Boolean> said = new ArrayList<>(test.size());
    List<Boolean> truth = new ArrayList<>(test.size());
    for (LogisticFit.Example e : test) {
      double z = 0;
      for (int i = 0; i < w.length; i++) {
        z += w[i] * e.x()[i];
      }
      said.add(1 / (1 + Math.exp(-z)) >= threshold);
      truth.add(e.positive());
    }
    return score(said, truth);
  }

  /**
   * F1, precision and recall of {@code said} against {@code truth}, with the counts; "n/a" where a set has no text of
   * a kind to measure (a tiny data set: "F1 1.0000" had been printed for an empty held-out set).
   */
  static String score(List<Boolean> said, List<Boolean> truth) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    for (int i = 0; i < said.size(); i++) {
      boolean p = said.get(i);
      if (p && truth.get(i)) {
        tp++;
      } else if (p) {
        fp++;
      } else if (truth.get(i)) {
        fn++;
      } else {
        tn++;
      }
    }
    if (tp + fn == 0) {
      // without a spun text, recall and F1 are undefined (they had read 1.0000, or 0.0000 with a false alarm)
      return String.format(Locale.ROOT, "F1 n/a (%s; tp %d fp %d fn %d tn %d)", said.isEmpty() ? "no texts"
          : "no spun texts, " + fp + " of " + (fp + tn) + " clean called spun", tp, fp, fn, tn);
    }
    double prec = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    double rec = (double) tp / (tp + fn);
    double f1 = prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec);
    return String.format(Locale.ROOT, "F1 %.4f (precision %.4f, recall %.4f; tp %d fp %d fn %d tn %d)%s", f1, prec,
        rec, tp, fp, fn, tn, fp + tn == 0 ? " (no clean texts: precision cannot fall)" : "");
  }
}
