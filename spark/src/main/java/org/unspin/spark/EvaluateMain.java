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
    System.out.print(CrawlEvaluation.score(out, truth).text());
    return 0;
  }
}
