// SPDX-License-Identifier: Apache-2.0
package org.unspin;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.unspin.detect.Detector;

/**
 * Results in words, as the command line, the server, the web page and {@link ResultJson} write them: the reasons for
 * a verdict ("thesaurus words that fit better +3.10, weak collocations +2.31"), a spinner family's description, where
 * an edit came from, a disguised word with its hidden characters shown. For a service that shows its users why a
 * text was flagged in the words the command line uses.
 *
 * <p>Thread-safe and stateless: the descriptions of a user's own families (their tables' {@code @description}) travel
 * with the Unspinner that loaded them ({@link Unspinner#describe}) and its results.
 *
 * @since 0.1
 */
public final class Explanations {

  private Explanations() {}

  /** The origin ({@link Edit#origin()}) of an edit of a phrase a tortured-phrase list names. */
  public static final String PHRASE_LIST_ORIGIN = "phrase_list";

  /**
   * The strongest reasons for a verdict, in words: the features that moved the log-odds furthest from a typical
   * clean text's in the verdict's direction ("thesaurus words that fit better +3.10, weak collocations +2.31"); for a
   * text that was not judged, why ("no words to judge", "not English, not judged (...)", "code, not judged (...)").
   */
  public static String reasons(DetectionResult d) {
    return reasons(d.spun(), d.spunProbability(), d.evidence(), d.notJudged())
        + partly(spansFamily(d), d.spinnerRate()) + unexplained(d.spans(), "spans");
  }

  /**
   * "; no known spinner's table explains it: 3 of its spans, thesaurus words that fit their context far better than
   * the words written (spinner open)", for {@code edits} (named {@code noun}) of which some come from the
   * open-vocabulary channel ({@link org.unspin.lexicon.ChannelModel#OPEN}): detect shows them, and restore makes them,
   * only for a text no family's table explains ({@link org.unspin.detect.Calibration#showsOnlyOpenEdits}); ""
   * otherwise.
   */
  static String unexplained(List<Edit> edits, String noun) {
    long open = edits.stream().filter(e -> org.unspin.lexicon.ChannelModel.OPEN.equals(e.spinner())).count();
    return open == 0 ? "" : String.format(Locale.ROOT, "; no known spinner's table explains it: %d of its %s, "
        + "thesaurus words that fit their context far better than the words written (spinner %s)", open, noun,
        org.unspin.lexicon.ChannelModel.OPEN);
  }

  /**
   * The family whose table {@code d}'s spans come from: its spinner, or for a text not called spun whose paragraphs
   * spun on their own have spans, those spans' ("spinner none accounts for only part of it" said nothing).
   */
  private static String spansFamily(DetectionResult d) {
    return !d.spinner().equals(Detector.NOT_SPUN) || d.spans().isEmpty() ? d.spinner() : d.spans().get(0).spinner();
  }

  /**
   * From this probability on, the reasons for a verdict of "not spun" also name the evidence that pointed the other
   * way ("length -1.25; though thesaurus words that fit better +2.43"): a text at P 0.46 had shown only what held it
   * back.
   */
  private static final double NEAR_MISS = 0.2;

  /**
   * The reasons for a verdict of {@code spun} at {@code probability} from its {@code evidence} ({@link
   * DetectionResult#evidence()}), or the reason {@code notJudged} gives when the text was not judged (empty when it
   * was): {@link #reasons(DetectionResult)} without its spinner's rate, for a restoration ({@link
   * Restoration#evidence()}, {@link Restoration#notJudged()}).
   */
  public static String reasons(boolean spun, double probability, Map<String, Double> evidence,
      java.util.Optional<String> notJudged) {
    if (notJudged.isPresent()) {
      return notJudged.get();
    }
    String why = strongest(evidence, spun, 3, 0.05);
    String against = spun || probability < NEAR_MISS ? "" : strongest(evidence, true, 2, 0.5);
    // nothing held a near miss back but its evidence falling short ("because of though ..." had been printed)
    return against.isEmpty() ? why : why.isEmpty() ? "too little evidence of spinning: " + against
        : why + "; though " + against;
  }

