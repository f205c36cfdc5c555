// SPDX-License-Identifier: Apache-2.0
package org.unspin.lm;

import org.unspin.fetch.ModelFormatException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;
import org.unspin.lm.store.HashedNgramModel;
import org.unspin.lm.store.MixtureModel;
import org.unspin.testkit.SharedData;

/**
 * The real models, fetched and built once into the store ({@code UNSPIN_HOME}, default {@code ~/.cache/unspin})
 * and shared by all tests here. The first run downloads about 55 MB and builds in well under a minute.
 */
class DefaultModelTest {

  static LanguageModel defaultModel;
  static LanguageModel sphinx;
  static LanguageModel corpus;

  @BeforeAll
  static void open() throws IOException {
    Store store = Store.fromEnvironment();
    defaultModel = LanguageModels.openDefault(store, Progress.NONE);
    sphinx = LanguageModels.sphinx(store, Progress.NONE);
    corpus = LanguageModels.corpus(store, Progress.NONE);
  }

  @AfterAll
  static void close() {
    defaultModel.close();
    sphinx.close();
    corpus.close();
  }

  private static double sentence(LanguageModel m, String s) {
    return m.log10Sentence(List.of(s.split(" ")));
  }

  @Test
  void sphinxImportScoresAsSphinx4Does() {
    // sphinx4-core NgramTrieModel values from docs/resources.md (LmTest.java)
    assertThat(sentence(sphinx, "the national security adviser said")).isCloseTo(-10.186, within(0.01));
    assertThat(sentence(sphinx, "the nationwide safety adviser mentioned")).isCloseTo(-22.419, within(0.01));
    assertThat(sentence(sphinx, "artificial intelligence")).isCloseTo(-6.706, within(0.01));
    assertThat(sentence(sphinx, "in the middle east")).isCloseTo(-5.301, within(0.01));
    assertThat(sentence(sphinx, "he said recently")).isCloseTo(-7.021, within(0.01));
  }

  @Test
  void sphinxImportHasTheHeaderCounts() {
    HashedNgramModel m = (HashedNgramModel) sphinx;
    assertThat(m.vocabulary().size()).isEqualTo(72_547 + 1); // + <unk>, which the Sphinx model lacks
    assertThat(m.count(3)).isEqualTo(1_669_625);
    assertThat(m.count(2)).isBetween(2_051_500L, 2_051_547L);
  }

