// SPDX-License-Identifier: Apache-2.0
package org.unspin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;

/** The default models (real models, fetched and built on first use). */
class DefaultModelsTest {

  /** The default models, loaded once for the tests that use them as they are (immutable, so shared). */
  private static DefaultModels shared;

  private static synchronized DefaultModels models() throws java.io.IOException {
    if (shared == null) {
      shared = DefaultModels.load(Store.fromEnvironment(), Progress.NONE, DefaultModels.Options.NONE);
    }
    return shared;
  }

  @org.junit.jupiter.api.AfterAll
  static synchronized void close() throws Exception {
    if (shared != null) {
      shared.lm().close();
      shared = null;
    }
  }

  /** A news item written for this test, and its spin the way the WordNet spinner (family W) writes. */
  static final String W_ORIGINAL = String.join("\n",
      "The city council voted on Tuesday to approve a new fund for the harbor, as officials said the plan would be "
          + "paid for by a tax on hotel rooms.",
      "Council members said they had been discussing the measure for months, but the final vote came after a long "
          + "hearing in which residents complained about rising rents.",
      "\"We have to act now,\" the mayor said at the meeting. \"This will not be easy, but it is the right thing to "
          + "do.\"",
      "Opponents said the council had moved too fast and that the plan would hurt small businesses near the water.",
      "The new fund is expected to be in place by the end of the year, officials said.");
  static final String W_SPUN = String.join("\n",
      "The metropolis council voted connected Tuesday to o.k. a caller fund for the harbor, arsenic officials said "
          + "the program would beryllium paid for by a tax connected hotel rooms.",
      "Council members said they had been discussing the measure for months, but the last ballot came aft a agelong "
          + "hearing successful which residents complained astir rising rents.",
      "\"We person to enactment now,\" the politician said astatine the meeting. \"This volition not beryllium easy, "
          + "but it is the close thing to do.\"",
      "Opponents said the council had moved excessively accelerated and that the program would wounded tiny "
          + "businesses adjacent the water.",
      "The caller fund is expected to beryllium successful spot by the extremity of the twelvemonth, officials said.");

  /** Seven of family A's favourite swaps (original -> spun). */
  private static final java.util.Map<String, String> FAVOURITE = java.util.Map.of("said", "mentioned", "more",
      "extra", "also", "additionally", "year", "12 months", "last", "final", "but", "however", "people",
      "individuals");

  private static final java.util.regex.Pattern FAVOURED =
      java.util.regex.Pattern.compile("\\b(said|more|also|year|last|but|people)\\b");

