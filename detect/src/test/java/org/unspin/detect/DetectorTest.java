// SPDX-License-Identifier: Apache-2.0
package org.unspin.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unspin.decode.Decoder;
import org.unspin.decode.DecoderSettings;
import org.unspin.decode.TextEdit;
import org.unspin.decode.fakes.Fixtures;
import org.unspin.text.Tokenizer;
import org.unspin.text.TokenizedText;

class DetectorTest {

  /** Weights for the fixtures: spun when the best family explains the text better than no spinning. */
  static final Calibration TEST_CALIBRATION = new Calibration(
      new double[] {-1, 10, 20, 2, 0, 2, 1, 20, 0, 2, 0, 0, 0},
      new double[] {-1, 10, 20, 2, 0, 2, 1, 20, 0, 2, 0, 0, 0}, 0.5, "test");

  private static final Detector DETECTOR = Detector.create(
      Decoder.create(Fixtures.languageModel(), DecoderSettings.DEFAULTS),
      List.of(Fixtures.familyA(), Fixtures.familyB()), TEST_CALIBRATION);

  private static final String SPUN = String.join("\n", Fixtures.SPUN);
  private static final String CLEAN = String.join("\n", Fixtures.CLEAN);

  @Test
  void anotherLearnedTablesEvidenceIsPutOnTheScaleOfTheTableTheConstantsWereFittedWith() throws Exception {
    // a platform's own table (default keep 0.994, few keep lines) had called 19 of 200 clean articles spun, A alone 3:
    // its evidence is lowered by what it gains per clean word over A's
    org.unspin.lexicon.SpinnerTable own = org.unspin.lexicon.SpinnerTable.builder("acme").defaultKeep(0.994)
        .add(new org.unspin.lexicon.TableEntry(org.unspin.lexicon.TableEntry.Level.SURFACE, "said", "went on to say",
            0.9, 9))
        .keep(new org.unspin.lexicon.KeepEntry("said", 0.01, 10)).build();
    List<org.unspin.lexicon.ChannelModel> fams = org.unspin.lexicon.SpinnerModels.builder().defaultTables().table(own)
        .build().families();
    assertThat(fams).extracting(org.unspin.lexicon.ChannelModel::family).containsExactly("A", "acme");
    Map<String, Integer> clean = Map.of("the", 60, "said", 10, "in", 30);
    double[] off = Detector.cleanOffsets(fams, clean);
    double a = (60 * fams.get(0).log10Keep("the") + 10 * fams.get(0).log10Keep("said")
        + 30 * fams.get(0).log10Keep("in")) / 100;
    double acme = (90 * Math.log10(0.994) + 10 * Math.log10(0.01)) / 100;
    assertThat(off[0]).isZero(); // the family the constants were fitted with
    assertThat(off[1]).isCloseTo(a - acme, within(1e-9)).isNegative();
    // without the fitted family nothing is moved
    assertThat(Detector.cleanOffsets(fams.subList(1, 2), clean)).containsExactly(0.0);
  }

  @Test
  void theBarForAParagraphSpunOnItsOwnMovesWithTheThreshold() {
    assertThat(Detector.spunAloneBar(0.5, 5)).isCloseTo(Detector.SPUN_ALONE_PROBABILITY, within(1e-12));
    assertThat(Detector.spunAloneBar(0.3, 5)).isCloseTo(0.5, within(0.01));
    assertThat(Detector.spunAloneBar(0.9, 5)).isCloseTo(0.955, within(0.01));
    // and with the number of paragraphs, beyond a news article's
    assertThat(Detector.spunAloneBar(0.5, Detector.SPUN_ALONE_PARAGRAPHS))
        .isCloseTo(Detector.SPUN_ALONE_PROBABILITY, within(1e-12));
    assertThat(Detector.spunAloneBar(0.5, 25)).isCloseTo(0.83, within(0.01));
  }

  @Test
  void aLicenceIsNotJudgedAsATextNorAsAParagraphOfOne() {
    Detector d = DETECTOR.withKnownTexts(KnownTextsTest.known());
    Detection alone = d.detect(TokenizedText.of(KnownTextsTest.PERMIT));
    assertThat(alone.judged()).isFalse();
    assertThat(alone.notJudged()).startsWith("licence text, not judged (100% of its 6-word runs");
    assertThat(alone.spunProbability()).isZero();
    // below a spun text, the licence's paragraph is not judged and the text's verdict is its own
    Detection below = d.detect(TokenizedText.of(SPUN + "\n\n" + KnownTextsTest.PERMIT));
    Detection without = DETECTOR.detect(TokenizedText.of(SPUN + "\n\n" + KnownTextsTest.PERMIT));
    assertThat(below.spun()).isTrue();
    ParagraphDetection last = below.paragraphs().get(below.paragraphs().size() - 1);
    assertThat(last.notJudged()).startsWith(KnownTexts.NOT_JUDGED);
    assertThat(last.spun()).isFalse();
    assertThat(without.paragraphs().get(without.paragraphs().size() - 1).notJudged()).isNull();
    // and a text without one is judged as before
    assertThat(d.detect(TokenizedText.of(SPUN)).spunProbability())
        .isEqualTo(DETECTOR.detect(TokenizedText.of(SPUN)).spunProbability());
    // a licence far longer than the spun text below it does not set the text aside: its share of the text's runs
    // would have; only a text whose other paragraphs are headings or under 20 words is a licence as a whole
    String licence = String.join("\n\n", java.util.Collections.nCopies(12, KnownTextsTest.PERMIT));
    Detection padded = d.detect(TokenizedText.of(SPUN + "\n\n" + licence));
    assertThat(padded.judged()).isTrue();
    assertThat(padded.spun()).isTrue();
    assertThat(d.detect(TokenizedText.of("1. Grant\n\n" + licence + "\n\nEND OF TERMS")).notJudged())
        .startsWith(KnownTexts.NOT_JUDGED);
    // nor does one below a spun text cut into fragments too short to be paragraphs of their own: they are no headings
    String fragments = String.join("\n\n", Fixtures.SPUN.stream()
        .flatMap(sentence -> java.util.Arrays.stream(sentence.split("(?<=\\G\\S+ \\S+ \\S+ \\S+) "))).toList());
    Detection cut = d.detect(TokenizedText.of(fragments + "\n\n" + licence));
    assertThat(cut.judged()).isTrue();
  }

  @Test
  void spunTextIsFlaggedAndAttributedToItsFamily() {
    Detection d = DETECTOR.detect(TokenizedText.of(SPUN));
    assertThat(d.spun()).isTrue();
    assertThat(d.spinner()).isEqualTo("A");
    assertThat(d.families().get("A")).isGreaterThan(d.families().get("B"));
  }

