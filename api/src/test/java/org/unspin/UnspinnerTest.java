// SPDX-License-Identifier: Apache-2.0
package org.unspin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.unspin.decode.fakes.Fixtures;
import org.unspin.detect.Calibration;
import org.unspin.text.CasePattern;

class UnspinnerTest {

  private static org.unspin.decode.TextEdit edit(String text, String word, int nth, String by) {
    int at = -1;
    for (int k = 0; k <= nth; k++) {
      at = text.indexOf(word, at + 1);
    }
    return new org.unspin.decode.TextEdit(new org.unspin.text.Span(at, at + word.length()), word, by, by, 0.8,
        List.of(), "A", org.unspin.lexicon.Candidate.Origin.TABLE);
  }

  @Test
  void aParagraphSpunByAnotherFamilyIsRestoredUnderItsOwn() {
    // a farm rotating spinners within an article: the second half had been left as family B wrote it
    String text = String.join(" ", Fixtures.SPUN) + "\n\nthe minister explained the talks were useful . officials "
        + "explained the visit was delayed for months . the company explained it would hire more workers this year . "
        + "the police explained five people were hurt . analysts explained the market was calm .";
    DetectionResult d = U.detect(text);
    assertThat(d.paragraphs()).extracting(ParagraphResult::spinner).containsExactly("A", "B");
    Restoration r = U.restore(text);
    assertThat(r.edits()).filteredOn(e -> e.spun().equals("explained")).hasSize(5)
        .allSatisfy(e -> assertThat(e.spinner()).isEqualTo("B"));
    assertThat(r.edits()).filteredOn(e -> e.spun().equals("mentioned")).isNotEmpty()
        .allSatisfy(e -> assertThat(e.spinner()).isEqualTo("A"));
  }

  @Test
  void aTextNoFamilysTableExplainsShowsAndRestoresTheOpenChannelsSureEdits() {
    // a spinner no family table describes wrote "explained" for every "said": family A sees nothing, the thesaurus
    // sees sure edits; weights as unsure as the clean poems the cap of a text with nothing to show was made for
    // (P 0.69). Such a copy had been cut to P 0.064 and shown nothing, and restore had given it back unchanged
    double[] unsure = new double[Calibration.FEATURES.size()];
    unsure[0] = 0.8;
    org.unspin.lexicon.ChannelModel thesaurus = org.unspin.decode.fakes.FakeChannel.builder(
        org.unspin.lexicon.ChannelModel.OPEN).entry("explained", "said", -1,
        org.unspin.lexicon.Candidate.Origin.THESAURUS).build();
    Unspinner u = Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(Fixtures.familyA())
        .openVocabulary(thesaurus)
        .calibration(new Calibration(unsure, unsure, 0.5, "test", null, 5, unsure, null, Calibration.logit(0.064)))
        .build();
    String text = capitalised(Fixtures.CLEAN.stream().filter(x -> x.contains(" said ")).limit(6)
        .map(x -> x.replace(" said ", " explained ")).toList());
    DetectionResult d = u.detect(text);
    assertThat(d.spun()).isTrue();
    assertThat(d.spans()).isNotEmpty().allSatisfy(e -> {
      assertThat(e.spinner()).isEqualTo(org.unspin.lexicon.ChannelModel.OPEN);
      assertThat(e.original()).isEqualTo("said");
    });
    assertThat(Explanations.reasons(d)).contains("no known spinner's table explains it: " + d.spans().size()
        + " of its spans");
    Restoration r = u.restore(text);
    assertThat(r.edits()).extracting(Edit::span).containsExactlyElementsOf(d.spans().stream().map(Edit::span)
        .toList());
    assertThat(r.text()).doesNotContain("explained");
    assertThat(Explanations.partly(r)).startsWith("; no known spinner's table explains it: " + r.edits().size()
        + " of its edits");
    // a clean text stays as it is
    String clean = capitalised(Fixtures.CLEAN.stream().filter(x -> x.contains(" said ")).limit(6).toList());
    assertThat(u.detect(clean).spans()).isEmpty();
    assertThat(u.restore(clean).edits()).isEmpty();
  }

  @Test
  void theOpenChannelsSpansJoinTheEditsWhereTheyOverlapNone() {
    String text = "officers explained the plan would work .";
    org.unspin.decode.TextEdit table = edit(text, "officers", 0, "officials");
    org.unspin.decode.TextEdit open = new org.unspin.decode.TextEdit(new org.unspin.text.Span(9, 18), "explained",
        "said", "said", 0.95, List.of(), org.unspin.lexicon.ChannelModel.OPEN,
        org.unspin.lexicon.Candidate.Origin.THESAURUS);
    org.unspin.decode.TextEdit overlapping = new org.unspin.decode.TextEdit(new org.unspin.text.Span(0, 8),
        "officers", "police", "police", 0.95, List.of(), org.unspin.lexicon.ChannelModel.OPEN,
        org.unspin.lexicon.Candidate.Origin.THESAURUS);
    assertThat(Unspinner.withOpenSpans(List.of(table), List.of(open, table, overlapping)))
        .containsExactly(table, open);
    assertThat(Unspinner.withOpenSpans(List.of(table), List.of(table))).isEqualTo(List.of(table));
  }

  @Test
  void aNameTheTextKeepsAfterACapitalisedWordIsNotRewrittenWhereItStandsAlone() {
    // a newsroom trial's obituary: "Price grew up" had become "Worth grew up" beside "Eleanor Price" left as written
    String text = "Eleanor Price was 91. Price grew up on a farm. Friends of Eleanor Price said she sang. "
        + "The price of milk rose.";
    org.unspin.text.TokenizedText t = org.unspin.text.TokenizedText.of(text);
    List<org.unspin.decode.TextEdit> edits = List.of(edit(text, "Price", 1, "Worth"), edit(text, "price", 0,
        "worth"));
    assertThat(Unspinner.namesKept(t, edits)).extracting(org.unspin.decode.TextEdit::spun).containsExactly("price");
    // a spun name rewritten more often than the decoder left it stays rewritten ("Bitcoin Concern" for "Fear")
    String spun = "The Bitcoin Concern index fell. Bitcoin Concern rose. Traders watch Bitcoin Concern daily.";
    List<org.unspin.decode.TextEdit> fear = List.of(edit(spun, "Concern", 0, "Fear"), edit(spun, "Concern", 2,
        "Fear"));
    assertThat(Unspinner.namesKept(org.unspin.text.TokenizedText.of(spun), fear)).isEqualTo(fear);
    // and a capitalised word after a lower-case one says nothing of a name ("a Hole spokesperson")
    String gap = "Hole raised its outlook, a Hole spokesperson said.";
    List<org.unspin.decode.TextEdit> hole = List.of(edit(gap, "Hole", 0, "Gap"));
    assertThat(Unspinner.namesKept(org.unspin.text.TokenizedText.of(gap), hole)).isEqualTo(hole);
  }

