// SPDX-License-Identifier: Apache-2.0
package org.unspin.thesaurus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;

class AcronymDictionaryTest {

  /** A few entries written for this test in the dictd layout V.E.R.A. has. */
  private static final String DICT = """
      00-database-short
           V.E.R.A. -- Virtual Entity of Relevant Acronyms

      GAN
             Generative Adversarial Network

      GAN
             Global Area Network

      HCI
             Human Computer Interaction (BCS, conference)

      CT
             [magazin fuer] Computer Technik, "c't"

      3GL
             3rd Generation Language

      IOT
             Internet Of Things (Internet), "IoT"

      UWB
             Ultra WideBand (MBOA)
             see also: wideband
      """;

  private static AcronymDictionary parse(String text) throws IOException {
    return AcronymDictionary.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), "test");
  }

  @Test
  void anAcronymStandsForItsExpansionsInLowerCaseWithoutTheirNotes() throws IOException {
    AcronymDictionary d = parse(DICT);
    assertThat(d.expansions("GAN")).containsExactly("generative adversarial network", "global area network");
    assertThat(d.expansions("gan")).isEqualTo(d.expansions("GAN"));
    assertThat(d.expansions("GANs")).isEqualTo(d.expansions("GAN"));
    assertThat(d.expansions("HCI")).containsExactly("human computer interaction");
    assertThat(d.expansions("IoT")).containsExactly("internet of things");
    // a line after the expansion is a note, not another expansion
    assertThat(d.expansions("UWB")).containsExactly("ultra wideband");
    // a German note inside the expansion, and an acronym with a digit, are left out
    assertThat(d.expansions("CT")).containsExactly("computer technik");
    assertThat(d.expansions("3GL")).isEmpty();
    assertThat(d.expansions("CPI")).isEmpty();
    assertThat(d.size()).isEqualTo(5);
  }

  @Test
  void aFileWithoutAnyExpansionIsAnErrorNamingIt() {
    assertThatThrownBy(() -> parse("hello\nworld\n")).isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("test").hasMessageContaining("no acronym with an expansion");
  }

  @Test
  void aPackageWithoutTheDictionaryIsAnErrorNamingIt(@TempDir Path dir) throws IOException {
    Path notDeb = Files.write(dir.resolve("dict-vera_1.24-1_all.deb"), new byte[] {1, 2, 3});
    assertThatThrownBy(() -> AcronymDictionary.fromDeb(notDeb)).hasMessageContaining(notDeb.toString());
  }

  @Test
  void theRealDictionaryExpandsTheAcronymsPapersDefine() throws IOException {
    AcronymDictionary vera = AcronymDictionary.vera(Store.fromEnvironment(), Progress.NONE);
    assertThat(vera.size()).isGreaterThan(8_000);
    assertThat(vera.expansions("GAN")).contains("generative adversarial network");
    assertThat(vera.expansions("AI")).contains("artificial intelligence");
    assertThat(vera.expansions("CNN")).contains("convolutional neural network");
    assertThat(vera.expansions("IoT")).contains("internet of things");
  }
}
