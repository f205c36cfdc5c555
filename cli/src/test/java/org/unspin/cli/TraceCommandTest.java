// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.trace.TraceIndex;

class TraceCommandTest {

  private static final String SOURCE_A = "The council of Harlow approved a budget of 40 million dollars on Monday. "
      + "Mayor Ellen Brant said the new bridge over the Tamsin River would open in 2027.\n"
      + "Critics in the Northfield district argued that the plan ignored five schools that needed repairs. "
      + "The vote was seven to two, and the treasurer, Omar Castellan, promised a review in March.";
  private static final String SPUN_A = "The assembly of Harlow authorized a finances of 40 million bucks on Monday. "
      + "Mayor Ellen Brant mentioned the brand new crossing over the Tamsin River would open in 2027.\n"
      + "Detractors in the Northfield area argued that the scheme neglected 5 colleges that wanted repairs. "
      + "The ballot was 7 to 2, and the treasurer, Omar Castellan, pledged an evaluation in March.";
  private static final String SOURCE_B = "Shares of Quillon Motors fell sharply in Tokyo after the carmaker cut "
      + "its forecast for the third time this year. Analysts at Dunmore Securities blamed weak demand in Europe.\n"
      + "The company said it would close two plants in Osaka and cut 1,200 jobs by the end of 2026.";

  private static Path corpus(Path dir) throws Exception {
    Path c = dir.resolve("corpus");
    Files.createDirectories(c);
    Files.writeString(c.resolve("a.txt"), SOURCE_A);
    Files.writeString(c.resolve("b.txt"), SOURCE_B);
    return c;
  }