  @Test
  void theSpunRateIsTheShareOfTheFamilysChancesToRewriteAWordThatTheEditsTook() {
    // the family rewrites "said" nine times in ten and never touches "the"
    org.unspin.lexicon.ChannelModel family = new org.unspin.lexicon.ChannelModel() {
      @Override
      public String family() {
        return "A";
      }

      @Override
      public List<org.unspin.lexicon.Candidate> candidates(List<String> words, int i) {
        return List.of();
      }

      @Override
      public double log10Keep(String word) {
        return word.equalsIgnoreCase("said") ? -1 : 0;
      }
    };
    String text = "He mentioned the plan. She said the vote was close. They said no. The mayor said yes.";
    org.unspin.text.TokenizedText t = org.unspin.text.TokenizedText.of(text);
    List<org.unspin.decode.TextEdit> one = List.of(edit(text, "mentioned", 0, "said"));
    // one "said" restored, three left as written: 1 / (4 * 0.9)
    assertThat(Unspinner.spunRate(t, family, one, p -> true)).isCloseTo(1 / 3.6, org.assertj.core.data.Offset
        .offset(1e-9));
    String all = "He mentioned the plan. She mentioned the vote was close. They mentioned no. The mayor mentioned yes.";
    List<org.unspin.decode.TextEdit> four = List.of(edit(all, "mentioned", 0, "said"), edit(all, "mentioned", 1,
        "said"), edit(all, "mentioned", 2, "said"), edit(all, "mentioned", 3, "said"));
    assertThat(Unspinner.spunRate(org.unspin.text.TokenizedText.of(all), family, four, p -> true)).isEqualTo(1);
    // under three chances there is no telling
    assertThat(Unspinner.spunRate(org.unspin.text.TokenizedText.of("She said so."), family, List.of(), p -> true))
        .isNaN();
    // only the paragraphs asked about count
    String two = text + "\n\nThe end.";
    assertThat(Unspinner.spunRate(org.unspin.text.TokenizedText.of(two), family, one, p -> p == 1)).isNaN();
  }

  /** Calibration for the fixtures (the committed constants are fitted to the real models). */
  static final java.util.Map<String, Double> FIXTURE_WEIGHTS = java.util.Map.of("bias", -1.0, "ratioPerWord", 10.0,
      "tableEditsPerWord", 20.0, "openEditsPerWord", 2.0, "spintax", 2.0, "oovRate", 1.0, "phraseHitsPerWord", 20.0,
      "ratioTotal", 2.0);
  static final Calibration FIXTURE_CALIBRATION =
      Calibration.of(FIXTURE_WEIGHTS, FIXTURE_WEIGHTS, 0.5, "fixtures");

  /**
   * Constants with only a bias, for documents, short documents (under 100 words) and paragraphs alike: every text and
   * paragraph gets the same probability, 1 / (1 + e^-bias).
   */
  static Calibration biasOnly(double bias) {
    double[] w = new double[Calibration.FEATURES.size()];
    w[0] = bias;
    return new Calibration(w, w, 0.5, "test", null, 100, w, null);
  }

  static Unspinner fixtureUnspinner() {
    return Unspinner.builder()
        .languageModel(Fixtures.languageModel())
        .spinner(Fixtures.familyA())
        .spinner(Fixtures.familyB())
        .calibration(FIXTURE_CALIBRATION)
        .build();
  }

  private static final Unspinner U = fixtureUnspinner();
  private static final String SPUN = capitalised(Fixtures.SPUN);

  private static String capitalised(List<String> sentences) {
    StringBuilder sb = new StringBuilder();
    for (String s : sentences) {
      sb.append(CasePattern.capitalise(s.replace(" .", ".").replace(" ,", ","))).append('\n');
    }
    return sb.toString();
  }

  @Test
  void restoresSpunTextUnderTheIdentifiedSpinner() {
    Restoration r = U.restore(SPUN);
    assertThat(r.spinner()).isEqualTo("A");
    assertThat(r.text()).startsWith("The minister said the talks were useful.\nOfficials said the visit was delayed");
    assertThat(r.edits()).allSatisfy(e -> assertThat(e.span().of(SPUN)).isEqualTo(e.spun()));
    // the restoration carries the detector's verdict on each paragraph, as detect reports it
    assertThat(r.paragraphs()).isNotEmpty().isEqualTo(U.detect(SPUN).paragraphs());
    assertThat(U.restore("The talks ran long.").paragraphs()).hasSize(1);
  }

