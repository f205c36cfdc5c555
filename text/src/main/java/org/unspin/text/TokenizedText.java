// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A text with its tokens, sentences and paragraphs. Immutable and thread-safe.
 *
 * <p>Paragraphs: where the text has a blank line anywhere, paragraphs are separated by blank lines; otherwise every
 * line is a paragraph (the one-paragraph-per-line layout of scraped articles), but for a line break that only wraps
 * a line: after no sentence or clause end, before a lower-case letter ({@code #wrapped}). Sentences never cross a
 * paragraph boundary. A sentence ends after {@code . ! ? …} (and any closing quotes or brackets) when whitespace and
 * then an upper-case letter, a digit or an opening quote or bracket follow, unless the word before the dot is a known
 * abbreviation ("Mr.", "Jan.", "Inc.", a paper's "et al.", "Eq.", "Ref."; "No." and "pp." before a number only) or a
 * single capital (an initial, "J.").
 *
 * <p>Code: the fenced blocks and inline code spans the text marks the way Markdown does ({@link #codeSpans()}), which
 * restoration leaves as they are and detection does not read as prose. A line break inside code ends no paragraph:
 * a fenced block is one paragraph, blank lines and all. Web and e-mail addresses ({@link #linkSpans()}) are left as
 * they are too, and so are citation marks ({@link #citationSpans()}); together with the code they are the text's
 * verbatim spans ({@link #verbatim(Span)}).
 *
 * @since 0.1
 */
public final class TokenizedText {

  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm",
      "st", "jr", "sr", "inc", "corp", "co", "ltd", "bros", "vs", "etc", "vol", "fig", "approx",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "rev",
      "hon", "pres", "supt", "dept", "univ", "est", "e.g", "i.e",
      // a paper's: "Smith et al. (2020)", "Eq. 3", "Ref. [5]", "Sec. 2", "Figs. 3-4", "cf. Table 1", "ca. 5%"
      "al", "eq", "eqs", "ref", "refs", "sec", "secs", "figs", "cf", "ca", "viz", "resp");

  /**
   * Abbreviations only before a number ("No. 5", "Nos. 3 and 4", "pp. 12-14"): before a word they are words that end
   * a sentence ("The mayor said no. Officers ...").
   */
  private static final Set<String> NUMBER_ABBREVIATIONS = Set.of("no", "nos", "p", "pp");

  /**
   * Whether {@code word}, in lower case and without its dot, is an abbreviation whose dot ends no sentence before a
   * capital ("mr", "inc", "jan").
   */
  static boolean isAbbreviation(String word) {
    return ABBREVIATIONS.contains(word);
  }

  private final String text;
  private final List<Token> tokens;
  private final List<Sentence> sentences;
  private final List<Paragraph> paragraphs;
  private final List<Span> code;
  private final List<Span> links;
  private final List<Span> citations;

  private TokenizedText(String text, List<Token> tokens) {
    this.text = text;
    this.tokens = tokens;
    this.code = withoutProse(CodeSpans.find(text), tokens);
    this.links = LinkSpans.find(text);
    this.citations = CitationSpans.find(text);
    List<Sentence> ss = new ArrayList<>();
    List<Paragraph> ps = new ArrayList<>();
    split(ss, ps);
    this.sentences = Collections.unmodifiableList(ss);
    this.paragraphs = Collections.unmodifiableList(ps);
  }

  /** Tokenizes and splits {@code text}. */
  public static TokenizedText of(String text) {
    return new TokenizedText(text, Tokenizer.tokenize(text));
  }

  public String text() {
    return text;
  }

  /** All tokens, whitespace included; they cover {@link #text()} exactly. */
  public List<Token> tokens() {
    return tokens;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public List<Paragraph> paragraphs() {
    return paragraphs;
  }

  /**
   * The program code the text marks as Markdown does, in order: fenced blocks (from a line opening with three or
   * more backticks or tildes to the line that closes it, or the end of the text) and inline code (a run of
   * backticks to the next run as long, within a paragraph), fences and backticks included. Empty for most texts.
   */
  public List<Span> codeSpans() {
    return code;
  }

  /** Whether {@code span} overlaps one of the {@link #codeSpans()}. */
  public boolean inCode(Span span) {
    return overlaps(code, span);
  }

  /** Whether {@code t} is inside (or overlaps) one of the {@link #codeSpans()}. */
  public boolean inCode(Token t) {
    return !code.isEmpty() && inCode(new Span(t.start(), t.end()));
  }

  /**
   * The web addresses ({@code https://...}, {@code www....}), e-mail addresses, handles ({@code @name}) and hashtags of
   * the text, in order: a source link holds words ("www.example.org/extra/officers") that are not the text's.
   */
  public List<Span> linkSpans() {
    return links;
  }

  /**
   * The citation marks of the text ("[12]", "(Smith et al., 2020)"), in order: not prose, and read through as if
   * absent, so that a phrase a citation interrupts stays one phrase. Empty for most texts.
   */
  public List<Span> citationSpans() {
    return citations;
  }

  /**
   * Whether {@code span} overlaps a verbatim span: code ({@link #codeSpans()}), an address ({@link #linkSpans()}) or
   * a citation ({@link #citationSpans()}), which restoration leaves as it is and detection does not read as prose.
   */
  public boolean verbatim(Span span) {
    return verbatimBeyondCitations(span) || overlaps(citations, span);
  }

  /** Whether {@code span} overlaps code or an address: verbatim other than by a citation. */
  public boolean verbatimBeyondCitations(Span span) {
    return overlaps(code, span) || overlaps(links, span);
  }

  /** How many of the {@link #linkSpans()} start inside {@code span}. */
  public int linksStartingIn(Span span) {
    int n = 0;
    for (int k = firstEndingAfter(links, span.start()); k < links.size() && links.get(k).start() < span.end(); k++) {
      n += links.get(k).start() >= span.start() ? 1 : 0;
    }
    return n;
  }

  /** Whether {@code t} is inside (or overlaps) a verbatim span ({@link #verbatim(Span)}). */
  public boolean verbatim(Token t) {
    return !(code.isEmpty() && links.isEmpty() && citations.isEmpty()) && verbatim(new Span(t.start(), t.end()));
  }

  /**
   * {@code spans} without those that hold English prose rather than code: {@value #PROSE_WORDS} words or more, a
   * fifth of them function words ({@link FunctionWords}), under a tenth of the tokens code symbols. Markup is the
   * writer's claim: an article put inside a fenced block or a page's {@code <pre>} is still read, so that it cannot
   * escape detection that way; a code listing, even with comments, has few function words among its identifiers.
   */
  private static List<Span> withoutProse(List<Span> spans, List<Token> tokens) {
    if (spans.isEmpty()) {
      return spans;
    }
    List<Span> out = new ArrayList<>(spans.size());
    int k = 0;
    for (Span s : spans) {
      while (k < tokens.size() && tokens.get(k).end() <= s.start()) {
        k++;
      }
      int end = k;
      while (end < tokens.size() && tokens.get(end).start() < s.end()) {
        end++;
      }
      FunctionWords.Counts c = FunctionWords.Counts.of(tokens.subList(k, end));
      boolean prose = c.words() >= PROSE_WORDS && c.function() >= 0.2 * c.words()
          && c.codeSymbols() < 0.1 * c.visible();
      if (!prose) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }

  /** Fewest words a code span needs before it may be read as prose ({@link #withoutProse}). */
  static final int PROSE_WORDS = 6;

  /** Whether {@code span} overlaps one of {@code spans} (in order, not overlapping). */
  private static boolean overlaps(List<Span> spans, Span span) {
    int k = firstEndingAfter(spans, span.start());
    return k < spans.size() && spans.get(k).start() < Math.max(span.end(), span.start() + 1);
  }

  /** The index of the first of {@code spans} (in order, not overlapping) ending after {@code offset}, or its size. */
  private static int firstEndingAfter(List<Span> spans, int offset) {
    int lo = 0;
    int hi = spans.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (spans.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** The tokens of {@code s}, whitespace included. */
  public List<Token> tokens(Sentence s) {
    return tokens.subList(s.firstToken(), s.endToken());
  }

  private void split(List<Sentence> ss, List<Paragraph> ps) {
    boolean blankLineMode = hasBlankLine();
    int n = tokens.size();
    int i = 0;
    while (i < n) {
      // skip whitespace before a paragraph
      while (i < n && tokens.get(i).isSpace()) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int paraFirstSentence = ss.size();
      int paraIndex = ps.size();
      int sentStart = i;
      int lastContent = i;
      boolean paraEnded = false;
      while (i < n && !paraEnded) {
        Token t = tokens.get(i);
        if (t.kind() == Token.Kind.NEWLINE && (!blankLineMode || isBlankLine(t)) && !inCode(t)
            && !(!blankLineMode && wrapped(i))) {
          paraEnded = true;
          break;
        }
        if (!t.isSpace()) {
          lastContent = i;
          if (endsSentence(i)) {
            int end = i + 1;
            while (end < n && isCloser(tokens.get(end))) {
              end++;
            }
            ss.add(sentence(sentStart, end, paraIndex));
            i = end;
            // spaces, and in a blank-line paragraph the single line breaks between its sentences
            while (i < n && (tokens.get(i).kind() == Token.Kind.SPACE
                || blankLineMode && tokens.get(i).kind() == Token.Kind.NEWLINE && !isBlankLine(tokens.get(i)))) {
              i++;
            }
            sentStart = i;
            lastContent = -1;
            continue;
          }
        }
        i++;
      }
      if (lastContent >= sentStart) {
        ss.add(sentence(sentStart, lastContent + 1, paraIndex));
      }
      if (ss.size() > paraFirstSentence) {
        int ps0 = ss.get(paraFirstSentence).span().start();
        int pe = ss.get(ss.size() - 1).span().end();
        ps.add(new Paragraph(new Span(ps0, pe), paraFirstSentence, ss.size()));
      }
    }
  }

  /**
   * Whether the line break at token {@code i} only wraps a line (hard-wrapped text: an e-mail, text copied from a PDF
   * or a terminal): the line before it does not end a sentence or clause ({@code . ! ? … : ;}, a closing quote or
   * bracket) and the next one starts with a lower-case letter. Such a break ends no paragraph or sentence, where
   * otherwise every line is a paragraph.
   */
  private boolean wrapped(int i) {
    int p = i - 1;
    while (p >= 0 && tokens.get(p).isSpace()) {
      p--;
    }
    int q = i + 1;
    while (q < tokens.size() && tokens.get(q).isSpace()) {
      q++;
    }
    if (p < 0 || q >= tokens.size() || tokens.get(q).kind() != Token.Kind.WORD) {
      return false;
    }
    Token before = tokens.get(p);
    if (before.kind() == Token.Kind.PUNCT && (".!?:;\u2026".indexOf(before.text().charAt(before.text().length() - 1))
        >= 0 || isCloser(before))) {
      return false;
    }
    return Character.isLowerCase(tokens.get(q).text().codePointAt(0));
  }

  private Sentence sentence(int first, int end, int paragraph) {
    // trim whitespace tokens (sentences inside a blank-line paragraph may hold single line breaks)
    while (end > first && tokens.get(end - 1).isSpace()) {
      end--;
    }
    return new Sentence(new Span(tokens.get(first).start(), tokens.get(end - 1).end()), first, end, paragraph);
  }

  private boolean endsSentence(int i) {
    Token t = tokens.get(i);
    String s = t.text();
    boolean terminal = t.kind() == Token.Kind.PUNCT
        && (s.startsWith(".") || s.equals("!") || s.equals("?") || s.equals("\u2026"));
    if (!terminal) {
      return false;
    }
    int j = i + 1;
    while (j < tokens.size() && isCloser(tokens.get(j))) {
      j++;
    }
    if (j >= tokens.size()) {
      return false; // the paragraph end closes it
    }
    // a space, or a line break: a line break that ends no paragraph (inside a blank-line paragraph) still ends the
    // sentence before it; one that does ends it anyway
    if (!tokens.get(j).isSpace()) {
      return false;
    }
    while (j < tokens.size() && tokens.get(j).isSpace()) {
      j++;
    }
    if (j >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(j);
    int cp = next.text().codePointAt(0);
    boolean startsSentence = Character.isUpperCase(cp) || Character.isDigit(cp) || isOpener(next);
    if (!startsSentence) {
      return false;
    }
    if (s.equals(".") && i > 0 && tokens.get(i - 1).kind() == Token.Kind.WORD) {
      String prev = tokens.get(i - 1).text();
      String lower = prev.toLowerCase(Locale.ROOT);
      if (ABBREVIATIONS.contains(lower) || NUMBER_ABBREVIATIONS.contains(lower) && Character.isDigit(cp)) {
        return false;
      }
      if (prev.length() == 1 && Character.isUpperCase(prev.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCloser(Token t) {
    if (t.kind() != Token.Kind.PUNCT) {
      return false;
    }
    String s = t.text();
    return s.equals("\"") || s.equals("'") || s.equals("\u201D") || s.equals("\u2019") || s.equals(")")
        || s.equals("]") || s.equals("\u00BB");
  }

  private static boolean isOpener(Token t) {
    if (t.kind() != Token.Kind.PUNCT) {
      return false;
    }
    String s = t.text();
    return s.equals("\"") || s.equals("'") || s.equals("\u201C") || s.equals("\u2018") || s.equals("(")
        || s.equals("[") || s.equals("\u00AB");
  }

  private boolean hasBlankLine() {
    for (Token t : tokens) {
      if (t.kind() == Token.Kind.NEWLINE && isBlankLine(t) && !inCode(t)) { // code's own blank lines do not count
        return true;
      }
    }
    return false;
  }

  private static boolean isBlankLine(Token t) {
    String s = t.text();
    int breaks = 0;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == '\r' && k + 1 < s.length() && s.charAt(k + 1) == '\n') {
        continue;
      }
      if (Tokenizer.isLineBreak(c)) {
        breaks++;
      }
    }
    return breaks >= 2;
  }
}
