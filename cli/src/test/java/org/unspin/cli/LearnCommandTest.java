// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.lexicon.SpinnerTable;
import org.unspin.lexicon.SpinnerTables;

class LearnCommandTest {

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void supervisedLearningWritesAReadableTable(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.spun.txt"), "The mayor mentioned the plan. Officers agreed on Monday.");
    Files.writeString(dir.resolve("a.orig.txt"), "The mayor said the plan. Officials agreed on Monday.");
    Path table = dir.resolve("out/A.tsv");
    Run r = run("learn", "--no-thesaurus", "--spun", dir.toString(), "--orig", dir.toString(), "--out",
        table.toString());
    assertThat(r.code()).as(r.err()).isZero();
    SpinnerTable t = SpinnerTables.read(table);
    assertThat(t.family()).isEqualTo("A");
    assertThat(t.entries()).anySatisfy(e -> {
      assertThat(e.original()).isEqualTo("said");
      assertThat(e.spun()).isEqualTo("mentioned");
    });
  }

  @Test
  void learningFromSpunTextAloneSaysWhatCleanTextsOfTheGenreAdd(@TempDir Path dir) throws IOException {
    // the bundled word counts alone allow no document-frequency or context test: a third as many entries are right
    Path spun = Files.createDirectories(dir.resolve("spun"));
    Path clean = Files.createDirectories(dir.resolve("clean"));
    Files.writeString(spun.resolve("a.txt"), "The mayor mentioned the plan. Officers agreed on Monday.");
    Files.writeString(clean.resolve("b.txt"), "The mayor said the plan. Officials agreed on Monday.");
    Run r = run("learn", "--no-thesaurus", "--spun", spun.toString(), "--out", dir.resolve("u.tsv").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("learned from spun text alone").contains("with clean texts of the same genre as "
        + "--clean DIR");
    r = run("learn", "--no-thesaurus", "--spun", spun.toString(), "--clean", clean.toString(), "--out",
        dir.resolve("c.tsv").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("learned from spun text alone").contains("with clean news as --clean")
        .doesNotContain("as --clean DIR");
  }

  @Test
  void aDescriptionGoesIntoTheTableAndBesideTheFamilysNameInReports(@TempDir Path dir) throws IOException {
    // a platform's reports had named its own spinner "acme" with nothing beside it
    Files.writeString(dir.resolve("a.spun.txt"), "The mayor mentioned the plan. Officers agreed on Monday.");
    Files.writeString(dir.resolve("a.orig.txt"), "The mayor said the plan. Officials agreed on Monday.");
    Path table = dir.resolve("acme.tsv");
    Run r = run("learn", "--no-thesaurus", "--no-check", "--spun", dir.toString(), "--orig", dir.toString(),
        "--family", "acmedesc", "--description", "the farms' rewriter", "--out", table.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(SpinnerTables.read(table).metadata()).containsEntry("description", "the farms' rewriter");
    r = run("learn", "--no-thesaurus", "--no-check", "--spun", dir.toString(), "--orig", dir.toString(),
        "--family", "acmedesc", "--description", "two\tcolumns", "--out", dir.resolve("bad.tsv").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--description must be one line of text without tabs");
  }

  @Test
  void aPhraseSpinnersPairIsKeptThoughMostOfItsTokensDiffer(@TempDir Path dir) throws IOException {
    // a phrase spinner's copy differs from its original in over 80% of its tokens (its phrases are long), but keeps
    // four in five of the original's words: it had been left out as "another article"
    Files.writeString(dir.resolve("p.spun.txt"), "The outfit went on to say on account of the fact that sales rose it "
        + "would at this point in time lend a hand to a great many of its customers and in addition make use of brand "
        + "new tools.");
    Files.writeString(dir.resolve("p.orig.txt"), "The company said because sales rose it would now help many of its "
        + "customers and also use new tools.");
    Run r = run("learn", "--no-thesaurus", "--no-check", "--spun", dir.toString(), "--orig", dir.toString(),
        "--family", "acme", "--out", dir.resolve("t.tsv").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("left out");
    assertThat(r.out()).contains("supervised from 1 pairs");
  }

  @Test
  void swapsLongerThanAnEntryAreNamedAndWrittenAsAUserTable(@TempDir Path dir) throws IOException {
    // a trial's spinner wrote "on account of the fact that" for "because", which no entry holds
    Files.writeString(dir.resolve("a.spun.txt"), "We stayed home on account of the fact that the rain came. The mayor "
        + "mentioned the plan. He left on account of the fact that the team was tired.");
    Files.writeString(dir.resolve("a.orig.txt"), "We stayed home because the rain came. The mayor said the plan. He "
        + "left because the team was tired.");
    Path longSwaps = dir.resolve("long.tsv");
    Run r = run("learn", "--no-thesaurus", "--no-check", "--spun", dir.toString(), "--orig", dir.toString(),
        "--family", "X", "--long-swaps", longSwaps.toString(), "--out", dir.resolve("x.tsv").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("note: left out 2 swaps longer than 4 words, such as 'because' -> 'on account of the "
        + "fact that' (2)").contains("long.tsv: 1 long swaps seen twice or more (of 1), for --table");
    assertThat(Files.readAllLines(longSwaps)).filteredOn(l -> !l.startsWith("#"))
        .containsExactly("on account of the fact that\tbecause");
    assertThat(SpinnerTables.read(dir.resolve("x.tsv")).entries()).noneMatch(e -> e.original().equals("because"));
  }

  @Test
  void textsLeftOutAreNamedWithWhy(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.spun.txt"), "The mayor mentioned the plan. Officers agreed on Monday.");
    Files.writeString(dir.resolve("a.orig.txt"), "The mayor said the plan. Officials agreed on Monday.");
    Files.writeString(dir.resolve("b.spun.txt"), "The chief mentioned a delay.");
    Files.writeString(dir.resolve("c.spun.txt"), "The council mentioned the vote.");
    Files.writeString(dir.resolve("c.meta.json"), "{\"spinner_family\": \"B\"}");
    Run r = run("learn", "--no-thesaurus", "--spun", dir.toString(), "--orig", dir.toString(), "--out",
        dir.resolve("t.tsv").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("1 of 3 spun texts left out", "spinner_family (B) than --family A")
        .contains("1 spun texts have no original under " + dir + " and are left out (an original is NAME.orig.txt "
            + "or NAME.txt at the spun text's place there, or the only one of its name): b");
    // none of the family asked for: said so, not "no original"
    Path onlyB = Files.createDirectories(dir.resolve("b"));
    Files.writeString(onlyB.resolve("c.spun.txt"), "The council mentioned the vote.");
    Files.writeString(onlyB.resolve("c.orig.txt"), "The council said the vote.");
    Files.writeString(onlyB.resolve("c.meta.json"), "{\"spinner_family\": \"B\"}");
    r = run("learn", "--no-thesaurus", "--spun", onlyB.toString(), "--orig", onlyB.toString(), "--family", "Z",
        "--out", dir.resolve("z.tsv").toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).contains("is of family Z").doesNotContain("has an original");
    r = run("learn", "--no-thesaurus", "--spun", dir.toString(), "--orig", dir.resolve("nope").toString(), "--out",
        dir.resolve("t.tsv").toString());
    assertThat(r.err()).contains("--orig must be a folder: " + dir.resolve("nope"));
  }

  @Test
  void anOutThatIsATextOfThePairsIsRefusedAndKept(@TempDir Path dir) throws IOException {
    // "--out DIR/a.orig.txt" typed for "--out DIR/acme.tsv": the original article had been written over
    Files.writeString(dir.resolve("a.spun.txt"), "The mayor mentioned the plan. Officers agreed on Monday.");
    Files.writeString(dir.resolve("a.orig.txt"), "The mayor said the plan. Officials agreed on Monday.");
    Run r = run("learn", "--no-thesaurus", "--no-check", "--family", "acmeout", "--spun", dir.toString(), "--orig",
        dir.toString(), "--out", dir.resolve("a.orig.txt").toString());
    assertThat(r.code()).isEqualTo(Cli.USAGE);
    assertThat(r.err()).contains("is a file that is not a spinner table (it begins \"The mayor said the plan. "
        + "Officials agree...\")", "give another --out");
    assertThat(dir.resolve("a.orig.txt")).hasContent("The mayor said the plan. Officials agreed on Monday.");
  }

  @Test
  void anOutNamedAlsoByLongSwapsOrAFolderIsRefusedBeforeLearning(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.spun.txt"), "The mayor mentioned the plan.");
    Files.writeString(dir.resolve("a.orig.txt"), "The mayor said the plan.");
    Path t = dir.resolve("t.tsv");
    Run r = run("learn", "--no-thesaurus", "--no-check", "--family", "acmeout", "--spun", dir.toString(), "--orig",
        dir.toString(), "--out", t.toString(), "--long-swaps", dir.resolve("./t.tsv").toString());
    assertThat(r.code()).isEqualTo(Cli.USAGE);
    assertThat(r.err()).contains("--out and --long-swaps name the same file");
    assertThat(t).doesNotExist();
    r = run("learn", "--no-thesaurus", "--no-check", "--family", "acmeout", "--spun", dir.toString(), "--orig",
        dir.toString(), "--out", dir.toString());
    assertThat(r.code()).isEqualTo(Cli.OUTPUT);
    assertThat(r.err()).contains("cannot write " + dir + ": a folder; give the table's file name (such as "
        + dir.resolve("acmeout.tsv"));
  }

  @Test
  void aTableLearnedAgainReplacesTheOldOneAndSaysSo(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.spun.txt"), "The mayor mentioned the plan. Officers agreed on Monday.");
    Files.writeString(dir.resolve("a.orig.txt"), "The mayor said the plan. Officials agreed on Monday.");
    Path t = dir.resolve("t.tsv");
    String[] args = {"learn", "--no-thesaurus", "--no-check", "--family", "acmeout", "--spun", dir.toString(),
        "--orig", dir.toString(), "--out", t.toString()};
    Run first = run(args);
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.err()).doesNotContain("replaced");
    Run again = run(args);
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.err()).contains("note: " + t + " held a spinner table, now replaced by the one learned");
    assertThat(SpinnerTables.read(t).family()).isEqualTo("acmeout");
  }

  @Test
  void missingSpunFolderIsBadInput(@TempDir Path dir) {
    Run r = run("learn", "--no-thesaurus", "--spun", dir.resolve("nope").toString(), "--out",
        dir.resolve("t.tsv").toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
  }

  @Test
  void wordCountsAreWritten(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("clean"));
    Files.writeString(dir.resolve("clean/x.txt"), "The cat saw the dog.");
    Files.writeString(dir.resolve("clean/y.txt"), "A dog ran.");
    Path out = dir.resolve("counts.tsv");
    Run r = run("learn", "--no-thesaurus", "--word-counts", "--spun", dir.resolve("clean").toString(), "--out",
        out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    // word, count, number of texts it occurs in; and how many texts there were
    assertThat(Files.readAllLines(out)).contains("# documents: 2", "the\t2\t1", "cat\t1\t1", "dog\t2\t2");
    // a table that cannot be written is the output's failure (exit 5), with why
    Path folder = Files.createDirectories(dir.resolve("folder.tsv"));
    for (String mode : new String[] {"--word-counts", "--no-check"}) {
      r = run("learn", "--no-thesaurus", mode, "--spun", dir.resolve("clean").toString(), "--out", folder.toString());
      assertThat(r.code()).as(mode + ": " + r.err()).isEqualTo(Cli.OUTPUT);
      assertThat(r.err()).contains("cannot write " + folder + ": ");
    }
  }

  @Test
  void aPairOfTwoDifferentArticlesOrAnEmptyTextIsLeftOutAndSaid(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.spun.txt"), "The mayor mentioned the plan. Officers agreed on Monday.");
    Files.writeString(dir.resolve("a.orig.txt"), "The mayor said the plan. Officials agreed on Monday.");
    Files.writeString(dir.resolve("b.spun.txt"), "The mayor mentioned the plan to build 3 bridges over the river "
        + "next year, and officers agreed on Monday after a long debate in the council.");
    Files.writeString(dir.resolve("b.orig.txt"), "Heavy rain flooded several streets in the north of the county "
        + "overnight, forcing schools to close while crews pumped water from basements.");
    Files.writeString(dir.resolve("c.spun.txt"), "");
    Files.writeString(dir.resolve("c.orig.txt"), "The vote was held.");
    Path table = dir.resolve("t.tsv");
    Run r = run("learn", "--no-thesaurus", "--spun", dir.toString(), "--orig", dir.toString(), "--out",
        table.toString(), "--family", "acme", "--no-check");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("1 pairs with an empty text are left out: c")
        .contains("1 spun texts keep few of their originals' words and are left out")
        .contains(": b (");
    assertThat(r.out()).contains("supervised from 1 pairs");
    assertThat(SpinnerTables.read(table).entries()).noneSatisfy(e -> assertThat(e.original()).contains("rain"));
  }

  @Test
  void aFamilyNameThatRestoreWouldRefuseIsRefusedBeforeLearning(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.spun.txt"), "The mayor mentioned the plan.");
    Files.writeString(dir.resolve("a.orig.txt"), "The mayor said the plan.");
    for (String name : new String[] {"none", "user", "W", "a", "ac me"}) {
      Run r = run("learn", "--no-thesaurus", "--spun", dir.toString(), "--orig", dir.toString(), "--out",
          dir.resolve("t.tsv").toString(), "--family", name);
      assertThat(r.code()).as(name).isEqualTo(Cli.USAGE);
      assertThat(r.err()).contains("--family '" + name + "'");
    }
    assertThat(Files.exists(dir.resolve("t.tsv"))).isFalse();
    Run noOut = run("learn", "--no-thesaurus", "--spun", dir.toString(), "--orig", dir.toString());
    assertThat(noOut.code()).isEqualTo(Cli.USAGE);
    // family A, the default, is learned (the bundled table is made so) with a word on what restore will do with it
    Run a = run("learn", "--no-thesaurus", "--spun", dir.toString(), "--orig", dir.toString(), "--out",
        dir.resolve("t.tsv").toString());
    assertThat(a.code()).isZero();
    assertThat(a.err()).contains("refuse beside it; for a spinner of your own learn with --family NAME");
  }

  @Test
  void theNewTableIsCheckedWithDetectOnItsOwnPairs(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.spun.txt"), "The mayor mentioned the plan. Officers agreed on Monday.");
    Files.writeString(dir.resolve("a.orig.txt"), "The mayor said the plan. Officials agreed on Monday.");
    Path table = dir.resolve("acme.tsv");
    java.util.List<Models.Options> asked = new java.util.ArrayList<>();
    org.unspin.Unspinner fixture = RestoreDetectCommandTest.fixtureUnspinner();
    Models.testOverride = o -> {
      asked.add(o);
      return fixture;
    };
    try {
      Run r = run("learn", "--no-thesaurus", "--spun", dir.toString(), "--orig", dir.toString(), "--out",
          table.toString(), "--family", "acme");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(asked).singleElement().satisfies(o -> assertThat(o.spinnerTables()).containsExactly(table));
      // the fixture calls the spun text spun (family A: it knows "mentioned") and its original not
      assertThat(r.out()).contains("check: detect --spinner-table " + table + " on the 1 pairs it was learned from: "
          + "spun texts called spun 1 of 1 (0 as family acme); originals called spun 0 at 0.5, 0 at 0.6");
    } finally {
      Models.testOverride = null;
    }
  }

  @Test
  void theEvaluationGeneralisesTheTableAsLearnGeneraliseDoes(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.spun.txt"), "The mayor mentioned the plan. Officers agreed on Monday.");
    Files.writeString(dir.resolve("a.orig.txt"), "The mayor said the plan. Officials agreed on Monday.");
    Run r = run("learn", "--no-thesaurus", "--evaluate", "--spun", dir.toString(), "--orig", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    // without the thesauri the generaliser of --generalise checks words against the known words only
    assertThat(r.out()).contains("## leave one original out, table generalised as learn --generalise generalises it "
        + "(TableGeneralizer.create)");
  }

  @Test
  void aListShareKeepsTheTestHalfAndNestsTheListHalf(@TempDir Path dir) throws IOException {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      list.append("tortured ").append(i).append("\texpected ").append(i).append('\n');
    }
    Path file = Files.writeString(dir.resolve("list.tsv"), list.toString());
    java.util.List<org.unspin.lexicon.learn.PhraseLists.Row> rows = org.unspin.lexicon.learn.PhraseLists.read(file);
    java.util.List<org.unspin.lexicon.learn.PhraseLists.Row> all =
        TorturedPhraseEvaluation.withListShare(rows, 1);
    java.util.List<org.unspin.lexicon.learn.PhraseLists.Row> half =
        TorturedPhraseEvaluation.withListShare(rows, 0.5);
    java.util.List<org.unspin.lexicon.learn.PhraseLists.Row> quarter =
        TorturedPhraseEvaluation.withListShare(rows, 0.25);
    assertThat(all).hasSize(200);
    java.util.function.Predicate<org.unspin.lexicon.learn.PhraseLists.Row> test =
        org.unspin.lexicon.learn.PhraseLists::heldOut;
    assertThat(half.stream().filter(test)).containsExactlyElementsOf(all.stream().filter(test).toList());
    assertThat(quarter.stream().filter(test)).containsExactlyElementsOf(all.stream().filter(test).toList());
    long listedAll = all.stream().filter(test.negate()).count();
    long listedHalf = half.stream().filter(test.negate()).count();
    long listedQuarter = quarter.stream().filter(test.negate()).count();
    assertThat(listedHalf).isLessThan(listedAll).isGreaterThan(listedQuarter).isPositive();
    assertThat(half).containsAll(quarter);
  }

  @Test
  void aListShareNeedsEvaluateWithPhrasesAndAShareBetweenZeroAndOne(@TempDir Path dir) throws IOException {
    Path spun = Files.createDirectories(dir.resolve("spun"));
    Files.writeString(spun.resolve("a.txt"), "The mayor mentioned the plan.");
    Path list = Files.writeString(dir.resolve("list.tsv"), "profound learning\tdeep learning\n");
    Run alone = run("learn", "--no-thesaurus", "--spun", spun.toString(), "--evaluate", "--list-share", "0.5");
    assertThat(alone.code()).isEqualTo(2);
    assertThat(alone.err()).contains("--list-share applies only to --evaluate with --phrases");
    for (String bad : new String[] {"0", "1.5", "-1"}) {
      Run r = run("learn", "--no-thesaurus", "--spun", spun.toString(), "--evaluate", "--phrases", list.toString(),
          "--list-share", bad);
      assertThat(r.code()).as(bad).isEqualTo(2);
      assertThat(r.err()).as(bad).contains("--list-share must be over 0 and at most 1");
    }
  }
}
