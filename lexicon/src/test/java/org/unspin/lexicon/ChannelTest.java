// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.unspin.lexicon.learn.Aligner;

class ChannelTest {

  private static final SpinnerModels MODELS;

  static {
    try {
      MODELS = SpinnerModels.builder().defaultTables()
          .thesaurus(w -> w.equals("vitality") ? List.of("energy", "life") : List.of(), w -> w.equals("vitality"))
          .build();
    } catch (IOException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static ChannelModel a() {
    return MODELS.family("A").orElseThrow();
  }

  @Test
  void nearlyAlwaysReplacedWordHasALowKeepProbability() {
    assertThat(a().log10Keep("said")).isLessThan(Math.log10(0.7));
    assertThat(a().log10Keep("the")).isGreaterThan(Math.log10(0.9));
  }

  @Test
  void keepLookupIgnoresCase() {
    assertThat(a().log10Keep("Said")).isEqualTo(a().log10Keep("said"));
  }

  @Test
  void caseBearingEntryOnlyMatchesTheCapitalisedSpelling() {
    List<String> words = Aligner.words("It reopens on Could 5 .");
    assertThat(a().candidates(words, 3)).extracting(Candidate::original).contains("May");
    List<String> lower = Aligner.words("It could 5 .");
    assertThat(a().candidates(lower, 1)).extracting(Candidate::original).doesNotContain("May");
  }

  @Test
  void articleBeforeAReplacedWordCanFlip() {
    // "a massive" spun as "an enormous": restoring needs "an" -> "a" beside "enormous" -> "massive"
    assertThat(a().candidates(Aligner.words("They faced an enormous bill."), 2)).extracting(Candidate::original)
        .contains("a");
  }

  @Test
  void articleThatDoesNotFitTheNextWordIsKept() {
    // "an old friend" spun as "an previous buddy": the article is the original's, and a clue to the next word
    assertThat(a().candidates(Aligner.words("He was called an previous buddy."), 3)).extracting(Candidate::original)
        .doesNotContain("a");
    assertThat(a().candidates(Aligner.words("He was called an \u201cprevious buddy.\u201d"), 3))
        .extracting(Candidate::original).doesNotContain("a");
    assertThat(a().candidates(Aligner.words("It was a extra positive day."), 2)).extracting(Candidate::original)
        .doesNotContain("an");
  }

  @Test
  void theListKeepProbabilitiesBelongToTheUserFamilyAlone() {
    SpinnerModels m = SpinnerModels.builder().table(SpinnerTable.builder("A").build())
        .userSource(CandidateSource.of(SpinnerTable.builder("user").build(), Candidate.Origin.PHRASE_WORD))
        .listKeep(java.util.Map.of("profound", -1.5)).build();
    ChannelModel user = m.family(SpinnerModels.USER_FAMILY).orElseThrow();
    assertThat(user.log10Keep("Profound")).isEqualTo(-1.5);
    assertThat(user.log10Keep("deep")).isEqualTo(Math.log10(0.999));
    assertThat(m.family("A").orElseThrow().log10Keep("profound")).isEqualTo(m.family("A").orElseThrow()
        .log10Keep("deep"));
  }

  @Test
  void openChannelLeavesAcronymsNamesAndSingleLettersAlone() {
    SpinnerModels m = SpinnerModels.builder()
        .thesaurus(w -> switch (w) {
          case "sth" -> List.of("growth hormone");
          case "central intelligence agency" -> List.of("firm");
          case "agency" -> List.of("firm");
          default -> List.of();
        }, w -> w.equals("sth") || w.equals("central intelligence agency") || w.equals("agency")).build();
    assertThat(m.open().candidates(Aligner.words("the STH SOPR fell"), 1)).isEmpty();
    assertThat(m.open().candidates(Aligner.words("head of analysis at the Central Intelligence Agency ."), 5))
        .isEmpty();
    assertThat(m.open().candidates(Aligner.words("the agency said"), 1)).extracting(Candidate::original)
        .contains("firm");
    SpinnerModels k = SpinnerModels.builder()
        .thesaurus(w -> w.equals("k") ? List.of("thousand") : List.of(), w -> w.equals("k")).build();
    assertThat(k.open().candidates(Aligner.words("one of K classes"), 2)).isEmpty();
    SpinnerModels roman = SpinnerModels.builder()
        .thesaurus(w -> List.of("two", "2", "second"), w -> w.equals("ii") || w.equals("xi") || w.equals("mix"))
        .wordFrequencies(java.util.Map.of("two", 50.0, "second", 20.0)).build();
    assertThat(roman.open().candidates(Aligner.words("in phase ii of the trial"), 2)).isEmpty();
    assertThat(roman.open().candidates(Aligner.words("in phase xi of the trial"), 2)).isEmpty();
    assertThat(roman.open().candidates(Aligner.words("a mix of two"), 1)).as("a word that could be read as a "
        + "numeral").isNotEmpty();
    SpinnerModels detection = SpinnerModels.builder()
        .thesaurus(w -> List.of("two"), w -> w.equals("ii")).build();
    assertThat(detection.open().candidates(Aligner.words("in phase ii of the trial"), 2))
        .as("the detector's channel, without word counts, as calibrated").isNotEmpty();
  }

  @Test
  void aProperNameIsNoNeighboursOriginal() {
    SynonymSource all = SynonymSource.create(w -> w.equals("emergency room") ? List.of("er", "casualty ward")
        : List.of(), w -> w.equals("emergency room"), w -> w.equals("er") ? 90.0 : 10.0, 20, 0.05);
    SynonymSource common = all.withoutProperNameOriginals(w -> w.equals("er"));
    List<String> words = Aligner.words("the emergency room wait");
    List<Candidate> out = new java.util.ArrayList<>();
    all.propose(words, 1, "open", out);
    assertThat(out).extracting(Candidate::original).contains("er", "casualty ward");
    out.clear();
    common.propose(words, 1, "open", out);
    assertThat(out).extracting(Candidate::original).containsExactly("casualty ward");
  }

  @Test
  void anInflectedPhraseReachesItsLemmasNeighboursInTheSameForm() {
    // a thesaurus lists "come into" and "retail outlet", a spinner writes "coming into" and "retail outlets"
    java.util.Map<String, List<String>> th = java.util.Map.of("come into", List.of("enter", "inherit", "come in"),
        "retail outlet", List.of("store", "shop"));
    java.util.Set<String> forms = java.util.Set.of("entering", "inheriting", "stores", "shops");
    SynonymSource plain = SynonymSource.create(w -> th.getOrDefault(w, List.of()), th::containsKey, w -> 10.0, 20,
        0.05).withKnownForms(forms::contains);
    SynonymSource inflected = plain.withInflectedPhrases();
    List<String> words = Aligner.words("markets coming into focus at retail outlets");
    List<Candidate> out = new java.util.ArrayList<>();
    plain.propose(words, 1, "open", out);
    assertThat(out).as("without lemma lookups, as the detector's channel").isEmpty();
    inflected.propose(words, 1, "open", out);
    assertThat(out).filteredOn(c -> c.length() == 2).extracting(Candidate::original)
        .containsExactlyInAnyOrder("entering", "inheriting");
    assertThat(out).extracting(Candidate::origin).containsOnly(Candidate.Origin.MORPHOLOGY);
    out.clear();
    inflected.propose(words, 5, "open", out);
    assertThat(out).extracting(Candidate::original).containsExactlyInAnyOrder("stores", "shops");
  }

  @Test
  void aWordsOtherSpellingIsNoNeighbour() {
    // the thesauri list "tumor" beside "tumour"; a spinner swaps words, not spellings
    SynonymSource s = SynonymSource.create(w -> w.equals("tumour") ? List.of("tumor", "growth", "neoplasm")
        : List.of(), w -> w.equals("tumour"), w -> 10.0, 20, 0.05);
    List<Candidate> out = new java.util.ArrayList<>();
    s.propose(Aligner.words("a benign tumour was found"), 2, "open", out);
    assertThat(out).extracting(Candidate::original).containsExactlyInAnyOrder("growth", "neoplasm");
  }

  @Test
  void aUnitsSymbolIsNoNeighbourButTheWordsAAndIAre() {
    // WordNet lists "l" beside "litre" and "liter", "g" beside "gram"
    SynonymSource s = SynonymSource.create(w -> switch (w) {
      case "litre" -> List.of("l", "liter", "cubic decimetre");
      case "one" -> List.of("a", "i", "1", "ace");
      default -> List.<String>of();
    }, w -> w.equals("litre") || w.equals("one"), w -> 10.0, 20, 0.05);
    List<Candidate> out = new java.util.ArrayList<>();
    s.propose(Aligner.words("one peso per litre"), 3, "open", out);
    assertThat(out).extracting(Candidate::original).containsExactly("cubic decimetre");
    out.clear();
    s.propose(Aligner.words("one peso per litre"), 0, "open", out);
    assertThat(out).extracting(Candidate::original).containsExactlyInAnyOrder("a", "i", "ace");
  }

  @Test
  void notationIsNoSpinnersWord() {
    // WordNet puts "kg" beside "kilo", "Pb" beside "lead", "mV" beside "millivolt"; science writes them as symbols
    SynonymSource s = SynonymSource.create(w -> switch (w) {
      case "kg" -> List.of("kilo", "kilogram");
      case "pb" -> List.of("lead");
      case "mv" -> List.of("millivolt");
      case "yr" -> List.of("year");
      case "in" -> List.of("inch", "inside");
      default -> List.<String>of();
    }, w -> true, w -> 10.0, 20, 0.05);
    for (String text : List.of("a dose of 20 mg kg ⁻¹ daily", "levels of Pb and Zn", "a drop of 46 mV here",
        "uplift of 2 mm yr ⁻¹ here")) {
      List<String> words = Aligner.words(text);
      for (int i = 0; i < words.size(); i++) {
        List<Candidate> out = new java.util.ArrayList<>();
        s.propose(words, i, "open", out);
        assertThat(out).as("%s at %d", text, i).isEmpty();
      }
    }
    // a word stays a word: the lower-case "pb" of a chat, "yr" in a sentence, "in" and the capitalised "In"
    for (String text : List.of("lol pb", "their final yr at school", "In the room", "kept in a box")) {
      List<String> words = Aligner.words(text);
      List<Candidate> out = new java.util.ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        s.propose(words, i, "open", out);
      }
      assertThat(out).as(text).isNotEmpty();
    }
  }

  @Test
  void aPhraseOfRareWordsIsATermNotASpinnersOutput() {
    java.util.function.Function<String, java.util.Collection<String>> syn = w -> switch (w) {
      case "computed tomography" -> List.of("cat");
      case "more and more" -> List.of("increasingly");
      default -> List.of();
    };
    java.util.function.Predicate<String> has = w -> w.equals("computed tomography") || w.equals("more and more");
    java.util.Map<String, Double> counts = java.util.Map.of("computed", 12.0, "more", 900.0, "and", 5000.0,
        "increasingly", 40.0, "cat", 30.0);
    SpinnerModels ranked = SpinnerModels.builder().thesaurus(syn, has).wordFrequencies(counts).build();
    assertThat(ranked.open().candidates(Aligner.words("the computed tomography scan"), 1)).isEmpty();
    assertThat(ranked.open().candidates(Aligner.words("it is more and more used"), 2))
        .extracting(Candidate::original).contains("increasingly");
    SpinnerModels unranked = SpinnerModels.builder().thesaurus(syn, has).build();
    assertThat(unranked.open().candidates(Aligner.words("the computed tomography scan"), 1))
        .as("without word counts every phrase is looked up").extracting(Candidate::original).contains("cat");
  }

  @Test
  void onlyNumbersUnderTenAreSpelledOut() throws IOException {
    ChannelModel rules = SpinnerModels.builder().table(SpinnerTable.builder("R").build()).build().family("R")
        .orElseThrow();
    assertThat(rules.candidates(Aligner.words("The 5 members met."), 1)).extracting(Candidate::original)
        .contains("five");
    assertThat(rules.candidates(Aligner.words("The 11 members met."), 1)).extracting(Candidate::original)
        .doesNotContain("eleven");
  }

  @Test
  void theListsFamilyRepairsArticlesAndBracesButKeepsSpellingAndNumbers() {
    ChannelModel user = SpinnerModels.builder().table(SpinnerTable.builder("R").build())
        .userSource((ws, i, family, out) -> { }).knownWords(w -> true).build()
        .family(SpinnerModels.USER_FAMILY).orElseThrow();
    ChannelModel news = SpinnerModels.builder().table(SpinnerTable.builder("R").build()).knownWords(w -> true).build()
        .family("R").orElseThrow();
    List<String> words = Aligner.words("We analyse an enormous set of 5 {colours}.");
    for (int i : new int[] {1, 6}) {
      assertThat(news.candidates(words, i)).as(words.get(i)).isNotEmpty();
      assertThat(user.candidates(words, i)).as(words.get(i)).isEmpty();
    }
    assertThat(user.candidates(words, 2)).extracting(Candidate::original).containsExactly("a");
    assertThat(user.candidates(words, 7)).extracting(Candidate::original).contains("colours");
  }

  @Test
  void aNamesUkSpellingIsNotRespelled() {
    ChannelModel news = SpinnerModels.builder().table(SpinnerTable.builder("R").build()).knownWords(w -> true).build()
        .family("R").orElseThrow();
    List<String> words = Aligner.words("Organised talks of the World Health Organisation were organised.");
    java.util.function.IntFunction<List<String>> originals = i -> news.candidates(words, i).stream()
        .map(c -> c.original().toLowerCase(java.util.Locale.ROOT)).toList();
    assertThat(originals.apply(0)).as("a sentence's first word").contains("organized");
    assertThat(originals.apply(5)).as("a name's word").doesNotContain("organization");
    assertThat(originals.apply(8)).contains("organized");
  }

  @Test
  void unknownWordHasNoCandidates() {
    assertThat(a().candidates(List.of("zyxwv"), 0)).isEmpty();
  }

  @Test
  void openChannelOffersThesaurusNeighboursWithTheOpenFamily() {
    List<Candidate> c = MODELS.open().candidates(List.of("vitality"), 0);
    assertThat(c).extracting(Candidate::original).containsExactlyInAnyOrder("energy", "life");
    assertThat(c).allSatisfy(x -> {
      assertThat(x.family()).isEqualTo(ChannelModel.OPEN);
      assertThat(x.origin()).isEqualTo(Candidate.Origin.THESAURUS);
    });
  }

  @Test
  void openChannelReinflectsNeighboursOfTheLemma() {
    SpinnerModels m = SpinnerModels.builder()
        .thesaurus(w -> w.equals("officer") ? List.of("official") : List.of(), w -> w.equals("officer")).build();
    assertThat(m.open().candidates(List.of("officers"), 0)).extracting(Candidate::original).contains("officials");
  }

  @Test
  void commonSpunWordsGetShorterThesaurusListsThanRareOnes() {
    List<String> many = java.util.stream.IntStream.range(0, 60)
        .mapToObj(k -> "n" + (char) ('a' + k % 26) + (char) ('a' + k / 26)).toList();
    SpinnerModels m = SpinnerModels.builder().thesaurus(w -> many, w -> true).synonymLimit(40)
        .commonWordLimit(5, 20).build();
    // "said" is frequent in the bundled clean-news counts, "zyzzyva" is not
    assertThat(m.open().candidates(List.of("said"), 0)).hasSize(5);
    assertThat(m.open().candidates(List.of("zyzzyva"), 0)).hasSize(40);
  }

  @Test
  void aThesaurusNeverProposesDigitsForAWordWithoutAny() {
    // WordNet's synset of "lakh" holds "100000": "Rs 12 lakh" had been restored as "Rs 12 100000"
    SpinnerModels m = SpinnerModels.builder().thesaurus(w -> List.of("1000", "thousand", "1,000s"), w -> true).build();
    assertThat(m.open().candidates(List.of("grand"), 0)).extracting(Candidate::original).containsExactly("thousand");
  }

  @Test
  void aNumbersNameHasNoThesaurusNeighbours() {
    // only other numbers stand beside it ("lakh": "hundred thousand"); a clean Indian report was called spun on them
    SpinnerModels m = SpinnerModels.builder().thesaurus(w -> List.of("hundred thousand", "ten million"), w -> true)
        .build();
    for (String w : List.of("lakh", "crores", "million", "Thousand")) {
      assertThat(m.open().candidates(List.of(w), 0)).as(w).isEmpty();
    }
    assertThat(m.open().candidates(List.of("grand"), 0)).isNotEmpty();
  }

  @Test
  void frequentNeighboursRankFirst() {
    SpinnerModels m = SpinnerModels.builder().thesaurus(w -> List.of("zzrare", "said", "qqrare"), w -> true)
        .synonymLimit(1).wordFrequencies(java.util.Map.of("said", 100.0)).build();
    assertThat(m.open().candidates(List.of("mentioned"), 0)).extracting(Candidate::original).containsExactly("said");
  }

  @Test
  void openChannelOffersEachNeighbourOnceAndNeverTheWordItself() {
    // the thesaurus source is distinct, so the channel takes its list without a duplicate check: the word itself
    // (another case of it included) must still be left out, and a second source's repeat merged
    CandidateSource again = (words, i, family, out) -> out.add(new Candidate(i, 1, "energy", -1, family,
        Candidate.Origin.RULE));
    SpinnerModels m = SpinnerModels.builder()
        .thesaurus(w -> List.of("Vitality", "energy", "life", "vim"), w -> w.equals("vitality"))
        .openSource(again).build();
    List<Candidate> c = m.open().candidates(List.of("vitality"), 0);
    assertThat(c).extracting(Candidate::original).containsExactlyInAnyOrder("energy", "life", "vim");
    assertThat(c).filteredOn(x -> x.original().equals("energy")).singleElement()
        .satisfies(x -> assertThat(x.log10Channel()).isEqualTo(-1.0));
  }

  @Test
  void restorationsOpenChannelProposesNoFunctionWordForAContentWord() {
    // the thesauri list "had" beside "defrauded"; ranked by frequency it would come first
    SpinnerModels m = SpinnerModels.builder()
        .thesaurus(w -> w.equals("defrauded") ? List.of("had", "cheated", "swindled") : List.of(), w -> true)
        .wordFrequencies(java.util.Map.of("had", 1000.0, "cheated", 10.0)).build();
    assertThat(m.open().candidates(List.of("were", "defrauded"), 1)).extracting(Candidate::original)
        .containsExactlyInAnyOrder("cheated", "swindled");
    // detection's plain channel (no word frequencies) still proposes it, as its calibration was fitted so
    SpinnerModels plain = SpinnerModels.builder()
        .thesaurus(w -> w.equals("defrauded") ? List.of("had", "cheated") : List.of(), w -> true).build();
    assertThat(plain.open().candidates(List.of("defrauded"), 0)).extracting(Candidate::original).contains("had");
  }

  @Property(tries = 300)
  void candidatesStartAtThePositionAndStayInsideTheSentence(
      @ForAll @Size(min = 1, max = 8) List<@net.jqwik.api.constraints.StringLength(max = 6) String> raw) {
    List<String> words = raw.stream().map(s -> s.isEmpty() ? "x" : s).toList();
    for (int i = 0; i < words.size(); i++) {
      for (Candidate c : a().candidates(words, i)) {
        assertThat(c.start()).isEqualTo(i);
        assertThat(c.start() + c.length()).isLessThanOrEqualTo(words.size());
        assertThat(c.log10Channel()).isLessThanOrEqualTo(0);
        assertThat(c.family()).isEqualTo("A");
      }
    }
  }

  @Property(tries = 100)
  void realisticSentencesGetFewCandidates(@ForAll("sentences") String sentence) {
    List<String> words = Aligner.words(sentence);
    int total = 0;
    for (int i = 0; i < words.size(); i++) {
      total += a().candidates(words, i).size();
    }
    assertThat(total).isLessThanOrEqualTo(words.size() * 10);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> sentences() {
    return net.jqwik.api.Arbitraries.of("The officials said more talks were planned for May 5.",
        "Investors also sold coins near the recent high, but traders held.",
        "{that a} 12 months yr Could 3 colour 5 1st");
  }
}