  @Test
  void anAttributionFamilyNamesTheSpinnerOfASpunTextTheCalibratedFamiliesDoNotExplain() {
    // the test weights, with spintax leftovers enough to call a text spun whoever spun it
    double[] w = {-1, 10, 20, 2, 0, 5, 1, 20, 0, 2, 0, 0, 0};
    Detector calibrated = Detector.create(Decoder.create(Fixtures.languageModel(), DecoderSettings.DEFAULTS),
        List.of(Fixtures.familyA()), new Calibration(w, w, 0.5, "test"));
    Detector attributing = calibrated.withAttribution(List.of(Fixtures.familyB()));
    // spun by B ("explained" for "said"), with spintax leftovers
    String byB = "the minister explained the talks were useful .\nthe police explained five people were hurt .\n"
        + "analysts explained the market was calm .\nthe mayor explained the city would spend more on roads .\n"
        + "the minister explained he would visit the site {the|a} {talks|plan} {week|year} .";
    Detection plain = calibrated.detect(TokenizedText.of(byB));
    Detection named = attributing.detect(TokenizedText.of(byB));
    assertThat(plain.spun()).isTrue();
    assertThat(plain.spinner()).isEqualTo("A");
    assertThat(plain.features().bestLog10Ratio()).isNotPositive();
    assertThat(named.spinner()).isEqualTo("B");
    assertThat(named.families().get("B")).isGreaterThan(named.families().get("A"));
    assertThat(named.families().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-9));
    assertThat(named.paragraphs()).allSatisfy(p -> assertThat(p.spinner()).isEqualTo(p.spun() ? "B" : "none"));
    assertThat(named.spans()).extracting(TextEdit::spun).contains("explained");
    assertThat(named.spans()).extracting(TextEdit::original).contains("said");
    // no verdict or probability moves: the attribution family is no part of the calibrated features
    assertThat(named.spunProbability()).isEqualTo(plain.spunProbability());
    for (int k = 0; k < plain.paragraphs().size(); k++) {
      assertThat(named.paragraphs().get(k).spunProbability()).isEqualTo(plain.paragraphs().get(k).spunProbability());
    }
    assertThat(attributing.family("B")).isPresent();
    // a text shorter than the calibration's short-text length is too little evidence to name a spinner so
    Detector shortTexts = Detector.create(Decoder.create(Fixtures.languageModel(), DecoderSettings.DEFAULTS),
        List.of(Fixtures.familyA()), new Calibration(w, w, 0.5, "test", null, 1000, w, null))
        .withAttribution(List.of(Fixtures.familyB()));
    Detection tooShort = shortTexts.detect(TokenizedText.of(byB));
    assertThat(tooShort.spun()).isTrue();
    assertThat(tooShort.spinner()).isEqualTo("A");
    assertThat(tooShort.families()).doesNotContainKey("B");
    // a text the calibrated family explains keeps it, and a clean text is not scored by the attribution family
    assertThat(attributing.detect(TokenizedText.of(SPUN)).spinner()).isEqualTo("A");
    Detection clean = attributing.detect(TokenizedText.of(CLEAN));
    assertThat(clean.spinner()).isEqualTo(Detector.NOT_SPUN);
    assertThat(clean.families()).doesNotContainKey("B");
  }

  @Test
  void aLongTextWithNothingToShowKeepsAVerdictTheWeightsAreSureOf() {
    // weights that read the bias alone; a text of the short-text length or more with no span, spintax or listed
    // phrase is judged as a short one with nothing to show (P 0.064) unless the weights are sure of it: 23 held-out
    // synthetic spins at P 0.91-1.00 had been cut to 0.064, missed
    double[] sure = new double[Calibration.FEATURES.size()];
    sure[0] = 5; // P 0.993
    double[] unsure = new double[Calibration.FEATURES.size()];
    unsure[0] = 0.8; // P 0.69, as the clean poems the cap was made for
    double nothing = Calibration.logit(0.064);
    for (double[] w : List.of(sure, unsure)) {
      Detector d = Detector.create(Decoder.create(Fixtures.languageModel(), DecoderSettings.DEFAULTS),
          List.of(Fixtures.familyA()), new Calibration(w, w, 0.5, "test", null, 5, w, null, nothing));
      Detection clean = d.detect(TokenizedText.of(CLEAN));
      assertThat(clean.features().spanless()).isTrue();
      if (w == sure) {
        assertThat(clean.spunProbability()).isCloseTo(Calibration.probability(5), within(1e-9));
        assertThat(clean.spun()).isTrue();
      } else {
        assertThat(clean.spunProbability()).isCloseTo(0.064, within(1e-9));
        assertThat(clean.spun()).isFalse();
      }
    }
  }

  @Test
  void aLongTextWhoseOpenChannelShowsSureEditsIsNotCutAndShowsThem() {
    // weights as unsure as the clean poems the cap was made for (P 0.69); a spinner no family table describes wrote
    // "explained" for every "said": family A sees nothing, the open channel (a thesaurus) sees sure edits. Such a
    // copy had been cut to P 0.064 as a text with nothing to show, and shown nothing
    Detector d = underUnsureWeights(org.unspin.decode.fakes.FakeChannel.builder(org.unspin.lexicon.ChannelModel.OPEN)
        .entry("explained", "said", -1, org.unspin.lexicon.Candidate.Origin.THESAURUS).build());
    String spun = Fixtures.CLEAN.stream().filter(x -> x.contains(" said ")).limit(6)
        .map(x -> x.replace(" said ", " explained ")).collect(java.util.stream.Collectors.joining("\n"));
    Detection copy = d.detect(TokenizedText.of(spun));
    assertThat(copy.features().spanless()).as("no family's span").isTrue();
    assertThat(copy.features().openShown()).isGreaterThanOrEqualTo(Features.OPEN_SHOWN_EDITS);
    assertThat(copy.spunProbability()).isCloseTo(Calibration.probability(0.8), within(1e-9));
    assertThat(copy.spans()).isNotEmpty().allSatisfy(e -> {
      assertThat(e.family()).isEqualTo(org.unspin.lexicon.ChannelModel.OPEN);
      assertThat(e.spun()).isEqualTo("explained");
      assertThat(e.original()).isEqualTo("said");
      assertThat(e.confidence()).isGreaterThanOrEqualTo(Features.OPEN_SHOWN_CONFIDENCE);
    });
    // a text whose open channel has fewer sure edits than that is still cut, and shows nothing
    String fewer = Fixtures.CLEAN.stream().filter(x -> x.contains(" said ")).limit(6)
        .map(x -> x.contains("minister") ? x.replace(" said ", " explained ") : x)
        .collect(java.util.stream.Collectors.joining("\n"));
    Detection few = d.detect(TokenizedText.of(fewer));
    assertThat(few.features().openShown()).isPositive().isLessThan(Features.OPEN_SHOWN_EDITS);
    assertThat(few.spunProbability()).isCloseTo(0.064, within(1e-9));
    assertThat(few.spans()).isEmpty();
  }

  @Test
  void theOpenChannelsSwapOfOnePrepositionForAnotherIsNotSomethingToShow() {
    // a clean poem of 141 words had "to" -> "by" at 0.97 beside two thesaurus words: the language model prefers
    // another preposition in a poem's line as in a spin, and the poem was called spun on the three
    Detector d = underUnsureWeights(org.unspin.decode.fakes.FakeChannel.builder(org.unspin.lexicon.ChannelModel.OPEN)
        .entry("explained", "said", -1, org.unspin.lexicon.Candidate.Origin.THESAURUS)
        .entry("with", "in", -1, org.unspin.lexicon.Candidate.Origin.THESAURUS).build());
    String swapped = Fixtures.CLEAN.stream().filter(x -> x.contains(" in ")).limit(6)
        .map(x -> x.replace(" in ", " with ")).collect(java.util.stream.Collectors.joining("\n"));
    Detection prepositions = d.detect(TokenizedText.of(swapped));
    assertThat(prepositions.features().openEdits()).as("the open channel's likely edits")
        .isGreaterThanOrEqualTo(Features.OPEN_SHOWN_EDITS);
    assertThat(prepositions.features().openShown()).isZero();
    assertThat(prepositions.spunProbability()).isCloseTo(0.064, within(1e-9));
    assertThat(prepositions.spans()).isEmpty();
  }

  /**
   * A detector of family A with {@code thesaurus} as its open channel, under weights as unsure as the clean poems the
   * cap of a long text with nothing to show was made for (P 0.69; texts of 5 words or more judged as long).
   */
  private static Detector underUnsureWeights(org.unspin.lexicon.ChannelModel thesaurus) {
    double[] unsure = new double[Calibration.FEATURES.size()];
    unsure[0] = 0.8;
    return Detector.create(Decoder.create(Fixtures.languageModel(), DecoderSettings.DEFAULTS),
        List.of(Fixtures.familyA()), thesaurus,
        new Calibration(unsure, unsure, 0.5, "test", null, 5, unsure, null, Calibration.logit(0.064)));
  }

  @Test
  void cleanTextIsNotFlagged() {
    Detection d = DETECTOR.detect(TokenizedText.of(CLEAN));
    assertThat(d.spun()).isFalse();
    assertThat(d.spinner()).isEqualTo(Detector.NOT_SPUN);
    assertThat(d.spans()).isEmpty();
  }

  @Test
  void theFamilyPosteriorIncludesNotSpunAndSumsToOne() {
    for (String text : List.of(SPUN, CLEAN, "", "?!")) {
      Detection d = DETECTOR.detect(TokenizedText.of(text));
      assertThat(d.families()).containsKeys(Detector.NOT_SPUN, "A", "B");
      assertThat(d.families().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-9));
    }
  }

  @Test
  void aTextWithoutWordsIsNotSpunAtProbabilityZeroInEachParagraph() {
    for (String text : List.of("", " \n\n ", "?!\n\n--- ***")) {
      Detection d = DETECTOR.detect(TokenizedText.of(text));
      assertThat(d.notJudged()).as(text).isEqualTo(Detector.NO_WORDS);
      assertThat(d.spunProbability()).as(text).isZero();
      assertThat(d.spun()).isFalse();
      assertThat(d.spinner()).isEqualTo(Detector.NOT_SPUN);
      assertThat(d.spans()).isEmpty();
      assertThat(d.paragraphs()).allSatisfy(p -> assertThat(p.spunProbability()).isZero());
    }
    assertThat(DETECTOR.detect(TokenizedText.of("?!\n\n--- ***")).paragraphs()).hasSize(2);
    Detection oneWord = DETECTOR.detect(TokenizedText.of("Hello."));
    assertThat(oneWord.judged()).isTrue();
    assertThat(oneWord.spunProbability()).isPositive();
  }

  /** French, German and Spanish news paragraphs, written for this test. */
  static final List<String> NOT_ENGLISH = List.of(
      "Le gouvernement a annoncé mardi une série de mesures destinées à soutenir les ménages face à la hausse des "
          + "prix de l'énergie. Selon le ministre de l'Économie, ces aides coûteront plus de dix milliards d'euros "
          + "à l'État cette année.\n\nLes syndicats ont salué un premier pas, mais estiment que les salaires "
          + "doivent aussi augmenter.",
      "Die Bundesregierung hat am Dienstag neue Maßnahmen zur Entlastung der Haushalte angekündigt. Nach Angaben "
          + "des Finanzministers sollen die Hilfen in diesem Jahr mehr als zehn Milliarden Euro kosten, und die "
          + "Gewerkschaften begrüßten den Schritt.",
      "El gobierno anunció el martes una serie de medidas para apoyar a los hogares frente al aumento de los precios "
          + "de la energía. Según el ministro de Economía, estas ayudas costarán más de diez mil millones de euros "
          + "este año.");

  @Test
  void aTextInAnotherLanguageIsNotJudgedAndSaysSo() {
    for (String text : NOT_ENGLISH) {
      Detection d = DETECTOR.detect(TokenizedText.of(text));
      assertThat(d.judged()).as(text).isFalse();
      assertThat(d.notJudged()).startsWith("not English, not judged (").contains("% of its ")
          .endsWith(" words are common English words)");
      assertThat(d.spun()).isFalse();
      assertThat(d.spunProbability()).isZero();
      assertThat(d.spans()).isEmpty();
      assertThat(d.paragraphs()).isNotEmpty().allSatisfy(p -> assertThat(p.spunProbability()).isZero());
    }
    // English is judged, spun or not, and so is a short foreign phrase (too few words to tell)
    for (String text : List.of(SPUN, CLEAN, "Le gouvernement a annoncé mardi une série de mesures.")) {
      assertThat(DETECTOR.detect(TokenizedText.of(text)).judged()).as(text).isTrue();
    }
  }

  @Test
  void aParagraphInAnotherLanguageIsNotJudgedAndLeavesItsDocumentsEvidenceAsItWas() {
    Detection alone = DETECTOR.detect(TokenizedText.of(SPUN));
    String german = NOT_ENGLISH.get(1);
    String mixed = SPUN + "\n" + german;
    Detection d = DETECTOR.detect(TokenizedText.of(mixed));
    assertThat(d.judged()).isTrue();
    assertThat(d.paragraphs()).hasSize(alone.paragraphs().size() + 1);
    ParagraphDetection last = d.paragraphs().get(d.paragraphs().size() - 1);
    assertThat(last.span().of(mixed)).isEqualTo(german);
    assertThat(last.judged()).isFalse();
    assertThat(last.notJudged()).startsWith("not English, not judged (");
    assertThat(last.spun()).isFalse();
    assertThat(last.spunProbability()).isZero();
    // the English paragraphs are judged as if the German one were not there, and no span falls inside it
    assertThat(d.spunProbability()).isEqualTo(alone.spunProbability());
    for (int k = 0; k < alone.paragraphs().size(); k++) {
      assertThat(d.paragraphs().get(k).judged()).isTrue();
      assertThat(d.paragraphs().get(k).spunProbability()).isEqualTo(alone.paragraphs().get(k).spunProbability());
    }
    assertThat(d.spans()).isNotEmpty().allSatisfy(e -> assertThat(e.span().start()).isLessThan(SPUN.length()));
    // an English paragraph among foreign ones is judged; a foreign one shorter than the check needs is too
    String shortForeign = SPUN + "\nLe gouvernement a annoncé mardi une série de mesures.";
    assertThat(DETECTOR.detect(TokenizedText.of(shortForeign)).paragraphs()).allSatisfy(
        p -> assertThat(p.judged()).isTrue());
  }

  /**
   * Hebrew, Arabic and Chinese news paragraphs and a short Arabic quotation, written for this test: scripts without
   * capitals (so no word of them looks like a name by its case) and, in Chinese, without spaces; and two short
   * sentences in scripts with capitals.
   */
  static final List<String> OTHER_SCRIPTS = List.of(
      "הממשלה הודיעה ביום שלישי על סדרה של צעדים לתמיכה במשקי הבית לנוכח עליית מחירי האנרגיה. לדברי שר האוצר, "
          + "הסיוע יעלה יותר מעשרה מיליארד שקלים השנה, והאיגודים בירכו על הצעד הראשון אך אמרו כי גם השכר צריך "
          + "לעלות בהתאם למחירים.",
      "أعلنت الحكومة يوم الثلاثاء عن سلسلة من الإجراءات لدعم الأسر في مواجهة ارتفاع أسعار الطاقة. وقال وزير "
          + "المالية إن هذه المساعدات ستكلف أكثر من عشرة مليارات هذا العام، ورحبت النقابات بالخطوة الأولى لكنها "
          + "قالت إن الأجور يجب أن ترتفع أيضا مع الأسعار.",
      "政府周二宣布了一系列措施，以帮助家庭应对能源价格上涨。财政部长表示，这些援助今年将花费超过一百亿元，工会对此表示欢迎。",
      "قال الوزير: مرحبا بكم في بكين اليوم",
      // short Cyrillic and Greek ones with words whose letters all look Latin ("у", "как", "τι"), once read as Latin
      "Привет мир сегодня у нас дела", "Γειά σου κόσμε τι κάνεις σήμερα");

  @Test
  void inALongTextEachParagraphIsJudgedInItsSurroundingsNeverMoreSpunThanTheText() {
    // spun paragraphs, then clean ones, more than Detector.CONTEXT_WORDS words in all (a page of several stories)
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < 60; k++) {
      sb.append(String.join(" ", Fixtures.SPUN)).append('\n');
    }
    int spunParagraphs = 60;
    for (int k = 0; k < 30; k++) {
      sb.append(String.join(" ", Fixtures.CLEAN)).append('\n');
    }
    String text = sb.toString();
    // paragraph weights that read the document's verdict, as fitted ones do (the test calibration's do not)
    Detector contextual = Detector.create(Decoder.create(Fixtures.languageModel(), DecoderSettings.DEFAULTS),
        List.of(Fixtures.familyA(), Fixtures.familyB()), new Calibration(
            new double[] {-1, 10, 20, 2, 0, 2, 1, 20, 0, 0, 0, 0, 0},
            new double[] {2, 10, 20, 2, 0, 2, 1, 20, 0, 0, 0, 1.3, 0}, 0.5, "test"));
    Detection mixed = contextual.detect(TokenizedText.of(text));
    assertThat(mixed.features().words()).isGreaterThan(Detector.CONTEXT_WORDS);
    assertThat(mixed.spun()).isTrue();
    List<ParagraphDetection> ps = mixed.paragraphs();
    assertThat(ps.subList(0, spunParagraphs)).allSatisfy(p -> assertThat(p.spun()).isTrue());
    // the clean stories away from the spun ones are not called spun for their neighbours' sake
    assertThat(ps.subList(ps.size() - 20, ps.size())).allSatisfy(p -> assertThat(p.spun()).isFalse());
    assertThat(mixed.spans()).allSatisfy(e -> assertThat(e.span().start()).isLessThan(ps.get(spunParagraphs + 10)
        .span().start()));
  }

  @Test
  void aSurelySpunSectionOfALongTextMakesItSpunWhereTheWholeDoesNot() {
    // a spun story of some 300 words, then many clean ones: the whole text's evidence is mostly clean
    String spun = String.join(" ", Fixtures.SPUN) + "\n";
    String clean = String.join(" ", Fixtures.CLEAN) + "\n";
    int spunWords = 0;
    StringBuilder sb = new StringBuilder();
    int spunParagraphs = 0;
    while (spunWords < Detector.SECTION_WORDS + 20) {
      sb.append(spun);
      spunWords += Fixtures.SPUN.size();
      spunParagraphs++;
    }
    int spunEnd = sb.length();
    while (sb.length() < 60 * spunEnd) {
      sb.append(clean);
    }
    Detector contextual = Detector.create(Decoder.create(Fixtures.languageModel(), DecoderSettings.DEFAULTS),
        List.of(Fixtures.familyA(), Fixtures.familyB()), new Calibration(
            new double[] {-6, 10, 20, 2, 0, 2, 1, 20, 0, 0, 0, 0, 0},
            new double[] {2, 10, 20, 2, 0, 2, 1, 20, 0, 0, 0, 1.3, 0}, 0.5, "test"));
    String text = sb.toString();
    Detection d = contextual.detect(TokenizedText.of(text));
    Features whole = d.features();
    assertThat(whole.words()).isGreaterThan(Detector.CONTEXT_WORDS);
    assertThat(contextual.calibration().documentProbability(whole)).as("the whole, judged as one").isLessThan(0.5);
    assertThat(d.spun()).isTrue();
    assertThat(d.section()).isNotNull();
    assertThat(d.section().probability()).isGreaterThanOrEqualTo(Detector.SURE_SECTION)
        .isEqualTo(d.spunProbability());
    assertThat(d.section().span().start()).isLessThan(spunEnd);
    List<ParagraphDetection> ps = d.paragraphs();
    assertThat(ps.subList(0, spunParagraphs)).allSatisfy(p -> assertThat(p.spun()).isTrue());
    assertThat(ps.subList(ps.size() - 20, ps.size())).allSatisfy(p -> assertThat(p.spun()).isFalse());
    // a text with no spun section has none
    assertThat(contextual.detect(TokenizedText.of(text.substring(spunEnd))).section()).isNull();
  }

  @Test
  void aLongTextWithASpinnersFavouriteSwapsThroughoutIsSpunWhereTheWholeDoesNotSayIt() {
    // the clean sentences over and over, more than Detector.CONTEXT_WORDS words, with only four of family A's swaps
    // made wherever they could be ("said" -> "mentioned", ...) and its other words left ("officials", "visit")
    Map<String, String> favourite = Map.of("said", "mentioned", "more", "extra", "also", "additionally", "five", "5");
    StringBuilder spun = new StringBuilder();
    StringBuilder clean = new StringBuilder();
    for (int pass = 0; pass < 6; pass++) {
      for (int k = 0; k < Fixtures.CLEAN.size(); k++) {
        String sentence = Fixtures.CLEAN.get(k);
        clean.append(sentence).append(k % 6 == 5 ? "\n" : " ");
        StringBuilder swapped = new StringBuilder();
        for (String w : sentence.split(" ")) {
          swapped.append(swapped.length() == 0 ? "" : " ").append(favourite.getOrDefault(w, w));
        }
        spun.append(swapped).append(k % 6 == 5 ? "\n" : " ");
      }
    }
    // document weights under which the whole text, judged as one, is not spun (as the left words' keeps make a
    // real one: a 3,455-word copy with 117 such swaps was P 0.31)
    Detector contextual = Detector.create(Decoder.create(Fixtures.languageModel(), DecoderSettings.DEFAULTS),
        List.of(Fixtures.familyA(), Fixtures.familyB()), new Calibration(
            new double[] {-8, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0},
            new double[] {2, 10, 20, 2, 0, 2, 1, 20, 0, 0, 0, 1.3, 0}, 0.5, "test"));
    Detection d = contextual.detect(TokenizedText.of(spun.toString()));
    assertThat(d.features().words()).isGreaterThan(Detector.CONTEXT_WORDS);
    assertThat(contextual.calibration().documentProbability(d.features())).as("the whole, judged as one")
        .isLessThan(0.5);
    assertThat(d.spread()).isNotNull();
    assertThat(d.spread().family()).isEqualTo("A");
    assertThat(d.spread().types())
        .containsExactlyInAnyOrder("said<mentioned", "more<extra", "also<additionally", "five<5");
    assertThat(d.spread().perWord()).isGreaterThanOrEqualTo(Detector.SPREAD_DENSITY);
    assertThat(d.spun()).isTrue();
    assertThat(d.spinner()).isEqualTo("A");
    assertThat(d.spunProbability()).isEqualTo(d.spread().probability());
    assertThat(d.paragraphs()).allSatisfy(p -> assertThat(p.spun()).isTrue());
    // the spans are those swaps, as restoration restores them
    assertThat(d.spans()).isNotEmpty().allSatisfy(e -> assertThat(d.spread().types())
        .contains(e.original() + "<" + e.spun()));
    // the clean text has no such swaps, and three of them are not enough
    assertThat(contextual.detect(TokenizedText.of(clean.toString())).spread()).isNull();
    String three = spun.toString().replace("additionally", "also");
    assertThat(contextual.detect(TokenizedText.of(three)).spread()).isNull();
  }

  @Test
  void theOneParagraphOfATextHasTheTextsVerdict() {
    // paragraph weights of their own (a lower intercept), as a fitted calibration has: a text's one paragraph must
    // still not read "0 of 1 paragraphs spun" of a text called spun
    Detector own = Detector.create(Decoder.create(Fixtures.languageModel(), DecoderSettings.DEFAULTS),
        List.of(Fixtures.familyA(), Fixtures.familyB()), new Calibration(
            new double[] {-1, 10, 20, 2, 0, 2, 1, 20, 0, 2, 0, 0, 0},
            new double[] {-8, 10, 20, 2, 0, 2, 1, 20, 0, 2, 0, 0, 0}, 0.5, "test"));
    Detection multi = own.detect(TokenizedText.of(SPUN));
    assertThat(multi.paragraphs()).anySatisfy(p -> assertThat(p.spunProbability())
        .isNotEqualTo(multi.spunProbability())); // (the weights do differ)
    for (String text : List.of(SPUN.replace("\n", " "), CLEAN.replace("\n", " "))) {
      Detection d = own.detect(TokenizedText.of(text));
      assertThat(d.paragraphs()).singleElement().satisfies(p -> {
        assertThat(p.spunProbability()).isEqualTo(d.spunProbability());
        assertThat(p.spun()).isEqualTo(d.spun());
      });
    }
  }

  @Test
  void theCalibrationsFeaturesAreThoseDetectWeighsWithoutTheParagraphsItDoesNotJudge() {
    String mixed = SPUN + "\n" + OTHER_SCRIPTS.get(0);
    TokenizedText t = TokenizedText.of(mixed);
    Features doc = DETECTOR.documentFeatures(t);
    assertThat(doc).isEqualTo(DETECTOR.detect(t).features());
    assertThat(doc.words()).isEqualTo(DETECTOR.documentFeatures(TokenizedText.of(SPUN)).words());
    List<Features> paragraphs = DETECTOR.paragraphFeatures(t, 0);
    assertThat(paragraphs.get(paragraphs.size() - 1).words()).isZero();
    // and a text detect does not judge at all has an empty text's features, each paragraph too
    TokenizedText foreign = TokenizedText.of(OTHER_SCRIPTS.get(0) + "\n\n" + OTHER_SCRIPTS.get(1));
    assertThat(DETECTOR.documentFeatures(foreign).words()).isZero();
    assertThat(DETECTOR.paragraphFeatures(foreign, 0)).hasSize(2).allSatisfy(p -> assertThat(p.words()).isZero());
  }

  @Test
  void aParagraphInAScriptWithoutCapitalsOrSpacesIsNotJudgedEither() {
    Detection alone = DETECTOR.detect(TokenizedText.of(SPUN));
    for (String foreign : OTHER_SCRIPTS) {
      String mixed = SPUN + "\n" + foreign;
      Detection d = DETECTOR.detect(TokenizedText.of(mixed));
      ParagraphDetection last = d.paragraphs().get(d.paragraphs().size() - 1);
      assertThat(last.span().of(mixed)).isEqualTo(foreign);
      assertThat(last.judged()).as(foreign).isFalse();
      assertThat(last.notJudged()).startsWith("not English, not judged (");
      assertThat(d.spunProbability()).as(foreign).isEqualTo(alone.spunProbability());
      // and alone, it is no English text
      assertThat(DETECTOR.detect(TokenizedText.of(foreign)).judged()).as(foreign).isFalse();
    }
    // a name or a word of another script inside an English sentence leaves the sentence English
    assertThat(DETECTOR.detect(TokenizedText.of("The minister said \u05E9\u05DC\u05D5\u05DD to the crowd."))
        .judged()).isTrue();
  }

  @Test
  void aParagraphWithoutWordsIsNotJudgedAndTheTextIsJudgedAsWithoutIt() {
    String article = Fixtures.SPUN.get(2);
    String page = article + "\n\n* * *\n\n...\n\n\u2014\n";
    Detection alone = DETECTOR.detect(TokenizedText.of(article));
    Detection d = DETECTOR.detect(TokenizedText.of(page));
    assertThat(alone.spun()).isTrue();
    assertThat(d.spunProbability()).isEqualTo(alone.spunProbability());
    assertThat(d.paragraphs()).hasSize(4);
    // the one paragraph with words is the text, as it is alone
    assertThat(d.paragraphs().get(0).spunProbability()).isEqualTo(alone.paragraphs().get(0).spunProbability());
    assertThat(d.paragraphs().subList(1, 4)).allSatisfy(p -> {
      assertThat(p.notJudged()).isEqualTo(Detector.NO_WORDS);
      assertThat(p.spun()).isFalse();
      assertThat(p.spunProbability()).isZero();
    });
  }

  /** A code listing as a page's {@code <pre>} block reads once turned into text (one paragraph); for this test. */
  static final String CODE = "x = linspace (0, 2 * pi, 400); y = sin (x) + 0.2 * randn (size (x)); pp = splinefit (x, "
      + "y, 41); yy = ppval (pp, x); plot (x, y, \".\", x, yy); axis tight; ylim ([-2, 2]); grid on; legend "
      + "({\"data\", \"fit\"}); title (\"fitted spline\"); print -dpng fit.png";

  @Test
  void programCodeIsNotJudgedAndIsCalledCodeNotAnotherLanguage() {
    Detection alone = DETECTOR.detect(TokenizedText.of(CODE));
    assertThat(alone.judged()).isFalse();
    assertThat(alone.notJudged()).startsWith("code, not judged (").endsWith(" tokens are code symbols)");
    assertThat(alone.spunProbability()).isZero();
    // as a listing inside an English text, it is set aside as a foreign paragraph is, under its own name
    String mixed = SPUN + "\n" + CODE;
    Detection d = DETECTOR.detect(TokenizedText.of(mixed));
    ParagraphDetection last = d.paragraphs().get(d.paragraphs().size() - 1);
    assertThat(last.span().of(mixed)).isEqualTo(CODE);
    assertThat(last.notJudged()).startsWith("code, not judged (");
    assertThat(d.spunProbability()).isEqualTo(DETECTOR.detect(TokenizedText.of(SPUN)).spunProbability());
    // prose in another language keeps its name: its punctuation is not code's
    for (String text : NOT_ENGLISH.subList(1, 3)) { // the French one's second paragraph is too short to tell
      assertThat(DETECTOR.detect(TokenizedText.of(SPUN + "\n" + text)).paragraphs()).anySatisfy(
          p -> assertThat(p.notJudged()).startsWith("not English, not judged ("));
    }
  }

  @Test
  void eachParagraphGetsItsOwnVerdict() {
    String mixed = CLEAN + "\n" + SPUN;
    Detection d = DETECTOR.detect(TokenizedText.of(mixed));
    assertThat(d.paragraphs()).hasSize(Fixtures.CLEAN.size() + Fixtures.SPUN.size());
    assertThat(d.paragraphs().subList(0, Fixtures.CLEAN.size())).allSatisfy(p -> assertThat(p.spun()).isFalse());
    assertThat(d.paragraphs().get(Fixtures.CLEAN.size() + 1).spun()).isTrue();
  }

  @Test
  void spansPointIntoTheInputWithTheirLikelyOriginals() {
    Detection d = DETECTOR.detect(TokenizedText.of(SPUN));
    assertThat(d.spans()).isNotEmpty();
    for (TextEdit e : d.spans()) {
      assertThat(e.span().of(SPUN)).isEqualTo(e.spun());
      assertThat(e.confidence()).isBetween(0.0, 1.0);
    }
    assertThat(d.spans()).extracting(TextEdit::original).contains("said", "officials", "visit");
  }

  @Test
  void aPrepositionSwapIsASpanOnlyWhenRestorationWouldBeSureEnoughToMakeIt() {
    org.unspin.lexicon.ChannelModel a = Fixtures.withEntries(Fixtures.familyA(),
        org.unspin.decode.fakes.FakeChannel.builder("A").entry("on", "in", -0.1).build());
    String text = SPUN + "\nhe mentioned more talks would follow on may .";
    Detection strict = Detector.create(Decoder.create(Fixtures.languageModel(), DecoderSettings.DEFAULTS.toBuilder()
        .functionWordMinConfidence(1.0).build()), List.of(a), TEST_CALIBRATION).detect(TokenizedText.of(text));
    Detection lenient = Detector.create(Decoder.create(Fixtures.languageModel(), DecoderSettings.DEFAULTS.toBuilder()
        .functionWordMinConfidence(0.5).build()), List.of(a), TEST_CALIBRATION).detect(TokenizedText.of(text));
    // the features count the swap either way: the same probability
    assertThat(strict.spunProbability()).isEqualTo(lenient.spunProbability());
    assertThat(lenient.spans()).extracting(TextEdit::spun).contains("on");
    assertThat(strict.spans()).extracting(TextEdit::spun).doesNotContain("on").contains("mentioned");
  }

  @Test
  void leftoverSpintaxGroupsAreCounted() {
    assertThat(spintax("the pentagon introduced {that a} balloon was {drifting|floating} here"))
        .isEqualTo(2);
    assertThat(spintax("a { lone brace and a lot of words go here before the } ok"))
        .isZero();
  }

  @Test
  void codeAndMarkupBracesAreNotSpintax() {
    assertThat(spintax("if (x) { y = 1; } else { return; }")).isZero();
    assertThat(spintax("as \\emph{shown} in the f{x} table")).isZero();
    assertThat(spintax("the type is {a, b} here")).isZero(); // a set
    // a word diff marks changed letters inside words
    assertThat(spintax("this line has some +{fa}nt+{a}sti+{c} text on it")).isZero();
    assertThat(spintax("-t-{wo} +t+{hree 3} +two +{2}")).isZero();
    assertThat(spintax("the R&{B award-winning} voice")).isEqualTo(1);
    // templates and variables
    assertThat(spintax("Format: projects/{project}/locations/{location}/models/{model}.")).isZero();
    assertThat(spintax("set ${name} and %{count} or x_{i}")).isZero();
    assertThat(spintax("the {that a} digital robot, ({dollars} more) and {big|large}.")).isEqualTo(3);
    // an API reference's types after a code span, and Markdown roles before one
    assertThat(spintax("* `path` {string} the path and `options` {Object} its options")).isZero();
    assertThat(spintax("Python comes with an {mod}`ensurepip` module, see {ref}`virtual environments <venv>`"))
        .isZero();
    assertThat(spintax("the `plan` {that a} balloon")).isZero();
    assertThat(spintax("Returns:\n* {string}\n  - {Object} the options")).isZero();
    assertThat(spintax("the list - {that a} balloon")).isEqualTo(1); // a dash inside a line is no bullet
    // a template's fields, side by side
    assertThat(spintax("Copyright {yyyy} {name of copyright owner}")).isZero();
    assertThat(spintax("Copyright {name of copyright owner} {yyyy}")).isZero();
    assertThat(spintax("he would visit {the|a} {talks|plan} {week|year} soon")).isEqualTo(3); // spintax itself
    assertThat(spintax("the plan {that a} `balloon`")).isEqualTo(1);
  }

  @Test
  void clauseMarksAreCountedPerSentenceWithWords() {
    double[] w = {-1, 10, 20, 2, 0, 5, 1, 20, 0, 2, 0, 0, 0};
    Detector d = Detector.create(Decoder.create(Fixtures.languageModel(), DecoderSettings.DEFAULTS),
        List.of(Fixtures.familyA()), new Calibration(w, w, 0.5, "test"));
    // news: a comma a sentence; a period of the older register: clauses parted by commas, semicolons and colons
    Features news = d.detect(TokenizedText.of("The minister said the talks were useful, and left. Officials "
        + "agreed.")).features();
    assertThat(news.sentences()).isEqualTo(2);
    assertThat(news.marks()).isEqualTo(1);
    assertThat(news.marksPerSentence()).isZero();
    Features period = d.detect(TokenizedText.of("The minister, who was tired, said the talks were useful; the "
        + "officials, however, said little: they left, one by one, into the rain.")).features();
    assertThat(period.sentences()).isEqualTo(1);
    assertThat(period.marks()).isEqualTo(8); // six commas, a semicolon and a colon
    assertThat(period.marksPerSentence()).isEqualTo(3 - 1.5); // (8 + 2) / 3, capped at 3
  }

  @Test
  void aSentencesAddressesCountAsOneWordTheModelDoesNotKnow() {
    double[] w = {-1, 10, 20, 2, 0, 5, 1, 20, 0, 2, 0, 0, 0};
    Detector d = Detector.create(Decoder.create(Fixtures.languageModel(), DecoderSettings.DEFAULTS),
        List.of(Fixtures.familyA()), new Calibration(w, w, 0.5, "test"));
    Features plain = d.detect(TokenizedText.of("the minister said the talks were useful , see or .")).features();
    Features linked = d.detect(TokenizedText.of("the minister said the talks were useful , see "
        + "https://example.org/talks/useful or @talks .")).features();
    // the address and the handle are not read as words (no "talks" or "useful" from them, no context for the model),
    // yet they are a word it does not know: the out-of-vocabulary rate the calibration was fitted with saw their
    // pieces. Once a sentence: a line of hashtags under a spun post had counted one unknown word each and hidden it
    assertThat(linked.oov() - plain.oov()).isEqualTo(1);
    assertThat(linked.lowerWords() - plain.lowerWords()).isEqualTo(1);
    assertThat(linked.words()).isEqualTo(plain.words());
    Features tags = d.detect(TokenizedText.of("the minister said the talks were useful .\n\n#news #talks #world "
        + "#peace")).features();
    Features said = d.detect(TokenizedText.of("the minister said the talks were useful .")).features();
    assertThat(tags.oov()).isEqualTo(said.oov());
    assertThat(tags.lowerWords()).isEqualTo(said.lowerWords());
    // a sentence without a lower-case word (a text in capitals) counts none: its rate had become 1 of 1
    Features shouted = d.detect(TokenizedText.of("THE MINISTER SAID THE TALKS WERE USEFUL , SEE press@example.org ."))
        .features();
    assertThat(shouted.oov()).isZero();
    assertThat(shouted.lowerWords()).isZero();
  }

  /** Words the language model knows, in these tests: all but two an Octave manual puts in braces. */
  private static final java.util.function.Predicate<String> KNOWN = w -> !w.equals("cellstr")
      && !w.equals("colorspec");

  @Test
  void mathematicsAndOptionListsInBracesAreNotSpintax() {
    // a paper's sets: P(spun) was 1.000 for a clean abstract with "y in {0, 1}" and "{1, 2, 3}"
    assertThat(spintax("labels y in {0, 1} and classes {1, 2, 3} or pairs {x, y}")).isZero();
    // a manual read from its PDF, where code has no markup
    assertThat(spintax("clipping: [ off | {on} ] and busyaction: [ cancel | {queue} ]")).isZero();
    assertThat(spintax("xcolor: {colorspec} | \"none\", and legend ({cellstr}) or (s1, {names}) here")).isZero();
    assertThat(spintax("indexed with the { and } operators, or argv(){end} and c = {x} or (@var{name})")).isZero();
    assertThat(spintax("[AA, BB, Z {, lambda}] = qz (A, B, opt)")).isZero();
    assertThat(spintax("units: \"inches\", \"{normalized}\" or 'pixels'")).isZero();
    // what spinners leave stays counted
    assertThat(spintax("introduced {that a} balloon, and billions of {dollars}’ price, {big|large} too")).isEqualTo(3);
  }

  @Test
  void lengthStopsCountingWhereTheFittedTextsEnd() {
    Features longer = new Features(20 * Features.MAX_LENGTH_WORDS, Map.of(), Detector.NOT_SPUN, 0, 0, 0, 0, 0,
        100, 0, 0, 0, 0);
    Features capped = new Features(Features.MAX_LENGTH_WORDS, Map.of(), Detector.NOT_SPUN, 0, 0, 0, 0, 0, 100, 0,
        0, 0, 0);
    int length = Calibration.FEATURES.indexOf("log10Words");
    assertThat(longer.vector()[length]).isEqualTo(capped.vector()[length]);
    assertThat(new Features(10, Map.of(), Detector.NOT_SPUN, 0, 0, 0, 0, 0, 10, 0, 0, 0, 0).vector()[length])
        .isLessThan(capped.vector()[length]);
  }

  @Test
  void aParagraphTooShortForEvidenceTakesItsDocumentsProbability() {
    String text = "Chapter 1\n\n" + SPUN.replace("\n", " ") + "\n\n" + "2\n";
    Detection d = DETECTOR.detect(TokenizedText.of(text));
    assertThat(d.paragraphs()).hasSize(3);
    assertThat(d.paragraphs().get(0).spunProbability()).isEqualTo(d.spunProbability());
    assertThat(d.paragraphs().get(2).spunProbability()).isEqualTo(d.spunProbability());
    assertThat(d.paragraphs().get(1).spunProbability()).isNotEqualTo(d.spunProbability());
  }

  @Test
  void spunWordsGainLessFromTheirContextThanTheOriginalWords() {
    // the clean originals of Fixtures.SPUN, in the same order
    String originals = String.join("\n", List.of(Fixtures.CLEAN.get(0), Fixtures.CLEAN.get(1), Fixtures.CLEAN.get(2),
        Fixtures.CLEAN.get(3), Fixtures.CLEAN.get(5), Fixtures.CLEAN.get(9)));
    Features spun = DETECTOR.documentFeatures(TokenizedText.of(SPUN));
    Features clean = DETECTOR.documentFeatures(TokenizedText.of(originals));
    assertThat(spun.contextWords()).isPositive();
    assertThat(clean.contextWords()).isPositive();
    assertThat(spun.contextGain() / spun.contextWords()).isLessThan(clean.contextGain() / clean.contextWords());
  }

  @Test
  void aTextWithoutKnownWordsHasThePriorContextGain() {
    Features f = DETECTOR.documentFeatures(TokenizedText.of("?! 123"));
    assertThat(f.contextWords()).isZero();
    assertThat(f.contextGainPerWord()).isEqualTo(Features.CONTEXT_PRIOR_GAIN);
  }

  @Test
  void aShortTextMovesTheContextGainLessFromThePriorThanALongOne() {
    Features few = new Features(2, Map.of(), Detector.NOT_SPUN, 0, 0, 0, 0, 0, 2, 0, -0.4, 2, 0);
    Features many = new Features(200, Map.of(), Detector.NOT_SPUN, 0, 0, 0, 0, 0, 200, 0, -40, 200, 0);
    double prior = Features.CONTEXT_PRIOR_GAIN;
    assertThat(Math.abs(few.contextGainPerWord() - prior)).isLessThan(Math.abs(many.contextGainPerWord() - prior));
    assertThat(many.contextGainPerWord()).isCloseTo(-0.2, within(0.05));
    assertThat(few.vector()).hasSize(Calibration.FEATURES.size());
  }

  @Test
  void aPhraseNamedInAListRaisesTheProbabilityTheCalibrationAloneGives() {
    double[] biasOnly = new double[Calibration.FEATURES.size()];
    biasOnly[0] = -3;
    Calibration c = new Calibration(biasOnly, biasOnly, 0.5, "test");
    org.unspin.decode.Decoder dec = Decoder.create(Fixtures.languageModel(), DecoderSettings.DEFAULTS);
    TokenizedText t = TokenizedText.of("officers mentioned the go to was delayed for months .");
    Detection plain = Detector.create(dec, List.of(Fixtures.familyA()), c).detect(t);
    Detection listed = Detector.create(dec, List.of(Fixtures.familyAWithListedPhrase()), c).detect(t);
    assertThat(plain.spunProbability()).isCloseTo(1 / (1 + Math.exp(3)), within(1e-9));
    assertThat(plain.spun()).isFalse();
    assertThat(listed.features().phraseHits()).isEqualTo(1);
    assertThat(listed.spunProbability()).isCloseTo(Detector.LISTED_PHRASES.update(plain.spunProbability(), 1,
        listed.features().words()), within(1e-9));
    assertThat(listed.spun()).isTrue();
    assertThat(listed.paragraphs().get(0).spun()).isTrue();
  }

  @Test
  void listedPhrasesAreReportedEvenWhereTheTextIsNotCalledSpun() {
    double[] clean = new double[Calibration.FEATURES.size()];
    clean[0] = -12;
    Calibration c = new Calibration(clean, clean, 0.5, "test");
    Detector d = Detector.create(Decoder.create(Fixtures.languageModel(), DecoderSettings.DEFAULTS),
        List.of(Fixtures.familyAWithListedPhrase()), c);
    String text = "officers mentioned the go to was delayed for months .";
    Detection r = d.detect(TokenizedText.of(text));
    assertThat(r.spun()).isFalse();
    assertThat(r.listed()).singleElement().satisfies(e -> {
      assertThat(e.span().of(text)).isEqualTo("go to");
      assertThat(e.original()).isEqualTo("visit");
    });
    assertThat(r.spans()).as("only the listed phrase, not officers or mentioned").isEqualTo(r.listed());
  }

  private static int spintax(String s) {
    return Detector.spintax(s, words(s), KNOWN);
  }

  private static List<org.unspin.text.Token> words(String s) {
    return Tokenizer.words(Tokenizer.tokenize(s));
  }

  @Test
  void aCollocationOfThesaurusNeighboursIsNothingToShowAShortTextsVerdictBy() {
    // "basin floor" -> "ground floor" had made a clean heading spun with a one-line --phrases list
    String sentence = "officers said the talks were useful .";
    java.util.function.Function<org.unspin.lexicon.Candidate.Origin, Features> features = origin -> Detector.create(
        Decoder.create(Fixtures.languageModel(), DecoderSettings.DEFAULTS), List.of(
            org.unspin.decode.fakes.FakeChannel.builder("A").entry("officers", "officials", -0.05, origin).build()),
        TEST_CALIBRATION).detect(TokenizedText.of(sentence)).features();
    Features table = features.apply(org.unspin.lexicon.Candidate.Origin.TABLE);
    Features collocation = features.apply(org.unspin.lexicon.Candidate.Origin.COLLOCATION);
    assertThat(table.tableEdits()).isEqualTo(collocation.tableEdits()).isEqualTo(1);
    assertThat(table.shownEdits()).isEqualTo(1);
    assertThat(collocation.shownEdits()).isZero();
    assertThat(collocation.spanless()).isTrue();
  }

  @Test
  void respellingsNumbersArticlesAndContractionsAreEverydayVariantsButTheRulesSpinnerHabitsAreNot() {
    java.util.function.BiFunction<String, org.unspin.lexicon.Candidate.Origin, org.unspin.decode.SpanEdit> edit =
        (original, origin) -> new org.unspin.decode.SpanEdit(0, 1, original, -1, 0.9, List.of(), "A", origin);
    for (String o : List.of("personalized", "three", "an", "it is")) {
      assertThat(Detector.everydayVariant(edit.apply(o, org.unspin.lexicon.Candidate.Origin.RULE))).as(o).isTrue();
    }
    for (String o : List.of("year", "years", "May")) {
      assertThat(Detector.everydayVariant(edit.apply(o, org.unspin.lexicon.Candidate.Origin.RULE))).as(o).isFalse();
    }
    assertThat(Detector.everydayVariant(edit.apply("said", org.unspin.lexicon.Candidate.Origin.TABLE))).isFalse();
  }
}
