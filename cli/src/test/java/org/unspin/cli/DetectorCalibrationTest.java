// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.spin.SpinDictionary;
import org.unspin.spin.TableDictionary;

class DetectorCalibrationTest {

  private static final SpinDictionary TABLE = TableDictionary.of(Map.of("said", List.of("mentioned"),
      "officials", List.of("officers")));

  @Test
  void lightSpinsArePositivesOfFittedFilesOnly(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("001.txt"), "Officials said the talks were useful.\n");
    Files.writeString(dir.resolve("002.txt"), "The minister said officials would visit.\n");
    List<DetectorCalibration.Labelled> data =
        DetectorCalibration.dataset(List.of(dir), List.of(), DetectorCalibration.spinners(TABLE, TABLE));
    // fitted file: itself, two full-rate spins and two light spins; held-out file: itself and two full-rate spins
    assertThat(data).filteredOn(l -> !l.heldOut()).hasSize(1 + 4);
    assertThat(data).filteredOn(DetectorCalibration.Labelled::heldOut).hasSize(1 + DetectorCalibration.HELD_OUT_SPINNERS);
    assertThat(data).filteredOn(l -> !l.spun()).extracting(DetectorCalibration.Labelled::name)
        .allSatisfy(n -> assertThat(n).doesNotContain("#spin"));
  }

  @Test
  void excerptsKeepTheLabelAndSplitOfTheirText() {
    String article = "The minister said on Monday that the talks had been useful for everyone. "
        + "Officials from both countries will meet again in the spring to sign it. "
        + "Short one. "
        + "The agreement covers trade, fishing rights and the movement of workers across the border. "
        + "It still has to pass a vote in both parliaments before it can take effect next year.";
    List<DetectorCalibration.Labelled> ex = DetectorCalibration.excerpts(List.of(
        new DetectorCalibration.Labelled("a.txt", article, true, true),
        new DetectorCalibration.Labelled("b.txt", "Too short to judge.", false, false)));
    assertThat(ex).extracting(DetectorCalibration.Labelled::name).containsExactly("a.txt#sentence", "a.txt#excerpt");
    assertThat(ex).allSatisfy(l -> {
      assertThat(l.spun()).isTrue();
      assertThat(l.heldOut()).isTrue();
      assertThat(l.excerpt()).isTrue();
      assertThat(article).contains(l.text());
    });
    assertThat(ex.get(0).text()).startsWith("Officials from both countries");
    assertThat(ex.get(1).text().split("\\s+").length).isBetween(DetectorCalibration.EXCERPT_MIN_WORDS,
        DetectorCalibration.EXCERPT_MAX_WORDS);
  }

  @Test
  void lightSpinsChangeFewerWordsThanFullRateSpins() {
    List<org.unspin.spin.Spinner> s = DetectorCalibration.spinners(TABLE, TABLE);
    String text = "Officials said the plan would work. ".repeat(200);
    assertThat(s.get(2).spin(text).edits().size()).isLessThan(s.get(0).spin(text).edits().size());
  }
}
