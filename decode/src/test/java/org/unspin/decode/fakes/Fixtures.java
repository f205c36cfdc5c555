// SPDX-License-Identifier: Apache-2.0
package org.unspin.decode.fakes;

import java.util.List;

/**
 * Hand-written news-style sentences (written for these tests) with a bigram model trained on them, and a small
 * spinner family "A" that behaves like the common real family: "said" to "mentioned", "officials" to "officers",
 * "more" to "extra", "also" to "additionally", "visit" to "go to", "recently" to "not too long ago", "five" to "5".
 */
public final class Fixtures {

  private Fixtures() {}

  /** Clean training sentences, lower case, tokens separated by spaces. */
  public static final List<String> CLEAN = List.of(
      "the minister said the talks were useful .",
      "officials said the visit was delayed for months .",
      "the company said it would hire more workers this year .",
      "the president also said the economy was strong .",
      "foreign officials met in the capital on sunday .",
      "the talks ran five hours , officials said .",
      "he said more talks would follow in may .",
      "the secretary of state will visit china next week .",
      "the two sides also agreed to meet again .",
      "the minister recently said the plan would work .",
      "officials recently met to discuss the trade deal .",
      "she said the company had more than five hundred workers .",
      "the president will visit the region in may .",
      "officials also said the border would stay open .",
      "the bank said profits rose more than expected last year .",
      "many companies said they would cut jobs .",
      "the foreign minister said the two countries would talk again .",
      "the police said five people were hurt .",
      "the report said the economy grew more slowly this year .",
      "he also said the visit would go ahead .",
      "the government said the new rules would take effect in may .",
      "but officials said the plan was not final .",
      "the minister said he would visit the site .",
      "officials said more than five thousand people attended .",
      "the company also said its sales rose .",
      "the mayor said the city would spend more on roads .",
      "the team recently won five games in a row .",
      "the chief executive said the company would grow .",
      "analysts said the market was calm .",
      "the army said the attack killed five soldiers .");

  /** Spun versions of some {@link #CLEAN} sentences as family A would write them. */
  public static final List<String> SPUN = List.of(
      "the minister mentioned the talks were useful .",
      "officers mentioned the go to was delayed for months .",
      "the company mentioned it would hire extra workers this year .",
      "the president additionally mentioned the economy was strong .",
      "the talks ran 5 hours , officers mentioned .",
      "the minister not too long ago mentioned the plan would work .");

  /** The bigram model of {@link #CLEAN}. */
  public static FakeLanguageModel languageModel() {
    return FakeLanguageModel.train(CLEAN);
  }

  /** Family A. */
  public static FakeChannel familyA() {
    return FakeChannel.builder("A")
        .entry("mentioned", "said", -0.1)
        .entry("officers", "officials", -0.15)
        .entry("extra", "more", -0.2)
        .entry("additionally", "also", -0.2)
        .entry("go to", "visit", -0.3)
        .entry("not too long ago", "recently", -0.1)
        .entry("5", "five", -0.2)
        .keep("said", -1.3)
        .keep("officials", -1.0)
        .keep("more", -0.8)
        .keep("also", -0.8)
        .keep("visit", -0.6)
        .keep("recently", -1.0)
        .keep("five", -0.8)
        .open("stated", "said", -1.5)
        .build();
  }

  /** A second family, "B", that writes "explained" for "said". */
  public static FakeChannel familyB() {
    return FakeChannel.builder("B")
        .entry("explained", "said", -0.1)
        .entry("countrywide", "national", -0.2)
        .keep("said", -1.3)
        .build();
  }

  /**
   * Family A plus a tortured-phrase list that names "go to was" (origin {@code PHRASE_LIST}, "visit was"), weaker
   * than A's own "go to" entry.
   */
  public static org.unspin.lexicon.ChannelModel familyAWithListedPhrase() {
    return withEntries(familyA(), FakeChannel.builder("A")
        .entry("go to was", "visit was", -2, org.unspin.lexicon.Candidate.Origin.PHRASE_LIST).build());
  }

  /**
   * {@code family}'s channel with {@code extra}'s candidates added, as every learned family holds a user's lists;
   * {@code family}'s keep probabilities.
   */
  public static org.unspin.lexicon.ChannelModel withEntries(org.unspin.lexicon.ChannelModel family,
      org.unspin.lexicon.ChannelModel extra) {
    return new org.unspin.lexicon.ChannelModel() {
      @Override
      public String family() {
        return family.family();
      }

      @Override
      public List<org.unspin.lexicon.Candidate> candidates(List<String> w, int i) {
        List<org.unspin.lexicon.Candidate> out = new java.util.ArrayList<>(family.candidates(w, i));
        out.addAll(extra.candidates(w, i));
        return out;
      }

      @Override
      public double log10Keep(String word) {
        return family.log10Keep(word);
      }
    };
  }
}
