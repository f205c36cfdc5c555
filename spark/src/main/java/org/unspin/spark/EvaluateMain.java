// SPDX-License-Identifier: Apache-2.0
package org.unspin.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Scores a crawl job's output against a generated crawl's truth:
 * {@code ./unspin spark --evaluate OUT_DIR crawl-truth.tsv}. Prints {@link CrawlEvaluation.Scores#text()}.
 *
 * @since 0.1
 */
public final class EvaluateMain {

  private EvaluateMain() {}

  static int run(String outputDir, String truthTsv) throws Exception {
    if (!Files.isRegularFile(Path.of(truthTsv))) {
      System.err.println("unspin spark: cannot read the truth file " + truthTsv + ": no such file");
      return 3;
    }
    if (!Files.isDirectory(Path.of(outputDir.replaceFirst("^file:", ""), "results.parquet"))) {
      System.err.println("unspin spark: " + outputDir + " holds no results.parquet: give the --output folder of a "
          + "job");
      return 3;
    }
    List<CrawlEvaluation.Truth> truth = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(truthTsv))) {
      String[] f = line.split("\t");
      if (f.length < 3 || f[0].equals("url")) {
        continue;
      }
      truth.add(new CrawlEvaluation.Truth(f[0], f[1], f[2]));
    }
    List<CrawlEvaluation.Output> out = new ArrayList<>();
    try (SparkSession spark = SparkSession.builder().master("local[2]").appName("unspin-evaluate")
        .config("spark.ui.enabled", "false").getOrCreate()) {
      for (Row r : spark.read().parquet(outputDir + "/results.parquet")
          .select("url", "spun", "clusterId", "sourceUrl").collectAsList()) {
        out.add(new CrawlEvaluation.Output(r.getString(0), r.getBoolean(1), r.getString(2), r.getString(3)));
      }
    }
    java.util.Set<String> known = new java.util.HashSet<>();
    for (CrawlEvaluation.Truth t : truth) {
      known.add(t.url());
    }
    long inTruth = out.stream().filter(o -> known.contains(o.url())).count();
    if (inTruth < out.size()) {
      System.err.println("unspin spark: " + (out.size() - inTruth) + " of the " + CrawlJob.counted(out.size(), "page",
          "pages") + " of " + outputDir + (out.size() - inTruth == 1 ? " is" : " are") + " not in " + truthTsv
          + (inTruth == 0 ? " (none is: another crawl's truth?)" : "")
          + (out.size() - inTruth == 1 ? "; it is scored as a page" : "; they are scored as pages")
          + " the truth does not name");
    }
    if (truth.isEmpty() || inTruth == 0) {
      System.err.println("unspin spark: nothing to score: " + (truth.isEmpty() ? truthTsv + " names no page (url, "
          + "kind and source, tab-separated, as trace --generate writes crawl-truth.tsv)" : "no page is in both"));
      return 3;
    }
    System.out.print(CrawlEvaluation.score(out, truth).text());
    return 0;
  }
}