  @Test
  void anInterruptedThreadStopsWorkingOnTheTextAndKeepsItsInterruptStatus() {
    Thread.currentThread().interrupt();
    try {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> U.restore(SPUN))
          .isInstanceOf(java.util.concurrent.CancellationException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> U.detect(SPUN))
          .isInstanceOf(java.util.concurrent.CancellationException.class);
    } finally {
      Thread.interrupted(); // clears it for the next test
    }
    assertThat(U.restore(SPUN).edits()).isNotEmpty();
  }

  @Test
  void codeTheTextMarksIsNeitherRestoredNorJudged() {
    String code = "```\nofficers = extra + 5\nmentioned(officers)\n```\n";
    String inline = "The log says `officers.mentioned = extra_workers;` and `extra` count, officers mentioned.";
    String text = SPUN + inline + "\n\n" + code;
    Restoration r = U.restore(text);
    assertThat(r.edits()).isNotEmpty().noneSatisfy(e -> assertThat(e.span().of(text)).contains("`"));
    assertThat(r.text()).endsWith("The log says `officers.mentioned = extra_workers;` and `extra` count, "
        + "officials said.\n\n" + code);
    DetectionResult d = U.detect(text);
    assertThat(d.spans()).noneSatisfy(e -> assertThat(text.substring(e.span().start(), e.span().end() + 1))
        .contains("`"));
    ParagraphResult block = d.paragraphs().get(d.paragraphs().size() - 1);
    assertThat(block.notJudged()).hasValue(org.unspin.detect.Detector.MARKED_CODE);
    assertThat(U.detect(code).notJudged()).hasValue(org.unspin.detect.Detector.MARKED_CODE);
    // code is no evidence: a clean text is judged as if its inline code were not there
    String clean = capitalised(Fixtures.CLEAN);
    assertThat(U.detect(clean + "Run `officers mentioned extra workers` now.\n").spunProbability())
        .isEqualTo(U.detect(clean + "Run now.\n").spunProbability());
    // prose put inside code markup is still prose: spun text cannot hide from detection in a fenced block
    String hidden = "```\nThe minister mentioned the talks were useful, officers mentioned.\n```\n";
    assertThat(U.restore(hidden).text())
        .isEqualTo("```\nThe minister said the talks were useful, officials said.\n```\n");
    assertThat(U.detect(hidden).notJudged()).isEmpty();
    // a phrase the table knows, on both sides of inline code, is not replaced with the code inside it
    String split = "Officers mentioned the go `x` to was delayed for months.";
    assertThat(U.restore(split).edits()).isNotEmpty().noneSatisfy(e -> assertThat(e.spun()).contains("`"));
  }

  @Test
  void aRestorationSaysWhyItsTextWasNotJudgedAndNothingForOneThatWas() {
    String code = "```\nofficers = extra + 5\nmentioned(officers)\n```\n";
    Restoration unjudged = U.restore(code, true);
    assertThat(unjudged.notJudged()).hasValue(org.unspin.detect.Detector.MARKED_CODE);
    assertThat(unjudged.text()).isEqualTo(code);
    assertThat(unjudged.toString()).endsWith(", notJudged=" + org.unspin.detect.Detector.MARKED_CODE + "]");
    Restoration judged = U.restore(SPUN);
    assertThat(judged.notJudged()).isEmpty();
    assertThat(judged.toString()).doesNotContain("notJudged");
  }

  @Test
  void spunTextDisguisedWithInvisibleCharactersOrLookAlikeLettersIsReadAsItIs() {
    String disguised = SPUN.replace("mentioned", "men\u200Btioned").replace("officers", "\u043Efficers");
    DetectionResult plain = U.detect(SPUN);
    DetectionResult d = U.detect(disguised);
    assertThat(d.spunProbability()).isEqualTo(plain.spunProbability());
    assertThat(d.spans()).hasSameSizeAs(plain.spans());
    // restored, the disguised words are replaced whole: what is left is the plain restoration
    assertThat(U.restore(disguised).text()).isEqualTo(U.restore(SPUN).text());
    assertThat(d.disguised()).extracting(g -> g.reading()).contains("mentioned", "officers");
    assertThat(plain.disguised()).isEmpty();
    // a zero-width space after every word (or a direction mark before it), which breaks a duplicate checker's
    // matching as well, is read with its word: the same verdict, spans and restoration
    for (String hidden : List.of(SPUN.replace(" ", "\u200B "), SPUN.replace(" ", " \u200E"))) {
      DetectionResult h = U.detect(hidden);
      assertThat(h.spunProbability()).isEqualTo(plain.spunProbability());
      assertThat(h.spans()).hasSameSizeAs(plain.spans());
      assertThat(U.restore(hidden).text()).isEqualTo(U.restore(SPUN).text());
    }
  }

  @Test
  void aWordHyphenatedAtALineEndIsReadWhole() {
    // text copied from a PDF or a justified page: the verdict and the restoration of the unbroken text
    String broken = SPUN.replaceFirst("mentioned", "men-\ntioned");
    assertThat(broken).isNotEqualTo(SPUN);
    assertThat(U.detect(broken).spunProbability()).isEqualTo(U.detect(SPUN).spunProbability());
    assertThat(U.restore(broken).text()).isEqualTo(U.restore(SPUN).text());
  }

  @Test
  void aDisguisedWordNoEditCoversIsWrittenAsThePlainWordEvenInCleanText() {
    String clean = "The minister said on Monday that talks would resume in the capital.";
    String disguised = clean.replace("Monday", "Mon\u200Bday").replace("capital", "c\u0430pital");
    Restoration r = U.restore(disguised);
    assertThat(r.text()).isEqualTo(clean);
    assertThat(r.edits()).extracting(Edit::origin).containsOnly(Unspinner.DISGUISE_ORIGIN);
    assertThat(r.edits()).extracting(Edit::spun).containsExactly("Mon\u200Bday", "c\u0430pital");
    for (Edit e : r.edits()) {
      assertThat(e.span().of(disguised)).isEqualTo(e.spun());
      assertThat(e.confidence()).isEqualTo(1.0);
    }
    // with no disguise there is nothing to write, and a soft hyphen (a hyphenation hint) is not one
    assertThat(U.restore(clean).edits()).isEmpty();
    assertThat(U.restore(clean.replace("capital", "cap\u00ADital")).edits()).isEmpty();
  }

  @Test
  void webAndMailAddressesAreLeftAsTheyAre() {
    String text = SPUN + "The minister mentioned the talks were useful, at www.example.org/officers/mentioned and "
        + "https://example.com/extra-workers or officers.mentioned@example.com.\n";
    Restoration r = U.restore(text);
    assertThat(r.text()).endsWith("The minister said the talks were useful, at www.example.org/officers/mentioned and "
        + "https://example.com/extra-workers or officers.mentioned@example.com.\n");
    assertThat(U.detect(text).spans()).noneSatisfy(e -> assertThat(e.span().start()).isGreaterThan(
        text.indexOf("www.")));
  }

  /** A channel of phrase-list entries only (origin PHRASE_LIST), keeping every other word for free. */
  private static org.unspin.lexicon.ChannelModel listed(String family, String spun, String original) {
    return listed(family, spun, original, org.unspin.lexicon.Candidate.Origin.PHRASE_LIST);
  }

  /** A channel of one entry of {@code origin}, keeping every other word for free. */
  private static org.unspin.lexicon.ChannelModel listed(String family, String spun, String original,
      org.unspin.lexicon.Candidate.Origin origin) {
    return org.unspin.decode.fakes.FakeChannel.builder(family).entry(spun, original, -0.1, origin).build();
  }

  @Test
  void textExplainedMostlyByAPhraseListIsRestoredUnderTheListsFamily() {
    // every learned family also holds the list's entries, as DefaultModels builds them
    org.unspin.lexicon.ChannelModel aWithList = Fixtures.withEntries(Fixtures.familyA(),
        listed("A", "financial system", "economy"));
    Unspinner u = Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(aWithList)
        .listFamily(listed("user", "financial system", "economy")).calibration(FIXTURE_CALIBRATION).build();
    Restoration listedText = u.restore("The president also said the financial system was strong.", true);
    assertThat(listedText.edits()).extracting(Edit::origin).containsExactly("phrase_list");
    assertThat(listedText.spinner()).isEqualTo("user");
    assertThat(listedText.text()).isEqualTo("The president also said the economy was strong.");
    Restoration spun = u.restore(SPUN);
    assertThat(spun.spinner()).as("table hits: the spinner's own family").isEqualTo("A");
  }

  @Test
  void theListsWordEntriesAreLeftOutOfTextsTheFamilyItselfExplains() {
    org.unspin.lexicon.ChannelModel aWithWord = Fixtures.withEntries(Fixtures.familyA(),
        listed("A", "beneficial", "useful", org.unspin.lexicon.Candidate.Origin.PHRASE_WORD));
    Unspinner u = Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(aWithWord)
        .listFamily(listed("user", "beneficial", "useful", org.unspin.lexicon.Candidate.Origin.PHRASE_WORD))
        .calibration(FIXTURE_CALIBRATION).build();
    // two of three edits are family A's own: the list's word entry is not this spinner's
    Restoration news = u.restore("Officers mentioned the talks were beneficial.", true);
    assertThat(news.text()).isEqualTo("Officials said the talks were beneficial.");
    assertThat(news.edits()).extracting(Edit::origin).doesNotContain("phrase_word");
    // the list's word is the only edit: the list's spinner
    Restoration paper = u.restore("The talks were beneficial.", true);
    assertThat(paper.text()).isEqualTo("The talks were useful.");
    assertThat(paper.edits()).extracting(Edit::origin).containsExactly("phrase_word");
    // but a text of 100 words or more is the list's only with a listed phrase in it: a clean agronomy paper whose
    // "yield"s the list's words explained had been given to the list's spinner, its spans shown everywhere
    String longer = "The talks were beneficial, and the delegates spoke for many hours about trade. ".repeat(8);
    assertThat(longer.split(" ").length).isGreaterThanOrEqualTo(100);
    Restoration article = u.restore(longer, true);
    assertThat(article.edits()).isNotEmpty().extracting(Edit::origin).containsOnly("phrase_word");
    assertThat(article.spinner()).isEqualTo("A");
  }

  /** Family A as a learned table that misses a spun form's original {@code share} of the time. */
  private static org.unspin.lexicon.ChannelModel familyAMissing(double share) {
    org.unspin.lexicon.ChannelModel a = Fixtures.familyA();
    return new org.unspin.lexicon.ChannelModel() {
      @Override
      public String family() {
        return a.family();
      }

      @Override
      public List<org.unspin.lexicon.Candidate> candidates(List<String> words, int i) {
        return a.candidates(words, i);
      }

      @Override
      public double log10Keep(String word) {
        return a.log10Keep(word);
      }

      @Override
      public double unseenOriginals() {
        return share;
      }
    };
  }

  @Test
  void aTableEditStatesItsPosteriorLessTheShareOfOriginalsItsTableMisses() {
    Unspinner u = Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(familyAMissing(0.25))
        .spinner(Fixtures.familyB()).calibration(FIXTURE_CALIBRATION).build();
    Restoration before = U.restore(SPUN);
    Restoration after = u.restore(SPUN);
    // the same edits are applied: only what they say of themselves changes
    assertThat(after.text()).isEqualTo(before.text());
    assertThat(after.edits()).extracting(Edit::span).containsExactlyElementsOf(before.edits().stream()
        .map(Edit::span).toList());
    assertThat(before.edits()).anyMatch(e -> e.origin().equals("table"));
    for (int k = 0; k < before.edits().size(); k++) {
      Edit was = before.edits().get(k);
      double stated = was.origin().equals("table") ? was.confidence() * 0.75 : was.confidence();
      assertThat(after.edits().get(k).confidence()).isCloseTo(stated, org.assertj.core.data.Offset.offset(1e-12));
    }
    DetectionResult d = u.detect(SPUN);
    assertThat(d.spunProbability()).isEqualTo(U.detect(SPUN).spunProbability());
    assertThat(d.spans()).hasSameSizeAs(U.detect(SPUN).spans());
  }

  @Test
  void aMinimumConfidenceIsComparedWithTheConfidenceAnEditStates() {
    Unspinner u = Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(familyAMissing(0.5))
        .spinner(Fixtures.familyB()).calibration(FIXTURE_CALIBRATION).build();
    List<Edit> table = u.restore(SPUN).edits().stream().filter(e -> e.origin().equals("table")).toList();
    assertThat(table).isNotEmpty();
    // the least sure table edit's posterior: the bar on the posterior would make it, stating half of it
    Edit least = table.stream().min(java.util.Comparator.comparingDouble(Edit::confidence)).orElseThrow();
    double c = least.confidence() * 2;
    assertThat(c).isLessThanOrEqualTo(1);
    Unspinner sure = u.withMinConfidence(c);
    Restoration r = sure.restore(SPUN);
    assertThat(r.edits()).allSatisfy(e -> assertThat(e.confidence()).isGreaterThanOrEqualTo(c));
    assertThat(r.edits()).extracting(Edit::span).doesNotContain(least.span());
    assertThat(r.text().substring(least.span().start(), least.span().end())).isEqualTo(least.spun());
    assertThat(sure.detect(SPUN).spans()).allSatisfy(e -> assertThat(e.confidence()).isGreaterThanOrEqualTo(c));
    assertThat(sure.detect(SPUN).spunProbability()).isEqualTo(u.detect(SPUN).spunProbability());
  }

  @Test
  void aMinimumConfidenceKeepsOnlySurerEditsAndSpansAndLeavesTheVerdictAlone() {
    List<Double> all = U.restore(SPUN).edits().stream().map(Edit::confidence).sorted().toList();
    assertThat(all).hasSizeGreaterThan(1);
    assertThat(all.get(0)).isLessThan(all.get(all.size() - 1));
    double c = (all.get(0) + all.get(all.size() - 1)) / 2;
    Unspinner sure = U.withMinConfidence(c);
    assertThat(sure.minConfidence()).isEqualTo(c);
    assertThat(U.minConfidence()).isEqualTo(0.4);
    Restoration r = sure.restore(SPUN);
    assertThat(r.edits()).isNotEmpty().hasSizeLessThan(all.size()).allSatisfy(e ->
        assertThat(e.confidence()).isGreaterThanOrEqualTo(c));
    assertThat(r.spunProbability()).isEqualTo(U.restore(SPUN).spunProbability());
    DetectionResult d = sure.detect(SPUN);
    assertThat(d.spunProbability()).isEqualTo(U.detect(SPUN).spunProbability());
    assertThat(d.spans()).hasSizeLessThanOrEqualTo(U.detect(SPUN).spans().size()).allSatisfy(e ->
        assertThat(e.confidence()).isGreaterThanOrEqualTo(c));
    assertThatThrownBy(() -> U.withMinConfidence(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> U.withMinConfidence(1.5)).isInstanceOf(IllegalArgumentException.class);
    org.unspin.decode.TextRestoring other = org.unspin.decode.TextRestorer.create(org.unspin.decode.Decoder.create(
        Fixtures.languageModel(), org.unspin.decode.DecoderSettings.DEFAULTS))::restore;
    assertThatThrownBy(() -> U.withRestoring(decoder -> other).withMinConfidence(0.9))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aThresholdOfTheUsersMovesDetectionAndRestorationAlike() {
    Unspinner u = Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(Fixtures.familyA())
        .calibration(biasOnly(Math.log(0.8 / 0.2))).build(); // every text and paragraph at P = 0.8
    String text = "Officers mentioned the visit was delayed.";
    assertThat(u.detect(text).spun()).isTrue();
    assertThat(u.restore(text).edits()).isNotEmpty();
    Unspinner strict = u.withThreshold(0.9);
    DetectionResult d = strict.detect(text);
    assertThat(d.spun()).isFalse();
    assertThat(d.spunProbability()).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(d.paragraphs()).noneMatch(ParagraphResult::spun);
    assertThat(strict.restore(text).text()).isEqualTo(text);
    assertThat(u.detect(text).spun()).isTrue(); // the original is unchanged
    assertThatThrownBy(() -> u.withThreshold(1.0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTextAtTheLimitIsJudgedAndOneOverItIsRefusedNamingBothSizes() {
    Unspinner u = Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(Fixtures.familyA())
        .calibration(FIXTURE_CALIBRATION).maxInputChars(SPUN.length()).build();
    assertThat(u.maxInputChars()).isEqualTo(SPUN.length());
    assertThat(u.restore(SPUN).edits()).isNotEmpty();
    assertThat(u.detect(SPUN).spun()).isTrue();
    String over = SPUN + " ";
    assertThatThrownBy(() -> u.restore(over)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.format(java.util.Locale.ROOT, "%,d characters", over.length()))
        .hasMessageContaining(String.format(java.util.Locale.ROOT, "limit of %,d", SPUN.length()));
    assertThatThrownBy(() -> u.detect(over)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> u.restore(over, true)).isInstanceOf(IllegalArgumentException.class);
    // lifted: the same text judged
    assertThat(u.withMaxInputChars(Integer.MAX_VALUE).restore(over).edits()).isNotEmpty();
    assertThatThrownBy(() -> u.withMaxInputChars(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTextOverTheDefaultLimitIsRefusedAtOnceBeforeAnyWork() {
    assertThat(U.maxInputChars()).isEqualTo(Unspinner.DEFAULT_MAX_INPUT_CHARS).isEqualTo(10 << 20);
    String over = "The minister mentioned it. ".repeat(Unspinner.DEFAULT_MAX_INPUT_CHARS / 27 + 1);
    // an interrupted thread stops at its first sentence: a refusal, not a cancellation, shows that no work was done
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> U.detect(over)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(String.format(java.util.Locale.ROOT, "the text has %,d characters, over this "
              + "Unspinner's limit of 10,485,760", over.length()));
      assertThatThrownBy(() -> U.restore(over)).isInstanceOf(IllegalArgumentException.class);
      // and the limit travels with the operating point and the other restorers
      assertThatThrownBy(() -> U.withThreshold(0.7).withMinConfidence(0.9).detect(over))
          .isInstanceOf(IllegalArgumentException.class);
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void theSpinnersListCannotBeChangedByTheCaller() {
    assertThatThrownBy(() -> U.spinners().add("Z")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(U.spinners()).containsExactly("A", "B");
  }

  @Test
  void theNeuralPassWithoutItsModuleSaysWhichDependencyToAdd() {
    assertThatThrownBy(() -> U.withNeural()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("org.unspin:unspin-neural");
  }

  @Test
  void aRestorationLoggedSaysItsSizesAndVerdictButNotTheText() {
    Unspinner u = Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(Fixtures.familyA())
        .calibration(biasOnly(Math.log(0.95 / 0.05))).build();
    String text = "Officers mentioned the visit was delayed.";
    Restoration r = u.restore(text);
    assertThat(r.toString()).doesNotContain("Officers").doesNotContain("visit")
        .isEqualTo("Restoration[input=" + text.length() + " chars, text=" + r.text().length() + " chars, edits="
            + r.edits().size() + ", spinner=" + r.spinner() + ", spunProbability=0.9500, paragraphs="
            + r.paragraphs().size() + "]");
    assertThat(u.withThreshold(0.7).toString()).startsWith("Unspinner[threshold=0.70, minConfidence=0.40, spinners=[");
  }

  @Test
  void aThresholdAboveTheSurelySpunParagraphsLeavesTheTextsItCallsNotSpunAsTheyAre() {
    // every text and paragraph at P = 0.95: surely spun at the default threshold, not spun at 0.99
    Unspinner u = Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(Fixtures.familyA())
        .calibration(biasOnly(Math.log(0.95 / 0.05))).build();
    String text = "Officers mentioned the visit was delayed.";
    assertThat(u.restore(text).edits()).isNotEmpty();
    Unspinner strict = u.withThreshold(0.99);
    assertThat(strict.detect(text).spun()).isFalse();
    assertThat(strict.restore(text).text()).isEqualTo(text); // it had been restored as a surely spun paragraph
  }

  @Test
  void aShortTextCalledSpunWithoutMuchCertaintyIsLeftAlone() {
    String shortText = "Officers mentioned the visit was delayed.";
    for (double p : new double[] {0.6, 0.8}) {
      Unspinner u = Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(Fixtures.familyA())
          .calibration(biasOnly(Math.log(p / (1 - p)))).build(); // every text and paragraph at P = p
      assertThat(u.detect(shortText).spun()).isTrue();
      Restoration r = u.restore(shortText);
      assertThat(r.spunProbability()).isCloseTo(p, org.assertj.core.data.Offset.offset(1e-9));
      if (p < Unspinner.SHORT_RESTORE_PROBABILITY) {
        assertThat(r.edits()).isEmpty();
        assertThat(r.text()).isEqualTo(shortText);
        // a long text at the same probability is restored
        String longText = (shortText + " ").repeat(20).trim();
        assertThat(u.restore(longText).edits()).isNotEmpty();
      } else {
        assertThat(r.text()).isEqualTo("Officials said the visit was delayed.");
      }
    }
  }

  @Test
  void aShortTextCalledSpunButLeftAsItIsSaysWhyInTheResult() {
    // a service saw spunProbability 0.6 beside "edits": [] and no reason: it read like a bug
    String shortText = "Officers mentioned the visit was delayed.";
    Unspinner unsure = Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(Fixtures.familyA())
        .calibration(biasOnly(Math.log(0.6 / 0.4))).build(); // every text and paragraph at P = 0.6
    Restoration r = unsure.restore(shortText);
    assertThat(r.edits()).isEmpty();
    assertThat(r.unrestored()).contains("called spun (P 0.600) but not restored: a text under 100 words is "
        + "restored from P 0.7");
    assertThat(ResultJson.restoration("a.txt", r, unsure)).contains(",\"unrestored\":\"called spun (P 0.600) but "
        + "not restored: a text under 100 words is restored from P 0.7\",");
    assertThat(r.toString()).as("a log line says it too").contains("unrestored=called spun (P 0.600)");
  }

  @Test
  void aTextRestoredCleanOrAssumedSpunHasNoReasonForBeingLeftAlone() {
    String shortText = "Officers mentioned the visit was delayed.";
    Unspinner unsure = Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(Fixtures.familyA())
        .calibration(biasOnly(Math.log(0.6 / 0.4))).build();
    // restored: a long text at the same probability, or the short one assumed spun
    Restoration longer = unsure.restore((shortText + " ").repeat(20).trim());
    assertThat(longer.edits()).isNotEmpty();
    assertThat(longer.unrestored()).isEmpty();
    assertThat(unsure.restore(shortText, true).unrestored()).isEmpty();
    // sure enough, or not called spun
    Unspinner sure = Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(Fixtures.familyA())
        .calibration(biasOnly(Math.log(0.8 / 0.2))).build();
    assertThat(sure.restore(shortText).unrestored()).isEmpty();
    Unspinner clean = Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(Fixtures.familyA())
        .calibration(biasOnly(Math.log(0.3 / 0.7))).build();
    Restoration notSpun = clean.restore(shortText);
    assertThat(notSpun.unrestored()).isEmpty();
    assertThat(ResultJson.restoration("a.txt", notSpun, clean)).doesNotContain("unrestored");
  }

  @Test
  void theReasonForLeavingAShortTextAloneNamesItsOwnEvidenceWhereListedPhrasesRaisedIt() {
    assertThat(Unspinner.unrestored(0.82, 0.64, 40, 0.5, 100)).contains("called spun (P 0.820; 0.640 on its own "
        + "evidence, listed phrases aside) but not restored: a text under 100 words is restored from P 0.7");
    assertThat(Unspinner.unrestored(0.82, 0.82, 40, 0.5, 100)).isEmpty();
    assertThat(Unspinner.unrestored(0.64, 0.64, 100, 0.5, 100)).isEmpty();
    assertThat(Unspinner.unrestored(0.64, 0.64, 40, 0.65, 100)).isEmpty();
  }

  @Test
  void aShortTextTheListExplainsIsRestoredThoughNotCalledSpun() {
    Calibration notSpun = biasOnly(-12); // nothing is called spun
    org.unspin.lexicon.ChannelModel word = listed("A", "beneficial", "useful",
        org.unspin.lexicon.Candidate.Origin.PHRASE_WORD);
    Unspinner u = Unspinner.builder().languageModel(Fixtures.languageModel())
        .spinner(Fixtures.withEntries(Fixtures.familyA(), word))
        .listFamily(listed("user", "beneficial", "useful", org.unspin.lexicon.Candidate.Origin.PHRASE_WORD))
        .calibration(notSpun).build();
    String shortText = "The talks were beneficial.";
    assertThat(u.detect(shortText).spun()).isFalse();
    Restoration r = u.restore(shortText);
    assertThat(r.text()).isEqualTo("The talks were useful.");
    assertThat(r.spinner()).isEqualTo("user");
    // the same edit among more of the family's own: not the list's text, left alone
    assertThat(u.restore("Officers mentioned the talks were beneficial.").edits()).isEmpty();
    // a long text is the calibrated verdict's to judge
    String longText = (shortText + " ").repeat(30).trim();
    assertThat(u.restore(longText).edits()).isEmpty();
  }

  @Test
  void aShortTextWhoseListEditsDoNotTellTheListsSpinnerIsLeftAsWritten() {
    Calibration notSpun = biasOnly(-12); // nothing is called spun
    org.unspin.lexicon.ChannelModel word = listed("A", "beneficial", "useful",
        org.unspin.lexicon.Candidate.Origin.PHRASE_WORD);
    String text = "The talks were beneficial.";
    for (boolean telling : new boolean[] {true, false}) {
      List<List<String>> asked = new java.util.ArrayList<>();
      Unspinner u = Unspinner.builder().languageModel(Fixtures.languageModel())
          .spinner(Fixtures.withEntries(Fixtures.familyA(), word))
          .listFamily(listed("user", "beneficial", "useful", org.unspin.lexicon.Candidate.Origin.PHRASE_WORD))
          .listTells((ws, c) -> {
            asked.add(ws.subList(c.start(), c.start() + c.length()));
            return telling;
          })
          .calibration(notSpun).build();
      Restoration r = u.restore(text);
      // the predicate sees the text's words and marks, and the edit's span over them
      assertThat(asked).as("telling %s", telling).contains(List.of("beneficial"));
      if (telling) {
        assertThat(r.text()).isEqualTo("The talks were useful.");
        assertThat(r.spinner()).isEqualTo("user");
      } else { // an ordinary word the list happens to show as its spinner's output
        assertThat(r.text()).isEqualTo(text);
        assertThat(r.edits()).isEmpty();
        // on the user's word it is still restored
        assertThat(u.restore(text, true).text()).isEqualTo("The talks were useful.");
      }
    }
  }

  @Test
  void aShortTextTheListExplainsGetsOnlyItsSureEdits() {
    Calibration notSpun = biasOnly(-12); // nothing is called spun
    String text = "The talks were beneficial.";
    boolean unsure = false;
    boolean sure = false;
    for (int step = 1; step <= 40; step++) {
      double log10 = -0.1 * step;
      org.unspin.lexicon.ChannelModel word = org.unspin.decode.fakes.FakeChannel.builder("A")
          .entry("beneficial", "useful", log10, org.unspin.lexicon.Candidate.Origin.PHRASE_WORD).build();
      Unspinner u = Unspinner.builder().languageModel(Fixtures.languageModel())
          .spinner(Fixtures.withEntries(Fixtures.familyA(), word))
          .listFamily(org.unspin.decode.fakes.FakeChannel.builder("user")
              .entry("beneficial", "useful", log10, org.unspin.lexicon.Candidate.Origin.PHRASE_WORD).build())
          .calibration(notSpun).build();
      // on the user's word, the list's family decodes the text as plain restore() does when the list explains it
      List<Edit> forced = u.restore(text, true).edits();
      double confidence = forced.isEmpty() ? 0 : forced.get(0).confidence();
      Restoration plain = u.restore(text);
      if (confidence >= Unspinner.LIST_TEXT_CONFIDENCE) {
        sure = true;
        assertThat(plain.text()).as("at %s", log10).isEqualTo("The talks were useful.");
      } else {
        unsure |= confidence >= 0.5;
        assertThat(plain.edits()).as("at %s (confidence %s)", log10, confidence).isEmpty();
      }
    }
    assertThat(sure).as("some edit sure enough").isTrue();
    assertThat(unsure).as("some edit between 0.5 and the threshold").isTrue();
  }

  @Test
  void aTextRestoredOnTheUsersWordAloneIsDecodedUnderTheListsFamily() {
    Calibration notSpun = biasOnly(-12); // nothing is called spun
    // family A would turn "beneficial" into "useful"; the list's family knows nothing of it
    org.unspin.lexicon.ChannelModel a = Fixtures.withEntries(Fixtures.familyA(),
        listed("A", "beneficial", "useful", org.unspin.lexicon.Candidate.Origin.TABLE));
    Unspinner u = Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(a)
        .listFamily(listed("user", "financial system", "economy")).calibration(notSpun).build();
    String text = "Officers mentioned the talks were beneficial.";
    assertThat(u.detect(text).spun()).isFalse();
    Restoration r = u.restore(text, true);
    assertThat(r.spinner()).isEqualTo("user");
    assertThat(r.edits()).isEmpty();
    // without a list, the best-explaining family, as before
    Unspinner noList = Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(a).calibration(notSpun)
        .build();
    assertThat(noList.restore(text, true).spinner()).isEqualTo("A");
    assertThat(noList.restore(text, true).text()).isEqualTo("Officials said the talks were useful.");
  }

  @Test
  void aPhraseNamedInTheListIsEvidenceEnoughForAShortText() {
    org.unspin.lexicon.ChannelModel list = listed("user", "financial system", "economy");
    Calibration clean = Calibration.of(java.util.Map.of("bias", -3.0), java.util.Map.of("bias", -3.0), 0.5, "test");
    Unspinner u = Unspinner.builder().languageModel(Fixtures.languageModel())
        .spinner(listed("A", "financial system", "economy")).listFamily(list).calibration(clean).build();
    String text = "The president also said the financial system was strong.";
    DetectionResult d = u.detect(text);
    assertThat(d.spun()).isTrue();
    assertThat(d.spinner()).as("attributed as restore() restores it").isEqualTo("user");
    assertThat(u.restore(text).spinner()).isEqualTo("user");
    assertThat(d.evidence().get("phraseHitsPerWord")).isPositive();
    assertThat(u.restore(text).text()).isEqualTo("The president also said the economy was strong.");
    String without = "The president also said the economy was strong.";
    assertThat(u.detect(without).spun()).isFalse();
    assertThat(u.detect(without).evidence().get("phraseHitsPerWord")).isZero();
  }

  @Test
  void aListedPhraseMakesATextSpunButTheRestIsRestoredOnItsOwnEvidenceOnly() {
    org.unspin.lexicon.ChannelModel aWithList = Fixtures.withEntries(Fixtures.familyA(),
        listed("A", "financial system", "economy"));
    String text = "The officers mentioned that the financial system was strong.";
    // its own evidence says clean: the listed phrase is restored, the news spinner's words around it are not
    Unspinner clean = Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(aWithList)
        .listFamily(listed("user", "financial system", "economy")).calibration(biasOnly(-3)).build();
    DetectionResult d = clean.detect(text);
    assertThat(d.spun()).as("a listed phrase is a fingerprint").isTrue();
    assertThat(d.spans()).extracting(Edit::origin).containsOnly("phrase_list");
    assertThat(clean.restore(text).text()).isEqualTo("The officers mentioned that the economy was strong.");
    // its own evidence says spun: the whole text is restored
    Unspinner spun = Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(aWithList)
        .listFamily(listed("user", "financial system", "economy")).calibration(biasOnly(3)).build();
    assertThat(spun.detect(text).spans()).extracting(Edit::origin).contains("table", "phrase_list");
    assertThat(spun.restore(text).text()).isEqualTo("The officials said that the economy was strong.");
    // an article changes with the listed phrase it stands before
    Unspinner article = Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(Fixtures.withEntries(
        Fixtures.familyA(), listed("A", "counterfeit network", "artificial network")))
        .listFamily(listed("user", "counterfeit network", "artificial network")).calibration(biasOnly(-3)).build();
    assertThat(article.restore("The officers used a counterfeit network.").text())
        .isEqualTo("The officers used an artificial network.");
  }

  @Test
  void aListedPhraseIsRestoredEvenInATextNotCalledSpun() {
    Calibration clean = Calibration.of(java.util.Map.of("bias", -12.0), java.util.Map.of("bias", -12.0), 0.5, "test");
    Unspinner u = Unspinner.builder().languageModel(Fixtures.languageModel())
        .spinner(listed("A", "financial system", "economy")).listFamily(listed("user", "financial system", "economy"))
        .calibration(clean).build();
    String text = "The president also said the financial system was strong.\n\nThe talks were useful.\n";
    assertThat(u.detect(text).spun()).isFalse();
    Restoration r = u.restore(text);
    assertThat(r.text()).isEqualTo("The president also said the economy was strong.\n\nThe talks were useful.\n");
    assertThat(r.edits()).extracting(Edit::origin).containsExactly("phrase_list");
    assertThat(u.restore("The talks were useful.").edits()).isEmpty();
  }

  @Test
  void restoredTextIsNotFlaggedAgain() {
    assertThat(U.detect(SPUN).spun()).isTrue();
    Restoration r = U.restore(SPUN);
    assertThat(U.detect(r.text()).spun()).isFalse();
    assertThat(U.restore(r.text()).edits()).isEmpty();
  }

  @Property(tries = 200)
  void cleanTextIsLeftUnchanged(@ForAll("cleanTexts") String clean) {
    Restoration r = U.restore(clean);
    assertThat(r.text()).isEqualTo(clean);
    assertThat(r.edits()).isEmpty();
  }

  @Provide
  Arbitrary<String> cleanTexts() {
    return Arbitraries.of(Fixtures.CLEAN).list().ofMinSize(1).ofMaxSize(8)
        .map(UnspinnerTest::capitalised);
  }

  @Property(tries = 300)
  void randomUnicodeNeverThrowsAndOffsetsStayInsideTheInput(@ForAll("noisy") String in) {
    Restoration r = U.restore(in);
    DetectionResult d = U.detect(in);
    for (Edit e : r.edits()) {
      assertThat(e.span().end()).isLessThanOrEqualTo(in.length());
      assertThat(e.span().of(in)).isEqualTo(e.spun());
    }
    for (Edit e : d.spans()) {
      assertThat(e.span().of(in)).isEqualTo(e.spun());
    }
    assertThat(d.spunProbability()).isBetween(0.0, 1.0);
  }

  /** With a phrase list (the listed phrases restored wherever they are): the same guarantees. */
  @Property(tries = 300)
  void withAListRandomTextNeverThrowsAndTheOutputIsTheInputWithItsEdits(@ForAll("noisyListed") String in) {
    Unspinner u = Unspinner.builder().languageModel(Fixtures.languageModel())
        .spinner(Fixtures.familyAWithListedPhrase()).listFamily(listed("user", "financial system", "economy"))
        .calibration(Calibration.of(java.util.Map.of("bias", -12.0), java.util.Map.of("bias", -12.0), 0.5, "test"))
        .build();
    Restoration r = u.restore(in);
    StringBuilder rebuilt = new StringBuilder();
    int at = 0;
    for (Edit e : r.edits()) {
      assertThat(e.span().start()).isGreaterThanOrEqualTo(at);
      assertThat(e.span().of(in)).isEqualTo(e.spun());
      rebuilt.append(in, at, e.span().start()).append(e.replacement());
      at = e.span().end();
    }
    assertThat(rebuilt.append(in.substring(at)).toString()).isEqualTo(r.text());
    for (Edit e : u.detect(in).spans()) {
      assertThat(e.span().of(in)).isEqualTo(e.spun());
    }
  }

  @Provide
  Arbitrary<String> noisyListed() {
    return Arbitraries.of("Officers mentioned", "go to was", "the go to was", "5", "\n\n", ".", "\u201C", "{that a}",
        "\uD83D\uDE00", "\r\n", "GO TO WAS", "financial system").list().ofMaxSize(16).map(l -> String.join(" ", l));
  }

  @Provide
  Arbitrary<String> noisy() {
    return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(60),
        Arbitraries.of("Officers mentioned", "go to", "5", "extra", "\n\n", " ", ".", "\u201C", "{that a}",
            "\uD83D\uDE00", "\r\n", "MENTIONED").list().ofMaxSize(16).map(l -> String.join(" ", l)),
        // paragraphs in another language among English ones, long enough to be set aside as not judged
        Arbitraries.of("Le gouvernement a annoncé mardi une série de mesures pour les ménages.", "\n\n", "\n",
            "The officers mentioned more talks.", "{that a}", "\uD83D\uDE00").list().ofMaxSize(12)
            .map(l -> String.join(" ", l)));
  }

  @Test
  void oneInstanceServesManyThreadsWithTheSameResults() throws Exception {
    Restoration expected = U.restore(SPUN);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Restoration>> fs = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        fs.add(pool.submit(() -> U.restore(SPUN)));
      }
      for (Future<Restoration> f : fs) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void theBuilderRejectsMissingModelsAtBuildTime() {
    assertThatThrownBy(() -> Unspinner.builder().spinner(Fixtures.familyA()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("language model");
    assertThatThrownBy(() -> Unspinner.builder().languageModel(Fixtures.languageModel()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spinner family");
    assertThatThrownBy(() -> Unspinner.builder().languageModel(Fixtures.languageModel())
        .spinner(Fixtures.familyA()).spinner(Fixtures.familyA()).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Unspinner.builder().languageModel(Fixtures.languageModel())
        .spinner(Fixtures.familyA()).attributionSpinner(Fixtures.familyA()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'A'");
  }
}
