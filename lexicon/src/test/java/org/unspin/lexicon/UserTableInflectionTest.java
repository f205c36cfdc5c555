// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.lexicon.learn.Aligner;

/** A user's {@code --table} row reaches the other forms of its words, as a learned table's lemma entries do. */
class UserTableInflectionTest {

  /** A small vocabulary of written forms, as the word counts know them. */
  private static final Predicate<String> KNOWN = Set.of("officer", "officers", "official", "officials", "mention",
      "mentions", "mentioned", "mentioning", "say", "says", "said", "saying", "buyer", "buyers", "investor",
      "investors", "pick", "picks", "picked", "picking", "buy", "buys", "bought", "buying", "found", "find",
      "finds", "finding", "establish", "establishes", "established", "establishing", "leave", "leaves", "left",
      "leaving", "depart", "departs", "departed", "departing", "leaf", "attempt", "attempts", "attempted",
      "attempting", "try", "tries", "tried", "trying", "state", "states", "stated", "stating", "stat", "stats",
      "country", "countries", "declare", "declares", "declared", "declaring", "announce", "announces", "announced",
      "announcing", "gather", "gathers", "gathered", "gathering", "gatherings", "meet", "meets", "met", "meeting",
      "meetings", "proceed", "proceeds", "proceeded", "proceeding", "continue", "continues", "continued",
      "continuing", "snap", "snaps", "snapped", "snapping", "admit", "admits", "admitted", "admitting", "concede",
      "concedes", "conceded", "conceding", "chief", "chiefs", "senior", "seniors", "national", "nationwide",
      "safety", "security", "adviser", "advisers", "go", "goes", "went", "gone", "going", "to", "visit", "visits",
      "visited", "visiting", "take", "takes", "took", "taken", "taking", "over", "acquire", "acquires", "acquired",
      "acquiring", "hire", "hires", "hired", "hiring", "employ", "employs", "employed", "employing", "mimic",
      "mimics", "mimicked", "mimicking", "copy", "copies", "copied", "copying", "key", "keys", "main", "mains",
      "figure", "figures", "person", "people", "persons", "head", "heads", "of", "president",
      "presidents")::contains;

  /** The words written as nouns more than as verbs, or nouns of their own, as WordNet's tag counts tell. */
  private static final Predicate<String> NOUN = Set.of("officer", "official", "buyer", "investor", "state",
      "country", "gathering", "meeting", "proceeds", "leaf", "adviser", "chief", "senior", "figure",
      "person", "head", "president")::contains;

  private static PhraseSource table(Path dir, String tsv) throws IOException {
    return PhraseSource.readTable(Files.writeString(dir.resolve("t.tsv"), tsv)).inflected(KNOWN, NOUN);
  }

  private static List<String> originals(PhraseSource s, String text, int i) {
    List<Candidate> out = new java.util.ArrayList<>();
    s.propose(Aligner.words(text), i, "user", out);
    return out.stream().map(Candidate::original).toList();
  }

  @Test
  void aRowInTheBaseFormReachesThePluralAndThePossessive(@TempDir Path dir) throws IOException {
    PhraseSource s = table(dir, "officer\tofficial\n");
    assertThat(originals(s, "the officers said", 1)).containsExactly("officials");
    // "Officers'" is "Officers" and an apostrophe; "officer's" one word
    assertThat(originals(s, "the Officers' union", 1)).containsExactly("officials");
    assertThat(originals(s, "the officer's car", 1)).containsExactly("official's");
    assertThat(originals(s, "the OFFICERS", 1)).containsExactly("officials");
  }

  @Test
  void anInflectedRowReachesTheOtherFormsOfBothLemmas(@TempDir Path dir) throws IOException {
    PhraseSource s = table(dir, "mentioned\tsaid\nbuyers\tinvestors\n");
    assertThat(originals(s, "he mentions", 1)).containsExactly("says");
    assertThat(originals(s, "she was mentioning", 2)).containsExactly("saying");
    assertThat(originals(s, "they mention", 1)).containsExactly("say");
    assertThat(originals(s, "a buyer", 1)).containsExactly("investor");
    assertThat(s.size()).isEqualTo(2);
    assertThat(s.reached()).isEqualTo(4);
  }

