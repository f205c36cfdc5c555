// SPDX-License-Identifier: Apache-2.0
package org.unspin.detect;

import java.util.List;
import java.util.Locale;
import org.unspin.text.FunctionWords;
import org.unspin.text.Token;
import org.unspin.text.TokenizedText;

/**
 * Whether a text is English enough to judge: the models (spinner tables, thesauri, language model) are English, so on
 * another language the detector's "not spun" would only mean it understood nothing. The test is the share of a text's
 * words that are common English function words: 28% or more in every document and paragraph of at least 20 words of the
 * development data (clean news, spun and original articles, spun openings; median 42%), under 5% in French, German and
 * Spanish news paragraphs. A text that fails the test and is full of the symbols of program code ({@link
 * FunctionWords#CODE_SYMBOLS}) is called code rather than another language: a manual's listings fail it too. Stateless
 * and thread-safe.
 */
final class English {

  /** Fewest words a text needs before it is called another language: a headline may hold no function word. */
  static final int MIN_WORDS = 30;

  /** Fewest words a text needs before it is called another language for having no word in the Latin alphabet. */
  static final int MIN_OTHER_SCRIPT_WORDS = 3;

  /** The share of function words under which a text of {@value #MIN_WORDS} words or more is not English. */
  static final double MIN_FUNCTION_WORD_SHARE = 0.10;

  /**
   * The share of a text's visible tokens that are code symbols ({@link FunctionWords#CODE_SYMBOLS}) from which a text
   * that is not English is called code: every code listing the English test set aside in the Octave manual's pages has
   * 18% or more (median 37%); a news paragraph of 30 words or more, 9% at the 99th percentile; prose in another
   * language, its punctuation.
   */
  static final double MIN_CODE_SYMBOL_SHARE = 0.15;

  private English() {}

  /**
   * Why {@code text} is not judged as English, or null when it is (or too short to tell): "not English, not judged
   * (3% of its 57 words are common English words)", or for a program's code "code, not judged (37% of its 212
   * tokens are code symbols)".
   */
  static String notEnglish(TokenizedText text) {
    return notEnglish(text.tokens(), 0, text.tokens().size(), false);
  }

  /** Fewest lower-case words a paragraph needs before it is called another language. */
  static final int MIN_PARAGRAPH_LOWER_WORDS = 15;

  /**
   * {@link #notEnglish(TokenizedText)} for the tokens {@code [from, to)} of an English text: a paragraph. A paragraph
   * may be a list of names ("Sens. Mitt Romney (R-Utah), Mike Braun (R-Ind.) ... were among the detractors", 9%
   * function words), so it must also be under the share among its lower-case words, where names do not count
   * (German capitalises its nouns, so {@value #MIN_PARAGRAPH_LOWER_WORDS} of them suffice).
   */
  static String notEnglishParagraph(List<Token> tokens, int from, int to) {
    return notEnglish(tokens, from, to, true);
  }

  private static String notEnglish(List<Token> tokens, int from, int to, boolean lowerToo) {
    FunctionWords.Counts c = FunctionWords.Counts.of(tokens.subList(from, to));
    int words = c.words();
    int function = c.function();
    int lower = c.lower();
    int visible = c.visible();
    int code = c.codeSymbols();
    if (words >= MIN_OTHER_SCRIPT_WORDS && c.latin() == 0 && function == 0) {
      // a quotation in Arabic or Chinese, too short for the share test: no word of it is English
      return String.format(Locale.ROOT, "not English, not judged (none of its %d words is in the Latin alphabet)",
          words);
    }
    if (words < MIN_WORDS || function >= MIN_FUNCTION_WORD_SHARE * words) {
      return null;
    }
    if (lowerToo && (lower < MIN_PARAGRAPH_LOWER_WORDS || c.lowerFunction() >= MIN_FUNCTION_WORD_SHARE * lower)) {
      return null;
    }
    if (code >= MIN_CODE_SYMBOL_SHARE * visible) {
      return String.format(Locale.ROOT, "code, not judged (%d%% of its %d tokens are code symbols)",
          Math.round(100.0 * code / visible), visible);
    }
    return String.format(Locale.ROOT, "not English, not judged (%d%% of its %d words are common English words)",
        Math.round(100.0 * function / words), words);
  }
}
