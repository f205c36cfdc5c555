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
  void aWordsVariantTestAgreesWithThePairwiseOne() {
    List<String> words = List.of("tumour", "tumor", "litre", "liter", "theatres", "theaters", "colour", "color",
        "programmes", "programs", "said", "stated", "centre", "middle", "analyse", "analyze", "travelled", "traveled",
        "", "tre", "tres", "litres\n", "litre\r\n", "metre\u2028", "grey", "gray");
    for (String a : words) {
      Predicate<String> variant = Spellings.variantsOf(a);
      for (String b : words) {
        assertThat(variant.test(b)).as(a + " / " + b).isEqualTo(Spellings.variants(a, b));
      }
    }
  }

  @Test
  void tresEndIsRespelledAsTheRegularExpressionRespellsIt() {
    java.util.regex.Pattern tre = java.util.regex.Pattern.compile("tre(s?)$");
    for (String s : List.of("", "tre", "tres", "metre", "metres", "treetre", "tretres", "metre\n", "metres\r\n",
        "metre\r", "metre\u0085", "metre\u2028", "metre\u2029", "metre\n\n", "trestre", "tresx", "centred")) {
      assertThat(Spellings.treEnd(s)).as(s).isEqualTo(tre.matcher(s).replaceAll("ter$1"));
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
  void theUkFormsOfEachPatternAreFoundAndWordsThatOnlyLookLikeOneHaveNone() {
    // every pattern of Spellings, and the odd forms they give, as the patterns have always given them
    String[][] pairs = {{"color", "colour"}, {"colors", "colours"}, {"colored", "coloured"}, {"coloring", "colouring"},
        {"favorite", "favourite"}, {"favorites", "favourites"}, {"honorable", "honourable"}, {"labor", "labour"},
        {"organization", "organisation"}, {"organizations", "organisations"}, {"realizing", "realising"},
        {"recognized", "recognised"}, {"recognizes", "recognises"}, {"recognize", "recognise"}, {"center", "centre"},
        {"centers", "centres"}, {"meter", "metre"}, {"water", "watre"}, {"floor", "floour"}, {"traveled", "travelled"},
        {"traveling", "travelling"}, {"traveler", "traveller"}, {"defense", "defence"}, {"program", "programme"},
        {"programs", "programmes"}, {"gray", "grey"}, {"while", "whilst"}, {"among", "amongst"},
        {"analyzed", "analysed"}, {"catalog", "catalogue"}};
    for (String[] pair : pairs) {
      assertThat(Spellings.ukForms(pair[0])).as(pair[0]).containsExactly(pair[1]);
      assertThat(Spellings.us(pair[1])).as(pair[1]).isEqualTo(pair[0]);
    }
    for (String w : List.of("actor", "said", "size", "prize", "advertize", "doctors", "ter", "eled", "or",
        "colour", "centre", "recognised", "")) {
      assertThat(Spellings.ukForms(w)).as(w).isEmpty();
    }
    assertThat(Spellings.us("theatres")).isEqualTo("theaters");
    assertThat(Spellings.us("tres")).isNull();
    assertThat(Spellings.us("exercises")).isNull();
    assertThat(Spellings.variants("metres", "meters")).isTrue();
    assertThat(Spellings.variants("centre", "center")).isTrue();
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
