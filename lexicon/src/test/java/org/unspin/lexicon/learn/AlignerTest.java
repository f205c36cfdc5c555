// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class AlignerTest {

  private static List<String> swaps(String spun, String orig) {
    Aligner.Alignment a = Aligner.align(spun, orig);
    List<String> out = new ArrayList<>();
    for (Aligner.Block b : a.blocks()) {
      if (b.kind() == Aligner.Kind.SWAP) {
        out.add(a.spunText(b) + " <- " + a.origText(b));
      }
    }
    return out;
  }

  @Test
  void oneWordSwapIsOneToOne() {
    assertThat(swaps("The minister mentioned the plan.", "The minister said the plan."))
        .containsExactly("mentioned <- said");
  }

  @Test
  void phraseSwapIsOneBlock() {
    assertThat(swaps("He had meant to go to in spring.", "He had intended to visit in spring."))
        .containsExactly("meant <- intended", "go to <- visit");
  }

  @Test
  void longerPhraseSwapsStayWhole() {
    assertThat(swaps("Prices rose not too long ago in the region.", "Prices rose recently in the region."))
        .containsExactly("not too long ago <- recently");
  }

  @Test
  void digitForNumberWordIsASwap() {
    assertThat(swaps("The talks ran 5 hours on Monday.", "The talks ran five hours on Monday."))
        .containsExactly("5 <- five");
  }

  @Test
  void twelveMonthsForYear() {
    assertThat(swaps("Sales fell final 12 months in Ohio.", "Sales fell last year in Ohio."))
        .containsExactly("final 12 months <- last year");
  }

  @Test
  void paragraphBreaksDoNotMatter() {
    assertThat(swaps("Officers mentioned it.\nThen extra came.", "Officers said it. Then more came."))
        .containsExactly("mentioned <- said", "extra <- more");
  }

  @Test
  void punctuationIsNeverInsideASwap() {
    Aligner.Alignment a = Aligner.align("Officers, mentioned extra.", "Officials said more.");
    for (Aligner.Block b : a.blocks()) {
      if (b.kind() == Aligner.Kind.SWAP) {
        assertThat(a.spunText(b) + " " + a.origText(b)).doesNotContain(",").doesNotContain(".");
      }
    }
  }

  @Test
  void aPhraseLongerThanAnEntryIsOneSwapButNeighbouringSwapsStayTwo() {
    Aligner.Alignment a = Aligner.align("left on account of the fact that the rain came", "left because the rain came");
    assertThat(a.anchoredSwaps()).extracting(a::spunText).containsExactly("on account of the fact that");
    Aligner.Alignment b = Aligner.align("the outfit went on to say it", "the company said it");
    assertThat(b.anchoredSwaps()).hasSize(2) // the two cuts cost the same: a table entry holds either
        .allSatisfy(x -> assertThat(x.spunTo() - x.spunFrom()).isLessThanOrEqualTo(Aligner.MAX));
  }

  @Test
  void textOnOneSideOnlyIsInsertedNotSwapped() {
    Aligner.Alignment a = Aligner.align("The balloon drifted across the sky and over the sea today.",
        "The balloon drifted across the sky today.");
    assertThat(a.blocks()).extracting(Aligner.Block::kind).contains(Aligner.Kind.INSERTED)
        .doesNotContain(Aligner.Kind.SWAP);
  }

  @Test
  void spintaxBracesAreInsertions() {
    Aligner.Alignment a = Aligner.align("He said {that a} balloon fell.", "He said that a balloon fell.");
    assertThat(a.blocks()).extracting(Aligner.Block::kind).containsOnly(Aligner.Kind.MATCH, Aligner.Kind.INSERTED);
  }

  @Test
  void swapsNextToInsertionsAreNotAnchored() {
    Aligner.Alignment a = Aligner.align("Officers mentioned it. Tail words here", "Officials said it.");
    assertThat(a.anchoredSwaps()).allSatisfy(b -> assertThat(a.spunText(b)).isNotEqualTo("Tail"));
  }

  @Property(tries = 100)
  void blocksCoverBothSidesInOrder(@ForAll @Size(max = 12) List<@StringLength(min = 1, max = 3) String> s,
      @ForAll @Size(max = 12) List<@StringLength(min = 1, max = 3) String> o) {
    Aligner.Alignment a = Aligner.align(s, o);
    int i = 0;
    int j = 0;
    for (Aligner.Block b : a.blocks()) {
      assertThat(b.spunFrom()).isEqualTo(i);
      assertThat(b.origFrom()).isEqualTo(j);
      i = b.spunTo();
      j = b.origTo();
    }
    assertThat(i).isEqualTo(s.size());
    assertThat(j).isEqualTo(o.size());
  }

  @Property(tries = 200)
  void isolatedWordSwapsAreRecoveredExactly(@ForAll("positions") List<Integer> swapAt,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 12, max = 40) int length) {
    List<String> orig = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      orig.add("w" + i);
    }
    List<String> spun = new ArrayList<>(orig);
    java.util.TreeSet<Integer> at = new java.util.TreeSet<>();
    for (int p : swapAt) {
      int k = 1 + p % (length - 2); // never at the edges
      if (!at.contains(k - 1) && !at.contains(k + 1)) {
        at.add(k);
      }
    }
    for (int k : at) {
      spun.set(k, "s" + k);
    }
    Aligner.Alignment a = Aligner.align(spun, orig);
    List<Integer> found = new ArrayList<>();
    for (Aligner.Block b : a.anchoredSwaps()) {
      assertThat(b.spunTo() - b.spunFrom()).isEqualTo(1);
      assertThat(b.origTo() - b.origFrom()).isEqualTo(1);
      assertThat(b.spunFrom()).isEqualTo(b.origFrom());
      found.add(b.spunFrom());
    }
    assertThat(found).containsExactlyElementsOf(at);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<List<Integer>> positions() {
    return net.jqwik.api.Arbitraries.integers().between(0, 1000).list().ofMaxSize(6);
  }

  @Property(tries = 100)
  void identicalTextsAlignAsOneMatch(@ForAll @Size(min = 1, max = 20) List<@StringLength(min = 1, max = 4) String> s) {
    assertThat(Aligner.align(s, s).blocks()).extracting(Aligner.Block::kind).containsOnly(Aligner.Kind.MATCH);
  }
}