  /** The 3,421-word article written for the project's trials. */
  private static String longArticle() throws java.io.IOException {
    try (java.io.InputStream in = DefaultModelsTest.class.getResourceAsStream("long-article.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** {@code original} with the {@link #FAVOURITE} swaps made wherever they can be, and every other word left. */
  private static String withFavouriteSwaps(String original) {
    return FAVOURED.matcher(original).replaceAll(r -> FAVOURITE.get(r.group(1)));
  }

  /** How many swaps {@link #withFavouriteSwaps} makes in {@code original}. */
  private static int swaps(String original) {
    return (int) FAVOURED.matcher(original).results().count();
  }

  @Test
  void aCopyAnotherSpinnerMadeHasTheWordsItLeftRestoredLessSurelyThanItsSwaps() throws Exception {
    // a local story spun with another spinner's eight favourite swaps only: family A's table would also rewrite
    // "company", "during", "across", "large" and "were", which this spinner left as written, and read into the copy it
    // made them edits as sure as the swaps ("across" -> "around" at 0.97)
    String copy = org.unspin.testkit.OtherSpinnerCopy.copy();
    java.util.Map<String, String> theirs = org.unspin.testkit.OtherSpinnerCopy.SWAPS;
    Unspinner u = models().unspinner();
    assertThat(u.detect(copy).spun()).isTrue();
    Restoration r = u.restore(copy);
    List<Edit> swapsUndone = r.edits().stream().filter(e -> e.spun().equals(theirs.get(e.replacement()))).toList();
    List<Edit> others = r.edits().stream().filter(e -> !swapsUndone.contains(e)).toList();
    assertThat(swapsUndone.size()).isGreaterThanOrEqualTo(13); // of 18
    assertThat(others.size()).isLessThanOrEqualTo(5); // 7 before, two at 0.97 and 0.98
    assertThat(others).allSatisfy(e -> assertThat(e.confidence()).isLessThan(0.9));
    assertThat(r.edits()).noneMatch(e -> e.spun().equals("company") || e.spun().equals("during"));
    // and the restoration says its family explains only part of the copy
    assertThat(r.spinnerRate()).isLessThan(Unspinner.PARTLY_SPUN);
    // detect shows the spans restore makes, weighed as it weighs them ("across" -> "around" had been a span at 0.97)
    List<org.unspin.text.Span> made = r.edits().stream().map(Edit::span).toList();
    DetectionResult d = u.detect(copy);
    assertThat(d.spinnerRate()).isEqualTo(r.spinnerRate());
    assertThat(d.spans()).isNotEmpty().allSatisfy(e -> {
      assertThat(made).contains(e.span());
      assertThat(e.spun()).isNotIn("company", "during");
    });
  }

  @Test
  void aTextOfTheShortTextLengthOrMoreWithNothingToShowIsNotCalledSpun() throws Exception {
    // a poem written for a genre trial (141 words) was spun at P 0.717 with no span at all: its evidence is the
    // thesaurus channel's and the wording's, which a poem's word choice gives as a spin does
    String poem = String.join("\n",
        "Allotment, November",
        "",
        "The beans are done. Their strings hang slack",
        "from canes that lean like tired men",
        "along the path, and no one's back",
        "to tie them up or start again.",
        "",
        "My father's spade is in the shed",
        "beside his boots, still caked with clay.",
        "I meant to turn the onion bed.",
        "I meant to, every Saturday.",
        "",
        "The robin doesn't mind the weeds.",
        "He follows me from row to row",
        "and takes the worms and fallen seeds",
        "and keeps an eye on where I go.",
        "",
        "I dig a little. Not a lot.",
        "The ground is cold and hard to break.",
        "But something in this muddy plot",
        "still wants me here for someone's sake,",
        "",
        "so I will come back in the spring",
        "with seed potatoes in a sack,",
        "and plant them out, and everything",
        "he grew here, I will grow it back.");
    DetectionResult d = models().unspinner().detect(poem);
    assertThat(d.spans()).isEmpty();
    assertThat(d.spun()).isFalse();
    assertThat(d.spunProbability()).isLessThan(0.1);
  }

  @Test
  void anEssayOfLongPeriodsIsNotCalledSpun() throws Exception {
    // written for the project's trial of older registers, as academic history writes: its rare words and long
    // periods read to the news-trained models like a spinner's (P 0.94, "spinner A"); its clauses per sentence say
    // which register it is
    String history = "The enclosure of common fields in the English Midlands has long been read as a story of "
        + "dispossession, and the older literature, from the Hammonds onward, treated the parliamentary "
        + "acts of the later eighteenth century as the decisive moment at which the small cultivator was "
        + "driven from the land. More recent work has complicated this picture considerably. Studies of "
        + "individual parishes, drawing on tithe maps, land-tax returns, and the surviving papers of "
        + "enclosure commissioners, suggest that the process was slower, more uneven, and more dependent "
        + "on local circumstance than the classic accounts allowed.\n\n"
        + "In a number of Leicestershire villages, for example, the consolidation of holdings had begun "
        + "well before any act was sought, through private agreements among the principal proprietors; the "
        + "act, when it came, ratified a distribution that was already largely in place. Elsewhere, and "
        + "particularly where common rights had supported a substantial population of cottagers, the "
        + "effects were sharper and more immediate, and the petitions of protest that survive in the "
        + "county record offices testify to a genuine sense of loss.\n\n"
        + "What emerges, then, is not a single narrative but a range of experiences, shaped by soil, by "
        + "the structure of landholding, and by the presence or absence of alternative employment. This "
        + "does not mean that the older interpretation was simply wrong. It means, rather, that its moral "
        + "force, which remains considerable, must be grounded in the particular, and that generalisations "
        + "about the fate of the English peasantry ought to be made, if at all, with a good deal more "
        + "caution than they once were.";
    DetectionResult d = models().unspinner().detect(history);
    assertThat(d.spun()).isFalse();
    assertThat(d.spunProbability()).isLessThan(0.4);
    assertThat(d.evidence().get("marksPerSentence")).isLessThan(-1);
  }

  @Test
  void aLongArticleWithTheSpinnersFavouriteSwapsThroughoutIsFoundAndRestoredInThoseSwaps() throws Exception {
    // a 3,421-word article written for the project's trials, and a copy with seven of family A's favourite swaps
    // made wherever they could be (91 words) and every other word left: judged as a whole it was P 0.29
    String original = longArticle();
    String copy = withFavouriteSwaps(original);
    assertThat(swaps(original)).isEqualTo(91);
    Unspinner u = models().unspinner();
    DetectionResult d = u.detect(copy);
    assertThat(d.spun()).isTrue();
    assertThat(d.spinner()).isEqualTo("A");
    assertThat(d.evidence()).containsKey("spunThroughout");
    Restoration r = u.restore(copy);
    // nearly every swap is undone, and little else is changed
    long undone = r.edits().stream().filter(e -> FAVOURITE.containsValue(e.spun())
        && FAVOURITE.get(e.replacement()) != null && FAVOURITE.get(e.replacement()).equals(e.spun())).count();
    assertThat(undone).isGreaterThanOrEqualTo(80);
    assertThat(r.edits().size() - undone).isLessThanOrEqualTo(10);
    // the article itself is left alone
    assertThat(u.detect(original).spun()).isFalse();
    assertThat(u.restore(original).edits()).isEmpty();
  }

  @Test
  void aMediumLengthCopyWithTheSpinnersFavouriteSwapsIsFoundAndItsSwapsShownAndRestored() throws Exception {
    // the article's first paragraphs, about 600 words, with the seven favourite swaps above made wherever they could
    // be: judged as a whole, such copies were as clean as their originals
    StringBuilder cut = new StringBuilder();
    for (String paragraph : longArticle().split("\n\n")) {
      if (cut.toString().split("\\s+").length >= 600) {
        break;
      }
      cut.append(paragraph).append("\n\n");
    }
    String original = cut.toString();
    String copy = withFavouriteSwaps(original);
    int swaps = swaps(original);
    assertThat(original.split("\\s+").length)
        .isBetween(org.unspin.detect.Detector.SPREAD_WORDS, org.unspin.detect.Detector.CONTEXT_WORDS);
    assertThat(swaps).isGreaterThanOrEqualTo(8);
    Unspinner u = models().unspinner();
    DetectionResult d = u.detect(copy);
    assertThat(d.spun()).isTrue();
    assertThat(d.evidence()).containsKey("spunThroughout");
    // the spans shown are the swaps restore undoes, in every paragraph that holds one
    assertThat(d.spans()).isNotEmpty().allSatisfy(e -> assertThat(FAVOURITE).containsValue(e.spun()));
    Restoration r = u.restore(copy);
    long undone = r.edits().stream().filter(e -> e.spun().equals(FAVOURITE.get(e.replacement()))).count();
    assertThat(undone).isGreaterThanOrEqualTo(swaps - 2);
    assertThat(r.edits().size() - undone).isLessThanOrEqualTo(1);
    assertThat(u.detect(original).spun()).isFalse();
    assertThat(u.restore(original).edits()).isEmpty();
  }

  @Test
  void aCopyOfTwoToThreeHundredWordsWithASpinnersSwapsThroughoutIsFound() throws Exception {
    // an integrity desk's trial: a cheap spinner's 250-word copy with four "mentioned" and two "12 months" was P 0.155,
    // under the 300 words from which a family's swaps throughout were weighed (now 200)
    String copy = org.unspin.testkit.CheapSpinCopy.COPY;
    assertThat(copy.split("\\s+").length).isBetween(org.unspin.detect.Detector.SPREAD_WORDS, 300);
    Unspinner u = models().unspinner();
    DetectionResult d = u.detect(copy);
    assertThat(d.spun()).isTrue();
    assertThat(d.evidence()).containsKey("spunThroughout");
    assertThat(u.restore(copy).edits()).extracting(Edit::spun).contains("mentioned", "12 months");
    assertThat(u.detect(org.unspin.testkit.CheapSpinCopy.ORIGINAL).spun()).isFalse();
  }

  @Test
  void wordsAnAcronymNoLongerFitsAreRestoredToTheThesaurusWordsItSpellsAndAFittingDefinitionIsLeft()
      throws Exception {
    // a spinner rewrites the words of a definition and leaves its acronym: the acronym names the originals' initials
    Unspinner u = models().unspinner();
    String spun = "We trained an artificial neural system (ANN) and compared it with an irregular woodland (RF) on "
        + "the survey data, as the consumer cost index (CPI) rose.";
    Restoration r = u.restore(spun, true);
    assertThat(r.text()).contains("artificial neural network (ANN)", "a random forest (RF)", "consumer price index");
    // V.E.R.A. knows "artificial neural networks": the dictionary's expansion restores that definition
    assertThat(r.edits()).filteredOn(e -> List.of("system", "irregular", "woodland", "cost").contains(e.spun()))
        .extracting(Edit::spun, Edit::origin).containsExactly(tuple("system", "acronym_expansion"),
            tuple("irregular", "acronym"), tuple("woodland", "acronym"), tuple("cost", "acronym"));
    String clean = "The consumer price index (CPI) rose 2.7% in June, and the producer price index (PPI) fell.";
    assertThat(u.restore(clean, true).text()).isEqualTo(clean);
  }

  @Test
  void anAcronymItsWordsNoLongerFitMakesATextSpunAndItsDefinitionsAreRestored() throws Exception {
    // a news item written for this test: only its two definitions are spun, and the acronyms tell
    Unspinner u = models().unspinner();
    String clean = "Consumer prices rose again in March. The consumer price index (CPI) increased 0.4% from "
        + "February, while the producer price index (PPI) fell 0.2%, the statistics office reported on Tuesday. "
        + "Economists had expected a smaller rise.";
    String spun = clean.replace("consumer price index", "customer cost index")
        .replace("producer price index", "manufacturer cost index");
    DetectionResult c = u.detect(clean);
    DetectionResult s = u.detect(spun);
    assertThat(c.spun()).isFalse();
    assertThat(c.evidence()).containsEntry("misfitAcronyms", 0.0);
    assertThat(s.spun()).isTrue();
    assertThat(s.evidence().get("misfitAcronyms")).isGreaterThan(3.0);
    // where they are, for a reader who wants to see why: each definition, its acronym, its words that no longer fit
    assertThat(c.brokenAcronyms()).isEmpty();
    assertThat(s.brokenAcronyms()).extracting(b -> spun.substring(b.span().start(), b.span().end()),
        BrokenAcronym::acronym).containsExactly(tuple("customer cost index (CPI)", "CPI"),
        tuple("manufacturer cost index (PPI)", "PPI"));
    assertThat(s.brokenAcronyms()).flatExtracting(BrokenAcronym::misfits)
        .allSatisfy(m -> assertThat(spun.substring(m.span().start(), m.span().end())).isEqualTo(m.word()))
        .extracting(BrokenAcronym.Misfit::word, BrokenAcronym.Misfit::letter)
        .containsExactly(tuple("cost", 'P'), tuple("manufacturer", 'P'), tuple("cost", 'P'));
    // a text in capitals is read in sentence case, and its offsets still point at its own words
    DetectionResult loud = u.detect(spun.toUpperCase(java.util.Locale.ROOT));
    assertThat(loud.brokenAcronyms()).flatExtracting(BrokenAcronym::misfits).extracting(BrokenAcronym.Misfit::word)
        .isSubsetOf("COST", "MANUFACTURER");
    assertThat(u.restore(spun).text()).contains("customer price index (CPI)", "manufacturer price index (PPI)");
    assertThat(u.restore(clean).text()).isEqualTo(clean);
  }

  @Test
  void aBrokenDefinitionIsRestoredToWhatItsAcronymStandsFor() throws Exception {
    // sentences written for this test: V.E.R.A. knows what IoT and AI stand for, and the spun words are related to
    // the dictionary's (thesaurus neighbours, "items" and "things") but for one that no longer fits its letter
    Unspinner u = models().unspinner();
    Restoration r = u.restore("Cheap sensors connected to the web of items (IoT) report the temperature every "
        + "minute.\n\nShe teaches man-made intellect (AI) at the university.\n");
    assertThat(r.text()).isEqualTo("Cheap sensors connected to the internet of things (IoT) report the temperature "
        + "every minute.\n\nShe teaches artificial intelligence (AI) at the university.\n");
    assertThat(r.edits()).filteredOn(e -> e.origin().equals("acronym_expansion")).extracting(Edit::spun)
        .contains("man-made intellect");
    // a definition that fits is left as it is, whatever else the acronym stands for
    String clean = "Sensors connected to the internet of things (IoT) report the temperature every minute.";
    assertThat(u.restore(clean).text()).isEqualTo(clean);
  }

  @Test
  void theOpenChannelProposesNoProperNameOrAcronymForACommonWord() throws Exception {
    // WordNet lists "ER" beside "emergency room" and "Er" (erbium) beside "erbium": read in lower case they were
    // proposed as originals, and a spun hospital article had "the emergency room" restored as "the er" (0.91)
    Unspinner u = models().unspinner();
    String text = "State health data show that the average emergency room wait across the region was 3 hours, "
        + "officers mentioned, and extra individuals left.";
    Restoration r = u.restore(text, true);
    assertThat(r.edits()).extracting(Edit::original).contains("said").doesNotContain("er", "ER");
    assertThat(r.text()).contains("the average emergency room wait");
  }

  @Test
  void theWordNetSpinnerIsNamedAndUndoneWhereTheLearnedTableDoesNotExplainASpin() throws Exception {
    DefaultModels m = models();
    Unspinner u = m.unspinner();
    assertThat(u.spinners()).containsExactly("A", "W");
    DetectionResult d = u.detect(W_SPUN);
    assertThat(d.spun()).isTrue();
    assertThat(d.spinner()).isEqualTo("W");
    assertThat(d.spinners().get("W")).isGreaterThan(0.99);
    assertThat(d.spans()).extracting(Edit::spun).contains("arsenic", "beryllium", "connected");
    Restoration r = u.restore(W_SPUN);
    assertThat(r.spinner()).isEqualTo("W");
    assertThat(r.text()).contains("voted on Tuesday", "as officials said", "would be paid", "hearing in which",
        "said at the meeting", "This will not be easy");
    assertThat(r.edits()).allSatisfy(e -> assertThat(e.origin()).isIn("rule", "table", "thesaurus", "morphology"));
    // a letter is no word this spinner replaced, though WordNet lists "A", "T", "G" and "C" beside the bases
    Restoration bases = u.restore(W_SPUN + "\nThe strands are held together by the bases adenine, thymine, guanine "
        + "and cytosine, the council's expert said.");
    assertThat(bases.spinner()).isEqualTo("W");
    assertThat(bases.text()).contains("adenine, thymine, guanine and cytosine");
    // the clean original is not spun, and a family-A spin keeps its family
    assertThat(u.detect(W_ORIGINAL).spun()).isFalse();
    // the posterior lists "none" first and the families in scoring order, the same in every run
    assertThat(u.detect(W_ORIGINAL).spinners().keySet()).containsExactly("none", "A");
    assertThat(d.spinners().keySet()).containsExactly("none", "A", "W");
    assertThat(u.detect(org.unspin.testkit.SpunArticle.SPIN + "\n" + org.unspin.testkit.SpunArticle.SPIN).spinner())
        .isEqualTo("A");
  }

  @Test
  void optionsWithANullSpinnerTableNameItsIndex() {
    java.util.List<Path> tables = java.util.Arrays.asList(Path.of("a.tsv"), null);
    // before: List.copyOf's NullPointerException, without a message
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DefaultModels.Options(null, null, tables))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spinnerTables holds no path at index 1");
    assertThat(new DefaultModels.Options(null, null, null).spinnerTables()).isEmpty();
  }

  @Test
  void aDetectionLoggedSaysItsVerdictAndSizesButNoWordOfTheText() throws Exception {
    DetectionResult d = models().unspinner().detect(W_SPUN);
    assertThat(d.spans()).extracting(Edit::spun).contains("arsenic", "beryllium");
    // before: the record's own string, every span with its words and alternatives, longer than the text itself
    assertThat(d.toString()).doesNotContain("arsenic").doesNotContain("beryllium").doesNotContain("council")
        .isEqualTo("DetectionResult[spun=true, spunProbability=" + String.format(java.util.Locale.ROOT, "%.4f",
            d.spunProbability()) + ", spinner=W, paragraphs=" + d.paragraphs().size() + ", spans="
            + d.spans().size() + ", disguised=0]");
    assertThat(models().unspinner().detect("").toString())
        .endsWith("spans=0, disguised=0, notJudged=no words to judge]");
  }

  @Test
  void aServiceWritesTheCommandLinesJsonWithTheApiAlone() throws Exception {
    // before: ResultJson was in unspin-cli, which brought picocli, Jackson, PDFBox, jwarc and the server along
    Unspinner u = models().unspinner();
    Restoration r = u.restore(W_SPUN);
    String json = ResultJson.restoration("submission-17", r, u);
    assertThat(json).startsWith("{\"file\":\"submission-17\",\"spinner\":\"W\",\"spinnerDescription\":\"a WordNet "
        + "synonym spinner").endsWith("}\n").hasLineCount(1);
    Edit first = r.edits().get(0);
    assertThat(json).contains("\"edits\":[{\"start\":" + first.span().start() + ",\"end\":" + first.span().end()
        + ",\"spun\":" + org.unspin.text.JsonStrings.quote(first.spun()) + ",\"original\":")
        .contains("\"text\":" + org.unspin.text.JsonStrings.quote(r.text()));
    DetectionResult d = u.detect(W_SPUN);
    assertThat(ResultJson.detection("submission-17", d)).startsWith("{\"file\":\"submission-17\",\"spun\":true,"
        + "\"spunProbability\":" + String.format(java.util.Locale.ROOT, "%.4f", d.spunProbability())
        + ",\"spinner\":\"W\"")
        .contains("\"reasons\":" + org.unspin.text.JsonStrings.quote(Explanations.reasons(d))).hasLineCount(1);
  }

  @Test
  void aHeadlineInCapitalsIsRestoredAsTheSameWordsInLowerCaseAre() throws Exception {
    DefaultModels m = models();
    Unspinner u = m.unspinner();
    String sentence = "The mayor said the city would build a new bridge over the river next year as part of a "
        + "larger plan to repair roads";
    java.util.function.Function<String, List<String>> edits = t -> u.restore(t, true).edits().stream()
        .map(e -> e.spun().toLowerCase(java.util.Locale.ROOT) + " -> "
            + e.replacement().toLowerCase(java.util.Locale.ROOT)).toList();
    List<String> plain = edits.apply(sentence);
    // a headline's words, looked up as written, were names or sentence starts to the model, and lost to lower-case
    // candidates: "Said" -> "Stated", "Next" -> "Following", "LARGER" -> "GREATER"
    assertThat(edits.apply(titleCase(sentence))).isEqualTo(plain);
    assertThat(edits.apply(sentence.toUpperCase(java.util.Locale.ROOT))).isEqualTo(plain);
    // a spun headline is still restored
    assertThat(u.restore("Chinese Officers Mentioned The Talks Would Additionally Resume Next Week", true).text())
        .isEqualTo("Chinese Officials Said The Talks Would Also Resume Next Week");
  }

  @Test
  void wordsInCapitalsBesideEachOtherAreReadAsTheSameWordsInLowerCase() throws Exception {
    DefaultModels m = models();
    Unspinner u = m.unspinner();
    // two words in capitals are too few to be a headline; "TIME" as written is a name to the model, and lost to
    // the table's lower-case "while" (of which "time" is a rare spin)
    assertThat(u.restore("GIVEAWAY TIME! Win a year of coffee.", true).edits()).isEmpty();
    assertThat(u.restore("Giveaway time! Win a year of coffee.", true).edits()).isEmpty();
    // spun words in capitals are still restored, an acronym among lower-case words is still read as written
    assertThat(u.restore("Officers MENTIONED ADDITIONALLY that the talks would resume.", true).text())
        .endsWith(" SAID ALSO that the talks would resume.");
    assertThat(u.restore("The US economy grew, officers mentioned.", true).text())
        .isEqualTo("The US economy grew, officials said.");
  }

  /** A spun post written for the test (a trust-and-safety trial's), spun by family A's choices. */
  static final String POST = "Officials mentioned on Tuesday that the talks would resume subsequent week, however "
      + "diplomats warned that a deal was still far from certain. Individuals in the region have seen several rounds "
      + "of talks collapse in recent years, and many remain doubtful. Aid groups said the situation was getting "
      + "worse every day and urged leaders to act rapidly.";

  /** A licence's text from the SPDX list the detector reads (fetched into the model cache, as detection does). */
  private static String spdxLicence(String id) throws java.io.IOException {
    Path tgz = Store.fromEnvironment().fetch(org.unspin.fetch.Artifacts.SPDX_LICENCES, Progress.NONE);
    String[] text = new String[1];
    org.unspin.fetch.Tar.forEachFile(tgz, (name, size, content) -> {
      if (name.equals("package/licenses/" + id + ".json")) {
        text[0] = (String) org.unspin.text.JsonStrings.parseFlat(
            new String(content.readAllBytes(), StandardCharsets.UTF_8)).get("licenseText");
      }
    });
    return java.util.Objects.requireNonNull(text[0], id);
  }

  @Test
  void aLicenceIsNotJudgedNorRestoredAndBelowAnArticleItLeavesTheArticleAsItWas() throws Exception {
    // the Apache licence had been called spun at P 0.87 ("within" -> "in", "NOTICE" -> "REALIZE")
    String apache = spdxLicence("Apache-2.0");
    Unspinner u = models().unspinner();
    DetectionResult d = u.detect(apache);
    assertThat(d.spun()).isFalse();
    assertThat(d.notJudged()).hasValue("licence text, not judged (100% of its 6-word runs are in the SPDX licence "
        + "texts, such as Apache-2.0)");
    Restoration forced = u.restore(apache, true);
    assertThat(forced.text()).isEqualTo(apache);
    assertThat(forced.edits()).isEmpty();
    // its longest clause below a spun article: the clause is not judged, the article is judged and restored as alone
    String clause = java.util.Arrays.stream(apache.split("\n\n"))
        .max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
    String spun = "The mayor mentioned on Tuesday that the town would spend 5 million {dollars} on new bridges over "
        + "the following 12 months, a plan that officers have debated for a very long time.\n\nCritics mentioned "
        + "the plan was too costly, however the mayor insisted that the previous bridges had turn out to be unsafe.";
    String page = spun + "\n\n" + clause;
    DetectionResult withClause = u.detect(page);
    assertThat(withClause.spunProbability()).isEqualTo(u.detect(spun).spunProbability());
    ParagraphResult last = withClause.paragraphs().get(withClause.paragraphs().size() - 1);
    assertThat(last.notJudged()).hasValueSatisfying(n -> assertThat(n).startsWith("licence text, not judged ("));
    assertThat(last.spunProbability()).isZero();
    Restoration r = u.restore(page);
    assertThat(r.text()).isEqualTo(u.restore(spun).text() + "\n\n" + clause);
    assertThat(r.edits()).isNotEmpty();
    // the whole licence below the article, 1,700 words under 50, does not set the article aside
    DetectionResult padded = u.detect(spun + "\n\n" + apache);
    assertThat(padded.notJudged()).isEmpty();
    assertThat(padded.spun()).isTrue();
    // a copy of the licence with a word in ten swapped is judged
    String swapped = apache.replace(" the ", " this ").replace(" shall ", " will ").replace(" any ", " each ");
    assertThat(u.detect(swapped).notJudged()).isEmpty();
  }

  @Test
  void aCopyThatSpunOneParagraphOfAnArticleHasOnlyThatParagraphRestored() throws Exception {
    // a farm copy spins some paragraphs and keeps the rest: the whole text is called spun, and its kept paragraphs,
    // clean on their own, had been restored too ("again" -> "back", "start" -> "beginning")
    String[] clean = org.unspin.testkit.PartlySpunCopy.CLEAN;
    String spun = "The mayor mentioned on Tuesday that the town would spend 5 million {dollars} on new bridges over "
        + "the following 12 months, a plan that officers have debated for a very long time.";
    String text = String.join("\n\n", clean[0], clean[1], spun, clean[2], clean[3]);
    Unspinner u = models().unspinner();
    Restoration r = u.restore(text);
    assertThat(r.spunProbability()).isGreaterThan(0.5);
    int at = text.indexOf(spun);
    assertThat(r.edits()).isNotEmpty().allSatisfy(e -> assertThat(e.span().start()).isBetween(at, at + spun.length()));
    assertThat(r.text()).contains("The mayor said on Tuesday").contains(clean[0]).contains(clean[3]);
    assertThat(r.paragraphs().get(0).aloneProbability()).isLessThan(0.2);
    assertThat(r.paragraphs().get(2).aloneProbability()).isGreaterThan(0.9);
    // and detect shows what restore changes: no span in the paragraphs it leaves
    assertThat(u.detect(text).spans()).isNotEmpty()
        .allSatisfy(e -> assertThat(e.span().start()).isBetween(at, at + spun.length()));
  }

  @Test
  void aCopyNotCalledSpunStillRestoresTheParagraphSpunOnItsOwn() throws Exception {
    // a farm copy that spun one paragraph among four clean ones is not called spun; its spun paragraph, marked as spun
    // on its own, had shown no span and been left as it was
    String[] clean = org.unspin.testkit.PartlySpunCopy.CLEAN;
    String spun = org.unspin.testkit.PartlySpunCopy.SPUN;
    String text = String.join("\n\n", clean[0], clean[1], spun, clean[2], clean[3]);
    Unspinner u = models().unspinner();
    Restoration r = u.restore(text);
    assertThat(r.spunProbability()).isLessThan(0.5);
    assertThat(r.paragraphs()).extracting(ParagraphResult::spunAlone).containsExactly(false, false, true, false, false);
    int at = text.indexOf(spun);
    assertThat(r.edits()).isNotEmpty().allSatisfy(e -> assertThat(e.span().start()).isBetween(at, at + spun.length()));
    assertThat(r.text()).contains("Officials said on Tuesday that the talks would resume next week, but diplomats")
        .contains(clean[0]).contains(clean[1]).contains(clean[2]).contains(clean[3]);
    DetectionResult d = u.detect(text);
    assertThat(d.spun()).isFalse();
    assertThat(d.spans()).extracting(Edit::spun).contains("mentioned", "subsequent", "however");
    assertThat(d.spans()).allSatisfy(e -> assertThat(e.span().start()).isBetween(at, at + spun.length()));
    // a higher threshold asks more of a paragraph alone too (0.95 at 0.9; the paragraph is at about 0.79)
    assertThat(u.withThreshold(0.9).detect(text).paragraphs()).noneMatch(ParagraphResult::spunAlone);
    assertThat(u.withThreshold(0.9).restore(text).edits()).isEmpty();
  }

  @Test
  void aParagraphNextToOneSpunOnItsOwnIsSpunOnItsOwnFromALowerBar() throws Exception {
    // a farm spins a stretch of paragraphs, and of its short ones only some reach the bar of 0.7 alone: a lightly
    // spun one ("additionally", "officers mentioned") at about 0.63 next to one spun on its own is spun on its own too
    String[] clean = org.unspin.testkit.PartlySpunCopy.CLEAN;
    String spun = org.unspin.testkit.PartlySpunCopy.SPUN;
    String volunteers = "Volunteers who help with the reading programme for children will keep their Saturday "
        + "mornings, and the board thanked them for the work they did during the winter.";
    String branches = "The east side branches were built in the nineteen sixties and two of them were renovated last "
        + "year with money from the city and a bond approved by voters.";
    String next = "A spokesman for the ministry declined to comment additionally on the talks, which officers "
        + "mentioned would continue. Negotiators are expected to meet again in the capital in March.";
    Unspinner u = models().unspinner();
    String text = String.join("\n\n", clean[0], clean[1], volunteers, spun, next, clean[2], branches, clean[3]);
    Restoration r = u.restore(text);
    assertThat(r.spunProbability()).isLessThan(0.5);
    assertThat(r.paragraphs().get(4).aloneProbability())
        .isBetween(0.4, org.unspin.detect.Detector.SPUN_ALONE_PROBABILITY);
    assertThat(r.paragraphs()).extracting(ParagraphResult::spunAlone)
        .containsExactly(false, false, false, true, true, false, false, false);
    assertThat(r.text()).contains("declined to comment also on the talks, which officials said would continue");
    // the same paragraph without a neighbour spun on its own, or a clean paragraph away from it, is not
    String alone = String.join("\n\n", clean[0], clean[1], volunteers, next, clean[2], branches, clean[3]);
    assertThat(u.detect(alone).paragraphs()).noneMatch(ParagraphResult::spunAlone);
    String apart = String.join("\n\n", clean[0], clean[1], volunteers, spun, clean[2], next, branches, clean[3]);
    assertThat(u.detect(apart).paragraphs()).extracting(ParagraphResult::spunAlone)
        .containsExactly(false, false, false, true, false, false, false, false);
  }

  @Test
  void aHeadingHasNoProbabilityAloneOfItsOwnButItsTexts() throws Exception {
    // a paper's "3.2 Method" had been 0.9999 alone ("Method" -> "Way"), the first thing a sort on the CSV's
    // max_alone_probability found
    String text = "A Study of Soil Moisture\n\n3.2 Method\n\nWe measured the moisture of soil samples from forty "
        + "farms across the region during two growing seasons, using a standard gravimetric procedure and a "
        + "calibrated probe.\n\nThe results show that moisture fell steadily in the dry months, and that fields "
        + "with cover crops kept more water than bare fields.\n";
    DetectionResult d = models().unspinner().detect(text);
    assertThat(d.paragraphs()).hasSize(4);
    assertThat(d.paragraphs().get(1).aloneProbability()).isEqualTo(d.spunProbability())
        .isEqualTo(d.paragraphs().get(0).aloneProbability());
  }

  @Test
  void aTextOfOver1000WordsHasNoParagraphSpunOnItsOwn() throws Exception {
    // its paragraphs are judged in their surroundings: papers of 2,500 words had had clean paragraphs spun alone
    String clean = String.join(" ", org.unspin.testkit.PartlySpunCopy.CLEAN);
    String text = String.join("\n\n", clean + " " + clean, clean + " " + clean, org.unspin.testkit.PartlySpunCopy.SPUN,
        clean + " " + clean, clean + " " + clean) + "\n";
    assertThat(text.split("\\s+").length).isGreaterThan(1000);
    DetectionResult d = models().unspinner().detect(text);
    assertThat(d.paragraphs().get(2).aloneProbability())
        .isGreaterThan(org.unspin.detect.Detector.SPUN_ALONE_PROBABILITY);
    assertThat(d.paragraphs()).noneMatch(ParagraphResult::spunAlone);
    // the same paragraph among shorter ones is
    String shorter = String.join("\n\n", clean, org.unspin.testkit.PartlySpunCopy.SPUN, clean) + "\n";
    assertThat(models().unspinner().detect(shorter).paragraphs().get(1).spunAlone()).isTrue();
  }

  @Test
  void aLongTextCalledSpunLeavesItsParagraphsCleanOnTheirOwn() throws Exception {
    // over 1,000 words, paragraphs are judged in their surroundings: a spun paragraph among every four clean ones made
    // the clean ones spun too, and they were restored ("extra" -> "more", "begin" -> "start", "again" -> "back")
    String[] clean = org.unspin.testkit.PartlySpunCopy.CLEAN;
    StringBuilder sb = new StringBuilder();
    List<int[]> spun = new java.util.ArrayList<>();
    for (int k = 0; k < 7; k++) {
      sb.append(clean[0]).append("\n\n").append(clean[1]).append("\n\n");
      spun.add(new int[] {sb.length(), sb.length() + POST.length()});
      sb.append(POST).append("\n\n").append(clean[2]).append("\n\n").append(clean[3]).append("\n\n");
    }
    String text = sb.toString();
    Restoration r = models().unspinner().restore(text);
    assertThat(text.split("\\s+").length).isGreaterThan(1000);
    assertThat(r.spunProbability()).isGreaterThan(0.5);
    assertThat(r.edits()).hasSizeGreaterThanOrEqualTo(7 * 3).allSatisfy(e -> assertThat(spun)
        .anySatisfy(s -> assertThat(e.span().start()).isBetween(s[0], s[1])));
  }

  @Test
  void hashtagsAndAContactAddressDoNotHideASpin() throws Exception {
    DefaultModels m = models();
    Unspinner u = m.unspinner();
    double plain = u.detect(POST).spunProbability();
    // a line of six hashtags had counted six unknown words (P 0.70 -> 0.40, "not spun")
    assertThat(u.detect(POST + "\n#news #breaking #world #peace #politics #fyp").spunProbability())
        .isCloseTo(plain, org.assertj.core.data.Offset.offset(0.02));
    // a text in capitals has no lower-case word: its contact address had made its unknown-word rate 1 of 1
    String shouted = POST.toUpperCase(java.util.Locale.ROOT);
    double caps = u.detect(shouted).spunProbability();
    assertThat(u.detect(shouted + "\n\nEMAIL press@example.com").spunProbability())
        .isCloseTo(caps, org.assertj.core.data.Offset.offset(0.02));
  }

  @Test
  void aTextInCapitalsOrTitleCaseIsJudgedAndRestoredAsItsSentences() throws Exception {
    DefaultModels m = models();
    Unspinner u = m.unspinner();
    // written in capitals, spun texts had passed (11 of 20 in a trial); in Title Case, clean ones were spun (8 of 10)
    double plain = u.detect(POST).spunProbability();
    String shouted = POST.toUpperCase(java.util.Locale.ROOT);
    assertThat(u.detect(shouted).spunProbability()).isCloseTo(plain, org.assertj.core.data.Offset.offset(0.05));
    Restoration r = u.restore(shouted);
    assertThat(r.text()).startsWith("OFFICIALS SAID ON TUESDAY").contains("NEXT WEEK, BUT DIPLOMATS");
    assertThat(r.edits()).allSatisfy(e -> assertThat(e.spun()).isEqualTo(e.span().of(shouted)));
    String clean = W_ORIGINAL;
    StringBuilder title = new StringBuilder();
    for (String w : clean.split(" ", -1)) {
      title.append(title.length() == 0 ? "" : " ").append(org.unspin.text.CasePattern.capitalise(w));
    }
    assertThat(u.detect(clean).spun()).isFalse();
    assertThat(u.detect(title.toString()).spun()).isFalse();
  }

  @Test
  void aSpunArticlePaddedWithCleanTextIsSpunWhereItIsSpun() throws Exception {
    DefaultModels m = models();
    Unspinner u = m.unspinner();
    // 165 spun words followed by 467 clean ones had scored P 0.05, every paragraph clean
    String clean = W_ORIGINAL.replace("\n", " ");
    String padded = String.join("\n\n", POST, POST.replace("Officials", "The officials"),
        POST.replace("Aid groups", "Charities"), clean, clean, clean, clean);
    DetectionResult d = u.detect(padded);
    assertThat(d.spun()).isTrue();
    assertThat(d.paragraphs()).extracting(ParagraphResult::spun)
        .containsExactly(true, true, true, false, false, false, false);
    Restoration r = u.restore(padded);
    int cleanStart = padded.indexOf(clean);
    assertThat(r.edits()).isNotEmpty().allSatisfy(e -> assertThat(e.span().start()).isLessThan(cleanStart));
  }

  @Test
  void aCleanTextRestoredOnTheUsersWordKeepsItsNamesAndNumbers() throws Exception {
    DefaultModels m = models();
    Unspinner u = m.unspinner();
    // restored by force, clean news had become "S&P World", "Level Stores", "Category four", "No. one seed"
    String clean = "Shares of S&P Global rose after the deal, and Stage Stores Inc filed for bankruptcy. The storm "
        + "grew into a Category 4 hurricane. The Celtics are the No. 1 seed and won Game 5 on Monday.";
    // nor is such a text called spun on its names ("Global -> World", "Stage -> Level": P 0.70)
    assertThat(u.detect(clean).spun()).isFalse();
    Restoration r = u.restore(clean, true);
    assertThat(r.text()).contains("S&P Global", "Stage Stores", "Category 4", "No. 1 seed", "Game 5");
    // words in capitals led by a number: "OF" is no sentence's first word ("1000'S BECAUSE PEOPLE")
    assertThat(u.restore("1000'S OF INDIVIDUALS HAVE ALREADY SWITCHED AND THEY ARE SAVING EXTRA THAN EVER.", true)
        .text()).startsWith("1000'S OF ");
  }

  @Test
  void aSpunTextKeepsTheCapitalisedWordBeforeANumberAndStillRestoresTheMonthAndSpunNames() throws Exception {
    Unspinner u = models().unspinner();
    // a newsroom's filing: "(SEC Form 10-Q)" had been restored "(SEC Shape 10-Q)", "the Level 3 workplace" as
    // "the Point 3 workplace" (family A writes "form" for "shape", "level" for "point")
    String spun = "The corporate mentioned in a submitting (SEC Form 10-Q) that its income rose 5% within the final "
        + "12 months, and officers mentioned the agency would rent extra employees. The retailer had sought "
        + "safety on Could 5, the chief govt mentioned. Workers mentioned the Level 3 workplace would reopen "
        + "subsequent week, and the minister mentioned peace within the Center East was a precedence.";
    Restoration r = u.restore(spun);
    assertThat(r.spinner()).isEqualTo("A");
    assertThat(r.text()).contains("(SEC Form 10-Q)", "the Level 3 workplace", "on May 5", "the Middle East",
        "The company said in a filing");
  }

  @Test
  void anAbbreviationIsNotSpunForItsLettersWithoutDots() throws Exception {
    DefaultModels m = models();
    Unspinner u = m.unspinner();
    // WordNet lists "pa" beside "p.a." (per annum): a respelling, not a spinner's synonym
    assertThat(u.restore("Home loans at 8.35% p.a. for new customers.", true).edits()).extracting(Edit::spun)
        .doesNotContain("p.a.");
  }

  /** A clean news item in British spelling, written for this test. */
  static final String BRITISH = String.join("\n\n",
      "The council said on Tuesday that it had recognised the scale of the problem and would prioritise repairs to "
          + "the town centre before the autumn. Residents had criticised the programme for months, arguing that the "
          + "neighbourhood's roads were in a worse state than at any time in living memory.",
      "A spokesman for the council's transport committee said the work would be organised in stages so that "
          + "traffic could still move through the high street. He apologised for the delays and said that the "
          + "authority had been unable to realise its original plans because of rising costs and a shortage of "
          + "specialised labour, and that the road would stay open whilst the work was done.");

  @Test
  void aCleanBritishTextIsNotSpunOnItsSpellingAndKeepsIt() throws Exception {
    DefaultModels m = models();
    Unspinner u = m.unspinner();
    // every UK form was evidence of a respelling spinner: P 0.96, "recognised -> recognized" among its spans
    DetectionResult d = u.detect(BRITISH);
    assertThat(d.spun()).isFalse();
    assertThat(d.spans()).isEmpty();
    String american = BRITISH.replace("recognised", "recognized").replace("prioritise", "prioritize")
        .replace("centre", "center").replace("criticised", "criticized").replace("programme", "program")
        .replace("neighbourhood", "neighborhood").replace("organised", "organized").replace("apologised",
            "apologized").replace("realise", "realize").replace("specialised labour", "specialized labor");
    assertThat(d.spunProbability()).isLessThan(Math.max(0.1, 3 * u.detect(american).spunProbability()));
    // restored as if spun, the writer's spelling stays
    Restoration r = u.restore(BRITISH, true);
    assertThat(r.edits()).extracting(Edit::spun).doesNotContain("recognised", "centre", "programme", "organised",
        "apologised", "realise", "specialised", "labour", "whilst");
    // nor are the names of numbers: "crore" and "lakh" have only other numbers for neighbours (P 0.92, 1.00 before)
    assertThat(u.detect("Mr Sharma said the company would invest Rs 500 crore in a new plant in Pune over the next "
        + "three years.").spun()).isFalse();
    assertThat(u.restore("The families were paid Rs 12 lakh each, the minister said.", true).text())
        .contains("Rs 12 lakh");
    // and read as the number names the model knows: as unknown words they made a spun text look less spun
    String indian = "The council said on Tuesday that officers mentioned the plan would cost Rs 12 lakh, and extra "
        + "funds were needed. The mayor mentioned it would begin soon.";
    assertThat(u.detect(indian).spunProbability()).isCloseTo(u.detect(indian.replace("12 lakh", "12 million"))
        .spunProbability(), org.assertj.core.data.Offset.offset(0.02));
    // a compound the model does not know is no thesaurus evidence: each was called spun (P 0.96, 0.93), no span
    assertThat(u.detect("Two councils in the north-east have agreed to share services to save money, their leaders "
        + "said on Friday.").spun()).isFalse();
    assertThat(u.detect("Voters in the region will go to the polls in a by-election next month after the sitting "
        + "MP resigned.").spun()).isFalse();
    // a respelling in an American text is still a spinner's and undone
    String spun = org.unspin.testkit.SpunArticle.SPIN.replace("wanted extra talks", "wished to emphasise extra "
        + "talks");
    assertThat(u.restore(spun).text()).contains("wished to emphasize more talks");
  }

  @Test
  void aShortTextIsCalledSpunOnlyWithSomethingToShow() throws Exception {
    DefaultModels m = models();
    Unspinner u = m.unspinner();
    // one rare word and its common thesaurus neighbour made each clean sentence spun at P 1.000, with no span
    for (String clean : List.of("We report a case of myocarditis.", "Preheat the oven and grease the tin.",
        "The heron stands in the reeds.", "The batsman was caught at slip.")) {
      DetectionResult d = u.detect(clean);
      assertThat(d.spun()).as(clean).isFalse();
      assertThat(d.spans()).as(clean).isEmpty();
      assertThat(u.restore(clean).text()).isEqualTo(clean);
    }
    // a respelling or a digit is an everyday variant, not a substitution to show: it let the thesaurus evidence of
    // the other words through (P 1.000, 0.953)
    for (String clean : List.of("Get a personalised skincare routine built by dermatologists.",
        "Official Site: Get 3 Months of Premium for Free")) {
      assertThat(u.detect(clean).spun()).as(clean).isFalse();
    }
    // an unsure span is not something to show either: "Current" -> "present" at 0.52 let the thesaurus evidence of
    // the other words through (P 0.999)
    String timetables = "Current timetables are available on our website.";
    assertThat(u.restore(timetables, true).edits()).singleElement()
        .satisfies(e -> assertThat(e.confidence()).isLessThan(0.9));
    assertThat(u.detect(timetables).spun()).isFalse();
    // a short text with a spinner's substitution to show is still spun, and restored
    DetectionResult spun = u.detect("Officers mentioned the talks would resume next week.");
    assertThat(spun.spun()).isTrue();
    assertThat(spun.spans()).extracting(Edit::spun).contains("mentioned");
  }

  @Test
  void theKeptAlternativeOfASpanIsTheSpanAsWritten() throws Exception {
    DefaultModels m = models();
    Restoration r = m.unspinner().restore("The company paid 5 {dollars} for the shares, officers mentioned.", true);
    Edit braces = r.edits().stream().filter(e -> e.spun().equals("{dollars}")).findFirst().orElseThrow();
    // it was the span's words joined by spaces: "{ dollars }"
    assertThat(braces.alternatives()).filteredOn(Alternative::kept).extracting(Alternative::text)
        .containsExactly("{dollars}");
  }

  private static String titleCase(String s) {
    StringBuilder sb = new StringBuilder();
    for (String w : s.split(" ")) {
      sb.append(sb.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return sb.toString();
  }

  @Test
  void onTheDevelopmentSetOnlyTheWordNetSpinnersRealSpinIsNamedW() throws Exception {
    Path dir = org.unspin.testkit.SharedData.require("spun-news");
    Path unpaired = org.unspin.testkit.SharedData.require("spun-news-unpaired");
    DefaultModels m = models();
    Unspinner u = m.unspinner();
    List<Path> texts = new java.util.ArrayList<>();
    try (var s = Files.list(dir)) {
      s.filter(p -> p.getFileName().toString().endsWith(".spun.txt")).sorted().forEach(texts::add);
    }
    try (var s = Files.list(unpaired)) {
      s.filter(p -> p.getFileName().toString().matches("\\d+\\.txt")).sorted().forEach(texts::add);
    }
    List<String> named = new java.util.ArrayList<>();
    for (Path p : texts) {
      if (u.detect(Files.readString(p)).spinner().equals("W")) {
        named.add(p.getFileName().toString());
      }
    }
    // b012 is the one pair its meta file calls "W (WordNet-synset word spinner)"
    assertThat(named).containsExactly("b012.spun.txt");
  }

  private static final org.unspin.lexicon.TableEntry SAID = new org.unspin.lexicon.TableEntry(
      org.unspin.lexicon.TableEntry.Level.SURFACE, "said", "mentioned", 0.9, 3);

  @Test
  void aSpinnerTableOfAFamilyAlreadyLoadedIsRefusedNotSwappedIn(@TempDir Path dir) throws Exception {
    // a table learned with the default family name would silently have replaced the bundled table A
    Path a = dir.resolve("a.tsv");
    org.unspin.lexicon.SpinnerTables.write(org.unspin.lexicon.SpinnerTable.builder("A").add(SAID).build(), a);
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> DefaultModels.load(Store.fromEnvironment(), Progress.NONE, new DefaultModels.Options(null, null,
            List.of(a))));
    assertThat(e.getMessage()).contains(a.toString(), "family A", "--family NAME");
    // under a name of its own it is added beside A
    Path x = dir.resolve("x.tsv");
    org.unspin.lexicon.SpinnerTables.write(org.unspin.lexicon.SpinnerTable.builder("X").add(SAID).build(), x);
    DefaultModels m = DefaultModels.load(Store.fromEnvironment(), Progress.NONE, new DefaultModels.Options(null,
        null, List.of(x)));
    try {
      assertThat(m.unspinner().spinners()).contains("A", "X");
    } finally {
      m.lm().close();
    }
  }

  @Test
  void aSecondLoadSharesTheFirstsModelsAndClosingOneLeavesTheOtherWorking(@TempDir Path dir) throws Exception {
    Path list = Files.writeString(dir.resolve("list.tsv"), "counterfeit consciousness\tartificial intelligence\n",
        StandardCharsets.UTF_8);
    DefaultModels plain = DefaultModels.load(Store.fromEnvironment(), Progress.NONE, DefaultModels.Options.NONE);
    DefaultModels listed = DefaultModels.load(Store.fromEnvironment(), Progress.NONE,
        new DefaultModels.Options(null, list, List.of()));
    // the immutable models read from the store are the first load's; what the options change is the second's own
    assertThat(listed.lm()).isSameAs(plain.lm());
    assertThat(listed.wordNet()).isSameAs(plain.wordNet());
    assertThat(listed.moby()).isSameAs(plain.moby());
    assertThat(listed.knownTexts()).isSameAs(plain.knownTexts());
    assertThat(listed.spinners()).isNotSameAs(plain.spinners());
    Unspinner withList = listed.unspinner();
    Unspinner without = plain.unspinner();
    String phrase = "Our counterfeit consciousness system beats the baseline.";
    plain.lm().close(); // as a service closes the one it no longer needs
    assertThat(withList.restore(phrase, true).text()).isEqualTo("Our artificial intelligence system beats the "
        + "baseline.");
    assertThat(withList.detect(W_SPUN).spun()).isTrue();
    assertThat(without.detect(W_SPUN).spun()).isTrue();
    listed.lm().close();
  }

  @Test
  void anotherLanguageModelIsNamedByUnspinLmElseByTheUnspinLmProperty() {
    Map<String, String> env = new java.util.HashMap<>();
    Map<String, String> props = new java.util.HashMap<>();
    assertThat(DefaultModels.languageModelFile(env::get, props::get)).isEmpty();
    props.put("unspin.lm", "/srv/news-lm-4.bin");
    assertThat(DefaultModels.languageModelFile(env::get, props::get)).contains(Path.of("/srv/news-lm-4.bin"));
    env.put("UNSPIN_LM", "/data/lm.bin");
    assertThat(DefaultModels.languageModelFile(env::get, props::get)).contains(Path.of("/data/lm.bin"));
    env.put("UNSPIN_LM", "");
    assertThat(DefaultModels.languageModelFile(env::get, props::get)).contains(Path.of("/srv/news-lm-4.bin"));
  }

  @Test
  void aServiceNamesItsOwnLanguageModelWithTheUnspinLmProperty(@TempDir Path dir) throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(DefaultModels.languageModelFile().isEmpty(),
        "UNSPIN_LM or unspin.lm is set for this run: it would name the model instead");
    Path tiny = dir.resolve("tiny.arpa");
    try (java.io.InputStream in = org.unspin.testkit.SharedData.class.getResourceAsStream("tiny_trigram.arpa")) {
      Files.copy(in, tiny);
    }
    int tinyWords = org.unspin.lm.LanguageModels.open(tiny).vocabulary().size();
    int defaultWords = models().lm().vocabulary().size();
    System.setProperty(DefaultModels.LM_PROPERTY, tiny.toString());
    try {
      DefaultModels m = DefaultModels.load(Store.fromEnvironment(), Progress.NONE, DefaultModels.Options.NONE);
      assertThat(m.lm().vocabulary().size()).isEqualTo(tinyWords).isLessThan(defaultWords);
      assertThat(m.unspinner().detect("The talks ran long.").spunProbability()).isBetween(0.0, 1.0);
      System.setProperty(DefaultModels.LM_PROPERTY, dir.resolve("none.bin").toString());
      assertThatThrownBy(() -> DefaultModels.load(Store.fromEnvironment(), Progress.NONE,
          DefaultModels.Options.NONE)).isInstanceOf(java.nio.file.NoSuchFileException.class)
          .hasMessageContaining("none.bin");
    } finally {
      System.clearProperty(DefaultModels.LM_PROPERTY);
    }
  }

  @Test
  void aLearnedTablesDescriptionIsWhatTheLibrarysJsonSaysOfItsFamily(@TempDir Path dir) throws Exception {
    Path t = dir.resolve("farm.tsv");
    org.unspin.lexicon.SpinnerTables.write(org.unspin.lexicon.SpinnerTable.builder("farmdesc")
        .metadata("description", "the farms' rewriter").add(SAID).build(), t);
    DefaultModels m = DefaultModels.load(Store.fromEnvironment(), Progress.NONE, new DefaultModels.Options(null,
        null, List.of(t)));
    Unspinner u = m.unspinner();
    assertThat(u.describe("farmdesc")).isEqualTo("the farms' rewriter");
    DetectionResult d = u.detect(SAID_FIVE_TIMES);
    assertThat(d.spinner()).isEqualTo("farmdesc");
    assertThat(d.spinnerDescription()).isEqualTo("the farms' rewriter");
    assertThat(ResultJson.detection("x", d)).contains("\"spinnerDescription\":\"the farms' rewriter\"");
    assertThat(u.restore(SAID_FIVE_TIMES).spinnerDescription()).isEqualTo("the farms' rewriter");
    // a built-in family keeps its own words
    assertThat(u.describe("A")).startsWith("the common news spinner");
    assertThat(Unspinner.builder().languageModel(m.lm()).spinners(m.detectionFamilies())
        .spinnerDescription("A", "not the bundled family's").build().describe("A"))
        .startsWith("the common news spinner");
  }

  /** Five sentences in which the table {@link #SAID} of a family of one's own finds its spinner. */
  private static final String SAID_FIVE_TIMES = "The minister mentioned the talks were useful. Officials mentioned "
      + "the visit was delayed. The mayor mentioned the plan. The council mentioned the budget. She mentioned the "
      + "vote.";

  @Test
  void twoUnspinnersWithTablesOfOneFamilyNameDescribeEachItsOwn(@TempDir Path dir) throws Exception {
    // two clients of a platform each learned a table of their farm, both named "acme"
    Path one = dir.resolve("one.tsv");
    Path two = dir.resolve("two.tsv");
    org.unspin.lexicon.SpinnerTables.write(org.unspin.lexicon.SpinnerTable.builder("acme")
        .metadata("description", "client one's article farm").add(SAID).build(), one);
    org.unspin.lexicon.SpinnerTables.write(org.unspin.lexicon.SpinnerTable.builder("acme")
        .metadata("description", "client two's rewriter").add(SAID).build(), two);
    Unspinner first = DefaultModels.load(Store.fromEnvironment(), Progress.NONE,
        new DefaultModels.Options(null, null, List.of(one))).unspinner();
    Unspinner second = DefaultModels.load(Store.fromEnvironment(), Progress.NONE,
        new DefaultModels.Options(null, null, List.of(two))).unspinner();
    DetectionResult d = first.detect(SAID_FIVE_TIMES);
    assertThat(d.spinner()).isEqualTo("acme");
    assertThat(d.spinnerDescription()).isEqualTo("client one's article farm");
    assertThat(ResultJson.restoration("x", first.restore(SAID_FIVE_TIMES), first))
        .contains("\"spinnerDescription\":\"client one's article farm\"");
    assertThat(second.detect(SAID_FIVE_TIMES).spinnerDescription()).isEqualTo("client two's rewriter");
    // the same models at another operating point describe their families as before
    assertThat(first.withThreshold(0.6).detect(SAID_FIVE_TIMES).spinnerDescription())
        .isEqualTo("client one's article farm");
    // and no description is left behind in the JVM for a third without the table
    assertThat(Explanations.describe("acme")).isEmpty();
  }

  @Test
  void anArticleChangedWithAListedPhraseInCapitalsIsWrittenInCapitals(@TempDir Path dir) throws Exception {
    Path list = Files.writeString(dir.resolve("list.tsv"),
        "counterfeit neural system\tartificial neural network\n", StandardCharsets.UTF_8);
    DefaultModels m = DefaultModels.load(Store.fromEnvironment(), Progress.NONE,
        new DefaultModels.Options(null, list, List.of()));
    try {
      Unspinner u = m.unspinner();
      // a line in capitals (read in sentence case, then written back in its case), and two words in capitals in a
      // sentence (read as written)
      assertThat(u.restore("WE TRAINED A COUNTERFEIT NEURAL SYSTEM ON THE IMAGES.").text())
          .isEqualTo("WE TRAINED AN ARTIFICIAL NEURAL NETWORK ON THE IMAGES.");
      assertThat(u.restore("We trained A COUNTERFEIT NEURAL SYSTEM on the images.").text())
          .isEqualTo("We trained AN ARTIFICIAL NEURAL NETWORK on the images.");
      assertThat(u.restore("We trained a counterfeit neural system on the images.").text())
          .isEqualTo("We trained an artificial neural network on the images.");
    } finally {
      m.lm().close();
    }
  }

  @Test
  void aPhraseListJoinsTheLearnedFamiliesInsteadOfCompetingWithThem(@TempDir Path dir) throws Exception {
    Path list = Files.writeString(dir.resolve("list.tsv"),
        "counterfeit consciousness\tartificial intelligence\nprofound learning\tdeep learning\n"
            + "stochastic slope drop\tstochastic gradient descent\n",
        StandardCharsets.UTF_8);
    DefaultModels m = DefaultModels.load(Store.fromEnvironment(), Progress.NONE,
        new DefaultModels.Options(null, list, List.of()));
    try {
      Unspinner u = m.unspinner();
      // the list-only family would explain any text for free; its entries live in every family's channel
      assertThat(u.spinners()).doesNotContain("user").isNotEmpty();
      Restoration listed = u.restore("Our counterfeit consciousness system beats the baseline.", true);
      assertThat(listed.text()).isEqualTo("Our artificial intelligence system beats the baseline.");
      assertThat(listed.edits()).singleElement().satisfies(e -> assertThat(e.origin()).isEqualTo("phrase_list"));
      // the edit and the span are the whole phrase the list names, the word it keeps included (it was "slope drop")
      String sgd = "The weights were fitted by stochastic slope drop.";
      assertThat(u.restore(sgd, true).edits()).filteredOn(e -> e.origin().equals("phrase_list")).singleElement()
          .satisfies(e -> assertThat(e.spun()).isEqualTo("stochastic slope drop"));
      assertThat(u.detect(sgd).spans()).filteredOn(e -> e.origin().equals("phrase_list")).singleElement()
          .satisfies(e -> assertThat(e.replacement()).isEqualTo("stochastic gradient descent"));
      // a sentence the listed phrase alone makes spun keeps its other words: its own evidence, without the phrase,
      // does not call it spun (it did count the phrase as a news-table edit: "results" -> "result" followed)
      Restoration alone = u.restore("The results of the survey were examined by the committee in detail, and we "
          + "apply counterfeit consciousness to the problem.");
      assertThat(alone.edits()).extracting(Edit::origin).containsExactly("phrase_list");
      // nor does an abstract of 100 words or more whose own evidence has nothing to show (a docs audit's: "method" ->
      // "way", "colour" -> "color", "robust" -> "strong" had been restored beside its listed phrase)
      String abstractText = "We study the classification of plant leaf images collected in three field seasons. Our "
          + "method combines a convolutional network with an irregular timberland [12] trained on colour and texture "
          + "features, and we compare it with standard baselines on two public benchmarks. Counterfeit consciousness "
          + "tools are increasingly used in agriculture, yet few studies report how robust they are to changes in "
          + "lighting and camera angle. We find that the combined model is more accurate than either part alone and "
          + "that it degrades gracefully when images are blurred. We release the code and the annotated images so "
          + "that other groups can reproduce the results and extend them to new crops. Future work will test the "
          + "approach on drone imagery and on leaves photographed at night.";
      assertThat(u.restore(abstractText).edits()).extracting(Edit::spun)
          .containsExactly("Counterfeit consciousness");
      // a citation inside the phrase is read through and kept where it is
      String cited = "Our counterfeit [12] consciousness system beats the baseline (Smith et al., 2020).";
      Restoration across = u.restore(cited, true);
      assertThat(across.text()).isEqualTo("Our artificial [12] intelligence system beats the baseline (Smith et al., "
          + "2020).");
      assertThat(across.edits()).singleElement().satisfies(e -> {
        assertThat(e.spun()).isEqualTo("counterfeit [12] consciousness");
        assertThat(e.span().of(cited)).isEqualTo(e.spun());
      });
      assertThat(u.detect(cited).spans()).extracting(Edit::origin).containsExactly("phrase_list");
      // word by word, for a phrase the list does not name
      Restoration unlisted = u.restore("The authors trained a profound belief network on the data.", true);
      assertThat(unlisted.text()).isEqualTo("The authors trained a deep belief network on the data.");
      assertThat(unlisted.edits()).singleElement().satisfies(e -> assertThat(e.origin()).isEqualTo("phrase_word"));
    } finally {
      m.lm().close();
    }
  }

  @Test
  void aCleanNewsSentenceKeepsTheOrdinaryWordsThePublicListShowsAsSpinnerOutput() throws Exception {
    // with the Problematic Paper Screener's list, 95 of 1,880 clean news sentences were changed, nearly all by one
    // word entry each ("chart" -> "graph", "huge" -> "large"): the list explained the sentence, and it was restored
    // under the list's family; a word the list writes far more often than English does still tells its spinner
    Path list = org.unspin.testkit.SharedData.require("tortured-phrases/dev.tsv");
    DefaultModels m = DefaultModels.load(Store.fromEnvironment(), Progress.NONE,
        new DefaultModels.Options(null, list, List.of()));
    try {
      Unspinner u = m.unspinner();
      for (String clean : List.of("The song spent twelve weeks on the Billboard Hot 100 chart.",
          "Rescue crews searched through huge piles of rubble after the quake.")) {
        Restoration r = u.restore(clean);
        assertThat(r.edits()).as(clean).isEmpty();
        assertThat(r.text()).isEqualTo(clean);
      }
      // "profound neural model" is not on the list; its word entry for "profound" restores it
      Restoration paper = u.restore("The proposed method uses a profound neural model for classification.");
      assertThat(paper.text()).isEqualTo("The proposed method uses a deep neural model for classification.");
      assertThat(paper.edits()).extracting(Edit::origin).containsExactly("phrase_word");
    } finally {
      m.lm().close();
    }
  }

  @Test
  void twoListedPhrasesSharingAWordAreRestoredWithoutOverlappingEdits(@TempDir Path dir) throws Exception {
    // "backing vector" and "vector of tallness" are both on the Problematic Paper Screener's list: each widened to its
    // whole phrase, the two edits shared "vector", and the restoration failed ("internal error: replacement ...
    // overlaps another") while detect reported two overlapping spans
    Path list = Files.writeString(dir.resolve("list.tsv"),
        "backing vector\tsupport vector\nvector of tallness\tvector of dimension\n", StandardCharsets.UTF_8);
    DefaultModels m = DefaultModels.load(Store.fromEnvironment(), Progress.NONE,
        new DefaultModels.Options(null, list, List.of()));
    try {
      Unspinner u = m.unspinner();
      String text = "In this paper the backing vector of tallness was used to train the model.";
      Restoration r = u.restore(text, true);
      assertThat(r.text()).isEqualTo("In this paper the support vector of dimension was used to train the model.");
      assertThat(r.edits()).extracting(Edit::spun).containsExactly("backing vector", "tallness");
      for (List<Edit> edits : List.of(r.edits(), u.detect(text).spans())) {
        for (int k = 1; k < edits.size(); k++) {
          assertThat(edits.get(k).span().start()).as(edits.toString())
              .isGreaterThanOrEqualTo(edits.get(k - 1).span().end());
        }
      }
      assertThat(u.detect(text).spans()).extracting(Edit::origin).containsOnly("phrase_list").hasSize(2);
    } finally {
      m.lm().close();
    }
  }
}
