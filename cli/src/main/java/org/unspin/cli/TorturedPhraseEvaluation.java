// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import org.unspin.Restoration;
import org.unspin.Unspinner;
import org.unspin.lexicon.Candidate;
import org.unspin.lexicon.CandidateSource;
import org.unspin.lexicon.learn.PhraseLists;
import org.unspin.text.JsonWriter;

/**
 * {@code unspin eval --tortured LIST}: restoration of tortured phrases a list does not name. The list is split
 * in halves by expected phrase ({@link PhraseLists#heldOut}); the restorer is given one half as its
 * {@code --phrases} list and restores each phrase of the other half inside a short neutral sentence, with
 * {@code --assume-spun} (one sentence is too little text for the detector). A phrase counts as restored when the
 * whole restored sentence equals the sentence with one spelling of the expected phrase ({@link
 * PhraseLists.Row#expectedForms()}), ignoring case. The sentences with the expected phrases themselves are
 * restored the same way to count false edits on clean wording. With a list share under 1 ({@link #inShare}), the
 * restorer is given only that share of the list half, chosen by expected phrase; the test half stays as it is, so
 * that the figures at several shares draw a learning curve of the list's size.
 */
final class TorturedPhraseEvaluation {

  /** The sentence each phrase is put in. */
  static final String TEMPLATE = "We report the %s in this study.";

  /** What was measured; {@code listRows} is the share {@code listShare} of the list half's {@code halfRows}. */
  record Result(int listRows, int testRows, int restored, int changed, int cleanChanged, int contextFree,
      int restoredUnforced, int cleanChangedUnforced, int listedRows, int listedRestored, List<String> misses,
      double listShare, int halfRows) {

    double restoredShare() {
      return testRows == 0 ? 0 : restored / (double) testRows;
    }

    double cleanChangedShare() {
      return testRows == 0 ? 0 : cleanChanged / (double) testRows;
    }

    String text() {
      String list = listShare >= 1 ? String.format(Locale.ROOT, "list half: %d phrases", listRows)
          : String.format(Locale.ROOT, "list: %d phrases, share %s of the list half's %d (by expected phrase)",
              listRows, shareText(listShare), halfRows);
      return String.format(Locale.ROOT, "%s; test half: %d phrases%n"
          + "restored exactly: %d (%.1f%%)%n"
          + "changed but not exactly restored: %d%n"
          + "expected phrases changed when restored themselves: %d (%.1f%%)%n"
          + "baseline, context-free word table (best entry per word, no language model): %d (%.1f%%)%n"
          + "as plain `restore --phrases` (without --assume-spun: sentences the detector calls spun or the list "
          + "explains): "
          + "restored exactly %d (%.1f%%), expected phrases changed %d (%.1f%%)%n"
          + "the list half's own phrases, as plain `restore --phrases`: restored exactly as listed %d of %d "
          + "(%.1f%%)%n",
          list, testRows, restored, 100 * restoredShare(), changed, cleanChanged, 100 * cleanChangedShare(),
          contextFree, share(contextFree), restoredUnforced, share(restoredUnforced), cleanChangedUnforced,
          share(cleanChangedUnforced), listedRestored, listedRows,
          listedRows == 0 ? 0 : 100.0 * listedRestored / listedRows);
    }

    private double share(int n) {
      return testRows == 0 ? 0 : 100.0 * n / testRows;
    }

    String json() {
      JsonWriter w = new JsonWriter();
      w.beginObject().name("listShare").value(listShare, 4).name("listHalfRows").value(halfRows)
          .name("listRows").value(listRows).name("testRows").value(testRows)
          .name("restored").value(restored).name("restoredShare").value(restoredShare(), 4)
          .name("changedNotRestored").value(changed).name("cleanChanged").value(cleanChanged)
          .name("cleanChangedShare").value(cleanChangedShare(), 4).name("contextFreeRestored").value(contextFree)
          .name("restoredWithoutAssumeSpun").value(restoredUnforced)
          .name("cleanChangedWithoutAssumeSpun").value(cleanChangedUnforced)
          .name("listedRows").value(listedRows).name("listedRestored").value(listedRestored)
          .endObject();
      return w.toString();
    }
  }

  private TorturedPhraseEvaluation() {}

  /** {@code share} as given, without trailing zeros ("0.5", "0.125"). */
  static String shareText(double share) {
    return Double.isFinite(share) ? java.math.BigDecimal.valueOf(share).stripTrailingZeros().toPlainString()
        : String.valueOf(share);
  }

  /**
   * Where the expected phrase {@code expected} falls among a list's phrases, in [0, 1): a stable hash of the
   * lower-case phrase, mixed apart from the halves' hash ({@code Evaluation.heldOut}), so that each share of a
   * list half is an even sample of it.
   */
  static double shareKey(String expected) {
    int h = 0;
    for (char c : expected.toLowerCase(Locale.ROOT).toCharArray()) {
      h = h * 31 + c;
    }
    h ^= h >>> 16; // MurmurHash3's finaliser
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return (h >>> 8) / (double) (1 << 24);
  }