  @Test
  void indexThenTraceRanksTheSourceFirstWithPassages(@TempDir Path dir) throws Exception {
    Path idx = dir.resolve("t.idx");
    CliTest.Run r = CliTest.run("index", "--out", idx.toString(), corpus(dir).toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("indexed 2 documents");
    Path spun = dir.resolve("spun.txt");
    Files.writeString(spun, SPUN_A);
    r = CliTest.run("trace", "--index", idx.toString(), spun.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("1. " + dir.resolve("corpus").resolve("a.txt")).contains("passage 0-");
    assertThat(r.out()).doesNotContain("b.txt");
  }

  @Test
  void pagesAreReadAsTheIndexReadItsPages(@TempDir Path dir) throws Exception {
    // an index records how it read its HTML pages: an index made with --whole-page reads the pages traced against it
    // (and the pages an update adds) whole too; --whole-page against an index of articles is warned of, and refused
    // for an update, which would mix the two in one index
    Path c = dir.resolve("pages");
    Files.createDirectories(c);
    String page = "<html><body><nav><a href='/'>Home</a></nav><article><p>" + SOURCE_A.replace("\n", "</p><p>")
        + "</p></article><footer><p>Copyright 2026 The Harlow Courier. All rights reserved. This material may not "
        + "be published, broadcast or redistributed without permission.</p></footer></body></html>";
    Files.writeString(c.resolve("a.html"), page);
    Path spun = Files.writeString(dir.resolve("spun.html"), page.replace(SOURCE_A.substring(0, 40),
        SPUN_A.substring(0, 40)));
    Path whole = dir.resolve("whole.idx");
    assertThat(CliTest.run("index", "--whole-page", "--out", whole.toString(), c.toString()).code()).isZero();
    CliTest.Run r = CliTest.run("trace", "--index", whole.toString(), spun.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("read its HTML pages whole (index --whole-page), so the pages traced here are "
        + "read whole too");
    Path articles = dir.resolve("articles.idx");
    assertThat(CliTest.run("index", "--out", articles.toString(), c.toString()).code()).isZero();
    r = CliTest.run("trace", "--index", articles.toString(), spun.toString());
    assertThat(r.err()).doesNotContain("warning", "note");
    r = CliTest.run("trace", "--whole-page", "--index", articles.toString(), spun.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("warning: " + articles + " read its HTML pages as their article");
    r = CliTest.run("index", "--update", "--whole-page", "--out", articles.toString(), spun.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("read its HTML pages as their article: leave out --whole-page");
  }

  @Test
  void changesNameTheSubstitutedWordsAndTheSourcesWordingOnlyWhereTheCopyWasSpun(@TempDir Path dir)
      throws Exception {
    // a farm copy that spins the second paragraph and keeps the first as it is
    Path idx = dir.resolve("t.idx");
    assertThat(CliTest.run("index", "--out", idx.toString(), corpus(dir).toString()).code()).isZero();
    String first = SOURCE_A.substring(0, SOURCE_A.indexOf('\n') + 1);
    String copy = first + SPUN_A.substring(SPUN_A.indexOf('\n') + 1);
    Path farm = Files.writeString(dir.resolve("farm.txt"), copy);
    CliTest.Run r = CliTest.run("trace", "--changes", "--index", idx.toString(), farm.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("\u201cDetractors\u201d <- \u201cCritics\u201d",
        "\u201cscheme neglected 5 colleges\u201d <- \u201cplan ignored five schools\u201d", // neighbours: one
        "\u201cballot\u201d <- \u201cvote\u201d");
    int at = copy.indexOf("Detractors");
    assertThat(r.out()).contains(at + "-" + (at + "Detractors".length()) + " ");
    com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
        CliTest.run("trace", "--changes", "--format", "json", "--index", idx.toString(), farm.toString()).out());
    com.fasterxml.jackson.databind.JsonNode passage = json.get("sources").get(0).get("passages").get(0);
    assertThat(passage.get("changed_words").asInt()).isPositive().isLessThan(passage.get("words").asInt());
    assertThat(passage.get("source_passage").asText()) // the other side of a side-by-side view
        .isEqualTo(SOURCE_A.substring(passage.get("source_start").asInt(), passage.get("source_end").asInt()));
    for (com.fasterxml.jackson.databind.JsonNode c : passage.get("changes")) {
      assertThat(c.get("document_start").asInt()).isGreaterThanOrEqualTo(first.length()); // none in the kept paragraph
      assertThat(copy.substring(c.get("document_start").asInt(), c.get("document_end").asInt()))
          .isEqualTo(c.get("document_text").asText());
      assertThat(SOURCE_A.substring(c.get("source_start").asInt(), c.get("source_end").asInt()))
          .isEqualTo(c.get("source_text").asText());
    }
    // without the option, the report is as before
    assertThat(CliTest.run("trace", "--index", idx.toString(), farm.toString()).out()).doesNotContain("<- \u201c");
  }

  @Test
  void anEmptyDocumentSaysItHasNothingToTrace(@TempDir Path dir) throws Exception {
    Path idx = dir.resolve("t.idx");
    assertThat(CliTest.run("index", "--out", idx.toString(), corpus(dir).toString()).code()).isZero();
    Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
    Path other = Files.writeString(dir.resolve("other.txt"), "Nothing like any source at all is written here.");
    CliTest.Run r = CliTest.run("trace", "--index", idx.toString(), empty.toString(), other.toString());
    assertThat(r.out()).contains(empty + ": no words to trace\n").contains(other + ": no source found");
    r = CliTest.run("trace", "--index", idx.toString(), "--format", "json", empty.toString());
    assertThat(r.out()).contains("\"sources\":[],\"note\":\"no words to trace\"}");
    // and the CSV says it too: its row had been the row of a document traced with no source found
    r = CliTest.run("trace", "--index", idx.toString(), "--format", "csv", empty.toString(), other.toString());
    List<List<String>> rows = CsvTest.parse(r.out());
    assertThat(rows.get(1)).containsExactly(empty.toString(), "", "", "", "", "", "", "no words to trace");
    assertThat(rows.get(2)).containsExactly(other.toString(), "", "", "", "", "", "", "");
  }

  @Test
  void quotedTextCanBeLeftOutAsCitedMaterial(@TempDir Path dir) throws Exception {
    Path idx = dir.resolve("t.idx");
    assertThat(CliTest.run("index", "--out", idx.toString(), corpus(dir).toString()).code()).isZero();
    // an essay quoting one source with its citation, and copying from the other without
    Path essay = Files.writeString(dir.resolve("essay.txt"), "As the report put it, \u201C" + SOURCE_B.strip()
        + "\u201D (Ito, 2021). " + SPUN_A);
    CliTest.Run all = CliTest.run("trace", "--index", idx.toString(), "--format", "csv", essay.toString());
    assertThat(all.out()).contains("b.txt").contains("a.txt");
    CliTest.Run cited = CliTest.run("trace", "--index", idx.toString(), "--format", "csv", "--exclude-quotes",
        essay.toString());
    assertThat(cited.code()).as(cited.err()).isZero();
    assertThat(cited.out()).contains("a.txt").doesNotContain("b.txt");
  }

  @Test
  void anIndexedDocumentTracedUnderAnotherSpellingOfItsPathIsNotItsOwnSource(@TempDir Path dir) throws Exception {
    Path idx = dir.resolve("t.idx");
    Path c = corpus(dir);
    assertThat(CliTest.run("index", "--out", idx.toString(), c.toString()).code()).isZero();
    String respelled = c + "/../corpus/./a.txt";
    CliTest.Run r = CliTest.run("trace", "--index", idx.toString(), respelled);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).doesNotContain(c.resolve("a.txt").toString() + " ").doesNotContain("score 1.000");
  }

  @Test
  void mistakesInTheIndexAndOptionsAreNamedAsTheUserWroteThem(@TempDir Path dir) throws Exception {
    Path c = corpus(dir);
    CliTest.Run r = CliTest.run("trace", "--index", c.toString(), c.resolve("a.txt").toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).contains(c + " is a folder").contains("--corpus");
    r = CliTest.run("trace", "--top", "0", "--corpus", c.toString(), c.resolve("a.txt").toString());
    assertThat(r.code()).isEqualTo(Cli.USAGE);
    assertThat(r.err()).startsWith("unspin trace: --top must be at least 1: 0")
        .contains("Run 'unspin trace --help' for its options.").doesNotContain("Usage:");
    r = CliTest.run("trace", "--min-score", "2", "--corpus", c.toString(), c.resolve("a.txt").toString());
    assertThat(r.err()).startsWith("unspin trace: --min-score must lie in [0, 1]: 2.0");
    r = CliTest.run("index", "--out", dir.resolve("missing/t.idx").toString(), c.toString());
    assertThat(r.code()).isEqualTo(Cli.OUTPUT); // the output cannot be written, as a full disk's
    assertThat(r.err()).contains("the folder " + dir.resolve("missing") + " does not exist")
        .doesNotContain("indexed");
    Path empty = Files.createDirectories(dir.resolve("empty"));
    r = CliTest.run("index", "--out", dir.resolve("e.idx").toString(), empty.toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).contains("no documents found in [" + empty + "]").contains("is not written");
    assertThat(dir.resolve("e.idx")).doesNotExist();
  }

  @Test
  void anIndexIsNeitherEmptiedByAnEmptyFolderNorWrittenOverAnotherFileNorReadAsADocument(@TempDir Path dir)
      throws Exception {
    Path c = corpus(dir);
    Path idx = dir.resolve("t.idx");
    assertThat(CliTest.run("index", "--out", idx.toString(), c.toString()).code()).isZero();
    byte[] full = Files.readAllBytes(idx);
    // an empty (or unmounted) folder had replaced a full index with an empty one, exit 0, silently with --quiet
    Path empty = Files.createDirectories(dir.resolve("empty"));
    CliTest.Run r = CliTest.run("index", "--quiet", "--out", idx.toString(), empty.toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).contains("no documents found").contains(idx + " is left as it was");
    assertThat(Files.readAllBytes(idx)).isEqualTo(full);
    // --update with nothing new keeps the index and says so
    r = CliTest.run("index", "--update", "--out", idx.toString(), empty.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("warning: no documents found").contains("indexed 2 documents");
    // "--out" naming an article had replaced it with the index
    Path article = c.resolve("a.txt");
    r = CliTest.run("index", "--out", article.toString(), c.toString());
    assertThat(r.code()).isEqualTo(Cli.OUTPUT);
    assertThat(r.err()).contains("it is not a trace index");
    assertThat(Files.readString(article)).isEqualTo(SOURCE_A);
    // an index with no ending inside the folder it indexes is not read as a document of it on the next run
    Path inside = c.resolve("sources");
    assertThat(CliTest.run("index", "--out", inside.toString(), c.toString()).code()).isZero();
    r = CliTest.run("index", "--out", inside.toString(), c.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("indexed 2 documents");
  }

  @Test
  void aFileNamedTwiceOrInTwoSpellingsIsOneDocument(@TempDir Path dir) throws Exception {
    Path c = corpus(dir);
    Path a = c.resolve("a.txt");
    Path idx = dir.resolve("t.idx");
    String other = c.resolve(".").resolve("a.txt").toString(); // "corpus/./a.txt"
    CliTest.Run r = CliTest.run("index", "--out", idx.toString(), c.toString(), a.toString(), other);
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("indexed 2 documents").contains("2 documents were named more than once");
    // an update naming one file twice replaces it once ("-2 kept" had been said)
    r = CliTest.run("index", "--update", "--out", idx.toString(), a.toString(), a.toString(), c.toString());
    assertThat(r.err()).contains("0 kept, 2 replaced, 0 added");
    // grouping an indexed file with the index: it had formed a family with itself
    Path spun = Files.writeString(dir.resolve("spun.txt"), SPUN_A);
    r = CliTest.run("trace", "--group", "--format", "json", "--index", idx.toString(), a.toString(), spun.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out().strip().lines()).hasSize(1);
    assertThat(r.out()).contains(a.toString()).contains(spun.toString());
    assertThat(r.out().split(java.util.regex.Pattern.quote(a.toString()), -1)).hasSize(2);
    assertThat(r.err()).contains("1 documents were given more than once");
    // a FILE named twice is traced once, and said to be
    r = CliTest.run("trace", "--index", idx.toString(), spun.toString(), spun.toString());
    assertThat(r.err()).contains("1 documents were named more than once; each has one result");
  }

  @Test
  void indexWritesThroughALinkRefusesWhatIsNotAFileAndCanBeQuiet(@TempDir Path dir) throws Exception {
    Path c = corpus(dir);
    // the index replaces its file by a rename, which had replaced a link (and, as root, "--out /dev/full" the device)
    Path real = dir.resolve("real.idx");
    Path link = Files.createSymbolicLink(dir.resolve("link.idx"), real.getFileName());
    CliTest.Run r = CliTest.run("index", "--quiet", "--out", link.toString(), c.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty(); // no progress, no summary: a cron job reads anything there as trouble
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.size(real)).isPositive();
    assertThat(CliTest.run("trace", "--index", link.toString(), c.resolve("a.txt").toString()).code()).isZero();
    Path fifo = dir.resolve("pipe.idx");
    if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
      CliTest.Run p = CliTest.run("index", "--out", fifo.toString(), c.toString());
      assertThat(p.code()).isEqualTo(Cli.OUTPUT);
      assertThat(p.err()).contains("it is not a file");
      assertThat(Files.isRegularFile(fifo)).isFalse();
    }
  }

  @Test
  void anIndexIsUpdatedWithNewDocumentsKeepingItsOwn(@TempDir Path dir) throws Exception {
    Path idx = dir.resolve("t.idx");
    Path a = dir.resolve("a");
    Files.createDirectories(a);
    Files.writeString(a.resolve("a.txt"), SOURCE_A);
    assertThat(CliTest.run("index", "--out", idx.toString(), a.toString()).code()).isZero();
    Path b = dir.resolve("b");
    Files.createDirectories(b);
    Files.writeString(b.resolve("b.txt"), SOURCE_B);
    CliTest.Run r = CliTest.run("index", "--update", "--out", idx.toString(), b.toString(), a.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("indexed 2 documents").contains("0 kept, 1 replaced, 1 added");
    Path spun = dir.resolve("spun.txt");
    Files.writeString(spun, SPUN_A);
    assertThat(CliTest.run("trace", "--index", idx.toString(), spun.toString()).out())
        .contains("1. " + a.resolve("a.txt"));
    // the same document under another spelling of its path replaces it, keeping the name it was indexed by
    r = CliTest.run("index", "--update", "--out", idx.toString(), dir + "/a//./a.txt");
    assertThat(r.err()).as(r.err()).contains("indexed 2 documents").contains("1 kept, 1 replaced, 0 added");
    assertThat(CliTest.run("index", "--update", "--hashes", "64", "--out", idx.toString(), b.toString()).code())
        .isEqualTo(Cli.USAGE);
    // without --update the file is written anew
    r = CliTest.run("index", "--out", idx.toString(), b.toString());
    assertThat(r.err()).contains("indexed 1 document (");
  }

  @Test
  void documentsAreRemovedByNameOrWhenTheirFilesAreGone(@TempDir Path dir) throws Exception {
    Path idx = dir.resolve("t.idx");
    Path a = Files.createDirectories(dir.resolve("a"));
    Files.writeString(a.resolve("a.txt"), SOURCE_A);
    Files.writeString(a.resolve("b.txt"), SOURCE_B);
    Files.writeString(a.resolve("c.txt"), SOURCE_A + "\n\n" + SOURCE_B);
    assertThat(CliTest.run("index", "--out", idx.toString(), a.toString()).code()).isZero();
    Path spun = Files.writeString(dir.resolve("spun.txt"), SPUN_A);
    assertThat(CliTest.run("trace", "--index", idx.toString(), spun.toString()).out())
        .contains(a.resolve("a.txt").toString());
    // by name, in another spelling of the path; a name the index does not hold is said, and nothing else happens
    CliTest.Run r = CliTest.run("index", "--out", idx.toString(), "--remove", dir + "/a//./a.txt", "--remove",
        dir.resolve("nothing.txt").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("indexed 2 documents").contains("2 kept, 0 replaced, 0 added, 1 removed")
        .contains("holds no document named " + dir.resolve("nothing.txt"));
    assertThat(CliTest.run("trace", "--index", idx.toString(), spun.toString()).out())
        .doesNotContain(a.resolve("a.txt").toString());
    // a file deleted from the corpus, while its folder is there
    Files.delete(a.resolve("b.txt"));
    r = CliTest.run("index", "--out", idx.toString(), "--remove-missing");
    assertThat(r.err()).as(r.err()).contains("indexed 1 document (").contains("1 removed");
    assertThat(TraceIndex.open(idx).name(0)).isEqualTo(a.resolve("c.txt").toString());
    // without an index there is nothing to remove from; without PATH or a removal there is nothing to do
    r = CliTest.run("index", "--out", dir.resolve("none.idx").toString(), "--remove", "x");
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).contains("nothing to remove from");
    assertThat(CliTest.run("index", "--out", idx.toString()).code()).isEqualTo(Cli.USAGE);
  }

  @Test
  void aFoldersDocumentsAreRemovedByTheFoldersName(@TempDir Path dir) throws Exception {
    // a checker withdrawing a batch named its folder and was told "holds no document named batch", all of it kept
    Path idx = dir.resolve("t.idx");
    Path keep = Files.createDirectories(dir.resolve("keep"));
    Path batch = Files.createDirectories(dir.resolve("batch").resolve("sub"));
    Files.writeString(keep.resolve("a.txt"), SOURCE_A);
    Files.writeString(dir.resolve("batch").resolve("b.txt"), SOURCE_B);
    Files.writeString(batch.resolve("c.txt"), SOURCE_A + "\n\n" + SOURCE_B);
    Files.writeString(dir.resolve("batch2.txt"), SOURCE_B + "\n\nAnd more.");
    assertThat(CliTest.run("index", "--out", idx.toString(), keep.toString(), dir.resolve("batch").toString(),
        dir.resolve("batch2.txt").toString()).code()).isZero();
    CliTest.Run r = CliTest.run("index", "--out", idx.toString(), "--remove", dir + "/./batch/");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("indexed 2 documents").contains("2 kept, 0 replaced, 0 added, 2 removed")
        .doesNotContain("holds no document");
    TraceIndex left = TraceIndex.open(idx);
    assertThat(List.of(left.name(0), left.name(1))).containsExactlyInAnyOrder(keep.resolve("a.txt").toString(),
        dir.resolve("batch2.txt").toString());
  }

  @Test
  void aDocumentWhoseFolderIsNotThereIsKeptByRemoveMissing(@TempDir Path dir) throws Exception {
    // names are resolved from the current folder, as when indexed: run from elsewhere, a relative name's folder is
    // not there, and the document must not be taken for deleted
    TraceIndex.Builder b = TraceIndex.builder(org.unspin.trace.FingerprintSettings.defaults());
    b.add("no-such-folder-here/a.txt", SOURCE_A);
    b.add("https://example.com/page", SOURCE_B);
    Path idx = dir.resolve("t.idx");
    b.build().save(idx);
    CliTest.Run r = CliTest.run("index", "--out", idx.toString(), "--remove-missing");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("kept 1 documents whose folders are not here").contains("0 removed");
    assertThat(TraceIndex.open(idx).size()).isEqualTo(2);
  }

  @Test
  void standardInputIsTracedAsDash(@TempDir Path dir) throws Exception {
    Path a = Files.createDirectories(dir.resolve("a"));
    Files.writeString(a.resolve("a.txt"), SOURCE_A);
    java.io.InputStream stdin = System.in;
    System.setIn(new java.io.ByteArrayInputStream(SPUN_A.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    try {
      CliTest.Run r = CliTest.run("trace", "--corpus", a.toString(), "-");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).startsWith("-\n").contains("1. " + a.resolve("a.txt"));
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void anUpdateWaitsForAnotherWriterOfTheSameIndexInsteadOfDroppingItsDocuments(@TempDir Path dir)
      throws Exception {
    Path idx = dir.resolve("t.idx");
    Path a = Files.createDirectories(dir.resolve("a"));
    Files.writeString(a.resolve("a.txt"), SOURCE_A);
    assertThat(CliTest.run("index", "--out", idx.toString(), a.toString()).code()).isZero();
    Path b = Files.createDirectories(dir.resolve("b"));
    Files.writeString(b.resolve("b.txt"), SOURCE_B);
    // this test holds the lock another writer would hold; the update, in a process of its own, waits for it
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(dir.resolve("t.idx.lock"),
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE)) {
      java.nio.channels.FileLock held = ch.lock();
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
          System.getProperty("java.class.path"), Main.class.getName(), "index", "--update", "--out", idx.toString(),
          b.toString()).redirectErrorStream(true).start();
      java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
          java.nio.charset.StandardCharsets.UTF_8));
      assertThat(lines.readLine()).isEqualTo("unspin index: waiting for another index command writing " + idx
          + " to finish");
      assertThat(p.isAlive()).isTrue();
      held.release();
      String rest = lines.lines().collect(java.util.stream.Collectors.joining("\n"));
      assertThat(p.waitFor()).as(rest).isZero();
      assertThat(rest).contains("1 kept, 0 replaced, 1 added");
    }
  }

  @Test
  void aTracedPdfSaysWhichPageEachPassageStartsOn(@TempDir Path dir) throws Exception {
    List<String> lines = List.of(SPUN_A.split("\n"));
    Path pdf = org.unspin.testkit.Pdfs.writePages(dir.resolve("paper.pdf"), List.of(
        List.of(List.of("Contents and acknowledgements of this report.")),
        List.of(List.of(lines.get(0)), List.of(lines.get(1)))), null, null);
    CliTest.Run r = CliTest.run("trace", "--format", "json", "--corpus", corpus(dir).toString(), pdf.toString());
    assertThat(r.code()).as(r.err()).isZero();
    com.fasterxml.jackson.databind.JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(r.out().strip());
    com.fasterxml.jackson.databind.JsonNode passages = doc.get("sources").get(0).get("passages");
    assertThat(passages).isNotEmpty().allSatisfy(p -> assertThat(p.get("document_page").asInt()).isEqualTo(2));
    assertThat(CliTest.run("trace", "--corpus", corpus(dir).toString(), pdf.toString()).out())
        .containsPattern("passage [0-9]+-[0-9]+ \\(p\\. 2\\) <- source");
    Path txt = Files.writeString(dir.resolve("spun.txt"), SPUN_A);
    assertThat(CliTest.run("trace", "--format", "json", "--corpus", corpus(dir).toString(), txt.toString()).out())
        .doesNotContain("document_page");
  }

  @Test
  void annotateMarksEachParagraphMadeFromTheSourceWithTheSourcesWordsInItsNote(@TempDir Path dir)
      throws Exception {
    List<String> lines = List.of(SPUN_A.split("\n"));
    Path pdf = org.unspin.testkit.Pdfs.writePages(dir.resolve("paper.pdf"), List.of(
        List.of(List.of("Contents and acknowledgements of this report.")),
        List.of(List.of(lines.get(0)), List.of(lines.get(1)))), null, null);
    Path docx = org.unspin.testkit.Docx.write(dir.resolve("draft.docx"), org.unspin.testkit.Docx.paragraph(lines.get(0))
        + org.unspin.testkit.Docx.paragraph(lines.get(1)));
    Path out = dir.resolve("marked");
    CliTest.Run r = CliTest.run("trace", "--corpus", corpus(dir).toString(), "--annotate", out.toString(),
        pdf.toString(), docx.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("2 annotated copies written to " + out);
    try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(
        out.resolve("paper.unspin.pdf").toFile())) {
      assertThat(d.getPage(0).getAnnotations()).extracting(a -> a.getContents()).singleElement().asString()
          .startsWith("unspin trace: likeliest source " + corpus(dir).resolve("a.txt"));
      List<String> notes = d.getPage(1).getAnnotations().stream().map(a -> a.getContents()).toList();
      // a note per paragraph, each quoting the source's sentences it was made from
      assertThat(notes).hasSize(2);
      assertThat(notes.get(0)).contains("made from " + corpus(dir).resolve("a.txt"))
          .contains("council of Harlow approved a budget").doesNotContain("Northfield");
      assertThat(notes.get(1)).contains("Critics in the Northfield district").doesNotContain("council");
    }
    assertThat(org.unspin.trace.WordAnnotator.comments(Files.readAllBytes(out.resolve("draft.unspin.docx"))))
        .hasSize(3).hasEntrySatisfying(2, note -> assertThat(note).contains("Critics in the Northfield"));
    // quiet, nothing on standard error; a copy that cannot be written (a folder where it goes) exits 5, as in detect
    Path again = dir.resolve("again");
    Files.createDirectories(again.resolve("draft.unspin.docx"));
    CliTest.Run q = CliTest.run("trace", "--quiet", "--corpus", corpus(dir).toString(), "--annotate",
        again.toString(), pdf.toString());
    assertThat(q.code()).isZero();
    assertThat(q.err()).isEmpty();
    CliTest.Run failed = CliTest.run("trace", "--quiet", "--corpus", corpus(dir).toString(), "--annotate",
        again.toString(), docx.toString());
    assertThat(failed.code()).isEqualTo(Cli.OUTPUT);
    assertThat(failed.err()).contains("draft.unspin.docx: annotated copy not written");
  }

  @Test
  void jsonOutputHasOneObjectPerDocumentWithOffsets(@TempDir Path dir) throws Exception {
    Path spun = dir.resolve("spun.txt");
    Files.writeString(spun, SPUN_A);
    CliTest.Run r = CliTest.run("trace", "--format", "json", "--corpus", corpus(dir).toString(), spun.toString());
    assertThat(r.code()).isZero();
    String[] lines = r.out().strip().split("\n");
    assertThat(lines).hasSize(1);
    assertThat(lines[0]).startsWith("{\"document\":").contains("\"rank\":1", "a.txt", "\"source_start\":0",
        "\"document_end\":" + SPUN_A.length());
  }

  @Test
  void jsonlIsAnotherNameForTheJsonLinesTraceWrites(@TempDir Path dir) throws Exception {
    // detect and restore call JSON Lines "jsonl"; trace refused the name
    Path spun = Files.writeString(dir.resolve("spun.txt"), SPUN_A);
    String c = corpus(dir).toString();
    CliTest.Run jsonl = CliTest.run("trace", "--format", "jsonl", "--corpus", c, spun.toString());
    assertThat(jsonl.code()).isZero();
    assertThat(jsonl.out()).isEqualTo(CliTest.run("trace", "--format", "json", "--corpus", c, spun.toString()).out())
        .startsWith("{\"document\":");
  }

  @Test
  void csvOutputHasARowPerDocumentAndSourceAndOnePerFamilyMember(@TempDir Path dir) throws Exception {
    Path c = corpus(dir);
    Path spun = dir.resolve("spun.txt");
    Files.writeString(spun, SPUN_A);
    Path alone = dir.resolve("alone.txt");
    Files.writeString(alone, "Nothing in the corpus reads like this short note about gardening in spring.");
    com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
        CliTest.run("trace", "--format", "json", "--corpus", c.toString(), spun.toString()).out());
    CliTest.Run r = CliTest.run("trace", "--format", "csv", "--corpus", c.toString(), spun.toString(),
        alone.toString());
    assertThat(r.code()).isZero();
    List<List<String>> rows = CsvTest.parse(r.out());
    assertThat(rows.get(0)).containsExactly("document", "rank", "source", "score", "containment", "passages",
        "error", "note");
    com.fasterxml.jackson.databind.JsonNode first = json.get("sources").get(0);
    assertThat(rows.get(1)).containsExactly(spun.toString(), "1", first.get("source").asText(),
        first.get("score").asText(), first.get("containment").asText(),
        String.valueOf(first.get("passages").size()), "", "");
    assertThat(rows).hasSize(2 + json.get("sources").size());
    assertThat(rows.get(rows.size() - 1)).containsExactly(alone.toString(), "", "", "", "", "", "", "");
    // an input that could not be read says so in its row, not as a document with no source
    Path gone = dir.resolve("gone.txt");
    CliTest.Run unread = CliTest.run("trace", "--format", "csv", "--corpus", c.toString(), gone.toString());
    assertThat(unread.code()).isEqualTo(Cli.BAD_INPUT);
    List<String> row = CsvTest.parse(unread.out()).get(1);
    assertThat(row.subList(0, 6)).containsExactly(gone.toString(), "", "", "", "", "");
    assertThat(row.get(6)).contains("gone.txt").contains("no such file");

    Files.writeString(c.resolve("a-spun.txt"), SPUN_A);
    List<List<String>> members = CsvTest.parse(CliTest.run("trace", "--group", "--format", "csv", c.toString()).out());
    assertThat(members.get(0)).containsExactly("family", "member");
    assertThat(members.subList(1, members.size())).extracting(m -> m.get(0)).containsOnly("0");
    assertThat(members.subList(1, members.size())).extracting(m -> Path.of(m.get(1)).getFileName().toString())
        .containsExactlyInAnyOrder("a.txt", "a-spun.txt");
  }

  @Test
  void corruptIndexIsBadInputNamingFileAndOffset(@TempDir Path dir) throws Exception {
    Path idx = dir.resolve("t.idx");
    assertThat(CliTest.run("index", "--out", idx.toString(), corpus(dir).toString()).code()).isZero();
    byte[] b = Files.readAllBytes(idx);
    Files.write(idx, java.util.Arrays.copyOf(b, b.length - 7));
    Path spun = dir.resolve("spun.txt");
    Files.writeString(spun, SPUN_A);
    CliTest.Run r = CliTest.run("trace", "--index", idx.toString(), spun.toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).contains("t.idx").contains("offset");
  }

  @Test
  void summarySaysHowManyDocumentsHadASource(@TempDir Path dir) throws Exception {
    // a checker's nightly batch run with --summary-only had been told only that its documents were traced, not how
    // many of them had a source
    Path idx = dir.resolve("t.idx");
    assertThat(CliTest.run("index", "--out", idx.toString(), corpus(dir).toString()).code()).isZero();
    Path batch = Files.createDirectories(dir.resolve("batch"));
    Files.writeString(batch.resolve("spun.txt"), SPUN_A);
    Files.writeString(batch.resolve("other.txt"), "Rain is expected across the western hills on Friday, and the "
        + "ferry to Lundy will not sail until the wind has dropped. Walkers are asked to keep to the marked paths.");
    Files.writeString(batch.resolve("empty.txt"), "");
    CliTest.Run r = CliTest.run("trace", "--summary-only", "--index", idx.toString(), batch.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("traced 3 documents against 2")
        .contains(": 1 with a source, 2 without (1 of them with no words to trace)");
  }

  @Test
  void truthThatNamesNoDocumentSaysSoAndUnnamedOnesAreNotScored(@TempDir Path dir) throws Exception {
    // a truth table of another trial had scored "0 of 0 spins and copies (0.00%)" and, grouping, "precision 0.0000
    // (0 of 97 pairs)": as if tracing had failed, when the table named none of the documents
    Path c = corpus(dir);
    Path idx = dir.resolve("t.idx");
    assertThat(CliTest.run("index", "--out", idx.toString(), c.toString()).code()).isZero();
    Path spun = Files.writeString(dir.resolve("spun.txt"), SPUN_A);
    Path also = Files.writeString(dir.resolve("also.txt"), SPUN_A.replace("Harlow", "Harlowe"));
    Path other = Files.writeString(dir.resolve("other.tsv"), "file\tkind\tsource\tfamily\n"
        + "queries/q.txt\tspin\tcorpus/z.txt\t0\n");
    CliTest.Run r = CliTest.run("trace", "--summary-only", "--truth", other.toString(), "--index", idx.toString(),
        spun.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("warning: " + other + " names none of the 1 document traced as a spin or copy")
        .doesNotContain("0 of 0");
    r = CliTest.run("trace", "--group", "--summary-only", "--truth", other.toString(), spun.toString(),
        also.toString());
    assertThat(r.err()).contains("names none of the 2 documents grouped").doesNotContain("precision");
    Path mine = Files.writeString(dir.resolve("mine.tsv"), "file\tkind\tsource\tfamily\n"
        + "spun.txt\tspin\tcorpus/a.txt\t0\ncorpus/a.txt\toriginal\tcorpus/a.txt\t0\n");
    r = CliTest.run("trace", "--summary-only", "--truth", mine.toString(), "--index", idx.toString(), spun.toString(),
        also.toString());
    assertThat(r.err()).contains("top-1 source correct: 1 of 1 spins and copies (100.00%); 0 with no source found; "
        + "1 document traced that " + mine + " does not name, not scored");
    r = CliTest.run("trace", "--group", "--summary-only", "--truth", mine.toString(), spun.toString(),
        also.toString(), c.resolve("a.txt").toString());
    assertThat(r.err()).contains("pairwise precision 1.0000 (1 of 1 pairs), recall 1.0000 (1 of 1 true pairs); "
        + "1 document grouped that " + mine + " does not name, not scored");
  }

  @Test
  void indexSaysWhichDocumentsHaveNoWordsAndCountsInTheSingular(@TempDir Path dir) throws Exception {
    // an empty file had been indexed unsaid, a document no copy can be traced to, and one Latin-1 file left out was
    // "1 bad document left out"
    Path c = corpus(dir);
    Files.writeString(c.resolve("empty.txt"), "");
    Files.writeString(c.resolve("blank.txt"), "  \n\n");
    Files.write(c.resolve("latin1.txt"), "caf\u00e9 au lait".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    Path idx = dir.resolve("t.idx");
    CliTest.Run r = CliTest.run("index", "--on-bad-data", "warn", "--out", idx.toString(), c.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("indexed 4 documents").contains("; 1 bad document left out")
        .contains("note: 2 documents have no words, so no copy can be traced to them: ")
        .contains(c.resolve("empty.txt").toString()).contains(c.resolve("blank.txt").toString());
    Path one = dir.resolve("one.idx");
    r = CliTest.run("index", "--out", one.toString(), c.resolve("a.txt").toString());
    assertThat(r.err()).contains("indexed 1 document (").doesNotContain("no words");
  }

  @Test
  void aLinkBackToItsOwnFolderIsNotReadAgain(@TempDir Path dir) throws Exception {
    // a link inside a folder to that folder had been read as a folder: each of its files indexed and traced a
    // second time under the link's name, and a bad file there lost the files after it
    Path c = corpus(dir);
    Files.createSymbolicLink(c.resolve("loop"), c);
    Path idx = dir.resolve("t.idx");
    CliTest.Run r = CliTest.run("index", "--on-bad-data", "warn", "--out", idx.toString(), c.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("indexed 2 documents").contains("; 1 bad document left out")
        .contains("warning: " + c.resolve("loop") + ": a link to a folder it is inside");
    assertThat(TraceIndex.open(idx).size()).isEqualTo(2);
    assertThat(CliTest.run("index", "--out", idx.toString(), c.toString()).code()).isEqualTo(Cli.BAD_INPUT);
    Path batch = Files.createDirectories(dir.resolve("batch"));
    Files.writeString(batch.resolve("spun.txt"), SPUN_A);
    Files.createSymbolicLink(batch.resolve("again"), batch);
    r = CliTest.run("trace", "--format", "csv", "--index", idx.toString(), batch.toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.out()).contains(batch.resolve("spun.txt") + ",1,").doesNotContain(batch.resolve("again")
        .resolve("spun.txt").toString());
    assertThat(r.out()).contains(batch.resolve("again") + ",,,,,,");
  }

  @Test
  void aDocumentWithMoreSourcesThanTopSaysSo(@TempDir Path dir) throws Exception {
    // a page of several spun articles had listed --top of its sources and said nothing of the others
    Path idx = dir.resolve("t.idx");
    assertThat(CliTest.run("index", "--out", idx.toString(), corpus(dir).toString()).code()).isZero();
    Path page = Files.writeString(dir.resolve("page.txt"), SPUN_A + "\n\n" + SOURCE_B);
    CliTest.Run all = CliTest.run("trace", "--index", idx.toString(), page.toString());
    assertThat(all.out()).contains("1. ").contains("2. ").doesNotContain("more sources");
    assertThat(all.err()).doesNotContain("more sources");
    CliTest.Run one = CliTest.run("trace", "--top", "1", "--index", idx.toString(), page.toString());
    assertThat(one.code()).as(one.err()).isZero();
    assertThat(one.out()).contains("1. ").doesNotContain("2. ")
        .contains("  more sources than --top 1: a larger --top lists them");
    assertThat(one.err()).contains("1 document has more sources than --top 1 lists");
    CliTest.Run json = CliTest.run("trace", "--top", "1", "--format", "json", "--index", idx.toString(),
        page.toString());
    assertThat(json.out().strip()).endsWith("}]}],\"more_sources\":true}");
    assertThat(CliTest.run("trace", "--format", "json", "--index", idx.toString(), page.toString()).out())
        .doesNotContain("more_sources");
  }

  @Test
  void quietAndThresholdMeanWhatTheyMeanInTheOtherCommands(@TempDir Path dir) throws Exception {
    // trace's --quiet had left out the results and kept the summary, the opposite of detect's and restore's; its
    // --threshold, the similarity --group joins at, was ignored without --group by a user who meant P(spun)
    Path idx = dir.resolve("t.idx");
    assertThat(CliTest.run("index", "--out", idx.toString(), corpus(dir).toString()).code()).isZero();
    Path spun = Files.writeString(dir.resolve("spun.txt"), SPUN_A);
    CliTest.Run plain = CliTest.run("trace", "--index", idx.toString(), spun.toString());
    assertThat(plain.err()).contains("traced 1 document against 2");
    CliTest.Run quiet = CliTest.run("trace", "--quiet", "--index", idx.toString(), spun.toString());
    assertThat(quiet.code()).isZero();
    assertThat(quiet.out()).isEqualTo(plain.out()).contains("a.txt");
    assertThat(quiet.err()).isEmpty();
    CliTest.Run summary = CliTest.run("trace", "--summary-only", "--index", idx.toString(), spun.toString());
    assertThat(summary.out()).isEmpty();
    assertThat(summary.err()).contains("traced 1 document against 2");
    CliTest.Run bare = CliTest.run("trace", "--group-threshold", "0.5", "--index", idx.toString(), spun.toString());
    assertThat(bare.code()).isEqualTo(Cli.USAGE);
    assertThat(bare.err()).contains("without --group it would do nothing");
    assertThat(CliTest.run("trace", "--threshold", "0.5", "--index", idx.toString(), spun.toString()).code())
        .isEqualTo(Cli.USAGE);
    CliTest.Run generating = CliTest.run("trace", "--spun", "10", "--index", idx.toString(), spun.toString());
    assertThat(generating.code()).isEqualTo(Cli.USAGE);
    assertThat(generating.err()).contains("--spun is for --generate");
    Files.writeString(dir.resolve("corpus/a-spun.txt"), SPUN_A);
    CliTest.Run annotating = CliTest.run("trace", "--group", "--annotate", dir.resolve("marked").toString(),
        dir.resolve("corpus").toString());
    assertThat(annotating.code()).isEqualTo(Cli.USAGE);
    assertThat(annotating.err()).contains("--annotate is for tracing documents to their sources");
    CliTest.Run grouped = CliTest.run("trace", "--group", "--group-threshold", "0.1", "--quiet",
        dir.resolve("corpus").toString());
    assertThat(grouped.out().strip()).startsWith("family 0 (2):");
    assertThat(grouped.err()).isEmpty();
  }

  @Test
  void groupPutsSpinsOfOneSourceTogether(@TempDir Path dir) throws Exception {
    Path c = corpus(dir);
    Files.writeString(c.resolve("a-spun.txt"), SPUN_A);
    CliTest.Run r = CliTest.run("trace", "--group", c.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out().strip()).startsWith("family 0 (2):").contains("a.txt", "a-spun.txt").doesNotContain("b.txt");
  }

  /**
   * Golden files: {@code src/test/resources/golden/trace-spun.in.txt} traced against {@code trace-corpus/}; run with
   * {@code -Dgolden.update=true} to rewrite the expected outputs, then review the diff.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"text", "json", "html"})
  void traceOutputMatchesTheGoldenFile(String format) throws Exception {
    Path golden = Path.of("src/test/resources/golden");
    CliTest.Run r = CliTest.run("trace", "--format", format, "--corpus", golden.resolve("trace-corpus").toString(),
        golden.resolve("trace-spun.in.txt").toString());
    assertThat(r.code()).as(r.err()).isZero();
    String out = r.out().replace(golden.toString() + java.io.File.separator, "").replace('\\', '/');
    Path expected = golden.resolve("trace-spun.trace." + (format.equals("text") ? "txt" : format));
    if (Boolean.getBoolean("golden.update") || !Files.exists(expected)) {
      Files.writeString(expected, out);
    }
    assertThat(out).isEqualTo(Files.readString(expected));
  }

  @Test
  void restoreAddsTheRestorationsFeaturesAndStillRanksTheSourceFirst(@TempDir Path dir) throws Exception {
    Path spun = dir.resolve("spun.txt");
    Files.writeString(spun, SPUN_A);
    org.unspin.Unspinner u = org.unspin.Unspinner.builder()
        .languageModel(org.unspin.decode.fakes.Fixtures.languageModel())
        .spinner(org.unspin.decode.fakes.Fixtures.familyA()).build();
    Models.testOverride = o -> u;
    try {
      CliTest.Run r = CliTest.run("trace", "--restore", "--corpus", corpus(dir).toString(), spun.toString());
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).contains("1. " + dir.resolve("corpus").resolve("a.txt"));
    } finally {
      Models.testOverride = null;
    }
  }

  @Test
  void badFileFailsTheIndexUnlessToldToWarn(@TempDir Path dir) throws Exception {
    Path c = corpus(dir);
    Files.write(c.resolve("c.txt"), new byte[] {'x', (byte) 0xFF});
    Path idx = dir.resolve("t.idx");
    CliTest.Run r = CliTest.run("index", "--out", idx.toString(), c.toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).contains("c.txt", "offset 1");
    r = CliTest.run("index", "--on-bad-data", "warn", "--out", idx.toString(), c.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("warning:", "c.txt", "indexed 2 documents", "1 bad document left out");
  }

  @Test
  void badCorpusFileFailsTheTraceUnlessToldToWarn(@TempDir Path dir) throws Exception {
    Path c = corpus(dir);
    Files.write(c.resolve("c.txt"), new byte[] {'x', (byte) 0xFF});
    Path spun = dir.resolve("spun.txt");
    Files.writeString(spun, SPUN_A);
    CliTest.Run r = CliTest.run("trace", "--corpus", c.toString(), spun.toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).contains("c.txt", "offset 1");
    r = CliTest.run("trace", "--on-bad-data", "warn", "--corpus", c.toString(), spun.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("warning:", "c.txt");
    assertThat(r.out()).contains("1. " + c.resolve("a.txt"));
  }

  @Test
  void documentInTheCorpusIsNotItsOwnSource(@TempDir Path dir) throws Exception {
    Path c = corpus(dir);
    Path spun = c.resolve("spun.txt");
    Files.writeString(spun, SPUN_A);
    CliTest.Run r = CliTest.run("trace", "--top", "1", "--corpus", c.toString(), spun.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("1. " + c.resolve("a.txt")).doesNotContain("1. " + spun);
  }

  @Test
  void traceWithoutCandidatesIsAUsageError(@TempDir Path dir) throws Exception {
    Path spun = dir.resolve("spun.txt");
    Files.writeString(spun, SPUN_A);
    assertThat(CliTest.run("trace", spun.toString()).code()).isEqualTo(Cli.USAGE);
  }

  @Test
  void missingQueryFileIsBadInput(@TempDir Path dir) throws Exception {
    CliTest.Run r = CliTest.run("trace", "--corpus", corpus(dir).toString(), dir.resolve("nope.txt").toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).contains("nope.txt: no such file");
  }

  @Test
  void aTracedFileThatCannotBeReadIsAnErrorInItsPlaceAndTheOthersAreTraced(@TempDir Path dir) throws Exception {
    Path spun = Files.writeString(dir.resolve("spun.txt"), SPUN_A);
    Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {'a', 'b', (byte) 0xC3});
    Path missing = dir.resolve("nope.txt");
    String c = corpus(dir).toString();
    CliTest.Run r = CliTest.run("trace", "--format", "json", "--corpus", c, missing.toString(), spun.toString(),
        bad.toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(3); // one line for each input, in order: one missing file had stopped them all
    assertThat(lines.get(0)).startsWith("{\"document\":\"" + missing + "\",\"sources\":[],\"error\":")
        .contains("no such file");
    assertThat(lines.get(1)).contains("\"source\":\"" + dir.resolve("corpus").resolve("a.txt") + "\"");
    assertThat(lines.get(2)).contains("\"error\":", "offset 2");
    assertThat(r.err().lines().filter(l -> l.contains("no such file"))).hasSize(1);
  }

  @Test
  void aFileThatCannotBeReadIsSaidOnceOnStandardErrorAndNotAgainInTheTextOutput(@TempDir Path dir)
      throws Exception {
    Path spun = Files.writeString(dir.resolve("spun.txt"), SPUN_A);
    Path missing = dir.resolve("nope.txt");
    CliTest.Run text = CliTest.run("trace", "--corpus", corpus(dir).toString(), missing.toString(), spun.toString());
    assertThat(text.code()).isEqualTo(Cli.BAD_INPUT);
    // as restore and detect: the text output has no place for an error, standard error says it (it had been twice)
    assertThat(text.out()).doesNotContain("nope.txt").contains("1. " + dir.resolve("corpus").resolve("a.txt"));
    assertThat(text.err().lines().filter(l -> l.contains(missing.toString())))
        .containsExactly("unspin trace: " + missing + ": no such file");
  }

  @Test
  void htmlSetsEachPartOfAPatchworkBesideItsOwnSourceWithTheChangesMarkedOnBothSides(@TempDir Path dir)
      throws Exception {
    // a farm page: the spun first paragraph of one article, a paragraph of its own, the spun opening of another
    String own = "Our reporter found <b>crowds</b> of walkers & cyclists by the river, waiting for news of the works.";
    String spunB = "Stocks of Quillon Motors dropped steeply in Tokyo after the automaker reduce its forecast for the "
        + "third time this year. Analysts at Dunmore Securities blamed weak demand in Europe.";
    String page = SPUN_A.substring(0, SPUN_A.indexOf('\n')) + "\n\n" + own + "\n\n" + spunB;
    Path farm = Files.writeString(dir.resolve("farm.txt"), page);
    Path missing = dir.resolve("nope.txt");
    CliTest.Run r = CliTest.run("trace", "--format", "html", "--corpus", corpus(dir).toString(), farm.toString(),
        missing.toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    String html = r.out();
    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n")
        .contains("<p class=\"meta\">1 of 1 documents traced to a source, 1 not read</p>")
        .contains("<h2>" + missing + "</h2>\n<p class=\"meta\">not read: ");
    // rows in the page's order: the part from a, its own paragraph (escaped, with no source), the part from b
    String a = dir.resolve("corpus").resolve("a.txt").toString();
    String b = dir.resolve("corpus").resolve("b.txt").toString();
    int fromA = html.indexOf("<div class=\"where\">from " + a);
    int untraced = html.indexOf("<div class=\"row untraced\"><div class=\"cell doc\">" + Reports.escape(own)
        + "</div>");
    int fromB = html.indexOf("<div class=\"where\">from " + b);
    assertThat(fromA).isPositive();
    assertThat(untraced).isGreaterThan(fromA);
    assertThat(fromB).isGreaterThan(untraced);
    assertThat(html).contains("<strong>a patchwork of 2 sources: " + a + ", " + b + "</strong>")
        .contains("<td>patchwork of 2: " + a + ", " + b + "</td>");
    assertThat(html).doesNotContain("<b>crowds</b>");
    // each substitution marked on both sides, with the other side's wording: on the document's side on hover and
    // focus, and described by an element after the texts
    String reached = "\" tabindex=\"0\" aria-describedby=\"doc-1-c([0-9]+)\">";
    assertThat(html).containsPattern("<mark class=\"swap\" data-original=\"the source has: said" + reached
        + "mentioned</mark>").contains("<mark class=\"was\" title=\"the document has: mentioned\">said</mark>")
        .containsPattern("<mark class=\"swap\" data-original=\"the source has: Shares" + reached + "Stocks</mark>")
        .containsPattern("<mark class=\"added\" data-original=\"added; the source has: new" + reached
            + "brand new</mark>");
    java.util.regex.Matcher ids = java.util.regex.Pattern.compile(reached).matcher(html);
    while (ids.find()) {
      assertThat(html).containsPattern("<span id=\"doc-1-c" + ids.group(1) + "\">[^<]+</span>");
    }
    assertThat(html.indexOf("<div hidden><span id=\"doc-1-c1\">")).isGreaterThan(html.lastIndexOf("<mark"));
    // and listed in the changes table, each with its source
    assertThat(html).contains("<td>mentioned</td><td>said</td><td>swap</td><td>" + a + "</td>",
        "<td>Stocks</td><td>Shares</td><td>swap</td><td>" + b + "</td>");
    int at = page.indexOf("Stocks");
    assertThat(html).contains("<tr><td>" + at + "&ndash;" + (at + "Stocks".length()) + "</td>");
    assertThat(html).contains("SHA-256 of the text traced (UTF-8): " + Reports.sha256(page));
    assertThat(CliTest.run("trace", "--group", "--format", "html", farm.toString()).code()).isEqualTo(Cli.USAGE);
  }

  @Test
  void queryFileThatIsNotUtf8IsBadInputNamingFileAndOffset(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {'a', 'b', (byte) 0xC3});
    CliTest.Run r = CliTest.run("trace", "--corpus", corpus(dir).toString(), bad.toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).contains("bad.txt", "offset 2");
  }
}
