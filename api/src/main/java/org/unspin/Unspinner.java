// SPDX-License-Identifier: Apache-2.0
package org.unspin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.unspin.decode.Decoder;
import org.unspin.decode.DecoderSettings;
import org.unspin.decode.MixedChannel;
import org.unspin.decode.RestoredText;
import org.unspin.decode.TextEdit;
import org.unspin.decode.TextRestorer;
import org.unspin.decode.TextRestoring;
import org.unspin.detect.Calibration;
import org.unspin.detect.Detection;
import org.unspin.detect.Detector;
import org.unspin.detect.ParagraphDetection;
import org.unspin.lexicon.Candidate;
import org.unspin.lexicon.ChannelModel;
import org.unspin.lexicon.DilutedChannel;
import org.unspin.lexicon.FilteredChannel;
import org.unspin.lexicon.NameGuard;
import org.unspin.lm.LanguageModel;
import org.unspin.text.Disguises;
import org.unspin.text.Sentence;
import org.unspin.text.Token;
import org.unspin.text.TokenizedText;

/**
 * Detects and undoes automatic article spinning.
 *
 * <pre>{@code
 * DefaultModels models = DefaultModels.load(Store.fromEnvironment(), Progress.NONE, DefaultModels.Options.NONE);
 * try (LanguageModel lm = models.lm()) {
 *   Unspinner u = models.unspinner();
 *   Restoration r = u.restore(text);     // r.text(), r.edits()
 *   DetectionResult d = u.detect(text);  // d.spun(), d.spunProbability(), d.spinner()
 * }
 * }</pre>
 * (or {@link #builder()} for your own language model, spinner families, calibration).
 *
 * <p>{@link #restore(String)} first identifies the spinner (the posterior over "not spun" and each family, per
 * document and paragraph); text judged not spun is returned unchanged, otherwise the spun paragraphs (all of them
 * when the document is judged spun, but in a text of over {@link Detector#CONTEXT_WORDS} words only those called spun;
 * in a document judged not spun, only paragraphs with P(spun) of at least 0.9)
 * are decoded under the identified family's channel mixed with the open-vocabulary channel. Phrases named in a
 * tortured-phrase list are restored wherever they are, also in text judged not spun. See
 * {@code docs/algorithms/noisy-channel.md} and {@code docs/algorithms/detection.md}.
 *
 * <p>Immutable and thread-safe: one instance can serve many threads. It does not own the language model; close that
 * yourself. A thread interrupted while it restores or detects stops at its next sentence with a {@link
 * java.util.concurrent.CancellationException} (its interrupt status kept), so a caller that gives up on a long text
 * (a server past its time limit) frees the thread.
 *
 * @since 0.1
 */
public final class Unspinner {

  private final Decoder decoder;
  private final TextRestoring restorer;
  private final Detector detector;
  private final ChannelModel open;
  private final ChannelModel listFamily;
  /** Which edits of a phrase list tell its spinner ({@link Builder#listTells}); null: all of them. */
  private final java.util.function.BiPredicate<List<String>, Candidate> listTells;
  private final boolean restorerEvidence;
  /** The families by name as given, unguarded: restoration's channels for a text called spun. */
  private final java.util.Map<String, ChannelModel> restoring;
  /** The most characters {@link #restore} and {@link #detect} take ({@link #maxInputChars()}). */
  private final int maxInputChars;
  /** The descriptions of its own families ({@link Builder#spinnerDescription}), by family. */
  private final Map<String, String> descriptions;

  Unspinner(Builder b) {
    this.decoder = Decoder.create(b.lm, b.settings);
    this.restorer = TextRestorer.create(decoder);
    // detection reads a name's capitalised words through case-bearing entries only (NameGuard): "S&P Global" and
    // "Stage Stores" had made three clean sentences spun at P 0.70 ("Global -> World", "Stage -> Level"); on the
    // calibration's held-out texts and the development sets no verdict moves. Restoration of a text called spun
    // reads them through every entry (the families as given, in restoring), since spinners rewrite names too
    this.detector = Detector.create(decoder, b.families.stream().map(NameGuard::of).toList(),
        b.detectionOpen != null ? b.detectionOpen : b.open, b.calibration).withAttribution(b.attribution)
        .withKnownTexts(b.knownTexts);
    this.restoring = new java.util.HashMap<>();
    for (ChannelModel c : b.families) {
      restoring.put(c.family(), c);
    }
    this.open = b.open;
    this.listFamily = b.listFamily;
    this.listTells = b.listTells;
    this.restorerEvidence = false;
    this.maxInputChars = b.maxInputChars;
    this.descriptions = Map.copyOf(b.descriptions);
  }

  private Unspinner(Unspinner base, TextRestoring restorer, boolean restorerEvidence) {
    this(base, restorer, restorerEvidence, base.detector);
  }

  private Unspinner(Unspinner base, TextRestoring restorer, boolean restorerEvidence, Detector detector) {
    this(base, base.decoder, restorer, restorerEvidence, detector);
  }

  private Unspinner(Unspinner base, Decoder decoder, TextRestoring restorer, boolean restorerEvidence,
      Detector detector) {
    this(base, decoder, restorer, restorerEvidence, detector, base.maxInputChars);
  }

  private Unspinner(Unspinner base, Decoder decoder, TextRestoring restorer, boolean restorerEvidence,
      Detector detector, int maxInputChars) {
    this.decoder = decoder;
    this.restorer = Objects.requireNonNull(restorer, "restorer");
    this.detector = detector;
    this.open = base.open;
    this.listFamily = base.listFamily;
    this.listTells = base.listTells;
    this.restorerEvidence = restorerEvidence;
    this.restoring = base.restoring;
    this.maxInputChars = maxInputChars;
    this.descriptions = base.descriptions;
  }