  /**
   * Whether row {@code r} is in the share {@code share} (0 to 1) of its list, by its expected phrase: the rows of
   * one expected phrase are in or out together, and a smaller share's rows are all in every larger share.
   */
  static boolean inShare(PhraseLists.Row r, double share) {
    return share >= 1 || shareKey(r.expectedForms().get(0)) < share;
  }

  /**
   * {@code rows} without the list half's rows outside the share {@code share} ({@link #inShare}): every held-out row
   * ({@link PhraseLists#heldOut}) kept, the order kept; the whole list at 1.
   *
   * @throws CliException (bad input) if the share leaves none of the list half's rows
   */
  static List<PhraseLists.Row> withListShare(List<PhraseLists.Row> rows, double share) {
    List<PhraseLists.Row> kept = new ArrayList<>();
    int halfRows = 0;
    int listed = 0;
    for (PhraseLists.Row r : rows) {
      boolean inHalf = !PhraseLists.heldOut(r);
      halfRows += inHalf ? 1 : 0;
      if (!inHalf || inShare(r, share)) {
        kept.add(r);
        listed += inHalf ? 1 : 0;
      }
    }
    if (listed == 0 && halfRows > 0) {
      throw CliException.badInput("--list-share " + shareText(share) + " leaves none of the list half's "
          + halfRows + " phrases");
    }
    return kept;
  }

  /** Rejects a list share that is not over 0 and at most 1 (a share of a list half). */
  static void checkShare(double share) {
    if (!(share > 0 && share <= 1)) {
      throw new IllegalArgumentException("--list-share must be over 0 and at most 1 (a share of the list half), not "
          + shareText(share));
    }
  }

