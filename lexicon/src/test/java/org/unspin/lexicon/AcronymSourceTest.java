// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AcronymSourceTest {

  /** A small thesaurus, as WordNet and Moby list these words. */
  private static final Map<String, Set<String>> NEAR = Map.of(
      "cost", Set.of("price", "expense", "payment", "charge"),
      "system", Set.of("network", "scheme", "arrangement"),
      "administration", Set.of("service", "management", "supervision"),
      "woodland", Set.of("forest", "wood", "timberland"),
      "irregular", Set.of("random", "uneven", "erratic"),
      "people", Set.of("persons", "folk", "tellurians"),
      "applied", Set.of("used", "bestowed"),
      "gadget", Set.of("", "device", "d"));

  /** The words the vocabulary knows among the re-inflected neighbours ("paymented" is none). */
  private static final Set<String> KNOWN = Set.of("networks", "forests");

  private static final AcronymSource SOURCE = AcronymSource.of(
      w -> (Collection<String>) NEAR.getOrDefault(w, Set.of()), KNOWN::contains);

  private static List<String> words(String s) {
    return Arrays.asList(s.split(" "));
  }

  private static List<String> proposed(String sentence, String word) {
    List<String> ws = words(sentence);
    List<Candidate> out = new ArrayList<>();
    SOURCE.propose(ws, ws.indexOf(word), "A", out);
    assertThat(out).allSatisfy(c -> {
      assertThat(c.origin()).isEqualTo(Candidate.Origin.ACRONYM);
      assertThat(c.length()).isEqualTo(1);
    });
    return out.stream().map(Candidate::original).toList();
  }

  @Test
  void aWordWhoseInitialTheAcronymDoesNotHaveGetsTheNeighboursWithTheInitialItHas() {
    assertThat(proposed("The customer cost index ( CPI ) rose", "cost")).containsExactly("payment", "price");
    assertThat(proposed("an artificial neural system ( ANN ) and", "system")).containsExactly("network");
    assertThat(proposed("an irregular woodland ( RF ) model", "woodland")).containsExactly("forest");
    // a function word the acronym spells, and one it passes over
    assertThat(proposed("the quality of administration ( QoS ) in", "administration"))
        .containsExactly("service", "supervision");
  }

  @Test
  void aPluralIsAnsweredInThePlural() {
    assertThat(proposed("two artificial neural systems ( ANNs ) were", "systems")).containsExactly("networks");
  }

  @Test
  void anEmptyOrOneLetterNeighbourIsNoCandidate() {
    assertThat(proposed("a global positioning gadget ( GPD ) was", "gadget")).containsExactly("device");
  }

  @Test
  void wordsThatSpellTheirAcronymGetNothing() {
    assertThat(proposed("The consumer price index ( CPI ) rose", "price")).isEmpty();
    assertThat(proposed("The short-term holder ( STH ) cost", "holder")).isEmpty();
    assertThat(proposed("the quality of service ( QoS ) in", "service")).isEmpty();
  }

  @Test
  void aDefinitionSpelledWithLettersInsideItsWordsFits() {
    // writers take more than initials: these are clean, and their words are no misfits
    assertThat(AcronymSource.misfitDefinitions(words("levels of adenosine triphosphate ( ATP ) fell"))).isZero();
    assertThat(AcronymSource.misfitDefinitions(words("damage of deoxyribonucleic acid ( DNA ) was"))).isZero();
    assertThat(AcronymSource.misfitDefinitions(words("patients with coronavirus disease ( COVID ) were")))
        .isZero();
    assertThat(proposed("levels of adenosine triphosphate ( ATP ) fell", "triphosphate")).isEmpty();
    // a word that gives no letter at all breaks it: "Fee's" for Exchange Commission
    assertThat(AcronymSource.misfitDefinitions(words("the Securities and Change Fee's ( SEC ) approval")))
        .isEqualTo(1);
  }

  @Test
  void aDefinitionWithAPhrasePutInBeforeItsLastWordFits() {
    assertThat(AcronymSource.misfitDefinitions(words(
        "reported as the area under the receiver operating characteristic curve ( AUC ) ."))).isZero();
    assertThat(AcronymSource.misfitDefinitions(words("the area under the curve ( AUC ) ."))).isZero();
    // the words before the phrase must spell the rest: a spun first word is still read
    assertThat(AcronymSource.misfitDefinitions(words(
        "reported as the region under the receiver operating characteristic curve ( AUC ) ."))).isEqualTo(1);
    assertThat(AcronymSource.misfitDefinitions(words("We used the bolster vector machines ( SVMs ) here")))
        .isEqualTo(1);
  }

  @Test
  void aFormulaOrAMeasureEndingInADigitIsNoBrokenDefinition() {
    assertThat(AcronymSource.misfitDefinitions(words("matter and nitrogen dioxide ( NO2 ) were monitored"))).isZero();
    assertThat(AcronymSource.misfitDefinitions(words("transferred onto silicon dioxide ( SiO2 ) and"))).isZero();
    assertThat(AcronymSource.misfitDefinitions(words("forced expiratory volume in one second ( FEV1 )"))).isZero();
    // a digit inside is passed over: "business to commerce" is still read against B2B
    assertThat(AcronymSource.misfitDefinitions(words("the business to commerce ( B2B ) market")))
        .isEqualTo(1);
  }

  @Test
  void aHeadNounTheAcronymLeavesOutIsNoMisfitButAWordThatSpellsNothingElseIs() {
    assertThat(AcronymSource.misfitDefinitions(words("we trained graph attention networks ( GATs ) on"))).isZero();
    assertThat(AcronymSource.misfitDefinitions(words("a multilayer perceptron model ( MLP ) was"))).isZero();
    // left out, the head noun still leaves the other words to spell the letters: a spun one does not
    assertThat(AcronymSource.misfitDefinitions(words("an artificial neural system ( ANN ) was"))).isEqualTo(1);
    assertThat(AcronymSource.misfitDefinitions(words("the customer cost index ( CPI ) rose"))).isEqualTo(1);
  }

  @Test
  void datelinesTickersAndWordsInParenthesesAreNoDefinitions() {
    assertThat(proposed("NEW YORK ( AP ) people", "YORK")).isEmpty();
    assertThat(proposed("shares of Cummins ( CMI ) cost", "Cummins")).isEmpty();
    assertThat(proposed("20 or 30 people ( two ) buildings", "people")).isEmpty(); // lower case: not an acronym
    // an article ends a definition: the words before it did not spell the acronym
    assertThat(proposed("The algorithm applied is a limited-memory quasi-Newton ( BFGS ) method", "applied"))
        .isEmpty();
  }

  @Test
  void aMixOfCapitalisedAndLowerCaseWordsIsNoDefinition() {
    assertThat(proposed("the Customer cost index ( CPI ) rose", "cost")).isEmpty();
  }

  @Test
  void aDefinitionThatStartsTheSentenceIsReadWithItsCapital() {
    assertThat(proposed("Irregular woodland ( RF ) was trained", "woodland")).containsExactly("forest");
    assertThat(proposed("Customer cost index ( CPI ) rose", "cost")).containsExactly("payment", "price");
    assertThat(AcronymSource.misfitDefinitions(words("Profound learning ( DL ) is popular"))).isEqualTo(1);
    assertThat(AcronymSource.misfitDefinitions(words("Reactive oxygen species ( ROS ) accumulate"))).isZero();
    assertThat(AcronymSource.misfitDefinitions(words("Inhaled corticosteroids ( ICS ) were given"))).isZero();
  }

  @Test
  void candidatesFromAnySourceMustKeepTheInitialsTheAcronymGivesTheirWords() {
    List<String> ws = words("The customer cost index ( CPI ) rose");
    assertThat(AcronymSource.fits(ws, new Candidate(2, 1, "price", -1, "A", Candidate.Origin.TABLE))).isTrue();
    assertThat(AcronymSource.fits(ws, new Candidate(2, 1, "expense", -1, "A", Candidate.Origin.TABLE))).isFalse();
    assertThat(AcronymSource.fits(ws, new Candidate(1, 2, "consumer price", -1, "A", Candidate.Origin.TABLE)))
        .isTrue();
    assertThat(AcronymSource.fits(ws, new Candidate(1, 2, "buyer price", -1, "A", Candidate.Origin.TABLE)))
        .isFalse();
    // the word after the acronym is no part of it, nor is one before the definition
    assertThat(AcronymSource.fits(ws, new Candidate(7, 1, "climbed", -1, "A", Candidate.Origin.TABLE))).isTrue();
    assertThat(AcronymSource.fits(ws, new Candidate(0, 1, "A", -1, "A", Candidate.Origin.TABLE))).isTrue();
  }

  @Test
  void aSentenceCountsTheDefinitionsItsWordsNoLongerFit() {
    assertThat(AcronymSource.misfitDefinitions(words(
        "The customer cost index ( CPI ) and the manufacturer cost index ( PPI ) fell"))).isEqualTo(2);
    assertThat(AcronymSource.misfitDefinitions(words(
        "The consumer price index ( CPI ) and the customer cost index ( CPI ) fell"))).isEqualTo(1);
    assertThat(AcronymSource.misfitDefinitions(words("NEW YORK ( AP ) The consumer price index ( CPI ) fell")))
        .isZero();
    assertThat(AcronymSource.misfitDefinitions(words("( CPI )"))).isZero();
  }

  @Test
  void aBrokenDefinitionCountsOnceThoughAnotherAcronymFollowsItsWordsClosely() {
    // "cost" is within reach of "( PPI )" too, but its definition is the one before
    assertThat(AcronymSource.misfitDefinitions(words(
        "The customer cost index ( CPI ) and producer price index ( PPI ) fell"))).isEqualTo(1);
    assertThat(AcronymSource.misfitDefinitions(words(
        "We use graph attention woodlands ( GATs ) and graph convolutional networks ( GCNs ) here"))).isEqualTo(1);
    assertThat(AcronymSource.misfitDefinitions(words(
        "The customer cost index ( CPI ) and manufacturer price index ( PPI ) fell"))).isEqualTo(2);
  }

  /** A small acronym dictionary, as V.E.R.A. writes these (its "ANN" in the plural). */
  private static final Map<String, List<String>> DICTIONARY = Map.of(
      "GAN", List.of("generative adversarial network", "global area network"),
      "ANN", List.of("artificial neural networks"),
      "RF", List.of("radio frequency"));

  private static final AcronymSource EXPANDING = AcronymSource.of(
      w -> (Collection<String>) NEAR.getOrDefault(w, Set.of()), Set.of("network", "networks", "forests")::contains,
      a -> DICTIONARY.getOrDefault(a.toUpperCase(java.util.Locale.ROOT), List.of()));

  private static List<Candidate> expanded(String sentence, String word) {
    List<String> ws = words(sentence);
    List<Candidate> out = new ArrayList<>();
    EXPANDING.propose(ws, ws.indexOf(word), "A", out);
    return out;
  }

  @Test
  void aBrokenDefinitionIsProposedWhatItsAcronymStandsForWhereItsWordsCouldHaveBeenSpunFromIt() {
    // "generation" shares its stem with "generative", "network" is itself, "countermeasure" no longer fits: the one
    // word unrelated; "global area network" has "generation", which fits its G, replaced by an unrelated word
    assertThat(expanded("the generation countermeasure network ( GAN ) was", "generation"))
        .extracting(Candidate::start, Candidate::length, Candidate::original, Candidate::log10Channel,
            Candidate::origin)
        .containsExactly(tuple(1, 3, "generative adversarial network", 0.0, Candidate.Origin.ACRONYM_EXPANSION));
    // the other words of the definition get no letter proposals: the dictionary is surer than a thesaurus neighbour
    assertThat(expanded("the generation countermeasure network ( GAN ) was", "countermeasure")).isEmpty();
    // as the dictionary writes it, and in the definition's number
    assertThat(expanded("an artificial neural system ( ANN ) was", "artificial")).extracting(Candidate::original)
        .containsExactlyInAnyOrder("artificial neural network", "artificial neural networks");
    // two words that no longer fit and none related: no expansion, and the thesaurus letter proposals as before
    assertThat(expanded("an irregular woodland ( RF ) model", "irregular")).extracting(Candidate::original)
        .containsExactly("random");
    // a definition that fits is not expanded
    assertThat(expanded("a generative adversarial network ( GAN ) was", "generative")).isEmpty();
  }

  @Test
  void aBrokenDefinitionSaysWhereItStartsAndWhichWordsNeedWhichLetters() {
    List<String> ws = words("The customer cost index ( CPI ) and an irregular woodland ( RF ) model");
    assertThat(AcronymSource.brokenDefinitions(ws)).containsExactly(
        new AcronymSource.Broken(1, 4, List.of(2), "p"),
        new AcronymSource.Broken(9, 11, List.of(9, 10), "rf"));
    // a function word passed over and a hyphenated word its parts spell are in the definition, never misfits
    assertThat(AcronymSource.brokenDefinitions(words("a quality of administration ( QoS ) here")))
        .containsExactly(new AcronymSource.Broken(1, 4, List.of(3), "s"));
    assertThat(AcronymSource.brokenDefinitions(words("the short-term proprietor ( STH ) sold")))
        .containsExactly(new AcronymSource.Broken(1, 3, List.of(2), "h"));
    assertThat(AcronymSource.brokenDefinitions(words("the consumer price index ( CPI ) rose"))).isEmpty();
  }

  @Test
  void theAcronymsLettersAreItsCapitalsAndSmallLettersWithoutAPluralS() {
    assertThat(AcronymSource.letters("CPI")).containsExactly('c', 'p', 'i');
    assertThat(AcronymSource.letters("QoS")).containsExactly('q', 'o', 's');
    assertThat(AcronymSource.letters("PDEs")).containsExactly('p', 'd', 'e');
    assertThat(AcronymSource.letters("k-NN")).containsExactly('k', 'n', 'n');
    assertThat(AcronymSource.letters("B2B")).containsExactly('b', 'b');
    assertThat(AcronymSource.letters("F0")).isNull(); // one letter
    // a formula, a gene, a measure: a name ending in a digit, whose letters are not its words' initials
    assertThat(AcronymSource.letters("NO2")).isNull();
    assertThat(AcronymSource.letters("SiO2")).isNull();
    assertThat(AcronymSource.letters("BRCA1")).isNull();
    assertThat(AcronymSource.letters("SP-44002")).isNull();
    assertThat(AcronymSource.letters("two")).isNull();
    assertThat(AcronymSource.letters("Cummins")).isNull();
    assertThat(AcronymSource.letters("ABCDEFG")).isNull();
  }
}
