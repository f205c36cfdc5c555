// SPDX-License-Identifier: Apache-2.0
package org.unspin.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The executors' models with a job's own phrase list, after the trip to an executor by serialization. */
class DefaultUnspinnerFactoryTest {

  /** {@code f} after the trip to an executor: serialized and read back. */
  private static UnspinnerFactory shipped(UnspinnerFactory f) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(f);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (UnspinnerFactory) in.readObject();
    }
  }

  @Test
  void aPageThatSpunOneParagraphOfFiveIsRestoredThereThoughNotCalledSpun() throws Exception {
    // a crawl's farm copy that spun one paragraph of an article: `unspin restore` restores that paragraph, and the
    // job had written no span for it (it restored only pages called spun)
    String text = org.unspin.testkit.PartlySpunCopy.text();
    UnspinnerFactory.Models m = shipped(new DefaultUnspinnerFactory()).create();
    try {
      PageResult r = PageAnalysis.analyze(m.unspinner(), m.languageModel(),
          org.unspin.trace.Fingerprinter.of(org.unspin.trace.FingerprintSettings.defaults()),
          new Page("https://farm.example/a", text, "crawl.warc.gz", 0));
      assertThat(r.spun()).isFalse();
      assertThat(r.spans()).extracting(PageResult.SpanResult::spun).contains("mentioned", "however");
      assertThat(r.restoredText()).contains("Officials said on Tuesday").startsWith(text.substring(0, 200));
    } finally {
      m.languageModel().close();
    }
  }

  @Test
  void aPhraseListTravelsWithTheFactory(@TempDir Path dir) throws Exception {
    Path list = Files.writeString(dir.resolve("list.tsv"),
        "counterfeit consciousness\tartificial intelligence\n", StandardCharsets.UTF_8);
    DefaultUnspinnerFactory f = DefaultUnspinnerFactory.with(List.of(), list);
    Files.delete(list); // executors do not see the driver's files
    UnspinnerFactory.Models m = shipped(f).create();
    try {
      assertThat(m.unspinner().restore("Our counterfeit consciousness system beats the baseline.", true).text())
          .isEqualTo("Our artificial intelligence system beats the baseline.");
    } finally {
      m.languageModel().close();
    }
  }

  @Test
  void aThresholdTravelsWithTheFactory() throws Exception {
    UnspinnerFactory.Models m = shipped(new DefaultUnspinnerFactory().withThreshold(0.9999)).create();
    UnspinnerFactory.Models plain = new DefaultUnspinnerFactory().create();
    try {
      String text = "The mayor mentioned the plan was costly."; // P(spun) about 0.8
      org.unspin.DetectionResult strict = m.unspinner().detect(text);
      org.unspin.DetectionResult d = plain.unspinner().detect(text);
      assertThat(strict.spunProbability()).isEqualTo(d.spunProbability()).isBetween(0.5, 0.9999);
      assertThat(d.spun()).isTrue();
      assertThat(strict.spun()).isFalse();
    } finally {
      m.languageModel().close();
      plain.languageModel().close();
    }
  }

  @Test
  void aCalibrationFileTravelsWithTheFactoryAsItsConstants(@TempDir Path dir) throws Exception {
    Path mine = Files.writeString(dir.resolve("mine.properties"),
        org.unspin.detect.Calibration.defaults().withThreshold(0.9999).format(), StandardCharsets.UTF_8);
    DefaultUnspinnerFactory f = new DefaultUnspinnerFactory().withCalibration(mine);
    Files.delete(mine); // executors do not see the driver's files
    UnspinnerFactory shipped = shipped(f);
    assertThat(shipped.cacheKey()).isEqualTo(f.cacheKey()).isNotEqualTo(new DefaultUnspinnerFactory().cacheKey());
    UnspinnerFactory.Models m = shipped.create();
    try {
      assertThat(m.unspinner().threshold()).isEqualTo(0.9999);
      assertThat(m.unspinner().detect("The mayor mentioned the plan was costly.").spun()).isFalse();
    } finally {
      m.languageModel().close();
    }
  }

  @Test
  void aMinimumConfidenceTravelsWithTheFactory() throws Exception {
    UnspinnerFactory.Models m = shipped(new DefaultUnspinnerFactory().withMinConfidence(0.95)).create();
    try {
      assertThat(m.unspinner().minConfidence()).isEqualTo(0.95);
    } finally {
      m.languageModel().close();
    }
    assertThatThrownBy(() -> new DefaultUnspinnerFactory().withMinConfidence(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aThresholdOrMinimumConfidenceOutsideItsRangeStopsTheJobBeforeSparkStarts(@TempDir Path dir)
      throws Exception {
    for (String option : List.of("--threshold", "--min-confidence")) {
      int code = SparkMain.run(new String[] {"--output", dir.resolve("out").toString(), option, "1.5",
          dir.resolve("crawl.warc.gz").toString()});
      assertThat(code).as(option).isEqualTo(2);
      assertThat(dir.resolve("out")).doesNotExist();
    }
  }

  @Test
  void aMissingListStopsTheJobBeforeSparkStarts(@TempDir Path dir) throws Exception {
    int code = SparkMain.run(new String[] {"--output", dir.resolve("out").toString(), "--phrases",
        dir.resolve("nope.tsv").toString(), dir.resolve("crawl.warc.gz").toString()});
    assertThat(code).isEqualTo(3);
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
