// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.unspin.text.Token;
import org.unspin.text.Tokenizer;
import org.unspin.text.Words;

/**
 * The word-level view that fingerprints and alignment share: each word, number and sentence punctuation mark of a
 * text, normalised and classified by how likely a spinner is to leave it alone. Pure functions; thread-safe.
 */
final class Terms {

  /** How a term behaves under spinning. */
  enum Kind {
    /** A closed-class word ("the", "of", "which"): spinners mostly keep it; it forms the skeleton. */
    FUNCTION,
    /** A number, written in digits or words; "five" and "5" normalise alike. Immutable. */
    NUMBER,
    /** A capitalised word that does not start a sentence, or an all-capitals word. Immutable. */
    NAME,
    /** A long content word (see {@link FingerprintSettings#rareWordLength()}). Treated as immutable. */
    RARE,
    /** Any other word: the spinner's target. */
    CONTENT,
    /** Sentence punctuation {@code , . ; : ? !}: part of the skeleton. */
    PUNCT
  }

  /** One term: its normal form, kind and UTF-16 span in the input. */
  record Term(String norm, Kind kind, int start, int end) {
    boolean isWord() {
      return kind != Kind.PUNCT;
    }

    boolean isImmutable() {
      return kind == Kind.NUMBER || kind == Kind.NAME || kind == Kind.RARE;
    }
  }

  static final Set<String> FUNCTION_WORDS = Set.of(
      "a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every", "no", "not", "all", "both",
      "either", "neither", "such", "own", "same", "other", "another", "few", "more", "most", "much", "many",
      "less", "least", "several", "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he",
      "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "theirs", "who", "whom", "whose",
      "which", "what", "when", "where", "why", "how", "whether", "if", "then", "than", "because", "as", "since",
      "while", "although", "though", "unless", "until", "so", "and", "or", "but", "nor", "yet", "of", "in", "on",
      "at", "by", "for", "with", "without", "from", "to", "into", "onto", "upon", "about", "above", "below",
      "over", "under", "after", "before", "between", "among", "through", "during", "against", "within", "across",
      "along", "around", "behind", "beyond", "near", "off", "out", "up", "down", "per", "via", "be", "is", "am",
      "are", "was", "were", "been", "being", "have", "has", "had", "having", "do", "does", "did", "will", "would",
      "shall", "should", "can", "could", "may", "might", "must", "there", "here", "also", "only", "just", "very",
      "too", "now", "again", "still", "even", "ever", "never", "always", "often", "already", "however", "itself",
      "themselves", "himself", "herself", "ourselves", "myself", "yourself", "one's", "it's", "that's", "don't",
      "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "can't", "couldn't", "wouldn't");

  private static final Map<String, String> NUMBER_WORDS = numberWords();

  private static final Set<String> SCALE_WORDS = Set.of("hundred", "thousand", "million", "billion", "trillion",
      "dozen", "percent");

  private Terms() {}

  /** The terms of {@code text}, in order. */
  static List<Term> of(String text, int rareWordLength) {
    List<Token> tokens = Tokenizer.tokenize(text);
    List<Term> out = new ArrayList<>(tokens.size() / 2 + 1);
    boolean sentenceStart = true;
    for (Token t : tokens) {
      switch (t.kind()) {
        case NEWLINE:
          sentenceStart = true;
          break;
        case SPACE:
        case SYMBOL:
          break;
        case PUNCT: {
          String s = t.text();
          char c = s.charAt(0);
          if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
            out.add(new Term(s.length() > 1 && c == '.' ? "..." : String.valueOf(c), Kind.PUNCT, t.start(), t.end()));
            sentenceStart = true;
          } else if (c == ',' || c == ';' || c == ':') {
            out.add(new Term(String.valueOf(c), Kind.PUNCT, t.start(), t.end()));
          }
          break;
        }
        case NUMBER:
          out.add(new Term(normaliseNumber(t.text()), Kind.NUMBER, t.start(), t.end()));
          sentenceStart = false;
          break;
        case WORD:
        default: {
          String raw = Words.canonical(t.text());
          String lower = raw.toLowerCase(Locale.ROOT);
          String number = numberWord(lower);
          Kind kind;
          String norm = lower;
          if (number != null) {
            kind = Kind.NUMBER;
            norm = number;
          } else if (FUNCTION_WORDS.contains(lower)) {
            kind = Kind.FUNCTION;
          } else if (Words.inCapitals(raw) || (!sentenceStart && Character.isUpperCase(raw.codePointAt(0)))) {
            kind = Kind.NAME;
          } else if (rareWordLength > 0 && letters(lower) >= rareWordLength) {
            kind = Kind.RARE;
          } else {
            kind = Kind.CONTENT;
          }
          out.add(new Term(norm, kind, t.start(), t.end()));
          sentenceStart = false;
          break;
        }
      }
    }
    return out;
  }

  /** Digits only: thousands separators dropped ("50,000" and "50000" match). */
  static String normaliseNumber(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ',') {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  /** The digit form of a number word ("five" -> "5", "twenty-one" -> "21", "third" -> "3rd"), or null. */
  static String numberWord(String lower) {
    String v = NUMBER_WORDS.get(lower);
    if (v != null) {
      return v;
    }
    if (SCALE_WORDS.contains(lower)) {
      return lower;
    }
    int dash = lower.indexOf('-');
    if (dash > 0) {
      String tens = NUMBER_WORDS.get(lower.substring(0, dash));
      String unit = NUMBER_WORDS.get(lower.substring(dash + 1));
      if (tens != null && unit != null && tens.endsWith("0") && tens.length() == 2 && unit.length() == 1) {
        return tens.charAt(0) + unit;
      }
    }
    return null;
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static Map<String, String> numberWords() {
    String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    String[] tens = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    String[] ordinals = {"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth"};
    java.util.HashMap<String, String> m = new java.util.HashMap<>();
    for (int i = 0; i < units.length; i++) {
      m.put(units[i], Integer.toString(i));
    }
    for (int i = 2; i < tens.length; i++) {
      m.put(tens[i], Integer.toString(i * 10));
    }
    for (int i = 1; i < ordinals.length; i++) {
      m.put(ordinals[i], i + suffix(i));
    }
    return Map.copyOf(m);
  }

  private static String suffix(int i) {
    if (i % 100 >= 11 && i % 100 <= 13) {
      return "th";
    }
    switch (i % 10) {
      case 1:
        return "st";
      case 2:
        return "nd";
      case 3:
        return "rd";
      default:
        return "th";
    }
  }
}
