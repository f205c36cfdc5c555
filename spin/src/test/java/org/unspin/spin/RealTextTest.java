// SPDX-License-Identifier: Apache-2.0
package org.unspin.spin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.unspin.testkit.SharedData;
import org.unspin.text.Token;
import org.unspin.text.Tokenizer;

/** Spins the real originals of ../shared/data/spun-news (skipped when absent). */
class RealTextTest {

  @Test
  void spinningRealOriginalsReplaysAndChangesARealisticShareOfWords() throws IOException {
    Path dir = SharedData.require("spun-news");
    ThesaurusDictionary dict = ThesaurusDictionaryTest.dictionary(SpinStyle.A);
    Spinner spinner = Spinner.create(dict, SpinSettings.builder().seed(7).build());
    long words = 0;
    long changed = 0;
    try (var files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".orig.txt")).sorted()::iterator) {
        String text = Files.readString(f);
        SpinResult r = spinner.spin(text);
        assertThat(Truth.replay(text, r.edits())).as(f.toString()).isEqualTo(r.spun());
        words += Tokenizer.tokenize(text).stream().filter(Token::isLexical).count();
        for (Edit e : r.edits()) {
          changed += Tokenizer.tokenize(e.original()).stream().filter(Token::isLexical).count();
        }
      }
    }
    // the real family-A spinner changes roughly a quarter to a third of the words of an article
    assertThat((double) changed / words).isBetween(0.15, 0.40);
  }
}
