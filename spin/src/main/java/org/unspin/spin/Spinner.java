// SPDX-License-Identifier: Apache-2.0
package org.unspin.spin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.unspin.text.CasePattern;
import org.unspin.text.Token;
import org.unspin.text.Tokenizer;

/**
 * A simulated article spinner with exact ground truth.
 *
 * <p>It walks the words of a text and, at each one, looks up the longest phrase (up to
 * {@link SpinDictionary#maxPhraseWords()} words joined by single spaces) its dictionary has. Like real spinners it
 * is nearly deterministic per word type: whether a word type is spun at all ({@link SpinSettings#rate()}) and
 * which substitute it gets are chosen by a hash of the seed and the word, so "said" becomes "mentioned" nearly
 * every time; only a few occurrences (about 4%) are skipped and a few (about 8%) take the second choice.
 * Capitalised words are replaced too, with the capitals carried over ("May" to "Could"), though in mid-sentence
 * (mostly names) only about a third as often; words inside quotation marks are replaced about a third as often.
 * Style A leaves occasional spintax braces around unchanged words ("{that a}").
 *
 * <p>Only words change: whitespace, punctuation and line breaks are copied as they are, and every change is
 * reported as an {@link Edit}. Immutable and thread-safe if the dictionary is.
 *
 * @since 0.1
 */
public final class Spinner {

  private static final double SKIP_OCCURRENCE = 0.04;
  private static final double SECOND_CHOICE = 0.08;
  private static final double NAME_FACTOR = 0.3;
  private static final double QUOTE_FACTOR = 0.35;
  /** The longest phrase, in words, looked up in a dictionary. */
  static final int MAX_PHRASE_WORDS = 4;

  private final SpinDictionary dictionary;
  private final SpinSettings settings;

  private Spinner(SpinDictionary dictionary, SpinSettings settings) {
    this.dictionary = dictionary;
    this.settings = settings;
  }

  /** A spinner using {@code dictionary}. */
  public static Spinner create(SpinDictionary dictionary, SpinSettings settings) {
    if (dictionary == null || settings == null) {
      throw new IllegalArgumentException("dictionary and settings must be given");
    }
    return new Spinner(dictionary, settings);
  }

  public SpinSettings settings() {
    return settings;
  }