  @Test
  void cutSphinxModelIsAFormatError() throws IOException {
    Path jar = Store.fromEnvironment().fetch(org.unspin.fetch.Artifacts.SPHINX_DATA, Progress.NONE);
    byte[] full;
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile());
        java.io.InputStream in = zip.getInputStream(zip.getEntry(org.unspin.lm.sphinx.SphinxTrie.JAR_ENTRY))) {
      full = in.readAllBytes();
    }
    for (int len : new int[] {0, 10, 30, 1_000, 300_000, 1_000_000, 10_000_000, full.length - 100, full.length - 1}) {
      byte[] cut = java.util.Arrays.copyOf(full, len);
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> org.unspin.lm.sphinx.SphinxTrie.read(cut, Path.of("en-us.lm.bin")))
          .as("cut at %d", len)
          .isInstanceOf(ModelFormatException.class);
    }
  }

  @Test
  void defaultModelIsAMixtureOfBoth() {
    assertThat(defaultModel).isInstanceOf(MixtureModel.class);
    double[] w = ((MixtureModel) defaultModel).weights();
    assertThat(w).hasSize(2);
    assertThat(w[0] + w[1]).isCloseTo(1.0, within(1e-9));
    assertThat(w[0]).isBetween(0.05, 0.95);
  }

  @Test
  void defaultModelKeepsCase() {
    Vocabulary v = defaultModel.vocabulary();
    assertThat(v.id("May")).isNotEqualTo(v.id("may"));
    assertThat(v.contains("Center")).isTrue();
    // the month before a date, the modal before a verb (after "in" alone the two are nearly level since the
    // manuals, whose "may" is everywhere, joined the corpus)
    assertThat(sentence(defaultModel, "the vote was held in May 2019"))
        .isGreaterThan(sentence(defaultModel, "the vote was held in may 2019") + 1);
    assertThat(sentence(defaultModel, "the vote may be held later"))
        .isGreaterThan(sentence(defaultModel, "the vote May be held later") + 1);
  }

  @Test
  void digitsAreANumberNotAnUnknownWord() {
    Vocabulary v = defaultModel.vocabulary();
    assertThat(v.id("5")).isNotEqualTo(v.unknownId()).isEqualTo(v.id("1,200"));
    // Sphinx has no digits: "5" is <unk> there; the number class gives it a real probability
    assertThat(sphinx.vocabulary().contains("5")).isFalse();
    assertThat(defaultModel.log10Prob(List.of("about", "5"))).isGreaterThan(sphinx.log10Prob(List.of("about", "5"))
        + 2);
  }

  @Test
  void manualParagraphsAreProseWithoutMarkup() throws IOException {
    Path deb = Store.fromEnvironment().fetch(org.unspin.fetch.Artifacts.R_MANUALS, Progress.NONE);
    List<List<String>> sentences = new java.util.ArrayList<>();
    org.unspin.lm.train.Corpora.manualParagraphs(deb, "usr/share/R/doc/manual/", sentences::add);
    assertThat(sentences).hasSizeGreaterThan(5_000);
    assertThat(sentences).contains(List.of("R", "is", "an", "integrated", "suite", "of", "software", "facilities",
        "for", "data", "manipulation", "calculation", "and", "graphical", "display"));
    assertThat(sentences.stream().flatMap(List::stream))
        .noneMatch(w -> !w.equals("<num>") && (w.contains("<") || w.contains(">") || w.matches(".*&#?\\w+;.*")))
        .doesNotContainSequence("Next", "Introduction", "Up");
    List<List<String>> none = new java.util.ArrayList<>();
    org.unspin.lm.train.Corpora.manualParagraphs(deb, "usr/share/no/such/folder/", none::add);
    assertThat(none).isEmpty();
  }

  @Test
  void aUsersCorpusIsReadAsTheCommandLineReadsFilesAndABadOneIsNamed(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("a.txt"), "The council met on Monday.\n");
    Files.write(dir.resolve("b.txt"), "\uFEFFThe mayor spoke.\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
    Files.writeString(dir.resolve("notes.md"), "# not read\n");
    assertThat(org.unspin.lm.train.Corpora.textFiles(dir)).extracting(p -> p.getFileName().toString())
        .containsExactly("a.txt", "b.txt");
    List<List<String>> sentences = new java.util.ArrayList<>();
    org.unspin.lm.train.Corpora.folder(dir, sentences::add);
    assertThat(sentences).hasSize(2).anySatisfy(s -> assertThat(s).contains("mayor"));
    Files.write(dir.resolve("c.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
    ModelFormatException e = org.junit.jupiter.api.Assertions.assertThrows(ModelFormatException.class,
        () -> org.unspin.lm.train.Corpora.folder(dir, s -> { }));
    assertThat(e.getMessage()).contains("c.txt", "iconv");
    assertThat(e.offset()).isEqualTo(3);
  }

  @Test
  void buildingDeletesOnlyTheSupersededCacheFiles(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    for (String name : List.of("default-lm.bin", "corpus-lm.bin", "default-lm-2.bin", "corpus-lm-2.bin",
        "default-lm-3.bin", "corpus-lm-3.bin", "sphinx-lm.bin", "wordnet-3.1-v3.bin")) {
      Files.writeString(dir.resolve(name), "x");
    }
    assertThat(DefaultModel.removeSuperseded(dir)).isEqualTo(6);
    assertThat(dir.resolve("default-lm.bin")).doesNotExist();
    assertThat(dir.resolve("corpus-lm-2.bin")).doesNotExist();
    assertThat(dir.resolve("default-lm-3.bin")).doesNotExist();
    assertThat(dir.resolve("sphinx-lm.bin")).exists();
    assertThat(dir.resolve("wordnet-3.1-v3.bin")).exists();
    assertThat(DefaultModel.removeSuperseded(dir)).isZero();
  }

  @Test
  void technicalWordingIsKnownToo() {
    // the manuals in the corpus model: clean technical prose is not a chain of unlikely words
    assertThat(sentence(defaultModel, "the eigenvalues of a sparse matrix"))
        .isGreaterThan(sentence(defaultModel, "the eigenvalues of a thin matrix") + 1);
  }

  @Test
  void machineLearningTermsBeatTheirTorturedForms() {
    // the scikit-learn guide in the corpus model; with news and the R and Octave manuals only, the model preferred
    // "picture division" by 3.4 in log10
    assertThat(sentence(defaultModel, "we use image segmentation"))
        .isGreaterThan(sentence(defaultModel, "we use picture division") + 1);
    assertThat(sentence(defaultModel, "a random forest classifier"))
        .isGreaterThan(sentence(defaultModel, "a random woodland classifier") + 1);
  }

  @Test
  void originalWordingIsMoreProbableThanSpunWording() {
    assertThat(sentence(defaultModel, "the national security adviser said"))
        .isGreaterThan(sentence(defaultModel, "the nationwide safety adviser mentioned") + 3);
  }

  private static Perplexity perplexity(LanguageModel m, String suffix) throws IOException {
    Path dir = SharedData.require("spun-news");
    Perplexity total = Perplexity.zero();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + suffix)) {
      for (Path f : files) {
        total = total.plus(Perplexity.of(m, Files.readString(f)));
      }
    }
    return total;
  }

  @Test
  void defaultModelBeatsSphinxAloneOnHeldOutNews() throws IOException {
    assertThat(perplexity(defaultModel, ".orig.txt").perplexity())
        .isLessThan(perplexity(sphinx, ".orig.txt").perplexity());
  }

  @Test
  void spunNewsIsClearlyLessProbableThanTheOriginals() throws IOException {
    assertThat(perplexity(defaultModel, ".spun.txt").perplexity())
        .isGreaterThan(1.3 * perplexity(defaultModel, ".orig.txt").perplexity());
  }
}
