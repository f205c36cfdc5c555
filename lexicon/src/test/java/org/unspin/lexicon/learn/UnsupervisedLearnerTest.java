// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unspin.lexicon.SpinnerTable;
import org.unspin.lexicon.TableEntry;

class UnsupervisedLearnerTest {

  private static final Map<String, Set<String>> THESAURUS = Map.of(
      "said", Set.of("mentioned", "stated", "told"),
      "mentioned", Set.of("said", "noted"),
      "also", Set.of("additionally", "too"),
      "additionally", Set.of("also"),
      "harbor", Set.of("port", "haven"),
      "port", Set.of("harbor"));

  private static final String[] SUBJECTS = {"The mayor", "A spokesman", "The council", "Officials", "The chief",
    "A witness", "The board", "Residents"};
  private static final String[] OBJECTS = {"the plan", "the budget", "the bridge", "the vote", "the school",
    "the road", "the port", "the harbor"};

  /** News-like sentences; spun ones write "mentioned" for "said" and "additionally" for "also". */
  private static List<String> texts(boolean spun, int seed, int n) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      StringBuilder sb = new StringBuilder();
      for (int s = 0; s < 8; s++) {
        String subj = SUBJECTS[r.nextInt(SUBJECTS.length)];
        String obj = OBJECTS[r.nextInt(OBJECTS.length)];
        String verb = spun ? "mentioned" : "said";
        String also = spun ? "additionally" : "also";
        sb.append(subj).append(' ').append(verb).append(" that ").append(obj).append(" was ready. ");
        sb.append(subj).append(' ').append(also).append(" praised ").append(obj).append(". ");
      }
      out.add(sb.toString());
    }
    return out;
  }

  private static SpinnerTable learn() {
    List<String> clean = texts(false, 1, 40);
    UnsupervisedLearner u = UnsupervisedLearner.create("A", counts(clean),
        w -> (Collection<String>) THESAURUS.getOrDefault(w, Set.of()), THESAURUS::containsKey)
        .withCleanTexts(clean);
    return u.learn(texts(true, 2, 20));
  }

  /** Lower-case word counts of {@code texts}. */
  private static Map<String, Integer> counts(List<String> texts) {
    Map<String, Integer> counts = new HashMap<>();
    for (String t : texts) {
      for (String w : Aligner.words(t)) {
        counts.merge(w.toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
      }
    }
    return counts;
  }

  private static boolean has(SpinnerTable t, String o, String s) {
    return t.entries().stream().anyMatch(e -> e.level() == TableEntry.Level.SURFACE && e.original().equals(o)
        && e.spun().equals(s));
  }

  @Test
  void missingOriginalIsPairedWithTheOverRepresentedSpunForm() {
    SpinnerTable t = learn();
    assertThat(has(t, "said", "mentioned")).isTrue();
    assertThat(has(t, "also", "additionally")).isTrue();
  }

  @Test
  void spinsOfTheSameTextCountOnceAndTheTableSaysSo() {
    // a docs audit's twelve spins of one template read "from 1 spun texts" with nothing said of the others
    List<String> clean = texts(false, 1, 40);
    UnsupervisedLearner u = UnsupervisedLearner.create("A", counts(clean),
        w -> (Collection<String>) THESAURUS.getOrDefault(w, Set.of()), THESAURUS::containsKey)
        .withCleanTexts(clean);
    // (the fixture's texts share one template, so they are spins of two texts to the learner)
    List<String> spun = new ArrayList<>(texts(true, 2, 20));
    spun.add(spun.get(0));
    spun.add(spun.get(1));
    assertThat(u.learn(texts(true, 2, 20)).metadata().get("learned"))
        .startsWith("unsupervised from 2 spun texts (of 20: 18 left out as spins of the same text), ");
    assertThat(u.learn(spun).metadata().get("learned"))
        .startsWith("unsupervised from 2 spun texts (of 22: 20 left out as spins of the same text), ");
    assertThat(u.learn(List.of("The mayor mentioned the plan.", "Rain fell in the north overnight."))
        .metadata().get("learned")).startsWith("unsupervised from 2 spun texts, ");
  }

  @Test
  void documentFrequenciesWithoutTheTextsBringTheDocumentDeficitTest() {
    // the bundled clean-news figures: counts and document frequencies, no text. An original the clean texts have in
    // few documents (a topic word, here "also" in 2 of 40) is not missing from the spun text by documents.
    List<String> clean = texts(false, 1, 40);
    Map<String, Integer> df = new HashMap<>();
    for (String t : clean) {
      for (String w : new java.util.HashSet<>(Aligner.words(t.toLowerCase(java.util.Locale.ROOT)))) {
        df.merge(w, 1, Integer::sum);
      }
    }
    df.put("also", 2);
    UnsupervisedLearner counts = UnsupervisedLearner.create("A", counts(clean),
        w -> (Collection<String>) THESAURUS.getOrDefault(w, Set.of()), THESAURUS::containsKey);
    SpinnerTable byCounts = counts.learn(texts(true, 2, 20));
    SpinnerTable byDocuments = counts.withCleanDocumentFrequencies(df, clean.size()).learn(texts(true, 2, 20));
    assertThat(has(byCounts, "also", "additionally")).isTrue();
    assertThat(has(byDocuments, "also", "additionally")).isFalse();
    assertThat(has(byDocuments, "said", "mentioned")).isTrue();
    // no documents: the figures are ignored
    assertThat(has(counts.withCleanDocumentFrequencies(df, 0).learn(texts(true, 2, 20)), "also", "additionally"))
        .isTrue();
  }

  @Test
  void wordsThatAreNotMissingGetNoEntries() {
    // "port" and "harbor" occur at their clean rate in the spun text
    SpinnerTable t = learn();
    assertThat(t.entries()).noneMatch(e -> e.original().equals("harbor") || e.original().equals("port"));
  }

  @Test
  void missingWordGetsALowKeepProbability() {
    assertThat(learn().keep("said")).get().satisfies(k -> assertThat(k.probability()).isLessThan(0.2));
  }

  /** Clean texts mention "the robot"; spun ones write "the robotic" (a derivational relative, no thesaurus link). */
  private static List<String> robotTexts(boolean spun, int seed, int n) {
    List<String> out = new ArrayList<>();
    Random r = new Random(seed);
    String robot = spun ? "robotic" : "robot";
    for (String t : texts(spun, seed, n)) {
      StringBuilder sb = new StringBuilder(t);
      for (int k = 0; k < 4; k++) {
        sb.append(" Then the ").append(robot).append(" moved ").append(OBJECTS[r.nextInt(OBJECTS.length)])
            .append(". The ").append(robot).append(" stopped.");
      }
      out.add(sb.toString());
    }
    return out;
  }

  /** A toy language model: -1 per word whose bigram occurs in the clean texts, -3 otherwise. */
  private static ContextScorer bigramScorer(List<String> clean) {
    Set<String> bigrams = new java.util.HashSet<>();
    for (String t : clean) {
      List<String> ws = Aligner.words(t.toLowerCase(java.util.Locale.ROOT));
      for (int i = 1; i < ws.size(); i++) {
        bigrams.add(ws.get(i - 1) + " " + ws.get(i));
      }
    }
    return (words, from) -> {
      double sum = 0;
      for (int i = from; i < words.size(); i++) {
        sum += i > 0 && bigrams.contains(words.get(i - 1) + " " + words.get(i)) ? -1 : -3;
      }
      return sum;
    };
  }

  private static SpinnerTable learnRobots(ContextScorer scorer) {
    List<String> clean = robotTexts(false, 1, 40);
    UnsupervisedLearner u = UnsupervisedLearner.create("A", counts(clean),
        w -> (Collection<String>) THESAURUS.getOrDefault(w, Set.of()), THESAURUS::containsKey)
        .withCleanTexts(clean);
    if (scorer != null) {
      u = u.withContextScorer(scorer);
    }
    return u.learn(robotTexts(true, 2, 20));
  }

  @Test
  void languageModelLinksADerivationalRelativeItPrefersInContext() {
    assertThat(has(learnRobots(bigramScorer(robotTexts(false, 1, 40))), "robot", "robotic")).isTrue();
  }

  @Test
  void withoutTheLanguageModelTheDerivationalRelativeIsNotLinked() {
    assertThat(has(learnRobots(null), "robot", "robotic")).isFalse();
  }

  @Test
  void languageModelWithoutAPreferenceLinksNothingNew() {
    SpinnerTable t = learnRobots((words, from) -> -2.0 * (words.size() - from));
    assertThat(has(t, "robot", "robotic")).isFalse();
    assertThat(has(t, "said", "mentioned")).isTrue();
  }

  private static SpinnerTable learnWithMasked(MaskedScorer masked) {
    List<String> clean = texts(false, 1, 40);
    return UnsupervisedLearner.create("A", counts(clean),
        w -> (Collection<String>) THESAURUS.getOrDefault(w, Set.of()), THESAURUS::containsKey)
        .withCleanTexts(clean).withMaskedScorer(masked).learn(texts(true, 2, 20));
  }

  @Test
  void theMaskedModelKeepsOnlyLinksWhoseOriginalFitsTheSpunFormsPlaces() {
    List<String> asked = new ArrayList<>();
    // "said" fits where "mentioned" stands; "also" fits no better than "additionally"
    SpinnerTable t = learnWithMasked((words, start, len, wordings) -> {
      asked.add(String.join(" ", words.subList(start, start + len)) + " -> " + wordings);
      double[] v = new double[wordings.size()];
      for (int k = 0; k < v.length; k++) {
        v[k] = wordings.get(k).equals("said") ? -1 : wordings.get(k).equals("also") ? -5 : -3;
      }
      return v;
    });
    assertThat(has(t, "said", "mentioned")).isTrue();
    assertThat(has(t, "also", "additionally")).isFalse();
    // asked at most MLM_OCCURRENCES places of each form, the written form first
    assertThat(asked).filteredOn(a -> a.startsWith("mentioned -> ")).hasSize(UnsupervisedLearner.MLM_OCCURRENCES)
        .allMatch(a -> a.startsWith("mentioned -> [mentioned, "));
  }

  @Test
  void aMaskedModelWithoutAPreferenceLeavesNoLink() {
    SpinnerTable t = learnWithMasked((words, start, len, wordings) -> new double[wordings.size()]);
    assertThat(t.entries()).isEmpty();
  }

  @Test
  void capitalisedFormsAreNames() {
    Map<String, int[]> cases = UnsupervisedLearner.caseCounts(List.of("Mr. Prigozhin said. Prigozhin left.",
        "Mentioned here. He mentioned it and mentioned that."));
    assertThat(UnsupervisedLearner.capitalised("prigozhin", cases)).isTrue();
    assertThat(UnsupervisedLearner.capitalised("mentioned", cases)).isFalse();
    assertThat(UnsupervisedLearner.capitalised("absent", cases)).isFalse();
  }

  @Test
  void mergeAddsUnsupervisedEntriesOnlyForSpunFormsTheSupervisedTableLacks() {
    SpinnerTable sup = SpinnerTable.builder("A").add(new TableEntry(TableEntry.Level.SURFACE, "said", "mentioned",
        0.8, 8)).build();
    SpinnerTable uns = SpinnerTable.builder("A")
        .add(new TableEntry(TableEntry.Level.SURFACE, "told", "mentioned", 0.5, 3))
        .add(new TableEntry(TableEntry.Level.SURFACE, "also", "additionally", 0.5, 3)).build();
    SpinnerTable m = UnsupervisedLearner.merge(sup, uns, 0.2);
    assertThat(has(m, "told", "mentioned")).isFalse();
    assertThat(m.entries()).filteredOn(e -> e.original().equals("also")).singleElement()
        .satisfies(e -> assertThat(e.probability()).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-9)));
    assertThat(has(m, "said", "mentioned")).isTrue();
  }

  @Test
  void mergedEntriesShareOnlyTheMassTheSupervisedOnesLeave() {
    // "said": 0.9 replaced as the pairs saw, 0.05 kept; "also": nothing seen
    SpinnerTable sup = SpinnerTable.builder("A")
        .add(new TableEntry(TableEntry.Level.SURFACE, "said", "mentioned", 0.9, 9))
        .keep(new org.unspin.lexicon.KeepEntry("said", 0.05, 1)).build();
    SpinnerTable uns = SpinnerTable.builder("A")
        .add(new TableEntry(TableEntry.Level.SURFACE, "said", "stated", 0.5, 3))
        .add(new TableEntry(TableEntry.Level.SURFACE, "said", "declared", 0.5, 3))
        .add(new TableEntry(TableEntry.Level.SURFACE, "also", "additionally", 0.5, 3)).build();
    SpinnerTable m = UnsupervisedLearner.merge(sup, uns, 0.2);
    double said = m.entries().stream().filter(e -> e.original().equals("said"))
        .mapToDouble(TableEntry::probability).sum() + m.keep("said").orElseThrow().probability();
    assertThat(said).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9)); // 0.2 + 0.2 scaled into 0.05
    assertThat(m.entries()).filteredOn(e -> e.spun().equals("stated")).singleElement()
        .satisfies(e -> assertThat(e.probability()).isCloseTo(0.025, org.assertj.core.data.Offset.offset(1e-9)));
    assertThat(m.entries()).filteredOn(e -> e.original().equals("also")).singleElement()
        .satisfies(e -> assertThat(e.probability()).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-9)));
  }
}
