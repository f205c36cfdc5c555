// SPDX-License-Identifier: Apache-2.0
package org.unspin.decode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntPredicate;
import org.unspin.lexicon.ChannelModel;
import org.unspin.text.CasePattern;
import org.unspin.text.Sentence;
import org.unspin.text.Span;
import org.unspin.text.Token;
import org.unspin.text.TokenizedText;
import org.unspin.text.Tokenizer;
import org.unspin.text.Words;

/**
 * Restores a whole text sentence by sentence with a {@link Decoder}, and writes the result faithfully: only the
 * replaced spans change; whitespace, punctuation, quotes and line breaks stay; the case pattern of the spun span is
 * re-applied to its replacement, and a replacement at the start of a sentence is capitalised. An article the
 * replacement puts out of agreement is changed with it ("a counterfeit network" -> "an artificial network", not
 * "a artificial"); an article the spun text already had out of agreement is left, since it may be the original's.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class TextRestorer implements TextRestoring {

  private final Decoder decoder;

  TextRestorer(Decoder decoder) {
    this.decoder = Objects.requireNonNull(decoder, "decoder");
  }

  /** A restorer that decodes with {@code decoder}. */
  public static TextRestorer create(Decoder decoder) {
    return new TextRestorer(decoder);
  }

  /** Restores every sentence of {@code text} under {@code channel}. */
  public RestoredText restore(TokenizedText text, ChannelModel channel) {
    return restore(text, channel, p -> true);
  }

  /** Restores the sentences of the paragraphs {@code paragraphs} accepts; the others are left as they are. */
  @Override
  public RestoredText restore(TokenizedText text, ChannelModel channel, IntPredicate paragraphs) {
    List<TextEdit> edits = new ArrayList<>();
    double score = 0;
    DocumentIds ids = DocumentIds.create(decoder, text);
    for (Sentence s : text.sentences()) {
      if (!paragraphs.test(s.paragraph())) {
        continue;
      }
      stopIfInterrupted();
      List<Token> wordTokens = wordTokens(text, s);
      if (wordTokens.isEmpty()) {
        continue;
      }
      List<String> words = new ArrayList<>(wordTokens.size());
      for (Token t : wordTokens) {
        words.add(t.text());
      }
      SentenceDecoding d = decoder.decode(words, channel, ids);
      score += d.log10Best();
      int firstLexical = firstLexical(wordTokens);
      List<SpanEdit> chosen = wholeListedPhrases(words, channel, d.edits());
      for (SpanEdit e : withArticles(words, withoutDisagreeingArticles(words, chosen))) {
        addTextEdit(text, wordTokens, e, e.start() <= firstLexical, edits);
      }
    }
    return RestoredText.of(text.text(), edits, score);
  }

  /**
   * Throws {@link java.util.concurrent.CancellationException} when the current thread has been interrupted (its
   * interrupt status kept): work on a long text stops at its next sentence when whoever asked for it has gone, as a
   * server abandons a request past its time limit.
   */
  public static void stopIfInterrupted() {
    if (Thread.currentThread().isInterrupted()) {
      throw new java.util.concurrent.CancellationException("interrupted: the work on this text was abandoned");
    }
  }

  /**
   * {@code edits} (sorted by start, not overlapping) with each edit of a listed tortured phrase (origin {@code
   * PHRASE_LIST}) widened to the whole phrase the list names, the words it keeps included ("slope drop" -> "gradient
   * descent" is reported as "stochastic slope drop" -> "stochastic gradient descent"), where no other edit covers
   * those words, as given or as widened (of "backing vector of tallness", both listed, only "backing vector" is
   * widened: the two phrases share "vector"): the decoder scores the words that change, a sleuth reports the phrase.
   * The words and the text restored are the same, and the edits returned do not overlap either.
   */
  public static List<SpanEdit> wholeListedPhrases(List<String> words, ChannelModel channel, List<SpanEdit> edits) {
    List<SpanEdit> out = null;
    int from = 0; // the end of the edit before, as widened: two listed phrases may share a word they both keep
    for (int k = 0; k < edits.size(); k++) {
      SpanEdit e = edits.get(k);
      SpanEdit whole = e.origin() == org.unspin.lexicon.Candidate.Origin.PHRASE_LIST ? whole(words, channel, e) : e;
      int to = k + 1 < edits.size() ? edits.get(k + 1).start() : words.size();
      if (whole != e && (whole.start() < from || whole.start() + whole.length() > to)) {
        whole = e; // a neighbouring edit covers a word the phrase keeps
      }
      if (whole != e && out == null) {
        out = new ArrayList<>(edits.subList(0, k));
      }
      if (out != null) {
        out.add(whole);
      }
      from = whole.start() + whole.length();
    }
    return out == null ? edits : out;
  }

  /** The listed candidate of {@code channel} whose trimmed form is {@code e}, as an edit; {@code e} when none is. */
  private static SpanEdit whole(List<String> words, ChannelModel channel, SpanEdit e) {
    int maxTokens = org.unspin.lexicon.PhraseSource.MAX_TOKENS;
    for (int s = Math.max(0, e.start() - maxTokens + 1); s <= e.start(); s++) {
      for (org.unspin.lexicon.Candidate c : channel.candidates(words, s)) {
        if (c.origin() != org.unspin.lexicon.Candidate.Origin.PHRASE_LIST || c.start() != s
            || c.length() <= e.length() || c.start() + c.length() < e.start() + e.length()) {
          continue;
        }
        org.unspin.lexicon.Candidate t = Decoder.trimmed(words, c);
        if (t.start() == e.start() && t.length() == e.length() && t.original().equalsIgnoreCase(e.original())) {
          return new SpanEdit(c.start(), c.length(), c.original(), e.log10Channel(), e.confidence(), e.alternatives(),
              e.family(), e.origin());
        }
      }
    }
    return e;
  }

  /**
   * {@code edits} (sorted by start, not overlapping) without an article swapped ("a" for "an" and back) that does not
   * agree with the word after it as restored: the swap is for a spinner that replaced the next word and fixed its
   * article, so it stands only where the next word is restored too ("an anticorruption activist" was restored "a
   * anticorruption activist", the word not being one the language model knows).
   */
  static List<SpanEdit> withoutDisagreeingArticles(List<String> words, List<SpanEdit> edits) {
    List<SpanEdit> out = null;
    for (int k = 0; k < edits.size(); k++) {
      SpanEdit e = edits.get(k);
      boolean swap = e.length() == 1 && isArticle(words.get(e.start())) && isArticle(e.original().strip());
      int next = e.start() + 1;
      if (swap && next < words.size()) {
        boolean nextEdited = k + 1 < edits.size() && edits.get(k + 1).start() == next;
        String nextWord = nextEdited ? edits.get(k + 1).original().strip().split(" ", 2)[0] : words.get(next);
        String want = article(nextWord);
        if (want != null && !want.equalsIgnoreCase(e.original().strip())) {
          if (out == null) {
            out = new ArrayList<>(edits.subList(0, k));
          }
          continue;
        }
      }
      if (out != null) {
        out.add(e);
      }
    }
    return out == null ? edits : out;
  }

  /**
   * {@code edits} (sorted by start, not overlapping) plus an edit of the article "a" / "an" just before an edit
   * whose replacement needs the other one, when the article agreed with the spun word it stood before (an
   * article already out of agreement in the spun text is the spinner's, and may be the original's). The article
   * edit carries the replacement's confidence and origin {@link org.unspin.lexicon.Candidate.Origin#RULE}.
   */
  static List<SpanEdit> withArticles(List<String> words, List<SpanEdit> edits) {
    List<SpanEdit> out = null;
    int covered = -1;
    for (int k = 0; k < edits.size(); k++) {
      SpanEdit e = edits.get(k);
      int a = e.start() - 1;
      boolean articleEdited = k > 0 && edits.get(k - 1).start() + edits.get(k - 1).length() > a;
      if (a >= 0 && a > covered && !articleEdited && isArticle(words.get(a)) && !e.original().isBlank()) {
        String want = agreeingArticle(words.get(a), words.get(e.start()), e.original());
        if (want != null) {
          if (out == null) {
            out = new ArrayList<>(edits.subList(0, k));
          }
          out.add(new SpanEdit(a, 1, want, 0, e.confidence(), List.of(), e.family(),
              org.unspin.lexicon.Candidate.Origin.RULE));
        }
      }
      if (out != null) {
        out.add(e);
      }
      covered = e.start() + e.length() - 1;
    }
    return out == null ? edits : out;
  }

  /**
   * {@link #withArticles(List, List)} for edits already in input offsets ({@code edits} sorted, not overlapping), such
   * as the listed-phrase edits a text not restored whole gets: an "a" / "an" word just before an edit, which agreed
   * with the spun word and does not with the replacement, is changed with it ("a counterfeit network" -> "an
   * artificial network"), in its own case.
   */
  public static List<TextEdit> withArticles(TokenizedText text, List<TextEdit> edits) {
    if (edits.isEmpty()) {
      return edits;
    }
    List<TextEdit> out = new ArrayList<>(edits.size() + 2);
    List<Token> tokens = text.tokens();
    int t = 0;
    int covered = -1;
    for (TextEdit e : edits) {
      int start = e.span().start();
      while (t < tokens.size() && tokens.get(t).end() <= start) {
        t++;
      }
      int a = t - 1;
      while (a >= 0 && tokens.get(a).isSpace()) {
        a--;
      }
      if (a >= 0 && tokens.get(a).start() >= covered && isArticle(tokens.get(a).text()) && !e.original().isBlank()) {
        Token art = tokens.get(a);
        String next = e.spun().trim().split("\\s+", 2)[0];
        String want = agreeingArticle(art.text(), next, e.original());
        if (want != null) {
          String cased = inCapitals(art.text(), next) ? want.toUpperCase(Locale.ROOT)
              : Character.isUpperCase(art.text().charAt(0)) ? CasePattern.capitalise(want) : want;
          out.add(new TextEdit(art.span(), art.text(), want, cased, e.confidence(), List.of(), e.family(),
              org.unspin.lexicon.Candidate.Origin.RULE));
        }
      }
      out.add(e);
      covered = e.span().end();
    }
    return out.size() == edits.size() ? edits : out;
  }

  /**
   * The article ("a" or "an", lower case) to write for {@code article} before a replacement of the spun word
   * {@code spunNext} by {@code original} (its first word counts, as written or as cased), or null to leave it: only
   * an article that agreed with the spun word and does not with the replacement changes (one already out of agreement
   * is the spinner's, and may be the original's).
   */
  private static String agreeingArticle(String article, String spunNext, String original) {
    String first = original.trim().split(" ", 2)[0];
    // a word in capitals that the channel replaces with a word in lower case is a word, not an acronym read letter
    // by letter: "A COUNTERFEIT NETWORK" had been restored "A ARTIFICIAL NETWORK"
    boolean shouted = Words.inCapitals(spunNext) && !first.isEmpty() && first.equals(first.toLowerCase(Locale.ROOT));
    String was = article(shouted ? spunNext.toLowerCase(Locale.ROOT) : spunNext);
    String want = article(first);
    return was != null && want != null && was.equalsIgnoreCase(article) && !want.equalsIgnoreCase(was) ? want : null;
  }

  /** Whether {@code article} and the word after it, {@code next}, are both written in capitals ("A COUNTERFEIT"). */
  private static boolean inCapitals(String article, String next) {
    return article.equals(article.toUpperCase(Locale.ROOT)) && Words.inCapitals(next);
  }

  private static boolean isArticle(String w) {
    return w.equalsIgnoreCase("a") || w.equalsIgnoreCase("an");
  }

  /**
   * The indefinite article a word takes, by its spelling ("an" before a vowel letter, with the common exceptions:
   * "a university", "a one-off", "an hour"), or null for words it cannot tell (digits, acronyms, symbols).
   */
  static String article(String word) {
    if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
      return null;
    }
    if (word.length() > 1 && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
      return null; // acronyms are read letter by letter: "an FBI agent", "a NATO summit"
    }
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("hour") || w.startsWith("honest") || w.startsWith("honor") || w.startsWith("honour")
        || w.startsWith("heir")) {
      return "an";
    }
    if (w.startsWith("uni") || w.startsWith("use") || w.startsWith("usu") || w.startsWith("uti")
        || w.startsWith("eu") || w.startsWith("one") || w.startsWith("once") || w.startsWith("ewe")
        || w.startsWith("ubiq") || w.startsWith("ura") || w.startsWith("uro")) {
      return "a";
    }
    return "aeiou".indexOf(w.charAt(0)) >= 0 ? "an" : "a";
  }

  /**
   * The tokens of a sentence that are read as its words: all but whitespace and the text's verbatim spans ({@link
   * TokenizedText#verbatim(Span)}: the code it marks as Markdown does, web and e-mail addresses), which are neither
   * scored nor restored.
   */
  public static List<Token> wordTokens(TokenizedText text, Sentence s) {
    List<Token> tokens = text.tokens();
    List<Token> out = new ArrayList<>(s.endToken() - s.firstToken());
    for (int k = s.firstToken(); k < s.endToken(); k++) {
      Token t = tokens.get(k);
      if (!t.isSpace() && !text.verbatim(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Adds {@code e} to {@code out} as {@link #toTextEdit} maps it, unless its span reaches into the text's verbatim
   * spans ({@link TokenizedText#verbatim(Span)}): a phrase on both sides of inline code or a link would replace it.
   */
  public static void addTextEdit(TokenizedText text, List<Token> wordTokens, SpanEdit e, boolean sentenceStart,
      List<TextEdit> out) {
    textEdit(text, wordTokens, e, sentenceStart).ifPresent(out::add);
  }

  /**
   * {@code e} as an edit of the input: as {@link #toTextEdit} maps it; none where its span reaches into code or an
   * address; and across a citation ("irregular [12] timberland", the citation read through) only if the replacement
   * has as many words as the span, each word replaced in place and the citation kept ("random [12] forest").
   */
  public static java.util.Optional<TextEdit> textEdit(TokenizedText text, List<Token> wordTokens, SpanEdit e,
      boolean sentenceStart) {
    TextEdit te = toTextEdit(text.text(), wordTokens, e, sentenceStart);
    if (!text.verbatim(te.span())) {
      return java.util.Optional.of(te);
    }
    String[] words = e.original().trim().split(" +");
    if (text.verbatimBeyondCitations(te.span()) || words.length != e.length()) {
      return java.util.Optional.empty();
    }
    String input = text.text();
    StringBuilder replacement = new StringBuilder();
    for (int k = 0; k < words.length; k++) {
      Token t = wordTokens.get(e.start() + k);
      if (k > 0) {
        replacement.append(input, wordTokens.get(e.start() + k - 1).end(), t.start()); // the citation, as written
      }
      SpanEdit one = new SpanEdit(e.start() + k, 1, words[k], e.log10Channel(), e.confidence(), e.alternatives(),
          e.family(), e.origin());
      replacement.append(toTextEdit(input, wordTokens, one, sentenceStart && k == 0).replacement());
    }
    return java.util.Optional.of(new TextEdit(te.span(), te.spun(), te.original(), replacement.toString(),
        te.confidence(), te.alternatives(), te.family(), te.origin()));
  }

  /**
   * Maps a sentence-level edit to input offsets, with the replacement cased ({@link #cased}); a one-letter word in
   * capitals beside a word in capitals ("A" in "TRAINED A COUNTERFEIT") is read as written in capitals, so that its
   * replacement is ("AN ARTIFICIAL", not "An ARTIFICIAL").
   */
  public static TextEdit toTextEdit(String input, List<Token> wordTokens, SpanEdit e, boolean sentenceStart) {
    Span span = new Span(wordTokens.get(e.start()).start(), wordTokens.get(e.start() + e.length() - 1).end());
    String spun = span.of(input);
    String cased = cased(spun, e.original(), sentenceStart);
    if (spun.length() == 1 && Character.isUpperCase(spun.charAt(0))
        && (e.start() > 0 && Words.inCapitals(wordTokens.get(e.start() - 1).text())
        || e.start() + 1 < wordTokens.size() && Words.inCapitals(wordTokens.get(e.start() + 1).text()))) {
      cased = cased.toUpperCase(Locale.ROOT);
    }
    String replacement = withSpacing(spun, typographic(spun, cased));
    return new TextEdit(span, spun, e.original(), replacement, e.confidence(), e.alternatives(), e.family(),
        e.origin());
  }

  /**
   * {@code replacement} with the spun span's own spacing when both have as many gaps between words: a replacement
   * of "{that\u00A0a}" is "that\u00A0a" (no-break space kept), of "Center\nEast" "Middle\nEast" (the line break
   * kept), since only the words are the edit. With fewer or more words a line break of the span is still kept, in
   * the replacement's gap nearest the same place, or before a one-word replacement ("following 12\nmonths" ->
   * "following \nyear"): hard-wrapped text had two of its lines joined into one. A break after a line-end hyphen
   * is inside a word, which is replaced whole ("men-\ntioned" -> "said").
   */
  static String withSpacing(String spun, String replacement) {
    java.util.regex.Matcher gaps = SPACING.matcher(spun);
    List<String> spunGaps = new ArrayList<>();
    List<Boolean> hyphenated = new ArrayList<>(); // a break after a line-end hyphen is inside a word ("men-\ntioned")
    while (gaps.find()) {
      spunGaps.add(gaps.group());
      char before = gaps.start() > 0 ? spun.charAt(gaps.start() - 1) : ' ';
      hyphenated.add(before == '-' || before == '\u2010' || before == '\u00AD');
    }
    if (spunGaps.isEmpty() || spunGaps.stream().allMatch(" "::equals)) {
      return replacement;
    }
    String[] words = replacement.split(" ", -1);
    int n = spunGaps.size();
    int m = words.length - 1;
    String[] out = new String[Math.max(m, 1)];
    if (m == n) {
      out = spunGaps.toArray(new String[0]);
    } else {
      java.util.Arrays.fill(out, " ");
      boolean any = false;
      for (int k = 0; k < n; k++) {
        if (spunGaps.get(k).chars().anyMatch(Tokenizer::isLineBreak) && !hyphenated.get(k)) {
          // gap k of n sits at (k + 1) / (n + 1) of the span; the replacement's gap nearest there
          int at = m == 0 ? 0 : Math.max(0, Math.min(m - 1, (int) Math.round((k + 1.0) * (m + 1) / (n + 1)) - 1));
          out[at] = out[at].equals(" ") ? spunGaps.get(k) : out[at];
          any = true;
        }
      }
      if (!any) {
        return replacement;
      }
      if (m == 0) {
        return out[0] + replacement;
      }
    }
    StringBuilder sb = new StringBuilder(words[0]);
    for (int k = 1; k < words.length; k++) {
      sb.append(out[k - 1]).append(words[k]);
    }
    return sb.toString();
  }

  /**
   * A run of whitespace between words (also no-break spaces and Unicode's line and paragraph separators, which
   * {@code \s} does not match).
   */
  private static final java.util.regex.Pattern SPACING =
      java.util.regex.Pattern.compile("[\\s\u00A0\u2007\u202F\u0085\u2028\u2029]+");

  /** {@code replacement} with the spun text's apostrophe style: curly when the spun span uses curly ones. */
  static String typographic(String spun, String replacement) {
    if (spun.indexOf('\u2019') >= 0 && replacement.indexOf('\'') >= 0) {
      return replacement.replace('\'', '\u2019');
    }
    return replacement;
  }

  /**
   * The index in a sentence's {@link #wordTokens} of its first word or number, where an edit starts the sentence and
   * is capitalised ({@link #cased}); 0 when it has none.
   */
  public static int firstLexical(List<Token> wordTokens) {
    for (int k = 0; k < wordTokens.size(); k++) {
      if (wordTokens.get(k).isLexical()) {
        return k;
      }
    }
    return 0;
  }

  /**
   * {@code original} written with the case pattern of {@code spun}: lower case stays as the channel gives it (so
   * case-bearing originals such as "May" keep their capitals), Title and UPPER are re-applied, a headline-style
   * phrase ("Countrywide Safety") gets every word capitalised, and a sentence start is capitalised (unless the spun
   * span there starts with a lower-case letter: the writer did not start a sentence there).
   */
  public static String cased(String spun, String original, boolean sentenceStart) {
    String r;
    CasePattern p = CasePattern.of(spun);
    if (p == CasePattern.UPPER && spun.codePoints().filter(Character::isLetter).count() > 1) {
      r = original.toUpperCase(Locale.ROOT);
    } else if (p == CasePattern.TITLE) {
      r = CasePattern.capitalise(original);
    } else if (p == CasePattern.MIXED && headline(spun)) {
      r = CasePattern.capitaliseWords(original);
    } else {
      r = original;
    }
    // a sentence start the writer left in lower case ("... kept remaining\nwithin the range", a wrapped line taken
    // for a boundary) is no capital's place
    boolean lowerStart = !spun.isEmpty() && Character.isLowerCase(spun.codePointAt(0));
    return sentenceStart && !lowerStart ? CasePattern.capitalise(r) : r;
  }

  /**
   * Whether every lettered word of {@code s}, and every part of a hyphenated one ("Man-Made"), starts with a capital
   * and has no other capitals.
   */
  private static boolean headline(String s) {
    boolean any = false;
    for (String w : s.split("[\\s\\-\u2010\u2011]+")) {
      CasePattern p = CasePattern.of(w);
      if (p == CasePattern.NONE) {
        continue;
      }
      if (p != CasePattern.TITLE) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** The channel used by a decoder for "not spun": no candidates, every word kept with probability 1. */
  public static final ChannelModel IDENTITY = new ChannelModel() {
    @Override
    public String family() {
      return "none";
    }

    @Override
    public List<org.unspin.lexicon.Candidate> candidates(List<String> words, int i) {
      return List.of();
    }

    @Override
    public double log10Keep(String word) {
      return 0;
    }
  };
}