  /** The {@code limit} features that moved the log-odds furthest towards spun (or away), by at least {@code min}. */
  private static String strongest(Map<String, Double> evidence, boolean towardsSpun, int limit, double min) {
    List<Map.Entry<String, Double>> top = evidence.entrySet().stream()
        .filter(e -> towardsSpun ? e.getValue() > min : e.getValue() < -min)
        .sorted((a, b) -> Double.compare(Math.abs(b.getValue()), Math.abs(a.getValue()))).limit(limit).toList();
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Double> e : top) {
      // both weigh against spinning as they grow: the sign says which way the text differs from a clean one's
      String words = e.getKey().equals("contextGainPerWord")
          ? (e.getValue() > 0 ? "weak collocations" : "strong collocations")
          : e.getKey().equals("oovRate") ? (e.getValue() > 0 ? "few unknown words" : "many unknown words")
          : FEATURE_WORDS.getOrDefault(e.getKey(), e.getKey());
      sb.append(sb.length() == 0 ? "" : ", ").append(words).append(String.format(Locale.ROOT, " %+.2f", e.getValue()));
    }
    return sb.toString();
  }

  private static final Map<String, String> FEATURE_WORDS = Map.ofEntries(
      Map.entry("ratioPerWord", "spinner-table evidence"), Map.entry("tableEditsPerWord", "table edits"),
      Map.entry("openEditsPerWord", "thesaurus words that fit better"),
      Map.entry("openRatioPerWord", "thesaurus evidence"), Map.entry("spintax", "spintax leftovers"),
      Map.entry("phraseHitsPerWord", "listed tortured phrases"),
      Map.entry("misfitAcronyms", "acronyms their words no longer fit"),
      Map.entry("log10Words", "length"), Map.entry("ratioTotal", "total table evidence"),
      Map.entry("marksPerSentence", "many clauses per sentence (as older, literary and legal prose writes)"),
      Map.entry("spunSection", "a section spun on its own"),
      Map.entry("spunThroughout", "a spinner's favourite swaps throughout"),
      Map.entry(org.unspin.detect.Calibration.NOTHING_TO_SHOW,
          "nothing to show (the rate of short texts with nothing to show, its other evidence set aside)"),
      Map.entry("maskedLm", "masked-LM edits"));

  /**
   * "; spinner A accounts for only part of it (41% of what it would rewrite): another spinner's copy, a light spin, or
   * the writer's own wording, so fewer and more cautious edits are made", for a restoration whose family took under
   * {@link Unspinner#PARTLY_SPUN} of its chances ({@link Restoration#spinnerRate()}); "" otherwise; and what of its
   * edits no known spinner's table explains ({@link #unexplained}).
   */
  public static String partly(Restoration r) {
    return partly(r.spinner(), r.spinnerRate()) + unexplained(r.edits(), "edits");
  }

  /** {@link #partly(Restoration)} for family {@code spinner} at {@code rate}. */
  private static String partly(String spinner, double rate) {
    return Double.isNaN(rate) || rate >= Unspinner.PARTLY_SPUN ? ""
        : String.format(Locale.ROOT, "; spinner %s accounts for only part of it (%.0f%% of what it would rewrite): "
            + "another spinner's copy, a light spin, or the writer's own wording, so fewer and more cautious edits are "
            + "made", spinner, 100 * rate);
  }

  /**
   * A built-in spinner family in words: the bundled family A's, the WordNet spinner's, the user's lists', or "" for
   * "none" and every other family. A learned table's {@code @description} is its Unspinner's ({@link
   * Unspinner#describe}), in each result's {@code spinnerDescription()}, which the JSON writes.
   */
  public static String describe(String family) {
    if (org.unspin.lexicon.SpinnerModels.USER_FAMILY.equals(family)) {
      return "your tortured-phrase lists and tables";
    }
    return FAMILIES.getOrDefault(family, "");
  }

  /** The built-in families, in words. */
  private static final Map<String, String> FAMILIES = Map.of(
      "A", "the common news spinner: \"said\" to \"mentioned\", \"year\" to \"12 months\"",
      org.unspin.lexicon.WordNetSpinner.FAMILY, "a WordNet synonym spinner: \"as\" to \"arsenic\", \"in\" to "
          + "\"successful\"");

  /**
   * Where an edit came from, in words: the JSON's {@code why}, which the page shows, and the HTML report's tooltips.
   */
  public static String why(Edit e) {
    if (e.origin().equals("rule") && e.spinner().equals(org.unspin.lexicon.WordNetSpinner.FAMILY)) {
      return "spinner W writes a WordNet synonym of it (no table needed)";
    }
    if (e.origin().equals("morphology") && e.spinner().equals(org.unspin.lexicon.ChannelModel.OPEN)) {
      // the open channel has no table of its own: its forms are re-inflected thesaurus neighbours and table swaps
      // read the other way round
      return "a form of a thesaurus synonym, or of a spinner table's swap read the other way round, that the "
          + "language model prefers here (open vocabulary)";
    }
    return switch (e.origin()) {
      case "table" -> "spinner " + e.spinner() + " writes this for it (learned table)";
      case "morphology" -> "spinner " + e.spinner() + " writes a form of this for a form of it (learned table)";
      case "rule" -> "a systematic spinner rule (digits, spintax, spelling, articles)";
      case "thesaurus" -> "a thesaurus synonym the language model prefers here (open vocabulary)";
      case "reverse_table" -> "a spinner table swaps these two the other way round, and spinners' dictionaries "
          + "are mostly symmetric (open vocabulary)";
      case "table_part" -> "a spinner table writes this inside a longer phrase it rewrites (open vocabulary)";
      case "user_table" -> "your --table";
      case PHRASE_LIST_ORIGIN -> "your tortured-phrase list names this phrase";
      case "phrase_word" -> "learned word by word from your tortured-phrase list";
      case "collocation" -> "a pair the language model knows, each word a thesaurus neighbour (with your "
          + "tortured-phrase list)";
      case "neural" -> "proposed by the masked language model (--neural)";
      case "acronym" -> "the acronym after it starts with this letter there: a thesaurus synonym that fits it";
      case "acronym_expansion" -> "what the acronym after it stands for (V.E.R.A. acronym dictionary): its words no "
          + "longer fit it";
      case Unspinner.DISGUISE_ORIGIN -> "the same word, disguised with invisible characters or look-alike "
          + "letters: " + shown(e.spun());
      default -> e.origin();
    };
  }

  /**
   * {@code word} with every character that is not plain Latin-1 written as its code point ("U+200B"), a run of
   * {@value #COUNTED_RUN} or more of the same one once with its length ("men&lt;U+200B x5000&gt;tioned": a run is as
   * long as its writer likes, and each had been written out), and a run of mathematical letters as what it reads
   * ("&lt;styled:ment&gt;ioned").
   */
  public static String shown(String word) {
    StringBuilder sb = new StringBuilder(word.length() + 8);
    for (int i = 0; i < word.length(); ) {
      int c = word.codePointAt(i);
      if (c >= 0x1D400 && c <= 0x1D7FF) { // a run of mathematical letters: "<styled:ment>"
        int j = i;
        while (j < word.length() && org.unspin.text.Words.isStyled(word, j)) {
          j += 2;
        }
        sb.append("<styled:").append(org.unspin.text.Words.canonical(word.substring(i, j))).append('>');
        i = j;
        continue;
      }
      if (c < '\u00A0' || c < '\u0250' && Character.isLetter(c)) {
        sb.appendCodePoint(c);
        i += Character.charCount(c);
        continue;
      }
      int run = 1;
      int j = i + Character.charCount(c);
      while (j < word.length() && word.codePointAt(j) == c) {
        run++;
        j += Character.charCount(c);
      }
      if (run >= COUNTED_RUN) {
        sb.append(codePoint(c), 0, codePoint(c).length() - 1).append(" x").append(run).append('>');
        i = j;
      } else {
        sb.append(codePoint(c));
        i += Character.charCount(c);
      }
    }
    return sb.toString();
  }

  /** The shortest run of one character {@link #shown} writes once, with its length. */
  static final int COUNTED_RUN = 4;

  /** A character as the reports write one a reader cannot see or should not be sent: "&lt;U+200B&gt;". */
  public static String codePoint(int c) {
    return String.format(Locale.ROOT, "<U+%04X>", c);
  }

  /** How many of {@code spans} inside paragraph {@code p} restore phrases a {@code --phrases} list names. */
  public static long listedIn(List<Edit> spans, ParagraphResult p) {
    return spans.stream().filter(e -> PHRASE_LIST_ORIGIN.equals(e.origin()) && p.span().contains(e.span().start()))
        .count();
  }
}