  /** Spins {@code text}. Deterministic for the settings' seed. */
  public SpinResult spin(String text) {
    List<Token> tokens = Tokenizer.tokenize(text);
    int n = tokens.size();
    boolean[] quoted = new boolean[n];
    boolean[] sentenceStart = new boolean[n];
    boolean inQuote = false;
    boolean atStart = true;
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      quoted[i] = inQuote;
      if (t.kind() == Token.Kind.PUNCT) {
        String s = t.text();
        if (s.equals("\"")) {
          inQuote = !inQuote;
        } else if (s.equals("\u201c")) {
          inQuote = true;
        } else if (s.equals("\u201d")) {
          inQuote = false;
        }
        if (s.startsWith(".") || s.equals("!") || s.equals("?") || s.equals(":")) {
          atStart = true;
        }
      } else if (t.kind() == Token.Kind.NEWLINE) {
        atStart = true;
        inQuote = false;
      } else if (t.isLexical()) {
        sentenceStart[i] = atStart;
        atStart = false;
      }
    }
    List<int[]> spans = new ArrayList<>(); // token from, token to (inclusive), choice
    List<String> replacements = new ArrayList<>();
    boolean[] changed = new boolean[n];
    int maxWords = Math.max(1, Math.min(MAX_PHRASE_WORDS, dictionary.maxPhraseWords()));
    long seed = settings.seed();
    for (int i = 0; i < n; i++) {
      Token first = tokens.get(i);
      if (!first.isLexical()) {
        continue;
      }
      int matchedEnd = -1;
      String replacement = null;
      for (int len = maxWords; len >= 1 && matchedEnd < 0; len--) {
        int end = phraseEnd(tokens, i, len);
        if (end < 0) {
          continue;
        }
        String surface = text.substring(first.start(), tokens.get(end).end());
        String key = surface.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        List<String> subs = dictionary.substitutes(key);
        if (subs.isEmpty() || Hashing.uniform(seed, "type", key) >= settings.rate()) {
          continue;
        }
        double keep = 1 - SKIP_OCCURRENCE;
        if (quoted[i]) {
          keep *= QUOTE_FACTOR;
        }
        if (!sentenceStart[i] && Character.isUpperCase(surface.codePointAt(0))) {
          keep *= NAME_FACTOR;
        }
        if (Hashing.uniform(seed, "occurrence", first.start()) >= keep) {
          break; // this occurrence is left alone
        }
        int choice = choose(seed, key, Math.min(subs.size(), 3));
        if (subs.size() > 1 && Hashing.uniform(seed, "variant", first.start()) < SECOND_CHOICE) {
          choice = (choice + 1) % Math.min(subs.size(), 3);
        }
        String sub = matchCase(surface, subs.get(choice));
        if (!sub.equals(surface) && !sub.isEmpty()) {
          matchedEnd = end;
          replacement = sub;
        }
      }
      if (matchedEnd >= 0) {
        spans.add(new int[] {i, matchedEnd});
        replacements.add(replacement);
        for (int k = i; k <= matchedEnd; k++) {
          changed[k] = true;
        }
        i = matchedEnd;
      }
    }
    addBraces(tokens, changed, spans, replacements, text);
    // Build the output and the edits in text order.
    List<Integer> order = new ArrayList<>();
    for (int k = 0; k < spans.size(); k++) {
      order.add(k);
    }
    order.sort((a, b) -> Integer.compare(spans.get(a)[0], spans.get(b)[0]));
    StringBuilder out = new StringBuilder(text.length() + text.length() / 8);
    List<Edit> edits = new ArrayList<>(spans.size());
    int at = 0;
    for (int k : order) {
      int from = tokens.get(spans.get(k)[0]).start();
      int to = tokens.get(spans.get(k)[1]).end();
      out.append(text, at, from);
      int spunStart = out.length();
      String rep = replacements.get(k);
      out.append(rep);
      edits.add(new Edit(from, to, spunStart, out.length(), text.substring(from, to), rep));
      at = to;
    }
    out.append(text, at, text.length());
    return new SpinResult(text, out.toString(), edits);
  }

  /**
   * Why no text can ever have {@code original} spun, as {@link #spin} finds words and phrases (a word or number alone,
   * or two to four words joined by single spaces), or null when some text can: a dictionary's entry of punctuation
   * ("however,"), a phrase with a number ("5 days") or over four words would be passed over without a word.
   */
  static String unmatchable(String original) {
    List<Token> tokens = Tokenizer.tokenize(original);
    int words = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (i % 2 == 0 ? !t.isLexical() : !t.text().equals(" ")) {
        return "the spinner replaces words, and phrases of words joined by single spaces, not \"" + t.text() + "\"";
      }
      words += i % 2 == 0 ? 1 : 0;
    }
    if (words == 0) {
      return "no words";
    }
    if (words > 1 && tokens.stream().anyMatch(t -> t.kind() == Token.Kind.NUMBER)) {
      return "a number is replaced alone, not inside a phrase";
    }
    if (words > MAX_PHRASE_WORDS) {
      return words + " words: the spinner replaces phrases of at most " + MAX_PHRASE_WORDS;
    }
    return null;
  }

  /** The token index of the {@code len}-th word of a phrase starting at {@code i}, or -1. */
  private static int phraseEnd(List<Token> tokens, int i, int len) {
    int j = i;
    if (len > 1 && tokens.get(i).kind() != Token.Kind.WORD) {
      return -1;
    }
    for (int w = 1; w < len; w++) {
      if (j + 2 >= tokens.size() || !tokens.get(j + 1).text().equals(" ")
          || tokens.get(j + 2).kind() != Token.Kind.WORD) {
        return -1;
      }
      j += 2;
    }
    return j;
  }

  private static int choose(long seed, String key, int k) {
    if (k <= 1) {
      return 0;
    }
    double u = Hashing.uniform(seed, "choice", key);
    if (k == 2) {
      return u < 0.6 ? 0 : 1;
    }
    return u < 0.5 ? 0 : u < 0.8 ? 1 : 2;
  }

  /** {@code replacement} written with the capitals of {@code original}. */
  static String matchCase(String original, String replacement) {
    if (!replacement.equals(replacement.toLowerCase(Locale.ROOT))) {
      // the dictionary wrote it with capitals: keep them, but capitalise a sentence-initial word
      return Character.isUpperCase(original.codePointAt(0)) ? CasePattern.capitalise(replacement) : replacement;
    }
    CasePattern p = CasePattern.of(original);
    if (p == CasePattern.UPPER && original.codePointCount(0, original.length()) > 1) {
      return replacement.toUpperCase(Locale.ROOT);
    }
    if (!Character.isUpperCase(original.codePointAt(0))) {
      return replacement;
    }
    String[] words = original.split(" ");
    boolean allTitle = words.length > 1;
    for (String w : words) {
      allTitle &= !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }
    if (!allTitle) {
      return CasePattern.capitalise(replacement);
    }
    String[] rw = replacement.split(" ", -1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < rw.length; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(CasePattern.capitalise(rw[i]));
    }
    return sb.toString();
  }

  private void addBraces(List<Token> tokens, boolean[] changed, List<int[]> spans, List<String> replacements,
      String text) {
    if (settings.braceRate() <= 0) {
      return;
    }
    long seed = settings.seed();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() != Token.Kind.WORD || changed[i]
          || Hashing.uniform(seed, "brace", t.start()) >= settings.braceRate()) {
        continue;
      }
      int end = i;
      if (Hashing.uniform(seed, "brace2", t.start()) < 0.6) {
        int two = phraseEnd(tokens, i, 2);
        if (two >= 0 && !changed[two]) {
          end = two;
        }
      }
      String original = text.substring(t.start(), tokens.get(end).end());
      spans.add(new int[] {i, end});
      replacements.add("{" + original + "}");
      for (int k = i; k <= end; k++) {
        changed[k] = true;
      }
      i = end;
    }
  }
}
