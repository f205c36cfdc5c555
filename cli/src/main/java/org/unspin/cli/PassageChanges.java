// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.unspin.text.Span;
import org.unspin.text.Token;
import org.unspin.text.TokenDiff;
import org.unspin.text.Tokenizer;
import org.unspin.text.Words;

/**
 * What a traced document changed inside one aligned passage ({@code trace --changes}): the stretches of its words that
 * differ from the source's passage, each with the source's words there, found by a word-level alignment
 * ({@link TokenDiff}) of the two passages' tokens (punctuation included, case and apostrophe forms ignored). With the
 * source at hand these are a spinner's substitutions and their original wording for certain, where {@code detect} and
 * {@code restore} can only judge them: a content farm that spins a few paragraphs of an article and keeps the rest
 * shows its changes in those paragraphs only.
 *
 * @param changes the differing stretches, in document order
 * @param words the passage's tokens in the document (words and punctuation)
 * @param changedWords of those, the ones inside a change
 * @param note why the changes were not found (a passage too long to align word by word), or null
 */
record PassageChanges(List<Change> changes, int words, int changedWords, String note) {

  /**
   * One changed stretch: {@code document} (UTF-16 offsets into the traced document, empty where the document left
   * source words out) stands where the source has {@code source} (offsets into the source's text, empty for words
   * the document added).
   */
  record Change(Span document, Span source, String documentText, String sourceText) {}

  /** The largest passage pair aligned word by word, in tokens times tokens (a byte each). */
  static final long MAX_CELLS = 25_000_000L;

  /**
   * The changes of the passage {@code [queryFrom, queryTo)} of {@code query} made from {@code [sourceFrom, sourceTo)}
   * of {@code source}.
   */
  static PassageChanges of(String query, int queryFrom, int queryTo, String source, int sourceFrom, int sourceTo) {
    List<Token> q = tokens(query, queryFrom, queryTo);
    List<Token> s = tokens(source, sourceFrom, sourceTo);
    if ((long) (q.size() + 1) * (s.size() + 1) > MAX_CELLS) {
      return new PassageChanges(List.of(), q.size(), 0, "the passage is too long to compare word by word ("
          + q.size() + " and " + s.size() + " tokens)");
    }
    TokenDiff.Result diff = TokenDiff.diff(keys(q), keys(s));
    List<Change> out = new ArrayList<>();
    int changed = 0;
    for (TokenDiff.Hunk h : diff.hunks()) {
      Span d = span(q, h.aStart(), h.aEnd(), queryFrom, queryTo);
      Span o = span(s, h.bStart(), h.bEnd(), sourceFrom, sourceTo);
      out.add(new Change(d, o, query.substring(d.start(), d.end()), source.substring(o.start(), o.end())));
      changed += h.aEnd() - h.aStart();
    }
    return new PassageChanges(List.copyOf(out), q.size(), changed, null);
  }

  /** The tokens of {@code text} in {@code [from, to)} that are not whitespace, with offsets into {@code text}. */
  private static List<Token> tokens(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    for (Token t : Tokenizer.tokenize(text.substring(from, to))) {
      if (!t.isSpace()) {
        out.add(new Token(t.text(), t.start() + from, t.end() + from, t.kind()));
      }
    }
    return out;
  }

  private static List<String> keys(List<Token> tokens) {
    return tokens.stream().map(t -> Words.canonical(t.text()).toLowerCase(Locale.ROOT)).toList();
  }

  /**
   * The text of tokens {@code [from, to)}; for none, the empty span where they would be: after the token before, or
   * at the passage's start.
   */
  private static Span span(List<Token> tokens, int from, int to, int passageFrom, int passageTo) {
    if (from < to) {
      return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
    }
    int at = from == 0 ? passageFrom : from <= tokens.size() ? tokens.get(from - 1).end() : passageTo;
    return new Span(at, at);
  }

  /** The share of the passage's tokens inside a change. */
  double changedShare() {
    return words == 0 ? 0 : (double) changedWords / words;
  }
}
