// SPDX-License-Identifier: Apache-2.0
package org.unspin.thesaurus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MorphologyTest {

  private final Morphology m = Models.morphology();

  @ParameterizedTest(name = "{0} has lemma {1}")
  @CsvSource({"officials,official", "said,say", "companies,company", "took,take", "taken,take", "children,child",
      "bigger,big", "stopped,stop", "visiting,visit", "is,be", "mentioned,mention", "better,good", "men,man",
      "taxes,tax", "went,go"})
  void lemmatisesRegularAndIrregularForms(String word, String lemma) {
    assertThat(m.lemmas(word)).contains(lemma);
  }

  @Test
  void unknownWordsHaveNoLemmas() {
    assertThat(m.lemmas("the")).isEmpty();
    assertThat(m.lemmas("xyzzyq")).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1} {2} = {3}")
  @CsvSource({"officer,NOUN,PLURAL,officers", "company,NOUN,PLURAL,companies", "child,NOUN,PLURAL,children",
      "box,NOUN,PLURAL,boxes", "say,VERB,PAST,said", "take,VERB,PAST,took", "take,VERB,PAST_PARTICIPLE,taken",
      "stop,VERB,PAST,stopped", "stop,VERB,PRESENT_PARTICIPLE,stopping", "make,VERB,PRESENT_PARTICIPLE,making",
      "die,VERB,PRESENT_PARTICIPLE,dying", "try,VERB,THIRD_SINGULAR,tries", "go,VERB,THIRD_SINGULAR,goes",
      "mention,VERB,PAST,mentioned", "big,ADJECTIVE,COMPARATIVE,bigger", "good,ADJECTIVE,SUPERLATIVE,best",
      "happy,ADJECTIVE,COMPARATIVE,happier", "important,ADJECTIVE,COMPARATIVE,more important",
      "go to,VERB,PAST,went to", "safety device,NOUN,PLURAL,safety devices", "begin,VERB,PAST,began",
      "begin,VERB,PAST_PARTICIPLE,begun", "be,VERB,PAST_PARTICIPLE,been", "let go,VERB,PAST,let go",
      "set up,VERB,PAST_PARTICIPLE,set up", "read,VERB,PAST,read"})
  void inflectsLemmas(String lemma, PartOfSpeech pos, Form form, String expected) {
    assertThat(m.inflect(lemma, pos, form)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} like {1} = {2}")
  @CsvSource({"officer,officials,officers", "mention,said,mentioned", "say,mentioned,said",
      "corporation,companies,corporations", "go to,visited,went to", "state,says,states", "extra,more,extra",
      "safety,security,safety", "purchase,buying,purchasing", "large,bigger,larger"})
  void reinflectsAReplacementLikeTheWordItReplaces(String replacement, String like, String expected) {
    assertThat(m.reinflect(replacement, like)).isEqualTo(expected);
  }

  @Test
  void analysesPutInflectedReadingsFirst() {
    assertThat(m.analyses("said").get(0)).isEqualTo(new Morphology.Analysis("say", PartOfSpeech.VERB, Form.PAST));
  }
}
