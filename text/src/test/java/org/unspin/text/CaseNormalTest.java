// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseNormalTest {

  @Test
  void aShoutedLineIsWrittenInSentenceCase() {
    assertThat(CaseNormal.of("OFFICERS MENTIONED THE TALKS. I THINK THEY WILL RESUME NOT TOO LONG AGO, IN THE NEW "
        + "YEAR!\nnext line")).isEqualTo("Officers mentioned the talks. I think they will resume not too long ago, in "
        + "the new year!\nnext line");
  }

  @Test
  void aTitleCaseLineLosesTheCapitalsOfItsWordsButNotOfAcronymsOrSentenceStarts() {
    assertThat(CaseNormal.of("The Mayor Said On Tuesday That The NASA Plan Would Cost More Than Last Year. Critics "
        + "Agreed, And Said It Was Late."))
        .isEqualTo("The mayor said on tuesday that the NASA plan would cost more than last year. Critics agreed, and "
            + "said it was late.");
  }

  @Test
  void abbreviationsAndInitialsKeepTheirCapitalsAndTheirDotsStartNoSentence() {
    assertThat(CaseNormal.of("THE U.S. ARMY SAID ON MONDAY IT WOULD SEND DR. JONES AND MORE TROOPS AT 9 A.M. TODAY."))
        .isEqualTo("The U.S. army said on monday it would send Dr. Jones and more troops at 9 A.M. today.");
    assertThat(CaseNormal.of("Growth In The U.S. Economy Slowed As Prof. Smith And J. R. R. Tolkien Said, Apple Inc. "
        + "Agreed"))
        .isEqualTo("Growth in the U.S. economy slowed as Prof. Smith and J. R. R. Tolkien said, apple inc. agreed");
  }

  @Test
  void aHeadlineOrAnOrdinaryLineStaysAsWritten() {
    String text = "MORTGAGE DEMAND PLUMMETS TO NEW LOW\nThe Mayor Said It Would Cost More\n"
        + "John Smith met Mary Jones in New York on Monday, and they said so.";
    assertThat(CaseNormal.of(text)).isSameAs(text);
  }

  @Test
  void aSentenceThatNamesManyPeopleIsNoTitle() {
    // three in four words capitalised, but a verb and nouns in small letters: the capitals are the names'
    String names = "Reps. Jane Doe (D-Ore.), John Roe (R-Ohio), Ann Poe (R-Iowa), Mark Loe (R-Utah) and Tom Moe "
        + "(D-Maine) were among the bill's critics.\nThe vote was close.";
    assertThat(CaseNormal.of(names)).isSameAs(names);
    String police = "The Greenfield City Police Department was assisted by the Greenfield County Sheriff's Office, "
        + "State Police, Lake Tribal Police, Greenfield Fire Department and Life EMS.\nNo one was hurt.";
    assertThat(CaseNormal.of(police)).isSameAs(police);
    // a title's articles, conjunctions and prepositions are in small letters, and it is still one
    assertThat(CaseNormal.of("Council Approves New Cycle Lanes for the City Centre After Long Debate, and Work Starts "
        + "Next Spring With Funding From State Transport Budget"))
        .isEqualTo("Council approves new cycle lanes for the city centre after long debate, and work starts next "
            + "spring with funding from state transport budget");
  }

  @Test
  void aListOfTitleCaseHeadlinesIsReadInSentenceCaseButOneHeadlineIsNot() {
    String one = "Council Approves New Cycle Lanes For The City Centre\nThe council voted on Monday.";
    assertThat(CaseNormal.of(one)).isSameAs(one);
    String list = "Council Approves New Cycle Lanes For The City Centre\nLocal Bakery Wins Award For Best Bread In "
        + "Region\nSchool Opens New Library After Two Years Of Work";
    assertThat(CaseNormal.of(list)).isEqualTo("Council approves new cycle lanes for the city centre\nLocal bakery wins "
        + "award for best bread in region\nSchool opens new library after two years of work");
  }

  @Test
  void aHeadlineCheckedAloneIsReadInSentenceCaseWhateverItsLength() {
    assertThat(CaseNormal.of("Pharmaceutical Firm Wins Approval for New Plant\n"))
        .isEqualTo("Pharmaceutical firm wins approval for new plant\n");
    assertThat(CaseNormal.of("  AMBULANCE RESPONSE TIMES IMPROVE")).isEqualTo("  Ambulance response times improve");
    // two words are left as written, and so is a headline above its article (the test above)
    assertThat(CaseNormal.of("Breaking News")).isEqualTo("Breaking News");
    assertThat(CaseNormal.of("Officials said on Monday that NASA would wait.")).isEqualTo(
        "Officials said on Monday that NASA would wait.");
  }

  @Test
  void wordsWithCapitalsInsideThemAreReadAsShouted() {
    assertThat(CaseNormal.of("oFFICERS mENTIONED oN tUESDAY tHAT tHE tALKS wOULD rESUME."))
        .isEqualTo("Officers mentioned on tuesday that the talks would resume.");
    assertThat(CaseNormal.of("OfFiCeRs MeNtIoNeD oN tUeSdAy ThAt ThE tAlKs WoUlD rEsUmE."))
        .isEqualTo("Officers mentioned on tuesday that the talks would resume.");
    String brands = "Buy the new iPhone case and the eBay gift card from our store today, with free delivery.";
    assertThat(CaseNormal.of(brands)).isSameAs(brands);
  }

  @Test
  void onlyLatinLettersChangeCase() {
    // a Greek capital in a shouted line is a look-alike of a Latin one, read as such ("\u03A4\u0397\u0395": "THE")
    assertThat(CaseNormal.of("\u03A4\u0397\u0395 OFFICERS MENTIONED ON TUESDAY THAT TALKS WOULD RESUME."))
        .isEqualTo("\u03A4\u0397\u0395 officers mentioned on tuesday that talks would resume.");
  }

  @Test
  void everyOffsetStaysWhereItWas() {
    String text = "İSTANBUL ŞEHRİ VE ANKARA ARASI YOLLAR AÇIK VE GÜZEL. 𝐁𝐎𝐋𝐃 WORDS HERE TOO, AND MORE.";
    assertThat(CaseNormal.of(text)).hasSameSizeAs(text);
  }
}
