// SPDX-License-Identifier: Apache-2.0
package org.unspin.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;
import org.unspin.spin.SpinSettings;
import org.unspin.spin.SpinStyle;
import org.unspin.spin.Spinner;
import org.unspin.spin.ThesaurusDictionary;
import org.unspin.text.Sentence;
import org.unspin.text.Token;
import org.unspin.text.TokenizedText;
import org.unspin.text.Tokenizer;
import org.unspin.thesaurus.Thesauri;
import org.unspin.trace.synthetic.SourceTexts;

/**
 * The fixed inputs of the pipeline benchmarks: documents cut ({@link SourceTexts#chunks}, seed 7) from the news
 * samples of the public-domain Brown corpus ({@code ca01..ca44}, fetched through the {@link Store}), and their copies
 * spun by the project's spinner simulation ({@link Spinner} over {@link ThesaurusDictionary}, style A, default rate,
 * seed 7). Same inputs on every run.
 */
final class Inputs {

  /** The seed of the cutting and the spinning. */
  static final long SEED = 7;

  private final List<SourceTexts.Text> news;
  private final Spinner spinner;

  private Inputs(List<SourceTexts.Text> news, Spinner spinner) {
    this.news = news;
    this.spinner = spinner;
  }

  /** The inputs from {@code store}'s Brown corpus and thesauri. */
  static Inputs load(Store store) throws IOException {
    List<SourceTexts.Text> news = new ArrayList<>();
    for (SourceTexts.Text t : SourceTexts.brown(store, Progress.NONE)) {
      if (t.id().startsWith("brown-ca")) {
        news.add(t);
      }
    }
    Spinner spinner = Spinner.create(ThesaurusDictionary.create(Thesauri.wordNet(store, Progress.NONE),
        Thesauri.moby(store, Progress.NONE), SpinStyle.A),
        SpinSettings.builder().seed(SEED).style(SpinStyle.A).build());
    return new Inputs(news, spinner);
  }

  /** {@code text} as the spinner simulation spins it. */
  String spin(String text) {
    return spinner.spin(text).spun();
  }

  /** The first Brown news document of 480 to 520 words (paragraphs as lines), spun when {@code spun}. */
  String document(boolean spun) {
    String d = SourceTexts.chunks(news, 480, 520, SEED).get(0).text();
    return spun ? spin(d) : d;
  }

  /** The first Brown news passage of 90 to 110 words, as one paragraph (one line), spun when {@code spun}. */
  String paragraph(boolean spun) {
    String p = SourceTexts.chunks(news, 90, 110, SEED).get(0).text().replace('\n', ' ');
    return spun ? spin(p) : p;
  }

  /** The first sentence of 20 words or more of {@link #document}, spun when {@code spun}. */
  String sentence(boolean spun) {
    String d = document(false);
    TokenizedText tt = TokenizedText.of(d);
    for (Sentence s : tt.sentences()) {
      String text = s.span().of(d);
      if (tokens(text) >= 20) {
        return spun ? spin(text) : text;
      }
    }
    throw new IllegalStateException("no sentence of 20 tokens in " + d);
  }

  /** The non-whitespace tokens of each sentence of {@code text}, as a channel is asked about them. */
  static List<List<String>> sentenceWords(String text) {
    TokenizedText tt = TokenizedText.of(text);
    List<List<String>> out = new ArrayList<>();
    for (Sentence s : tt.sentences()) {
      List<String> words = new ArrayList<>();
      for (Token t : tt.tokens(s)) {
        if (!t.isSpace()) {
          words.add(t.text());
        }
      }
      if (!words.isEmpty()) {
        out.add(List.copyOf(words));
      }
    }
    return out;
  }

  /** Tokens as {@code unspin bench} counts them: words, numbers and punctuation. */
  static int tokens(String text) {
    return Tokenizer.words(Tokenizer.tokenize(text)).size();
  }
}
