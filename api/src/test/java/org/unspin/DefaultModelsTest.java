// SPDX-License-Identifier: Apache-2.0
package org.unspin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;

/** The default models with a user's phrase list (real models, fetched and built on first use). */
class DefaultModelsTest {

  @Test
  void aPhraseListJoinsTheLearnedFamiliesInsteadOfCompetingWithThem(@TempDir Path dir) throws Exception {
    Path list = Files.writeString(dir.resolve("list.tsv"),
        "counterfeit consciousness\tartificial intelligence\nprofound learning\tdeep learning\n",
        StandardCharsets.UTF_8);
    DefaultModels m = DefaultModels.load(Store.fromEnvironment(), Progress.NONE,
        new DefaultModels.Options(null, list, List.of()));
    try {
      Unspinner u = m.unspinner();
      // the list-only family would explain any text for free; its entries live in every family's channel
      assertThat(u.spinners()).doesNotContain("user").isNotEmpty();
      Restoration listed = u.restore("Our counterfeit consciousness system beats the baseline.", true);
      assertThat(listed.text()).isEqualTo("Our artificial intelligence system beats the baseline.");
      assertThat(listed.edits()).singleElement().satisfies(e -> assertThat(e.origin()).isEqualTo("phrase_list"));
      // word by word, for a phrase the list does not name
      Restoration unlisted = u.restore("The authors trained a profound belief network on the data.", true);
      assertThat(unlisted.text()).isEqualTo("The authors trained a deep belief network on the data.");
      assertThat(unlisted.edits()).singleElement().satisfies(e -> assertThat(e.origin()).isEqualTo("phrase_word"));
    } finally {
      m.lm().close();
    }
  }
}
