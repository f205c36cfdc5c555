// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.unspin.fetch.Progress;

/**
 * How often the detector finds likely edits from a tortured-phrase list in clean text: the clean rate of
 * {@link org.unspin.detect.Detector#LISTED_PHRASES} on more text than the calibration holds. Run (after
 * {@code mvn -pl cli -am package -DskipTests} and {@code mvn -pl cli test-compile}):
 * {@code java -cp "cli/target/test-classes:cli/target/classes:cli/target/lib/*" org.unspin.cli.PhraseHitRates
 * LIST FILE_OR_DIR...}; every file is read as one clean text, and the argument {@code brown} stands for the 500
 * files of the Brown corpus ({@link org.unspin.fetch.Artifacts#BROWN}, tags stripped).
 */
public final class PhraseHitRates {

  private PhraseHitRates() {}

  public static void main(String[] args) throws Exception {
    Path list = Path.of(args[0]);
    List<DetectorCalibration.Labelled> texts = new ArrayList<>();
    List<Path> dirs = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      dirs.add(Path.of(args[i]));
    }
    if (dirs.remove(Path.of("brown"))) {
      Path tgz = org.unspin.fetch.Store.fromEnvironment().fetch(org.unspin.fetch.Artifacts.BROWN, Progress.NONE);
      org.unspin.fetch.Tar.forEachFile(tgz, (name, size, in) -> {
        String file = name.substring(name.lastIndexOf('/') + 1);
        if (file.matches("c[a-r][0-9][0-9]")) {
          StringBuilder text = new StringBuilder();
          for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            for (String tagged : line.trim().split("\\s+")) {
              int slash = tagged.lastIndexOf('/');
              text.append(slash > 0 ? tagged.substring(0, slash) : tagged).append(' ');
            }
            text.append('\n');
          }
          texts.add(new DetectorCalibration.Labelled("brown/" + file, text.toString(), false, false));
        }
      });
    }
    for (Path f : DetectorCalibration.textFiles(dirs)) {
      texts.add(new DetectorCalibration.Labelled(f.toString(), Files.readString(f, StandardCharsets.UTF_8), false,
          false));
    }
    org.unspin.DefaultModels m = DefaultModels.parts(new Models.Options(null, list), Progress.NONE);
    DetectorCalibration.phraseRates(DetectorCalibration.detector(m), texts, new PrintWriter(System.out, true));
  }
}