  @Test
  void aVerbPhraseRowInflectsItsFirstWords(@TempDir Path dir) throws IOException {
    PhraseSource s = table(dir, "picked up\tbought\n");
    assertThat(originals(s, "she picks up shares", 1)).containsExactly("buys");
    assertThat(originals(s, "picking up shares", 0)).containsExactly("buying");
    assertThat(originals(s, "she picks a share", 1)).isEmpty();
  }

  @Test
  void aRowNamingAFormKeepsItOverTheReachOfAnother(@TempDir Path dir) throws IOException {
    PhraseSource s = table(dir, "officer\tofficial\nofficers\tpolice\n");
    assertThat(originals(s, "the officers", 1)).containsExactly("police");
    assertThat(originals(s, "the officer", 1)).containsExactly("official");
  }

  @Test
  void aFormTwoRowsReachWithDifferentOriginalsIsLeftAlone(@TempDir Path dir) throws IOException {
    PhraseSource s = table(dir, "stating\tdeclaring\nstated\tannounced\n");
    assertThat(originals(s, "he states", 1)).isEmpty();
    assertThat(originals(s, "he stated", 1)).containsExactly("announced");
  }

  @Test
  void aWordWithAnotherReadingIsNotInflected(@TempDir Path dir) throws IOException {
    // "found" is also the base form of found (a company); "leaves" is also leaf's plural
    PhraseSource s = table(dir, "established\tfound\nleaving\tdeparting\n");
    assertThat(originals(s, "she establishes", 1)).isEmpty();
    assertThat(originals(s, "the leaves fall", 1)).isEmpty();
    assertThat(originals(s, "they leave", 1)).containsExactly("depart");
  }

  @Test
  void aVerbsRowDoesNotReachTheFormsOfANoun(@TempDir Path dir) throws IOException {
    // "state" is mostly a noun: "stated" -> "said" had made "the states" "the says"
    PhraseSource s = table(dir, "stated\tsaid\n");
    assertThat(originals(s, "the states", 1)).isEmpty();
    assertThat(originals(s, "a state", 1)).isEmpty();
    assertThat(originals(s, "he was stating", 2)).containsExactly("saying");
  }

  @Test
  void aRowOfNounsOfTheirOwnReachesTheirPluralOnly(@TempDir Path dir) throws IOException {
    PhraseSource s = table(dir, "gathering\tmeeting\nproceed\tcontinue\n");
    assertThat(originals(s, "the gatherings", 1)).containsExactly("meetings");
    assertThat(originals(s, "they gathered", 1)).isEmpty();
    // "proceeds" is a noun of its own (the sale's proceeds)
    assertThat(originals(s, "the proceeds", 1)).isEmpty();
    assertThat(originals(s, "it proceeded", 1)).containsExactly("continued");
  }

  @Test
  void aCaseBearingRowOrAPhraseListIsTakenAsWritten(@TempDir Path dir) throws IOException {
    PhraseSource s = table(dir, "Officer\tOfficial\n");
    assertThat(originals(s, "the officers", 1)).isEmpty();
    PhraseSource list = PhraseSource.readPhrases(Files.writeString(dir.resolve("p.tsv"), "attempt\ttry\n"));
    assertThat(list.inflected(KNOWN, NOUN)).isSameAs(list);
  }

  @Test
  void aRowReachesTheFormsThatDoubleTheirFinalConsonant(@TempDir Path dir) throws IOException {
    PhraseSource s = table(dir, "snapped up\tbought\nadmit\tconcede\n");
    assertThat(originals(s, "she snaps up shares", 1)).containsExactly("buys");
    assertThat(originals(s, "snapping up shares", 0)).containsExactly("buying");
    assertThat(originals(s, "he admitted it", 1)).containsExactly("conceded");
    assertThat(originals(s, "he was admitting it", 2)).containsExactly("conceding");
    assertThat(originals(s, "he admits it", 1)).containsExactly("concedes");
  }

  @Test
  void aBaseFormRowDoesNotReachAParticipleUsedAsAnAdjective(@TempDir Path dir) throws IOException {
    PhraseSource s = table(dir, "attempt\ttry\n");
    assertThat(originals(s, "an alleged attempted armed robbery", 2)).isEmpty();
    assertThat(originals(s, "the attempted robbery", 1)).isEmpty();
    assertThat(originals(s, "charged with attempted murder", 2)).isEmpty();
    assertThat(originals(s, "he attempted to flee", 1)).containsExactly("tried");
    assertThat(originals(s, "he is attempting to flee", 2)).containsExactly("trying");
    // a row of the form itself holds wherever it is written
    PhraseSource own = table(dir, "attempted\ttried\n");
    assertThat(originals(own, "the attempted robbery", 1)).containsExactly("tried");
  }

