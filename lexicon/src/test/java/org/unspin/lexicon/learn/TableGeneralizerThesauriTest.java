// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;
import org.unspin.lexicon.SpinnerTable;
import org.unspin.lexicon.TableEntry;
import org.unspin.lexicon.WordCounts;
import org.unspin.thesaurus.Thesauri;

/**
 * {@link TableGeneralizer#withThesauri}, the generaliser of {@code learn --generalise}, over the real WordNet, Moby
 * and Brown counts (fetched into the user's store on first use).
 */
class TableGeneralizerThesauriTest {

  private static TableGeneralizer generaliser;

  @BeforeAll
  static void load() throws IOException {
    Store store = Store.fromEnvironment();
    generaliser = TableGeneralizer.withThesauri(Thesauri.wordNet(store, Progress.NONE),
        Thesauri.moby(store, Progress.NONE), WordCounts.brown(store, Progress.NONE));
  }

  private static TableEntry surface(String o, String s) {
    return new TableEntry(TableEntry.Level.SURFACE, o, s, 0.4, 2);
  }

  @Test
  void onlyVerbPhrasesAreReinflectedAndOnlyIntoWordsAsWritten() {
    SpinnerTable t = SpinnerTable.builder("A").add(surface("after", "in the wake of"))
        .add(surface("car", "motor vehicle")).add(surface("price", "price tag"))
        .add(surface("end up", "find yourself")).add(surface("buy up", "snap up")).build();
    assertThat(generaliser.generalise(t).entries())
        .filteredOn(e -> e.count() == 0 && e.level() == TableEntry.Level.SURFACE)
        .extracting(e -> e.original() + " -> " + e.spun())
        .contains("ended up -> found yourself")
        .noneMatch(e -> e.startsWith("aftered") || e.startsWith("cars") || e.startsWith("prices")
            || e.contains("snaped"));
  }

  @Test
  void anEntryBetweenTwoComparativesOfAdjectivesBecomesALemmaEntryButNotOneOfAgentNouns() {
    SpinnerTable t = SpinnerTable.builder("A").add(surface("bigger", "larger"))
        .add(surface("killer", "murderer")).build();
    assertThat(generaliser.generalise(t).entries()).filteredOn(e -> e.level() == TableEntry.Level.LEMMA)
        .extracting(e -> e.original() + " -> " + e.spun())
        .contains("big -> large").doesNotContain("kill -> murder");
  }
}
