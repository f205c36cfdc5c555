// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class SpellingsTest {

  /** The words a small vocabulary knows, in both spellings. */
  private static final Set<String> KNOWN = Set.of("colour", "color", "recognised", "recognized", "centre", "center",
      "programme", "program", "travelled", "traveled", "organised", "organized", "while", "whilst", "among",
      "amongst", "defence", "defense", "neighbouring", "neighboring", "labour", "labor", "theatre", "theater");
  private static final Predicate<String> KNOWS = KNOWN::contains;

  private static List<String> words(String text) {
    return Arrays.asList(text.split(" "));
  }

  @Test
  void oneWordInTwoSpellingsIsAVariantAndTwoWordsAreNot() {
    for (String[] pair : new String[][] {{"tumour", "tumor"}, {"behavioural", "behavioral"}, {"litre", "liter"},
        {"haemoglobin", "hemoglobin"}, {"paediatric", "pediatric"}, {"programmes", "programs"}, {"analyse", "analyze"},
        {"catalogue", "catalog"}, {"randomised", "randomized"}}) {
      assertThat(Spellings.variants(pair[0], pair[1])).as(pair[0]).isTrue();
      assertThat(Spellings.variants(pair[1], pair[0])).as(pair[1]).isTrue();
    }
    for (String[] pair : new String[][] {{"said", "stated"}, {"loose", "lose"}, {"colour", "colour"},
        {"favourite", "preferred"}, {"centre", "middle"}}) {
      assertThat(Spellings.variants(pair[0], pair[1])).as(pair[0]).isFalse();
    }
  }

  @Test
  void eachUkFormHasItsUsFormAndBack() {
    for (String[] pair : new String[][] {{"colour", "color"}, {"recognised", "recognized"}, {"centre", "center"},
        {"programme", "program"}, {"travelled", "traveled"}, {"organisations", "organizations"},
        {"defence", "defense"}, {"favourite", "favorite"}}) {
      assertThat(Spellings.us(pair[0])).isEqualTo(pair[1]);
      assertThat(Spellings.ukForms(pair[1])).contains(pair[0]);
    }
    // words that only look like a pattern
    assertThat(Spellings.us("exercise")).isNull();
    assertThat(Spellings.us("four")).isNull();
    assertThat(Spellings.ukForms("actor")).isEmpty();
    assertThat(Spellings.ukForms("said")).isEmpty();
  }

  @Test
  void aTextWithTwoUkFormsAndNoUsFormIsBritish() {
    assertThat(Spellings.british(words("the council recognised the problem in the town centre"), KNOWS)).isTrue();
    assertThat(Spellings.british(words("the council recognized the problem in the town center"), KNOWS)).isFalse();
  }

  @Test
  void oneUkFormIsNotEnoughSinceASpinnerMayHaveRespelledIt() {
    assertThat(Spellings.british(words("officials recognised the problem in the town"), KNOWS)).isFalse();
    assertThat(Spellings.british(words("officials recognised the problem and recognised it again"), KNOWS))
        .isFalse();
  }

  @Test
  void mixedSpellingIsBritishOnlyWhereUkFormsOutnumberUsOnes() {
    assertThat(Spellings.british(words("the colour of the centre was organized by the program"), KNOWS)).isFalse();
    assertThat(Spellings.british(words("the colour of the centre and the labour was organized"), KNOWS)).isTrue();
    // as many forms each way: the spelling written more often (a British thesis with an American section in it)
    String thesis = "the colour of the centre ".repeat(5) + "was organized and recognized";
    assertThat(Spellings.british(words(thesis), KNOWS)).isTrue();
    assertThat(Spellings.british(words("the colour of the centre was organized and recognized, organized and "
        + "recognized"), KNOWS)).isFalse();
  }

  @Test
  void theSpinnersFavouritesAndNamesDoNotMakeATextBritish() {
    // "whilst" and "amongst" are what spinners write for "while" and "among"
    assertThat(Spellings.british(words("whilst the officers amongst them recognised it"), KNOWS)).isFalse();
    // a name keeps its capital: "Labour", "Centre" name a party and a building
    assertThat(Spellings.british(words("the Labour leader visited the Centre for Research"), KNOWS)).isFalse();
    // "while" and "among" are no American marks either
    assertThat(Spellings.british(words("while among them the colour of the theatre changed"), KNOWS)).isTrue();
  }

  @Test
  void aUkFormWhoseUsFormTheVocabularyDoesNotKnowIsNoEvidence() {
    assertThat(Spellings.british(words("the colour of the harbour"), KNOWS)).isFalse();
    assertThat(Spellings.british(words("the colour of the harbour"), w -> true)).isTrue();
  }
}