  /** Every {@code k}-th row of {@code rows}. */
  private static List<PhraseLists.Row> every(List<PhraseLists.Row> rows, int k) {
    List<PhraseLists.Row> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i += k) {
      out.add(rows.get(i));
    }
    return out;
  }

  /** An acronym a list writes in parentheses after a tortured phrase ("synthetic intelligence (ai)"). */
  private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("\\(([a-z][a-z0-9-]{1,7})\\)");

  /**
   * The tortured phrase of {@code r} as a paper writes it when it defines an acronym: the words before the list's
   * first parenthesised acronym, then the acronym in capitals ("synthetic intelligence (AI)"); null when the row has
   * no acronym after words.
   */
  static String withAcronym(PhraseLists.Row r) {
    java.util.regex.Matcher m = ACRONYM.matcher(r.tortured());
    if (!m.find() || r.tortured().substring(0, m.start()).isBlank()) {
      return null;
    }
    return r.tortured().substring(0, m.start()).strip() + " (" + m.group(1).toUpperCase(Locale.ROOT) + ")";
  }

  /** Whether {@code restored} is the template sentence with one spelling of {@code r}'s expected phrase. */
  private static boolean restores(PhraseLists.Row r, String restored) {
    return restores(r, restored, false);
  }

  /**
   * {@link #restores(PhraseLists.Row, String)}, with acronyms in parentheses (the sentence's, and any the list writes
   * in an expected phrase) left out of the comparison when {@code acronyms}.
   */
  private static boolean restores(PhraseLists.Row r, String restored, boolean acronyms) {
    java.util.function.UnaryOperator<String> cut = acronyms ? TorturedPhraseEvaluation::withoutAcronyms : t -> t;
    String got = cut.apply(restored.toLowerCase(Locale.ROOT));
    for (String form : r.expectedForms()) {
      if (got.equals(cut.apply(String.format(Locale.ROOT, TEMPLATE, form).toLowerCase(Locale.ROOT)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The baseline the issue compares with: left to right, the longest span with a word-table entry is replaced by
   * its most probable original, other words are kept.
   */
  static String contextFree(CandidateSource words, String phrase) {
    List<String> ws = org.unspin.text.Words.of(phrase);
    StringBuilder out = new StringBuilder();
    List<Candidate> cands = new ArrayList<>();
    for (int i = 0; i < ws.size(); ) {
      cands.clear();
      words.propose(ws, i, "phrases", cands);
      Candidate best = null;
      for (Candidate c : cands) {
        if (best == null || c.length() > best.length()
            || c.length() == best.length() && c.log10Channel() > best.log10Channel()) {
          best = c;
        }
      }
      out.append(out.length() == 0 ? "" : " ").append(best == null ? ws.get(i) : best.original());
      i += best == null ? 1 : best.length();
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Runs the evaluation: {@code restorers} builds the restorer from the list half (a temporary
   * {@code --phrases} file).
   */
  static Result run(Path list, Function<Path, Unspinner> restorers, Predicate<String> knownWord)
      throws IOException {
    return run(list, restorers, knownWord, Integer.MAX_VALUE, false, 1);
  }

  private static String withoutAcronyms(String sentence) {
    return sentence.replaceAll("\\s*\\([^()]*\\)", "");
  }

  /**
   * {@link #run(Path, Function, Predicate)} on every k-th test phrase, k chosen to keep about {@code limit}; with
   * {@code acronyms}, only on the test rows whose tortured phrase the list writes with an acronym, each put in the
   * sentence with its acronym in capitals after it, as a paper defines one ({@link #withAcronym}).
   */
  static Result run(Path list, Function<Path, Unspinner> restorers, Predicate<String> knownWord, int limit,
      boolean acronyms) throws IOException {
    return run(list, restorers, knownWord, limit, acronyms, 1);
  }

  /**
   * {@link #run(Path, Function, Predicate, int, boolean)} with the restorer (and the context-free baseline) given
   * only the share {@code listShare} of the list half ({@link #inShare}); the test half is the same at every share.
   *
   * @throws IllegalArgumentException if {@code listShare} is not over 0 and at most 1
   * @throws CliException (bad input) if the share leaves none of the list half's phrases
   */
  static Result run(Path list, Function<Path, Unspinner> restorers, Predicate<String> knownWord, int limit,
      boolean acronyms, double listShare) throws IOException {
    checkShare(listShare);
    List<PhraseLists.Row> all = PhraseLists.read(list);
    int halfRows = (int) all.stream().filter(r -> !PhraseLists.heldOut(r)).count();
    List<PhraseLists.Row> train = new ArrayList<>();
    List<PhraseLists.Row> test = new ArrayList<>();
    for (PhraseLists.Row r : withListShare(all, listShare)) {
      if (!PhraseLists.heldOut(r)) {
        train.add(r);
      } else if (!acronyms || withAcronym(r) != null) {
        test.add(r);
      }
    }
    List<PhraseLists.Row> listed = train;
    if (test.size() > limit) {
      int k = (test.size() + limit - 1) / limit;
      test = every(test, k);
      listed = every(train, k);
    }
    Path half = Files.createTempFile("unspin-phrases-", ".tsv");
    try {
      StringBuilder sb = new StringBuilder("# tortured\texpected (list half)\n");
      for (PhraseLists.Row r : train) {
        sb.append(r.tortured()).append('\t').append(r.expected()).append('\n');
      }
      Files.writeString(half, sb, StandardCharsets.UTF_8);
      Unspinner u = restorers.apply(half);
      CandidateSource words = CandidateSource.of(PhraseLists.wordTable(train, knownWord),
          Candidate.Origin.PHRASE_WORD);
      int contextFree = 0;
      int restored = 0;
      int changed = 0;
      int clean = 0;
      int restoredUnforced = 0;
      int cleanUnforced = 0;
      List<String> misses = new ArrayList<>();
      for (PhraseLists.Row r : test) {
        String spun = String.format(Locale.ROOT, TEMPLATE, acronyms ? withAcronym(r) : r.torturedText());
        String free = contextFree(words, r.torturedText());
        if (r.expectedForms().contains(free)) {
          contextFree++;
        }
        Restoration out = u.restore(spun, true);
        boolean ok = restores(r, out.text(), acronyms);
        if (restores(r, u.restore(spun, false).text(), acronyms)) {
          restoredUnforced++;
        }
        if (ok) {
          restored++;
        } else {
          if (!out.text().equals(spun)) {
            changed++;
          }
          misses.add(r.torturedText() + " -> " + out.text() + "  (expected " + r.expected() + "; context-free: "
              + free + ")");
        }
        String written = r.expectedForms().get(0);
        if (acronyms) { // the expected phrase defining the same acronym, which must stay as written
          String a = withAcronym(r);
          written = withoutAcronyms(written) + a.substring(a.lastIndexOf(" ("));
        }
        String orig = String.format(Locale.ROOT, TEMPLATE, written);
        String back = u.restore(orig, true).text();
        if (!back.equals(orig)) {
          clean++;
          misses.add("(clean) " + orig + " -> " + back);
        }
        if (!u.restore(orig, false).text().equals(orig)) {
          cleanUnforced++;
        }
      }
      // the list's own phrases, which it promises to restore wherever they are
      int listedRestored = 0;
      for (PhraseLists.Row r : listed) {
        String spun = String.format(Locale.ROOT, TEMPLATE, r.torturedText());
        String out = u.restore(spun, false).text();
        if (restores(r, out)) {
          listedRestored++;
        } else {
          misses.add("(listed) " + spun + " -> " + out + "  (expected " + r.expected() + ")");
        }
      }
      return new Result(train.size(), test.size(), restored, changed, clean, contextFree, restoredUnforced,
          cleanUnforced, listed.size(), listedRestored, misses, listShare, halfRows);
    } finally {
      Files.deleteIfExists(half);
    }
  }
}
