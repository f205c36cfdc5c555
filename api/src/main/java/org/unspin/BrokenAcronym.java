// SPDX-License-Identifier: Apache-2.0
package org.unspin;

import java.util.ArrayList;
import java.util.List;
import org.unspin.decode.TextRestorer;
import org.unspin.lexicon.AcronymSource;
import org.unspin.text.Sentence;
import org.unspin.text.Span;
import org.unspin.text.Token;
import org.unspin.text.TokenizedText;

/**
 * An acronym in parentheses whose words no longer fit it: a writer defined "consumer price index (CPI)", a spinner
 * wrote "customer cost index (CPI)", and "cost" no longer starts with the P the acronym has there. The detector counts
 * these as evidence ({@link DetectionResult#evidence()}, {@code misfitAcronyms}); this is where they are, for a reader
 * who wants to see why, whether or not restoration found the original words ({@link AcronymSource} says which
 * definitions are read). Immutable.
 *
 * @param span the definition, from its first word to the closing parenthesis
 * @param acronym the acronym as written
 * @param misfits the words that no longer fit, in text order
 * @since 0.1
 */
public record BrokenAcronym(Span span, String acronym, List<Misfit> misfits) {

  public BrokenAcronym {
    misfits = List.copyOf(misfits);
  }

  /**
   * A word of a definition whose initial is not the acronym's letter there.
   *
   * @param span where the word is
   * @param word the word as written
   * @param letter the letter, upper case, that the acronym has for it
   */
  public record Misfit(Span span, String word, char letter) {
  }

  /**
   * The broken definitions of {@code text} as restore and detect read it, given as {@code judged}: {@code text}, or,
   * for one whose lines are in capitals or title case, it in sentence case ({@link org.unspin.text.CaseNormal}); each
   * misfit word as {@code text} writes it; empty for nearly every text (and where sentence case changed the text's
   * length, which it does not for English).
   */
  static List<BrokenAcronym> in(String text, TokenizedText judged) {
    if (judged.text().length() != text.length()) {
      return List.of();
    }
    List<BrokenAcronym> found = find(judged);
    if (judged.text() == text || found.isEmpty()) {
      return found;
    }
    List<BrokenAcronym> out = new ArrayList<>(found.size());
    for (BrokenAcronym b : found) {
      List<Misfit> misfits = new ArrayList<>(b.misfits().size());
      for (Misfit m : b.misfits()) {
        misfits.add(new Misfit(m.span(), text.substring(m.span().start(), m.span().end()), m.letter()));
      }
      out.add(new BrokenAcronym(b.span(), b.acronym(), misfits));
    }
    return out;
  }

  /**
   * The broken definitions of {@code text}, in order, read in each sentence's words as the detector reads them (its
   * verbatim spans left out); empty for nearly every text.
   */
  public static List<BrokenAcronym> find(TokenizedText text) {
    if (text.text().indexOf('(') < 0) {
      return List.of();
    }
    List<BrokenAcronym> out = new ArrayList<>(0);
    for (Sentence s : text.sentences()) {
      List<Token> tokens = TextRestorer.wordTokens(text, s);
      List<String> words = new ArrayList<>(tokens.size());
      boolean parenthesis = false;
      for (Token t : tokens) {
        words.add(t.text());
        parenthesis |= t.text().equals("(");
      }
      if (!parenthesis) {
        continue;
      }
      for (AcronymSource.Broken b : AcronymSource.brokenDefinitions(words)) {
        List<Misfit> misfits = new ArrayList<>(b.misfits().size());
        for (int k = 0; k < b.misfits().size(); k++) {
          Token w = tokens.get(b.misfits().get(k));
          misfits.add(new Misfit(w.span(), w.text(), Character.toUpperCase(b.letters().charAt(k))));
        }
        out.add(new BrokenAcronym(new Span(tokens.get(b.start()).start(), tokens.get(b.open() + 2).end()),
            tokens.get(b.open() + 1).text(), misfits));
      }
    }
    return out;
  }
}