  @Test
  void aNounPhraseRowReachesThePluralAndPossessiveOfItsHead(@TempDir Path dir) throws IOException {
    PhraseSource s = table(dir,
        "chief officer\tchief official\nnationwide safety adviser\tnational security adviser\n");
    assertThat(originals(s, "the chief officers said", 1)).containsExactly("chief officials");
    assertThat(originals(s, "the Chief Officers' union", 1)).containsExactly("chief officials");
    assertThat(originals(s, "the chief officer's car", 1)).containsExactly("chief official's");
    assertThat(originals(s, "two nationwide safety advisers", 1)).containsExactly("national security advisers");
  }

  @Test
  void aPhraseWhoseHeadIsNotItsLastWordIsNotInflectedThere(@TempDir Path dir) throws IOException {
    // "head of state": "state" is no head, and "head" is no verb
    PhraseSource s = table(dir, "head of state\tpresident\n");
    assertThat(originals(s, "two head of states", 1)).isEmpty();
    assertThat(originals(s, "the head of state", 1)).containsExactly("president");
  }

  @Test
  void aPluralNounPhraseRowReachesItsSingular(@TempDir Path dir) throws IOException {
    PhraseSource s = table(dir, "senior officers\tsenior officials\n");
    assertThat(originals(s, "a senior officer", 1)).containsExactly("senior official");
  }

  @Test
  void aPhrasalVerbRowReachesTheFormsOfItsVerb(@TempDir Path dir) throws IOException {
    PhraseSource s = table(dir, "go to\tvisit\ntake over\tacquire\n");
    assertThat(originals(s, "she goes to Paris", 1)).containsExactly("visits");
    assertThat(originals(s, "she went to Paris", 1)).containsExactly("visited");
    assertThat(originals(s, "she has gone to Paris", 2)).containsExactly("visited");
    assertThat(originals(s, "she is going to Paris", 2)).containsExactly("visiting");
    assertThat(originals(s, "it took over the firm", 1)).containsExactly("acquired");
    assertThat(originals(s, "it has taken over the firm", 2)).containsExactly("acquired");
    assertThat(originals(s, "it takes over the firm", 1)).containsExactly("acquires");
    assertThat(originals(s, "it is taking over the firm", 2)).containsExactly("acquiring");
    assertThat(s.reached()).isEqualTo(8);
  }

  @Test
  void aPastRowOfAnIrregularVerbReachesItsParticipleAndBack(@TempDir Path dir) throws IOException {
    PhraseSource s = table(dir, "took over\tacquired\n");
    assertThat(originals(s, "it has taken over the firm", 2)).containsExactly("acquired");
    assertThat(originals(s, "it will take over the firm", 2)).containsExactly("acquire");
  }

  @Test
  void aPhraseRowReadAsAVerbAndAsANounPhraseReachesNeither(@TempDir Path dir) throws IOException {
    // "hire officer": the verb hire and its object, or a noun phrase whose head is officer?
    PhraseSource s = table(dir, "hire officer\temploy official\nkey figure\tmain person\n");
    assertThat(originals(s, "they hired officer Smith", 1)).isEmpty();
    assertThat(originals(s, "the hire officers", 1)).isEmpty();
    // "key" has no -ed or -ing form the vocabulary knows: not a verb, so the head is reached
    assertThat(originals(s, "two key figures", 1)).containsExactly("main people");
    assertThat(originals(s, "the keys figure", 1)).isEmpty();
  }

  @Test
  void aRowReachesTheFormsOfAVerbEndingInC(@TempDir Path dir) throws IOException {
    PhraseSource s = table(dir, "mimic\tcopy\n");
    assertThat(originals(s, "it mimicked the style", 1)).containsExactly("copied");
    assertThat(originals(s, "it is mimicking the style", 2)).containsExactly("copying");
    assertThat(originals(s, "it mimics the style", 1)).containsExactly("copies");
    PhraseSource back = table(dir, "mimicking\tcopying\n");
    assertThat(originals(back, "they mimic it", 1)).containsExactly("copy");
  }
}