  /** Its operating point and spinner families, for logs: "Unspinner[threshold=0.50, minConfidence=0.40, ...]". */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "Unspinner[threshold=%.2f, minConfidence=%.2f, spinners=%s]",
        threshold(), minConfidence(), spinners());
  }

  /**
   * The probability from which this Unspinner calls a text or paragraph spun: the calibration's (0.5), or the one
   * given to {@link #withThreshold}.
   */
  public double threshold() {
    return detector.calibration().threshold();
  }

  /**
   * The words under which a text is short: judged by the short-text weights and restored whole only from {@link
   * #SHORT_RESTORE_PROBABILITY} (the calibration's {@link Calibration#shortWords}, 100).
   */
  public int shortWords() {
    return detector.calibration().shortWords();
  }

  /**
   * This Unspinner calling a text or paragraph spun from probability {@code threshold} on instead of the
   * calibration's (0.5): a user's operating point. Probabilities are unchanged; {@link #restore} follows the same
   * verdicts (a short text is still restored whole only from {@link #SHORT_RESTORE_PROBABILITY} or the threshold,
   * whichever is higher).
   *
   * @throws IllegalArgumentException for a threshold outside (0, 1)
   */
  public Unspinner withThreshold(double threshold) {
    return new Unspinner(this, restorer, restorerEvidence,
        detector.withCalibration(detector.calibration().withThreshold(threshold)));
  }

  /**
   * This Unspinner judging with the constants {@code calibration} (weights, threshold, short-text adjustment)
   * instead of its own: constants a user fitted on their own texts with {@code unspin detect --calibrate} and read
   * with {@link Calibration#read}. The models, spinners and edit confidence are unchanged.
   *
   * @since 0.1
   */
  public Unspinner withCalibration(Calibration calibration) {
    return new Unspinner(this, restorer, restorerEvidence,
        detector.withCalibration(java.util.Objects.requireNonNull(calibration, "calibration")));
  }

  /**
   * The confidence an edit needs to be applied ({@link DecoderSettings#minConfidence}): the posterior 0.4 by
   * default, or the stated confidence ({@link Edit#confidence()}) given to {@link #withMinConfidence}.
   */
  public double minConfidence() {
    return decoder.settings().minConfidence();
  }

  /**
   * This Unspinner applying only edits that state at least {@code minConfidence} ({@link Edit#confidence()}: the
   * decoder's posterior, and for a learned table's edit that posterior less the table's unseen share, 6% with the
   * bundled table) instead of the default posterior 0.4: a user's operating point between recall and precision, for
   * restoration and for the spans detection shows. No edit it outputs states less than {@code minConfidence}, with
   * {@link #withNeural} too (its review compares the same number). Probabilities and verdicts are unchanged (the
   * detector's features count likely edits at a fixed confidence). Call it before {@link #withRestoring} or {@link
   * #withNeural}, whose restorer is built on the decoder.
   *
   * @throws IllegalArgumentException for a confidence outside (0, 1]
   * @throws IllegalStateException after {@link #withRestoring} or {@link #withNeural}, which the decoder could not
   *     follow
   */
  public Unspinner withMinConfidence(double minConfidence) {
    if (!(restorer instanceof TextRestorer)) {
      throw new IllegalStateException("set the confidence before another restorer (withRestoring)");
    }
    Decoder d = Decoder.create(decoder.languageModel(),
        decoder.settings().toBuilder().minConfidence(minConfidence).barOnStatedConfidence(true).build());
    return new Unspinner(this, d, TextRestorer.create(d), false, detector.withDecoder(d));
  }

  /**
   * The most characters {@link #restore} and {@link #detect} take: {@value #DEFAULT_MAX_INPUT_CHARS}, or the number
   * given to {@link Builder#maxInputChars} or {@link #withMaxInputChars}. A longer text is refused with an {@link
   * IllegalArgumentException} before any work.
   */
  public int maxInputChars() {
    return maxInputChars;
  }

  /**
   * The most characters {@link #restore} and {@link #detect} take unless told otherwise: 10 MiB, 10,485,760, as
   * many as the server's default {@code --max-body} lets through. A text of 10 MB took 48 s to restore and 90 s to
   * detect on one core and about 1.4 GB of a 1.5 GiB heap; one of 100 MB ran that heap out of memory.
   */
  public static final int DEFAULT_MAX_INPUT_CHARS = 10 << 20;

  /**
   * This Unspinner taking texts of up to {@code maxInputChars} characters in {@link #restore} and {@link #detect}
   * (instead of {@value #DEFAULT_MAX_INPUT_CHARS}): a service that splits or caps its inputs itself lifts the limit
   * with {@link Integer#MAX_VALUE}. A text needs about 90 bytes of heap a character while it is judged (a megabyte,
   * about 0.7 GB at the peak with the models); give the JVM that, or keep the limit.
   *
   * @throws IllegalArgumentException for a limit under 1
   */
  public Unspinner withMaxInputChars(int maxInputChars) {
    return new Unspinner(this, decoder, restorer, restorerEvidence, detector, checkedLimit(maxInputChars));
  }

  private static int checkedLimit(int maxInputChars) {
    if (maxInputChars < 1) {
      throw new IllegalArgumentException("maxInputChars must be at least 1, not " + maxInputChars);
    }
    return maxInputChars;
  }

  /**
   * {@code text}, when it is no longer than {@link #maxInputChars()}: a text of 100 MB had run a service's heap out
   * of memory after minutes, and one of 10 MB held a thread for a minute and a half.
   */
  private String sized(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > maxInputChars) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "the text has %,d characters, over this "
          + "Unspinner's limit of %,d (Unspinner.withMaxInputChars, or Unspinner.Builder.maxInputChars, raises it; "
          + "a text needs about 90 bytes of heap a character): split it", text.length(), maxInputChars));
    }
    return text;
  }

  /**
   * This Unspinner with another restorer built on its decoder, such as the optional neural pass (a
   * {@link TextRestoring.Provider} found with {@link java.util.ServiceLoader}); detection is unchanged.
   */
  public Unspinner withRestoring(java.util.function.Function<Decoder, TextRestoring> restoring) {
    return new Unspinner(this, restoring.apply(decoder), false);
  }

  /**
   * This Unspinner with its restorer (see {@link #withRestoring}) taking part in detection, as {@code --neural}
   * does: {@link #detect(String)} also restores the whole text under the best-explaining family and reports that
   * restoration's edits as the spans; the restorer's open-vocabulary edits (origin {@code neural}: masked-LM
   * proposals for words no table covers) raise P(spun) of the document and of each paragraph by a measured
   * likelihood ratio (never lowering it), so that text spun by a spinner no table describes can still be found.
   * {@link #restore(String)} follows the same verdicts, so it decodes every text, also text the n-gram detector
   * calls clean (slower on clean text).
   */
  public Unspinner withRestorerEvidence() {
    return new Unspinner(this, restorer, true);
  }

  /** The name the optional neural module's {@link TextRestoring.Provider} registers ({@code --neural}). */
  public static final String NEURAL = "neural";

  /**
   * This Unspinner with the optional BERT masked-LM pass, as {@code --neural} on the command line: {@link
   * #withRestoring} with the neural module's restorer, then {@link #withRestorerEvidence()}. The module is found with
   * {@link java.util.ServiceLoader} (a {@link TextRestoring.Provider} named {@value #NEURAL}): depend on
   * {@code org.unspin:unspin-neural} (TensorFlow Java and the BERT model jar, about 576 MB) beside
   * {@code unspin-api}. Loads BERT from {@code $UNSPIN_HOME} (a few seconds); keep the result for the whole service,
   * as the Unspinner it came from. Costs about 1 s per 100 words on 2 cores, also for text the n-gram detector calls
   * clean.
   *
   * @throws IllegalStateException when no neural module is on the class path (the message names the dependency)
   * @throws IOException when the BERT model cannot be fetched or loaded (the message says which file)
   */
  public Unspinner withNeural() throws java.io.IOException {
    for (TextRestoring.Provider p : java.util.ServiceLoader.load(TextRestoring.Provider.class)) {
      if (p.name().equals(NEURAL)) {
        return new Unspinner(this, p.create(decoder), true);
      }
    }
    throw new IllegalStateException("the neural pass is not on the class path: depend on "
        + "org.unspin:unspin-neural (built with mvn -B install -DskipTests -pl neural -am) beside unspin-api");
  }

  /**
   * A spinner family in words, as this Unspinner's models describe it, for its results' {@code spinnerDescription}
   * (which the JSON and the page show): a built-in family's ({@link Explanations#describe}), else the description its
   * table was given ({@link Builder#spinnerDescription}, {@code learn --description}, read by {@link
   * DefaultModels#unspinner()}), else "" ("none", and families without one). Two Unspinners with tables of one family
   * name describe each their own.
   */
  public String describe(String family) {
    String builtIn = Explanations.describe(family);
    return builtIn.isEmpty() ? descriptions.getOrDefault(family, "") : builtIn;
  }

  /** A builder; a language model and at least one spinner family are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Restores the most likely original wording of {@code text}. Never throws for any string up to {@link
   * #maxInputChars()} characters (a longer one: an {@link IllegalArgumentException} at once; null is no string: a
   * {@link NullPointerException}); a thread interrupted meanwhile gets a
   * {@link java.util.concurrent.CancellationException}.
   */
  public Restoration restore(String text) {
    return restore(text, false);
  }

  /**
   * Restores {@code text}; with {@code assumeSpun}, decodes it under the best-explaining spinner family even when
   * the detector judges it not spun (for short texts known to be spun, such as single sentences with tortured
   * phrases). Never throws for any string up to {@link #maxInputChars()} characters (longer: an {@link
   * IllegalArgumentException} at once; null: a {@link NullPointerException}; interrupted: a
   * {@link java.util.concurrent.CancellationException}).
   */
  public Restoration restore(String text, boolean assumeSpun) {
    sized(text);
    String sentences = org.unspin.text.CaseNormal.of(text);
    TokenizedText judged = TokenizedText.of(sentences);
    Restoration r = sentences != text // lines in capitals or title case: judged and restored as sentences write them
        ? recased(text, restoreAsWritten(judged, assumeSpun)) : restoreAsWritten(judged, assumeSpun);
    return r.withSpinnerDescription(describe(r.spinner()))
        .withBrokenAcronyms(brokenAcronyms(text, judged, r.notJudged().isPresent()));
  }

  private Restoration restoreAsWritten(TokenizedText t, boolean assumeSpun) {
    String text = t.text();
    Detection d = detector.detect(t);
    if (!d.judged()) { // no words, or not English: left as it is, even when assumed spun
      return new Restoration(text, text, List.of(), Detector.NOT_SPUN, 0, 0).withParagraphs(paragraphResults(d))
          .withNotJudged(d.notJudged());
    }
    int words = d.features().words();
    if (restorerEvidence) {
      Judged j = judge(t, d, restoringFamily(d, assumeSpun));
      Restoration r = j == null ? new Restoration(text, text, List.of(), Detector.NOT_SPUN, d.spunProbability(), 0)
          : restoreJudged(text, t, j, assumeSpun);
      r = undisguised(t, r);
      return r.withEvidence(evidence(d)).withParagraphs(j == null ? paragraphResults(d) : paragraphResults(j))
          .withUnrestored(unrestored(r, j == null ? d.ownProbability() : j.ownProbability(), words, assumeSpun));
    }
    Restoration r = undisguised(t, restore(text, t, d, assumeSpun));
    return r.withEvidence(evidence(d)).withParagraphs(paragraphResults(d))
        .withUnrestored(unrestored(r, d.ownProbability(), words, assumeSpun));
  }

  /** Why {@code r} was given back unrestored, where it was not assumed spun and restored no word; else none. */
  private Optional<String> unrestored(Restoration r, double ownProbability, int words, boolean assumeSpun) {
    return assumeSpun || restored(r) ? Optional.empty()
        : unrestored(r.spunProbability(), ownProbability, words, threshold(), shortWords());
  }

  /** Whether {@code r} restored a word: an edit other than a disguised word written plainly ({@link #undisguised}). */
  private static boolean restored(Restoration r) {
    return r.edits().stream().anyMatch(e -> !e.origin().equals(DISGUISE_ORIGIN));
  }

  /**
   * Why a judged text called spun at {@code p} ({@code ownProbability} on its own evidence, listed phrases aside) and
   * given back without a restored word was not restored, or empty where the short-text rule ({@link #restoredWhole})
   * is not why: a text under {@code shortWords} words is restored whole only from {@link #SHORT_RESTORE_PROBABILITY}.
   * The one place that says it: {@link Restoration#unrestored()}, restore's JSON, the server's answer, the page and
   * the command line's note on standard error all take it from here.
   */
  static Optional<String> unrestored(double p, double ownProbability, int words, double threshold,
      int shortWords) {
    if (p < threshold || words >= shortWords || ownProbability >= SHORT_RESTORE_PROBABILITY) {
      return Optional.empty();
    }
    String own = String.format(java.util.Locale.ROOT, "%.3f", ownProbability);
    String shown = String.format(java.util.Locale.ROOT, "%.3f", p);
    return Optional.of(String.format(java.util.Locale.ROOT, "called spun (P %s%s) but not restored: a text under %d "
        + "words is restored from P %.1f", shown, own.equals(shown) ? "" : "; " + own + " on its own evidence, listed "
        + "phrases aside", shortWords, SHORT_RESTORE_PROBABILITY));
  }

  /** The origin of an edit that writes a disguised word ({@link Disguises}) as the plain word it shows. */
  public static final String DISGUISE_ORIGIN = "disguise";

  /**
   * {@code r} with each disguised word of {@code t} that no edit covers written as the plain word it shows
   * ({@link Disguises}), an edit of origin {@value #DISGUISE_ORIGIN} at confidence 1, also in a text judged not spun:
   * the zero-width characters and look-alike letters are there to slip past duplicate checkers, and a restored text
   * should not carry them on to the next check. It changes no letter a reader sees.
   */
  private static Restoration undisguised(TokenizedText t, Restoration r) {
    List<Disguises.Disguise> disguised = Disguises.find(t);
    if (disguised.isEmpty()) {
      return r;
    }
    String family = r.spinner();
    List<Edit> edits = new ArrayList<>(r.edits().size() + disguised.size());
    int k = 0;
    for (Disguises.Disguise g : disguised) {
      while (k < r.edits().size() && r.edits().get(k).span().end() <= g.span().start()) {
        edits.add(r.edits().get(k++));
      }
      if (k < r.edits().size() && r.edits().get(k).span().overlaps(g.span())) {
        continue; // restored already, as a whole
      }
      edits.add(new Edit(g.span(), g.word(), g.reading(), g.reading(), 1, List.of(), family, DISGUISE_ORIGIN));
    }
    edits.addAll(r.edits().subList(k, r.edits().size()));
    List<org.unspin.text.Replacement> reps = new ArrayList<>(edits.size());
    for (Edit e : edits) {
      reps.add(new org.unspin.text.Replacement(e.span(), e.replacement()));
    }
    return new Restoration(r.input(), org.unspin.text.Replacement.apply(r.input(), reps), edits, r.spinner(),
        r.spunProbability(), r.log10Score(), r.evidence(), r.paragraphs(), r.notJudged(),
        r.spinnerRate()).withNeural(r.neural());
  }

  /** What the masked-LM pass did in {@code r}, as the public record; empty when no restorer with one made it. */
  private static java.util.Optional<NeuralPass> neural(RestoredText r) {
    return r.neural().map(NeuralPass::of);
  }

  private Restoration restore(String text, TokenizedText t, Detection d, boolean assumeSpun) {
    List<ParagraphDetection> paras = d.paragraphs();
    boolean spun = restoredWhole(d);
    boolean notSpun = !spun && !anyParagraphSurelySpun(d) && !assumeSpun;
    boolean listText = notSpun && listExplained(d);
    // a text not called spun has its paragraphs spun on their own restored (a copy that spun a paragraph or two)
    if (notSpun && !listText && paras.stream().noneMatch(ParagraphDetection::spunAlone)) {
      return listedOnly(text, t, d, d.spunProbability());
    }
    boolean all = spun || assumeSpun || listText;
    ChannelModel family = restoringFamily(d, assumeSpun);
    if (family == null) {
      return listedOnly(text, t, d, d.spunProbability());
    }
    // a long text called spun is restored where its paragraphs are called spun (each judged in its surroundings,
    // Detector.CONTEXT_WORDS): a clean story beside a spun one stays as it is; so is a shorter text called spun for a
    // section surely spun on its own (Detector.SHORT_SECTION_WORDS): the clean text it was padded with stays
    boolean byParagraph = spun && !assumeSpun && !listText
        && (d.features().words() > Detector.CONTEXT_WORDS || d.section() != null);
    // a text called spun leaves its paragraphs that are clean on their own evidence (a farm copy that spun some
    // paragraphs of an article and kept the rest had its clean ones restored too; over 1,000 words, clean paragraphs
    // among spun ones are spun in their surroundings), when the family that names its spinner is one the paragraphs'
    // own probability weighs (an attribution family's spins show nothing there)
    // a text spun throughout by a family's favourite swaps is restored in every paragraph, those swaps only
    Detection.Spread spread = assumeSpun || listText ? null : d.spread();
    boolean keepClean = !assumeSpun && !listText && leavesCleanParagraphs(d, family);
    IntPredicate spunOnes = byParagraph
        ? p -> paras.get(p).judged() && (paras.get(p).spun() || paras.get(p).spunAlone())
        : all ? judged(d) : p -> surelySpun(paras.get(p)) || paras.get(p).spunAlone();
    IntPredicate which = keepClean ? spunOnes.and(p -> !cleanAlone(paras.get(p))) : spunOnes;
    RestoredText r = spread != null
        ? restorer.restore(t, guarded(FilteredChannel.of(family, (w, c) -> spread.types().contains(
            org.unspin.decode.EvidenceScorer.swapKey(c.original(), w.subList(c.start(), c.start() + c.length())))),
            false), which)
        : restoreUnderEach(t, family, which, !spun && !anyParagraphSurelySpun(d), paras);
    List<TextEdit> restored = all && !keepClean ? r.edits()
        : TextRestorer.withArticles(t, withListed(r.edits(), d, which));
    if (listText) {
      // an article the decoder changed with a listed phrase may be less sure than the phrase: it follows the phrase
      restored = TextRestorer.withArticles(t, sureOrListed(restored));
      if (!mostlyTelling(t, restored)) { // ordinary words the list happens to show as its spinner's output
        return listedOnly(text, t, d, d.spunProbability());
      }
    }
    restored = namesKept(t, restored);
    // a text no family's table explains (Calibration#showsOnlyOpenEdits) has what detect shows of it restored: the
    // open channel's sure edits, which its family's decoding, their penalty paid, leaves (a thesaurus spinner's copy
    // called spun for "heat" where "fire" stood had been given back with no edit)
    boolean open = spun && !listText && showsOpen(d);
    if (open) {
      restored = withOpenSpans(restored, d.spans());
    }
    String out = restored == r.edits() ? r.text() : RestoredText.of(text, restored, r.log10Score()).text();
    Restoration done = new Restoration(text, out, edits(restored), family.family(), d.spunProbability(),
        r.log10Score()).withNeural(neural(r));
    // how much of what the family rewrites the restoration found it did (its favourite swaps throughout are measured
    // by the detector, a list's family by its phrases; a text no family's table explains, not at all)
    return spread != null || family == listFamily || restored.isEmpty() || open ? done
        : done.withSpinnerRate(spunRate(t, family, restored, which));
  }

  /**
   * {@code edits} without those that rewrite a capitalised word the text also writes, unchanged, after another
   * capitalised word: a name there ("Eleanor Price", "on Poplar Road"), which a spinner, replacing a word the same
   * way every time, would have replaced there too (a word capitalised after a lower-case one, "a Hole spokesperson",
   * may be a spun name the decoder left: the development pairs' "Hole" for the retailer Gap), as often as it rewrites
   * it or more (the decoder rewrote six of seven of the pairs' "Bitcoin Concern" for "Bitcoin Fear"). A newsroom
   * trial's obituary had "Price grew up on a farm" restored as "Worth grew up" beside three "Eleanor Price" left as
   * written, and one of two "Poplar Road" as "Poplar Street". The same input when nothing is dropped.
   */
  static List<TextEdit> namesKept(TokenizedText t, List<TextEdit> edits) {
    if (edits.isEmpty()) {
      return edits;
    }
    Map<String, Integer> asWritten = new HashMap<>(); // capitalised words kept after a capitalised word
    List<Token> tokens = t.tokens();
    boolean[] edited = edited(t, edits);
    for (Sentence s : t.sentences()) {
      Token before = null;
      for (int k = s.firstToken(); k < s.endToken(); k++) {
        Token tok = tokens.get(k);
        if (tok.kind() == Token.Kind.SPACE || tok.kind() == Token.Kind.NEWLINE) {
          continue;
        }
        if (!edited[k] && before != null && before.kind() == Token.Kind.WORD && tok.kind() == Token.Kind.WORD
            && Character.isUpperCase(before.text().codePointAt(0))
            && org.unspin.text.CasePattern.of(tok.text()) == org.unspin.text.CasePattern.TITLE) {
          asWritten.merge(tok.text(), 1, Integer::sum);
        }
        before = tok;
      }
    }
    if (asWritten.isEmpty()) {
      return edits;
    }
    Map<String, Integer> rewritten = new HashMap<>();
    for (TextEdit x : edits) {
      rewritten.merge(x.spun(), 1, Integer::sum);
    }
    List<TextEdit> out = new ArrayList<>(edits.size());
    for (TextEdit x : edits) {
      if (x.spun().indexOf(' ') < 0 && asWritten.getOrDefault(x.spun(), 0) >= rewritten.get(x.spun())) {
        continue;
      }
      out.add(x);
    }
    return out.size() == edits.size() ? edits : out;
  }

  /**
   * {@code edits} with the spans of the open-vocabulary channel among {@code spans} ({@link ChannelModel#OPEN}) that
   * overlap none of them, in input order; {@code edits} itself when there are none.
   */
  static List<TextEdit> withOpenSpans(List<TextEdit> edits, List<TextEdit> spans) {
    List<TextEdit> out = new ArrayList<>(edits);
    for (TextEdit e : spans) {
      if (ChannelModel.OPEN.equals(e.family()) && out.stream().noneMatch(o -> o.span().overlaps(e.span()))) {
        out.add(e);
      }
    }
    if (out.size() == edits.size()) {
      return edits;
    }
    out.sort(java.util.Comparator.comparingInt(e -> e.span().start()));
    return out;
  }

  /**
   * {@code text} with only the likely edits inside phrases named in a tortured-phrase list ({@link Detection#listed}):
   * the fingerprints a user asked for are restored even in a text not called spun; unchanged without them.
   */
  private Restoration listedOnly(String text, TokenizedText t, Detection d, double spunProbability) {
    if (d.listed().isEmpty()) {
      return new Restoration(text, text, List.of(), Detector.NOT_SPUN, spunProbability, 0);
    }
    String family = listFamily != null ? listFamily.family() : d.features().bestFamily();
    List<TextEdit> listed = TextRestorer.withArticles(t, d.listed());
    return new Restoration(text, RestoredText.of(text, listed, 0).text(), edits(listed), family, spunProbability, 0);
  }

  /**
   * {@code edits} (in input order, from the paragraphs {@code restored} accepts) with the listed-phrase edits of
   * {@code d} in the other paragraphs added, in input order.
   */
  private static List<TextEdit> withListed(List<TextEdit> edits, Detection d, IntPredicate restored) {
    List<TextEdit> out = new ArrayList<>(edits);
    for (TextEdit e : d.listed()) {
      int k = paragraphOf(d.paragraphs(), e.span().start());
      if (k >= 0 && !restored.test(k)) {
        out.add(e);
      }
    }
    if (out.size() == edits.size()) {
      return edits;
    }
    out.sort(java.util.Comparator.comparingInt((TextEdit e) -> e.span().start()));
    return out;
  }

  /**
   * The family {@code restore} decodes a text under. A text neither called spun nor with a paragraph surely spun is
   * restored under the list family when it is a short text the phrase lists explain ({@link Detection#listExplained}:
   * with a list, a sentence's unlisted tortured phrase depended on how its other words looked) or when it is
   * restored on the user's word ({@code assumeSpun}): the list names the spinner the user expects, where the news
   * family that happens to explain a sentence best is a guess (on {@code eval --tortured}, the same 402 phrases
   * restored, 86 clean phrases changed against 102). Otherwise {@link #restoringFamily(Detection)}.
   */
  private ChannelModel restoringFamily(Detection d, boolean assumeSpun) {
    if (listFamily != null && !restoredWhole(d) && !anyParagraphSurelySpun(d) && (assumeSpun || listExplained(d))) {
      return listFamily;
    }
    return restoringFamily(d);
  }

  private boolean anyParagraphSurelySpun(Detection d) {
    return d.paragraphs().stream().anyMatch(this::surelySpun);
  }

  /**
   * The family a text is restored under: the list family when the phrase lists explain it ({@link #listed}),
   * otherwise the identified spinner, or the best-explaining family of a text not called spun; null without one.
   */
  private ChannelModel restoringFamily(Detection d) {
    if (listed(d)) {
      return listFamily;
    }
    return channelOf(d.spun() ? d.spinner() : d.features().bestFamily());
  }

  /** The channel family {@code name} is restored under (its restoring channel, or the detector's), or null. */
  private ChannelModel channelOf(String name) {
    return restoring.containsKey(name) ? restoring.get(name) : detector.family(name).orElse(null);
  }

  /**
   * How much better, in log10, paragraph {@code p}'s own evidence explains it as spun by {@code other} than by
   * {@code family}.
   */
  private static double ownFamilyMargin(ParagraphDetection p, String other, String family) {
    Map<String, Double> r = p.features() == null ? Map.of() : p.features().log10Ratios();
    return r.getOrDefault(other, Double.NEGATIVE_INFINITY) - r.getOrDefault(family, Double.NEGATIVE_INFINITY);
  }

  /**
   * How much better, in log10, a paragraph's own family must explain it than the text's family for the paragraph to
   * be restored under its own ({@link #restoreUnderEach}): a paragraph's family is named on less evidence than a
   * text's, and restoring every paragraph under its own best family cost single-spinner copies 0.5 and 1.8 points.
   */
  static final double PARAGRAPH_FAMILY_MARGIN = 3;

  /**
   * The rate ({@link #spunRate}) under which a text is restored again under its family diluted to that rate ({@link
   * #restoreUnder}). The 31 development copies of family A's spinner measured 0.61-1.00 but one (0.25) under their
   * leave-one-out tables; a newsroom trial's stories spun by hand with another spinner's favourite swaps 0.39-0.64.
   */
  public static final double PARTLY_SPUN = 0.6;

  /** Most restorations under a diluted family after the first ({@link #restoreUnder}). */
  static final int RATE_ROUNDS = 3;

  /** Least rate a family is diluted to ({@link #restoreUnder}): a text called spun was spun somewhat. */
  static final double LEAST_RATE = 0.05;

  /** Keep probability under which a word counts as one its family rewrites ({@link #spunRate}). */
  static final double STRONG_KEEP = 0.5;

  /**
   * {@link #restoreUnder}, with each spun paragraph that names another calibrated family than the text's, by
   * {@link #PARAGRAPH_FAMILY_MARGIN} or more, restored under that family: a farm that rotates spinners within an
   * article (a re-trial's copy, one half spun by its own spinner "acme", the other by "zeta", both tables loaded) had
   * its second half left as the second spinner wrote it, each paragraph's spinner rightly named. Only where the
   * text's family is a calibrated one too (a text the WordNet spinner names is restored under it throughout).
   */
  private RestoredText restoreUnderEach(TokenizedText t, ChannelModel family, IntPredicate which, boolean names,
      List<ParagraphDetection> paras) {
    ChannelModel[] own = new ChannelModel[paras.size()]; // each paragraph restored under another family, or null
    Map<String, ChannelModel> others = new java.util.LinkedHashMap<>();
    if (calibrated(family.family())) {
      for (int p = 0; p < paras.size(); p++) {
        String name = paras.get(p).spinner();
        if (which.test(p) && paras.get(p).spun() && name != null && !name.equals(family.family())
            && calibrated(name)
            && ownFamilyMargin(paras.get(p), name, family.family()) >= PARAGRAPH_FAMILY_MARGIN) {
          own[p] = channelOf(name);
          if (own[p] != null) {
            others.put(name, own[p]);
          }
        }
      }
    }
    if (others.isEmpty()) {
      return restoreUnder(t, family, which, names);
    }
    RestoredText r = restoreUnder(t, family, which.and(p -> own[p] == null), names);
    List<TextEdit> edits = new ArrayList<>(r.edits());
    double score = r.log10Score();
    List<org.unspin.decode.NeuralPass> passes = new ArrayList<>();
    r.neural().ifPresent(passes::add);
    for (ChannelModel g : others.values()) {
      RestoredText rg = restoreUnder(t, g, which.and(p -> own[p] != null && own[p].family().equals(g.family())),
          names);
      edits.addAll(rg.edits());
      score += rg.log10Score();
      rg.neural().ifPresent(passes::add);
    }
    edits.sort(java.util.Comparator.comparingInt(e -> e.span().start()));
    return RestoredText.of(t.text(), edits, score).withNeural(passes.isEmpty() ? java.util.Optional.empty()
        : java.util.Optional.of(org.unspin.decode.NeuralPass.merge(passes)));
  }

  /**
   * The paragraphs {@code which} accepts of {@code t} restored under {@code family} ({@link #restoreWith}), and again
   * under the family applied to each word only at the rate the restoration shows ({@link #spunRate}, {@link
   * DilutedChannel}) while that is under {@value #PARTLY_SPUN}, up to {@value #RATE_ROUNDS} times, each from the last
   * restoration's rate (a few rounds of EM). A family's table says what its spinner does to every word it touches:
   * read into a copy another spinner made, or one it spun in part, it made the words it never touched as sure edits
   * as the swaps ("across" -> "around" at 0.97 in a newsroom trial's hand-spun story, which kept "around" elsewhere).
   */
  private RestoredText restoreUnder(TokenizedText t, ChannelModel family, IntPredicate which, boolean names) {
    RestoredText r = restoreWith(t, family, which, names);
    if (family == listFamily) {
      return r; // a list's word entries are its phrases' parts, not a spinner's habits
    }
    double rate = spunRate(t, family, r.edits(), which);
    for (int k = 0; k < RATE_ROUNDS && rate < PARTLY_SPUN; k++) {
      r = restoreWith(t, DilutedChannel.of(family, Math.max(LEAST_RATE, rate)), which, names);
      rate = spunRate(t, family, r.edits(), which);
    }
    return r;
  }

  /**
   * The paragraphs {@code which} accepts of {@code t} restored under {@code family} mixed with the open channel. A
   * phrase list's word entries ({@code PHRASE_WORD}) describe the list's spinner, not a news family's: when they are
   * not most of the edits under a news family, the text is restored again without them (with them, news spun by
   * family A lost 1.9 points of error reduction: "hourly chart" became "hourly graph").
   */
  private RestoredText restoreWith(TokenizedText t, ChannelModel family, IntPredicate which, boolean names) {
    RestoredText r = restorer.restore(t, guarded(withOpen(family), names), which);
    if (listFamily == null || family == listFamily || mostlyListed(r.edits())) {
      return r;
    }
    return restorer.restore(t, guarded(withOpen(FilteredChannel.without(family, Candidate.Origin.PHRASE_WORD,
        Candidate.Origin.COLLOCATION)), names), which);
  }

  /**
   * The share of its chances to rewrite a word that {@code family} took in the paragraphs {@code which} accepts of
   * {@code t}, restored as {@code edits}: the words it rewrites more often than not ({@code P(keep) <} {@value
   * #STRONG_KEEP}) that the edits restore, over what the family would have rewritten of them and of those left as
   * written, {@code sum (1 - P(keep))}. Near 1 for a text the family spun; a copy another spinner made, or one the
   * family spun in part, leaves many of the family's favourite words as written. NaN below three chances (no
   * telling: the text is restored once, and no rate is reported).
   */
  static double spunRate(TokenizedText t, ChannelModel family, List<TextEdit> edits, IntPredicate which) {
    double made = 0;
    double chances = 0;
    List<Token> tokens = t.tokens();
    boolean[] edited = edited(t, edits);
    for (Sentence s : t.sentences()) {
      if (!which.test(s.paragraph())) {
        continue;
      }
      for (int k = s.firstToken(); k < s.endToken(); k++) {
        Token tok = tokens.get(k);
        if (tok.kind() != Token.Kind.WORD || edited[k]) {
          continue; // an edit's word: counted below, by the word it restores
        }
        double keep = Math.pow(10, family.log10Keep(tok.text()));
        chances += keep < STRONG_KEEP ? 1 - keep : 0;
      }
    }
    for (TextEdit x : edits) {
      double keep = x.original().indexOf(' ') >= 0 ? 1 : Math.pow(10, family.log10Keep(x.original()));
      if (keep < STRONG_KEEP) {
        made++;
        chances += 1 - keep;
      }
    }
    return chances < 3 ? Double.NaN : Math.min(1, made / chances);
  }

  /** For each token of {@code t}, whether one of {@code edits} (in input order, not overlapping) covers it. */
  private static boolean[] edited(TokenizedText t, List<TextEdit> edits) {
    List<Token> tokens = t.tokens();
    boolean[] out = new boolean[tokens.size()];
    int e = 0;
    for (int k = 0; k < tokens.size() && e < edits.size(); k++) {
      Token tok = tokens.get(k);
      while (e < edits.size() && edits.get(e).span().end() <= tok.start()) {
        e++;
      }
      out[k] = e < edits.size() && edits.get(e).span().start() < tok.end();
    }
    return out;
  }

  /**
   * The detector's {@code spans} weighed as {@link #restoreUnder} weighs a family that explains only part of a text:
   * when their {@link #spunRate} is under {@value #PARTLY_SPUN}, the text is restored ({@code restoredRate}: the
   * detector shows fewer edits than restore makes, so the spans alone understate the rate), and when the
   * restoration's rate is under it too, each span's readings are weighed again under {@code family} diluted to that
   * rate ({@link DilutedChannel}: a replacement by the rate, keeping the spun words by {@code (rate P(keep) + 1 -
   * rate) / P(keep)}), and a span whose replacement falls under the bar of {@code settings} goes (the bar as the
   * decoder compares it, {@link DecoderSettings#confidenceAtBar}). Each span is weighed
   * alone, its context as the detector decoded it, so the result approximates what restore makes. {@code spans}
   * itself otherwise.
   */
  static List<TextEdit> weighedDown(TokenizedText t, List<TextEdit> spans, ChannelModel family,
      DecoderSettings settings, java.util.function.DoubleSupplier restoredRate) {
    if (spans.isEmpty() || !(spunRate(t, family, spans, p -> true) < PARTLY_SPUN)) {
      return spans;
    }
    double rate = restoredRate.getAsDouble();
    return rate < PARTLY_SPUN ? reweighed(spans, family, Math.max(LEAST_RATE, rate), settings) : spans;
  }

  private static List<TextEdit> reweighed(List<TextEdit> spans, ChannelModel family, double rate,
      DecoderSettings settings) {
    List<TextEdit> out = new ArrayList<>(spans.size());
    for (TextEdit e : spans) {
      double keep = 1;
      for (String w : e.spun().split("\\s+")) {
        keep *= Math.pow(10, family.log10Keep(w));
      }
      double keptBy = keep > 0 ? (rate * keep + 1 - rate) / keep : 1;
      double kept = 0;
      double others = 0;
      for (org.unspin.decode.Alternative a : e.alternatives()) {
        kept += a.kept() ? a.probability() : 0;
        others += a.kept() ? 0 : a.probability();
      }
      double unlisted = Math.max(0, 1 - e.confidence() - kept - others); // readings not listed: replacements
      double z = rate * (e.confidence() + others + unlisted) + keptBy * kept;
      double c = rate * e.confidence() / z;
      if (settings.confidenceAtBar(c, e.origin(), family) < settings.minConfidence()) {
        continue;
      }
      List<org.unspin.decode.Alternative> alternatives = new ArrayList<>(e.alternatives().size());
      for (org.unspin.decode.Alternative a : e.alternatives()) {
        alternatives.add(new org.unspin.decode.Alternative(a.original(),
            (a.kept() ? keptBy : rate) * a.probability() / z, a.kept()));
      }
      alternatives.sort(java.util.Comparator.comparingDouble(a -> -a.probability()));
      out.add(new TextEdit(e.span(), e.spun(), e.original(), e.replacement(), c, alternatives, e.family(),
          e.origin()));
    }
    return out;
  }

  /**
   * {@code channel}, with {@link NameGuard} where {@code names}: for a text restored although the detector does not
   * call it spun (on the user's word, or for a listed phrase), whose capitalised words inside a sentence are names
   * far likelier kept than spun. A text called spun is restored without it: spinners rewrite names too ("Huge
   * Heaps" for "Big Lots"), and on the development pairs the guard cost 0.5 points of error reduction. Its acronyms
   * and its numbered names ("SEC Form 10-Q", "Chapter 11") are guarded either way ({@link NameGuard#spunOf}).
   */
  private static ChannelModel guarded(ChannelModel channel, boolean names) {
    return names ? NameGuard.of(channel) : NameGuard.spunOf(channel);
  }

  /** The paragraphs of {@code d} that were judged: one in another language is never restored. */
  private static IntPredicate judged(Detection d) {
    List<ParagraphDetection> paras = d.paragraphs();
    return p -> paras.get(p).judged();
  }

  /** {@code family} with the open-vocabulary channel mixed in, when there is one. */
  private ChannelModel withOpen(ChannelModel family) {
    return open == null ? family : MixedChannel.of(family, open);
  }

  /**
   * Whether {@code d}'s spans come mostly from a user's phrase list (origins {@code PHRASE_LIST} and
   * {@code PHRASE_WORD}), so that the text is restored under the list's own family rather than under a news
   * spinner's table: a paper with tortured phrases was not spun by the spinner whose table explains it best. A text
   * of {@link Calibration#shortWords()} words or more needs a listed phrase in it as well: the list's words alone
   * (its {@code PHRASE_WORD} entries, "output" for "yield") had given a clean agronomy paper to the list's spinner,
   * with 14 spans and 11 edits (4 under the news family; none without the list).
   */
  private boolean listed(Detection d) {
    return listFamily != null && mostlyListed(d.spans())
        && (d.features().words() < detector.calibration().shortWords() || !d.listed().isEmpty());
  }

  /** Whether {@code d} is a short text the phrase lists explain ({@link Detection#listExplained}), given a list. */
  private boolean listExplained(Detection d) {
    return listFamily != null && d.listExplained();
  }

  /**
   * Whether {@code edits} of {@code t} mostly tell the list's spinner ({@link Detector#mostlyFromLists}): edits of a
   * list ({@link Candidate.Origin#tellsTorturedPhrase}) that {@link Builder#listTells} accepts. A short clean news
   * sentence the list explained by one ordinary word it shows as spinner output ("Hot 100 chart" -> "graph", "a huge
   * crowd" -> "large") is not restored as one the list explains: with the public list, 95 of 1,880 clean news
   * sentences were changed, 32 now; {@code eval --tortured}, plain, restored 386 held-out phrases, 380 now, and
   * changed 34 expected ones, 28 now (docs/benchmarks.md).
   */
  private boolean mostlyTelling(TokenizedText t, List<TextEdit> edits) {
    if (listTells == null || edits.isEmpty()) {
      return true;
    }
    List<String> ws = new ArrayList<>();
    List<Token> kept = new ArrayList<>();
    for (Token tok : t.tokens()) {
      if (!tok.isSpace()) {
        ws.add(tok.text());
        kept.add(tok);
      }
    }
    int hits = 0;
    for (TextEdit e : edits) {
      if (!e.origin().tellsTorturedPhrase()) {
        continue;
      }
      int from = 0;
      while (from < kept.size() && kept.get(from).end() <= e.span().start()) {
        from++;
      }
      int to = from;
      while (to < kept.size() && kept.get(to).start() < e.span().end()) {
        to++;
      }
      if (to == from || listTells.test(ws, new Candidate(from, to - from, e.original(), 0, e.family(),
          e.origin()))) {
        hits++;
      }
    }
    return Detector.mostlyFromLists(hits, edits.size());
  }

  /** Whether {@code edits} come mostly from a phrase list ({@link Detector#mostlyFromLists}). */
  private static boolean mostlyListed(List<TextEdit> edits) {
    int hits = 0;
    for (TextEdit e : edits) {
      if (e.origin().tellsTorturedPhrase()) {
        hits++;
      }
    }
    return Detector.mostlyFromLists(hits, edits.size());
  }

  /**
   * The confidence an edit needs in a short text restored because the phrase lists explain it, though the detector
   * does not call it spun ({@link Detection#listExplained}), unless it restores a listed phrase: such a text is
   * restored on weaker evidence than a spun one, as a surely spun paragraph is ({@link
   * #PARAGRAPH_RESTORE_PROBABILITY}). Plain {@code restore --phrases}, minimum 0.5 / 0.8 / 0.9: held-out phrases
   * in "In this paper, the X is discussed in detail." restored 379 / 352 / 327 of 2,013, clean ones changed 67 / 45 /
   * 36; the originals of 110 sentences of the development pairs 1.78% / 1.44% / 1.35% of tokens changed
   * (docs/benchmarks.md).
   */
  static final double LIST_TEXT_CONFIDENCE = 0.8;

  /** {@code edits} without those below {@link #LIST_TEXT_CONFIDENCE} that do not restore a listed phrase. */
  private static List<TextEdit> sureOrListed(List<TextEdit> edits) {
    List<TextEdit> kept = new ArrayList<>(edits.size());
    for (TextEdit e : edits) {
      if (e.origin() == Candidate.Origin.PHRASE_LIST || e.confidence() >= LIST_TEXT_CONFIDENCE) {
        kept.add(e);
      }
    }
    return kept.size() == edits.size() ? edits : kept;
  }

  /**
   * The paragraph probability above which a paragraph of a document judged not spun is still restored: higher than
   * the detection threshold, because paragraph verdicts on clean documents are less reliable than document ones.
   */
  static final double PARAGRAPH_RESTORE_PROBABILITY = 0.9;

  /**
   * The probability a short text (under the calibration's {@link Calibration#shortWords} words: a sentence, a
   * paragraph) needs to be restored as a whole: higher than the detection threshold, because a wrong restoration
   * damages a clean text where a wrong flag only asks for a look, and short-text verdicts are the least sure (held-out
   * excerpts: precision 0.889 at 0.5, 0.947 at 0.7). On 110 sentences cut from the development pairs, 0.5 / 0.6 / 0.7
   * / 0.8: the originals' tokens changed 0.84% / 0.52% / 0.24% / 0.04%, the spun sentences' error reduction 65.8% /
   * 60.0% / 58.0% / 51.2% (docs/benchmarks.md). Detection still calls such a text spun from the threshold on; a
   * surely spun paragraph ({@link #PARAGRAPH_RESTORE_PROBABILITY}) and the phrase lists restore it as before.
   */
  public static final double SHORT_RESTORE_PROBABILITY = 0.7;

  /**
   * Whether a text {@code d} calls spun is restored whole: long enough, or sure enough when short; by its own
   * evidence ({@link Detection#ownProbability}), since a phrase a tortured-phrase list names makes a text spun but
   * says nothing of the words around it (clean paragraphs with a listed phrase, restored whole under the list's word
   * entries or a news table, got 1.7 wrong edits per hundred words: docs/benchmarks.md). Listed phrases
   * are restored wherever they are.
   */
  private boolean restoredWhole(Detection d) {
    return restoredWhole(d.ownProbability(), d.features().words());
  }

  /** As {@link #restoredWhole(Detection)}, for a text of {@code words} words at probability {@code p}. */
  private boolean restoredWhole(double p, int words) {
    return p >= detector.calibration().threshold()
        && (words >= detector.calibration().shortWords() || p >= SHORT_RESTORE_PROBABILITY);
  }

  /** Whether {@code family} is one of the detector's calibrated families, not an attribution family. */
  private boolean calibrated(String family) {
    return detector.families().stream().anyMatch(f -> f.family().equals(family));
  }

  /**
   * The probability under which a paragraph judged on its own ({@link ParagraphDetection#aloneProbability}) is clean
   * in a text restored whole.
   */
  static final double CLEAN_ALONE_PROBABILITY = 0.2;

  /** The fewest words of a paragraph judged clean on its own: a heading or a one-line caption goes with its text. */
  static final int CLEAN_ALONE_WORDS = 20;

  /**
   * The share of a text's judged words that must be in paragraphs clean on their own before they are left out of its
   * restoration: a spun article has a clean-looking paragraph now and then (a quotation, a list of names).
   */
  static final double CLEAN_ALONE_SHARE = 0.15;

  /**
   * Whether {@code d}, called spun and restored under {@code family}, leaves its paragraphs clean on their own as they
   * are ({@link #cleanAlone}, {@link #keepsClean}): when the family naming its spinner is one a paragraph's own
   * probability weighs (an attribution family's spins show nothing there), not the lists'; not a text spun
   * throughout ({@link Detection#spread()}), whose swaps are restored in every paragraph (and shown there by detect).
   */
  private boolean leavesCleanParagraphs(Detection d, ChannelModel family) {
    return d.spread() == null && restoredWhole(d) && family != listFamily && calibrated(d.spinner())
        && !showsOpen(d) && keepsClean(d.paragraphs());
  }

  /**
   * Whether the spans of {@code d} are the open-vocabulary channel's sure edits ({@link
   * Calibration#showsOnlyOpenEdits}): no family's table explains the text, and its paragraphs, each judged on its own
   * as a short text with nothing to show, are no evidence that any of them is clean.
   */
  private boolean showsOpen(Detection d) {
    return d.section() == null && d.spread() == null && detector.calibration().showsOnlyOpenEdits(d.features());
  }

  /** Whether a text restored whole keeps its paragraphs clean on their own ({@link #CLEAN_ALONE_SHARE} of it). */
  private static boolean keepsClean(List<ParagraphDetection> paras) {
    int words = 0;
    int clean = 0;
    for (ParagraphDetection p : paras) {
      if (p.judged()) {
        words += p.features().words();
        clean += cleanAlone(p) ? p.features().words() : 0;
      }
    }
    return words > 0 && (double) clean / words >= CLEAN_ALONE_SHARE;
  }

  /** Whether a paragraph is clean on its own evidence ({@link #CLEAN_ALONE_PROBABILITY}). */
  private static boolean cleanAlone(ParagraphDetection p) {
    return p.features().words() >= CLEAN_ALONE_WORDS && p.aloneProbability() < CLEAN_ALONE_PROBABILITY;
  }

  /**
   * Whether a paragraph is surely spun by its own evidence, listed phrases aside ({@link #restoredWhole}): from
   * {@link #PARAGRAPH_RESTORE_PROBABILITY}, or from the threshold where a user's is higher (at 0.99, a sentence
   * detection called not spun at 0.986 had been restored all the same).
   */
  private boolean surelySpun(ParagraphDetection p) {
    return p.ownProbability() >= Math.max(PARAGRAPH_RESTORE_PROBABILITY, detector.calibration().threshold());
  }

  /**
   * Says whether {@code text} was spun, by which spinner family, and where, and which of its words are disguised.
   * Never throws for any string up to {@link #maxInputChars()} characters (longer: an {@link
   * IllegalArgumentException} at once; null: a {@link NullPointerException}; interrupted: a
   * {@link java.util.concurrent.CancellationException}).
   */
  public DetectionResult detect(String text) {
    sized(text);
    String sentences = org.unspin.text.CaseNormal.of(text);
    DetectionResult d;
    TokenizedText judged = TokenizedText.of(sentences);
    if (sentences != text) { // lines in capitals or title case: judged as sentences write them
      DetectionResult r = detect(judged);
      d = new DetectionResult(r.spun(), r.spunProbability(), r.spinner(), r.spinners(), r.paragraphs(),
          recased(text, r.spans()), r.evidence(), r.notJudged()).withDisguised(Disguises.find(TokenizedText.of(text)))
          .withSpinnerRate(r.spinnerRate()).withNeural(r.neural());
    } else {
      d = detect(judged).withDisguised(Disguises.find(judged));
    }
    return d.withSpinnerDescription(describe(d.spinner()))
        .withBrokenAcronyms(brokenAcronyms(text, judged, d.notJudged().isPresent()));
  }

  /**
   * The broken acronym definitions of {@code text}, read as {@code judged} ({@link BrokenAcronym#in}); none for a text
   * not judged ({@code notJudged}).
   */
  private static List<BrokenAcronym> brokenAcronyms(String text, TokenizedText judged, boolean notJudged) {
    return notJudged ? List.of() : BrokenAcronym.in(text, judged);
  }

  /**
   * {@code r}, made of {@code text} in sentence case ({@link org.unspin.text.CaseNormal}), as edits of {@code text}:
   * each edit's words as {@code text} writes them and its replacement in their case ("MENTIONED" -> "SAID", "Officers
   * Mentioned" -> "Officials Said").
   */
  private static Restoration recased(String text, Restoration r) {
    List<Edit> edits = recased(text, r.edits());
    List<org.unspin.text.Replacement> reps = new ArrayList<>(edits.size());
    for (Edit e : edits) {
      reps.add(new org.unspin.text.Replacement(e.span(), e.replacement()));
    }
    return new Restoration(text, org.unspin.text.Replacement.apply(text, reps), edits, r.spinner(),
        r.spunProbability(), r.log10Score(), r.evidence(), r.paragraphs(), r.notJudged(),
        r.spinnerRate()).withNeural(r.neural()).withUnrestored(r.unrestored());
  }

  private static List<Edit> recased(String text, List<Edit> edits) {
    List<Edit> out = new ArrayList<>(edits.size());
    for (Edit e : edits) {
      String spun = e.span().of(text);
      org.unspin.text.CasePattern pattern = org.unspin.text.CasePattern.of(spun);
      List<Alternative> alternatives = new ArrayList<>(e.alternatives().size());
      for (Alternative a : e.alternatives()) {
        // other readings as the channel gives them, as in any text, but in capitals where the words are
        String other = pattern == org.unspin.text.CasePattern.UPPER ? a.text().toUpperCase(java.util.Locale.ROOT)
            : a.text();
        alternatives.add(new Alternative(a.kept() ? spun : other, a.probability(), a.kept()));
      }
      // digits have no case: the words written for them take their line's ("ABOUT 6 MONTHS" -> "ABOUT SIX"); nor does
      // one capital letter tell capitals from a capitalised word: in a line in capitals, "A" -> "AN", not "An"
      boolean oneLetter = spun.codePoints().filter(Character::isLetter).count() == 1;
      String line = pattern == org.unspin.text.CasePattern.NONE || oneLetter ? lineAround(text, e.span()) : "";
      String model = pattern == org.unspin.text.CasePattern.NONE || !line.isEmpty() ? line : spun;
      out.add(new Edit(e.span(), spun, e.original(), inCaseOf(model, e.replacement()), e.confidence(), alternatives,
          e.spinner(), e.origin()));
    }
    return out;
  }

  /** The line of {@code text} that holds {@code span}, the span's own characters left out. */
  private static String lineAround(String text, org.unspin.text.Span span) {
    int from = text.lastIndexOf('\n', span.start() - 1) + 1;
    int to = text.indexOf('\n', span.end());
    to = to < 0 ? text.length() : to;
    String line = text.substring(from, span.start()) + " " + text.substring(span.end(), to);
    return org.unspin.text.CasePattern.of(line) == org.unspin.text.CasePattern.UPPER ? line : "";
  }

  /** {@code words} in the case of {@code spun}: in capitals, each word capitalised, or as given. */
  private static String inCaseOf(String spun, String words) {
    org.unspin.text.CasePattern p = org.unspin.text.CasePattern.of(spun);
    if (p == org.unspin.text.CasePattern.UPPER) {
      return words.toUpperCase(java.util.Locale.ROOT);
    }
    if (p == org.unspin.text.CasePattern.NONE) {
      return words;
    }
    String[] parts = spun.split("\\s+");
    if (!java.util.Arrays.stream(parts).allMatch(w -> w.codePoints().filter(Character::isLetter).findFirst()
        .stream().allMatch(Character::isUpperCase))) { // "12 Months": the words with letters
      return words;
    }
    return org.unspin.text.CasePattern.capitaliseWords(words);
  }

  private DetectionResult detect(TokenizedText t) {
    Detection d = detector.detect(t);
    if (!d.judged()) {
      return new DetectionResult(false, 0, Detector.NOT_SPUN, d.families(), paragraphResults(d), List.of(),
          java.util.Map.of(), java.util.Optional.of(d.notJudged()));
    }
    if (restorerEvidence) {
      Judged j = judge(t, d, restoringFamily(d));
      if (j != null) {
        return detectJudged(j);
      }
    }
    String list = listed(d) ? listFamily.family() : null;
    List<ParagraphResult> paras = paragraphResults(d);
    // the spans of paragraphs restore leaves as clean on their own go too (listed phrases aside): they say what restore
    // would change
    ChannelModel family = restoringFamily(d, false);
    List<TextEdit> shown = !leavesCleanParagraphs(d, family) ? d.spans()
        : inParagraphs(d.spans(), d, k -> !cleanAlone(d.paragraphs().get(k)));
    // as restore weighs a family that explains only part of the text (spans of listed phrases and of the swaps found
    // throughout are the detector's own)
    double[] rate = {Double.NaN}; // measured only where the spans' own rate is under PARTLY_SPUN
    List<Edit> spans = edits(family == null || family == listFamily || d.spread() != null || showsOpen(d) ? shown
        : weighedDown(t, shown, family, decoder.settings(),
            () -> rate[0] = restore(t.text(), t, d, false).spinnerRate()));
    double partly = rate[0] < PARTLY_SPUN ? rate[0] : Double.NaN;
    if (list != null && d.spun()) {
      return new DetectionResult(true, d.spunProbability(), list,
          java.util.Map.of(Detector.NOT_SPUN, 1 - d.spunProbability(), list, d.spunProbability()), paras, spans,
          evidence(d));
    }
    return new DetectionResult(d.spun(), d.spunProbability(), d.spinner(), d.families(), paras, spans,
        evidence(d)).withSpinnerRate(partly);
  }

  /**
   * The paragraph verdicts of {@code d} as results; a spun paragraph of a text the lists explain is attributed to
   * their family, as {@link #restore} restores it under that family.
   */
  private List<ParagraphResult> paragraphResults(Detection d) {
    String list = listed(d) ? listFamily.family() : null;
    List<ParagraphResult> paras = new ArrayList<>();
    for (ParagraphDetection p : d.paragraphs()) {
      paras.add(new ParagraphResult(p.span(), p.spun(), p.spunProbability(),
          p.spun() && list != null ? list : p.spinner(), java.util.Optional.ofNullable(p.notJudged()),
          p.aloneProbability(), p.spunAlone()));
    }
    return paras;
  }

  /** The paragraph verdicts of a text judged with the restorer's evidence (the masked LM's pass). */
  private static List<ParagraphResult> paragraphResults(Judged j) {
    Detection d = j.detection();
    List<ParagraphResult> paras = new ArrayList<>();
    for (int k = 0; k < d.paragraphs().size(); k++) {
      ParagraphDetection p = d.paragraphs().get(k);
      String spinner = !j.paragraphSpun()[k] ? Detector.NOT_SPUN
          : p.spun() ? p.spinner() : j.family();
      paras.add(new ParagraphResult(p.span(), j.paragraphSpun()[k], j.paragraphProbability()[k], spinner,
          java.util.Optional.ofNullable(p.notJudged()), p.aloneProbability(), p.spunAlone()));
    }
    return paras;
  }

  /** How far each document feature moved the log-odds from a typical clean text's ({@link Calibration}). */
  private java.util.Map<String, Double> evidence(Detection d) {
    if (!d.judged()) { // nothing was judged: no feature moved the verdict
      return java.util.Map.of();
    }
    java.util.Map<String, Double> out = new java.util.LinkedHashMap<>(
        detector.calibration().documentEvidence(d.features()));
    // the calibration weighs listed phrases 0; their evidence is the detector's count update
    out.put("phraseHitsPerWord", Detector.LISTED_PHRASES.lnRatio(d.features().phraseHits(), d.features().words()));
    out.put("misfitAcronyms", Detector.MISFIT_ACRONYMS.lnRatio(d.features().misfitAcronyms(),
        d.features().words()));
    if (d.section() != null) { // a long text made spun by a section of it: the rest of its evidence is the whole's
      out.put("spunSection", d.section().raise());
    }
    if (d.spread() != null) { // by a family's favourite swaps throughout it
      out.put("spunThroughout", d.spread().raise());
    }
    // a text of the short-text length or more with nothing to show is no more spun than a short one (the detector's
    // cap): how far that moved it, as a short text's evidence says
    Calibration c = detector.calibration();
    if (d.section() == null && d.spread() == null && c.capsAsNothingToShow(d.features())) {
      double given = Calibration.logit(c.documentProbability(d.features()));
      if (given > c.shortSpanless()) {
        out.put(Calibration.NOTHING_TO_SHOW, c.shortSpanless() - given);
      }
    }
    return out;
  }

  /**
   * The detector's verdict raised by the restorer's open-vocabulary edits ({@link RestorerEvidence}), with the
   * restoration of the whole text they came from.
   */
  private record Judged(Detection detection, String family, RestoredText restored, double spunProbability,
      boolean spun, double[] paragraphProbability, boolean[] paragraphSpun, double ownProbability,
      double[] ownParagraphProbability) {}

  /** Restores all of {@code t} under {@code family} and weighs its open-vocabulary edits; null without a family. */
  private Judged judge(TokenizedText t, Detection d, ChannelModel family) {
    if (family == null) {
      return null;
    }
    RestoredText r = restoreUnder(t, family, judged(d), !restoredWhole(d) && !anyParagraphSurelySpun(d));
    List<ParagraphDetection> paras = d.paragraphs();
    int[] found = new int[paras.size()];
    int total = 0;
    for (TextEdit e : r.edits()) {
      if (e.origin() != Candidate.Origin.NEURAL) {
        continue;
      }
      total++;
      for (int k = 0; k < found.length; k++) {
        if (paras.get(k).span().contains(e.span().start())) {
          found[k]++;
          break;
        }
      }
    }
    double threshold = detector.calibration().threshold();
    double p = RestorerEvidence.update(d.spunProbability(), total, d.features().words());
    double[] pp = new double[found.length];
    boolean[] ps = new boolean[found.length];
    double[] own = new double[found.length]; // as restoredWhole: listed phrases aside
    for (int k = 0; k < found.length; k++) {
      int words = paras.get(k).features().words();
      pp[k] = RestorerEvidence.update(paras.get(k).spunProbability(), found[k], words);
      ps[k] = pp[k] >= threshold;
      own[k] = RestorerEvidence.update(paras.get(k).ownProbability(), found[k], words);
    }
    return new Judged(d, family.family(), r, p, p >= threshold, pp, ps,
        RestorerEvidence.update(d.ownProbability(), total, d.features().words()), own);
  }

  private Restoration restoreJudged(String text, TokenizedText t, Judged j, boolean assumeSpun) {
    // restored whole on its own evidence, as restore() decides without the pass
    boolean spun = restoredWhole(j.ownProbability(), j.detection().features().words());
    boolean listText = !spun && !assumeSpun && listExplained(j.detection())
        && mostlyTelling(t, sureOrListed(j.restored().edits()));
    boolean all = spun || assumeSpun || listText;
    List<TextEdit> chosen = listText ? sureOrListed(j.restored().edits()) : j.restored().edits();
    // (no paragraph is left out as clean on its own here, as restore() leaves them: the masked LM's findings, which
    // can make the text spun, are no part of a paragraph's probability alone)
    if (!all) {
      chosen = inParagraphs(chosen, j, PARAGRAPH_RESTORE_PROBABILITY);
      if (chosen.isEmpty()) {
        return new Restoration(text, text, List.of(), Detector.NOT_SPUN, j.spunProbability(), 0)
            .withNeural(neural(j.restored()));
      }
    }
    if (!all || listText) { // an "a" / "an" before a listed phrase kept alone follows it, as in restore()
      chosen = TextRestorer.withArticles(t, chosen);
    }
    chosen = namesKept(t, chosen);
    String out = chosen == j.restored().edits() ? j.restored().text() : RestoredText.of(text, chosen, 0).text();
    return new Restoration(text, out, edits(chosen), j.family(), j.spunProbability(), j.restored().log10Score())
        .withNeural(neural(j.restored()));
  }

  /**
   * The edits of {@code edits} in paragraphs whose raised P(spun) is at least {@code min} or that are spun on their
   * own ({@link ParagraphDetection#spunAlone}), and the listed-phrase edits of the other paragraphs ({@link
   * #withListed}), in input order.
   */
  private static List<TextEdit> inParagraphs(List<TextEdit> edits, Judged j, double min) {
    List<ParagraphDetection> paras = j.detection().paragraphs();
    return inParagraphs(edits, j.detection(), k -> j.ownParagraphProbability()[k] >= min || paras.get(k).spunAlone());
  }

  /**
   * The edits of {@code edits} in the paragraphs of {@code d} that {@code kept} accepts, and the listed-phrase edits
   * of the other paragraphs ({@link #withListed}), in input order.
   */
  private static List<TextEdit> inParagraphs(List<TextEdit> edits, Detection d, IntPredicate kept) {
    List<TextEdit> out = new ArrayList<>();
    for (TextEdit e : edits) {
      int k = paragraphOf(d.paragraphs(), e.span().start());
      if (k >= 0 && kept.test(k)) {
        out.add(e);
      }
    }
    return withListed(out, d, kept);
  }

  /** The index of the paragraph of {@code paras} that holds {@code offset}, or -1. */
  private static int paragraphOf(List<ParagraphDetection> paras, int offset) {
    for (int k = 0; k < paras.size(); k++) {
      if (paras.get(k).span().contains(offset)) {
        return k;
      }
    }
    return -1;
  }

  private DetectionResult detectJudged(Judged j) {
    Detection d = j.detection();
    List<ParagraphResult> paras = paragraphResults(j);
    List<TextEdit> all = j.restored().edits();
    List<Edit> spans = edits(j.spun() ? all : inParagraphs(all, j, detector.calibration().threshold()));
    // the same shares among the families, of the raised P(spun)
    java.util.Map<String, Double> post = new java.util.LinkedHashMap<>();
    post.put(Detector.NOT_SPUN, 1 - j.spunProbability());
    double sum = 0;
    for (java.util.Map.Entry<String, Double> e : d.families().entrySet()) {
      if (!e.getKey().equals(Detector.NOT_SPUN)) {
        sum += e.getValue();
      }
    }
    for (String family : d.families().keySet()) { // the calibrated families, and an attribution family scored
      if (!family.equals(Detector.NOT_SPUN)) {
        double share = sum > 0 ? d.families().get(family) / sum : family.equals(j.family()) ? 1 : 0;
        post.put(family, j.spunProbability() * share);
      }
    }
    java.util.Map<String, Double> evidence = evidence(d);
    evidence.put("maskedLm", Calibration.logit(j.spunProbability()) - Calibration.logit(d.spunProbability()));
    return new DetectionResult(j.spun(), j.spunProbability(), j.spun() ? j.family() : Detector.NOT_SPUN, post,
        paras, spans, evidence).withNeural(neural(j.restored()));
  }

  /**
   * The spinner families this instance knows, in order: the calibrated ones, then those only for attribution.
   * Unmodifiable, as every list the immutable Unspinner and its results give.
   */
  public List<String> spinners() {
    List<String> out = new ArrayList<>();
    for (ChannelModel f : detector.families()) {
      out.add(f.family());
    }
    for (ChannelModel f : detector.attribution()) {
      out.add(f.family());
    }
    return List.copyOf(out);
  }

  private List<Edit> edits(List<TextEdit> es) {
    List<Edit> out = new ArrayList<>(es.size());
    for (TextEdit e : es) {
      out.add(edit(e));
    }
    return out;
  }

  private Edit edit(TextEdit e) {
    List<Alternative> alts = new ArrayList<>();
    for (org.unspin.decode.Alternative a : e.alternatives()) {
      // keeping is keeping the span as written ("{dollars}"), not its words joined ("{ dollars }")
      alts.add(new Alternative(a.kept() ? e.spun() : a.original(), a.probability(), a.kept()));
    }
    String origin = e.origin() == null ? "table" : e.origin().name().toLowerCase(Locale.ROOT);
    return new Edit(e.span(), e.spun(), e.original(), e.replacement(), statedConfidence(e), alts, e.family(), origin);
  }

  /**
   * How sure an edit says it is ({@link Edit#confidence()}): the decoder's posterior, which weighs only the originals
   * the channel lists, times the share of a learned table's spun forms whose original it does list
   * ({@link ChannelModel#unseenOriginals()}) for an edit of that table; the posterior itself for any other
   * ({@link DecoderSettings#statedConfidence}). A bar a user sets ({@link #withMinConfidence}) is compared with this;
   * the default bar, the detector's likely edits and what they count compare the posterior.
   */
  private double statedConfidence(TextEdit e) {
    ChannelModel family = e.origin() == Candidate.Origin.TABLE ? restoring.get(e.family()) : null;
    return DecoderSettings.statedConfidence(e.confidence(), e.origin(), family);
  }

  /** Builds an {@link Unspinner}; checks everything in {@link #build()}. Not thread-safe. */
  public static final class Builder {
    private LanguageModel lm;
    private final List<ChannelModel> families = new ArrayList<>();
    private final List<ChannelModel> attribution = new ArrayList<>();
    private ChannelModel open;
    private ChannelModel detectionOpen;
    private org.unspin.detect.KnownTexts knownTexts = org.unspin.detect.KnownTexts.NONE;
    private ChannelModel listFamily;
    private java.util.function.BiPredicate<List<String>, Candidate> listTells;
    private DecoderSettings settings = DecoderSettings.DEFAULTS;
    private Calibration calibration;
    private int maxInputChars = DEFAULT_MAX_INPUT_CHARS;
    private final Map<String, String> descriptions = new HashMap<>();

    Builder() {}

    /** The language model (required). The Unspinner does not close it. */
    public Builder languageModel(LanguageModel lm) {
      this.lm = Objects.requireNonNull(lm, "lm");
      return this;
    }

    /** Adds a spinner family's channel. */
    public Builder spinner(ChannelModel family) {
      families.add(Objects.requireNonNull(family, "family"));
      return this;
    }

    /** Adds spinner families' channels. */
    public Builder spinners(List<? extends ChannelModel> families) {
      families.forEach(this::spinner);
      return this;
    }

    /**
     * Adds a spinner family that only names the spinner of a text the calibrated families call spun, and then
     * restores it ({@link Detector#withAttribution}): a family with no part in the calibrated features, such as the
     * WordNet spinner ({@code org.unspin.lexicon.WordNetSpinner}).
     */
    public Builder attributionSpinner(ChannelModel family) {
      attribution.add(Objects.requireNonNull(family, "family"));
      return this;
    }

    /** The low-prior open-vocabulary channel mixed into every family's channel when restoring; none by default. */
    public Builder openVocabulary(ChannelModel open) {
      this.open = open;
      return this;
    }

    /**
     * The open-vocabulary channel the detector scores as evidence for spinners no table describes; the
     * {@link #openVocabulary(ChannelModel)} channel by default. A wider channel (more neighbours per word) detects
     * thesaurus spinners better than the one tuned for restoring.
     */
    public Builder detectionVocabulary(ChannelModel open) {
      this.detectionOpen = open;
      return this;
    }

    /**
     * The family of a user's phrase lists and tables alone, used for restoring (not for detecting) a text whose
     * likely edits come mostly from a phrase list; none by default.
     */
    public Builder listFamily(ChannelModel family) {
      this.listFamily = family;
      return this;
    }

    /**
     * Which edits of the list family tell its spinner, given the words and marks of the text (without whitespace)
     * and the edit as a candidate over them ({@code PhraseLists.tellsSpinner}): a short text the lists explain is
     * restored as one only when its edits mostly do. Every list edit does by default.
     */
    public Builder listTells(java.util.function.BiPredicate<List<String>, Candidate> tells) {
      this.listTells = tells;
      return this;
    }

    /** Decoder settings; {@link DecoderSettings#DEFAULTS} by default. */
    public Builder decoderSettings(DecoderSettings settings) {
      this.settings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /**
     * Public texts copied whole, such as licences ({@link org.unspin.detect.KnownTexts#licences}), whose paragraphs
     * are neither judged nor restored ({@link Detector#withKnownTexts}); none by default.
     */
    public Builder knownTexts(org.unspin.detect.KnownTexts texts) {
      this.knownTexts = Objects.requireNonNull(texts, "texts");
      return this;
    }

    /** Detector constants; the committed {@link Calibration#defaults()} by default. */
    public Builder calibration(Calibration calibration) {
      this.calibration = Objects.requireNonNull(calibration, "calibration");
      return this;
    }

    /**
     * Describes the family {@code family} in words ({@link Unspinner#describe}): a learned table's
     * {@code @description}. It travels with this Unspinner and its results ({@link
     * DetectionResult#spinnerDescription()}), so that another Unspinner in the JVM with a table of the same family
     * name keeps its own; a built-in family's words stay its own.
     */
    public Builder spinnerDescription(String family, String description) {
      descriptions.put(Objects.requireNonNull(family, "family"), Objects.requireNonNull(description, "description"));
      return this;
    }

    /**
     * The most characters {@link Unspinner#restore} and {@link Unspinner#detect} take; longer texts are refused with
     * an {@link IllegalArgumentException} that names both sizes, before any work. {@value
     * Unspinner#DEFAULT_MAX_INPUT_CHARS} by default (as the server's {@code --max-body}); {@link Integer#MAX_VALUE}
     * lifts it. See {@link Unspinner#withMaxInputChars}.
     *
     * @throws IllegalArgumentException for a limit under 1
     */
    public Builder maxInputChars(int maxInputChars) {
      this.maxInputChars = checkedLimit(maxInputChars);
      return this;
    }

    /**
     * @throws IllegalArgumentException without a language model or spinner family, or with two families of one name
     */
    public Unspinner build() {
      if (lm == null) {
        throw new IllegalArgumentException("a language model is required");
      }
      if (families.isEmpty()) {
        throw new IllegalArgumentException("at least one spinner family is required");
      }
      if (calibration == null) {
        calibration = Calibration.defaults();
      }
      return new Unspinner(this);
    }
  }
}
