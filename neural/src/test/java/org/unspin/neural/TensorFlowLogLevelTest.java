// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TensorFlowLogLevelTest {

  private static final List<Pattern> VARIABLES = List.of(TensorFlowLogLevel.ABSL_MIN_LEVEL,
      TensorFlowLogLevel.ABSL_STDERR_THRESHOLD, TensorFlowLogLevel.ABSL_INITIALIZED, TensorFlowLogLevel.TSL_MIN_LEVEL,
      TensorFlowLogLevel.TSL_MIN_LEVEL_GUARD);

  @Test
  void theLevelIsTensorFlowsVariableOrWarningsByDefault() {
    assertThat(TensorFlowLogLevel.level(null)).isEqualTo(1);
    assertThat(TensorFlowLogLevel.level("")).isEqualTo(1);
    assertThat(TensorFlowLogLevel.level("0")).isEqualTo(0);
    assertThat(TensorFlowLogLevel.level(" 2 ")).isEqualTo(2);
    assertThat(TensorFlowLogLevel.level("3")).isEqualTo(3);
    assertThat(TensorFlowLogLevel.level("4")).isEqualTo(1);
    assertThat(TensorFlowLogLevel.level("info")).isEqualTo(1);
  }

  @Test
  void everyBundledTensorFlowLibraryHasEachLevelVariableOnce() throws IOException {
    // a TensorFlow Java upgrade that renames them (another Abseil release, a stripped library) fails here, not
    // silently in users' terminals
    org.tensorflow.TensorFlow.version();
    Map<Path, Long> libs = TensorFlowLogLevel.loadedLibraries();
    assertThat(libs.keySet()).extracting(p -> p.getFileName().toString())
        .contains("libtensorflow_cc.so.2", "libtensorflow_framework.so.2");
    for (Path lib : libs.keySet()) {
      assertThat(TensorFlowLogLevel.Elf.read(lib).objects(VARIABLES)).as(lib.toString()).containsOnlyKeys(VARIABLES);
    }
  }

  @Test
  void aFileThatIsNotAnElfLibraryIsRefused(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("libtensorflow_cc.so.2"), "not a library, but long enough to hold the"
        + " 64 bytes of an ELF header: 0123456789");
    assertThatThrownBy(() -> TensorFlowLogLevel.Elf.read(f)).isInstanceOf(IOException.class)
        .hasMessageContaining("not an ELF64");
  }

  @Test
  void aNeuralRunWritesNoTensorFlowInfoLinesButItsOwn(@TempDir Path dir) throws Exception {
    // as a library user's JVM runs it: without TF_CPP_MIN_LOG_LEVEL, TensorFlow logged every INFO line
    Run run = run(dir, null, null);
    assertThat(run.exit).as(run.err).isZero();
    assertThat(run.out).contains("absl min level 0 -> 1", "predicted: ");
    assertThat(run.err).contains("loaded BERT from").doesNotContain("I0000", "absl::InitializeLog",
        "mlir_graph_optimization_pass", "auto_mixed_precision", "Reading SavedModel", "SavedModel load");
  }

  @Test
  void tensorFlowsVariableAtZeroShowsItsInfoLinesAgainAlsoInFp32(@TempDir Path dir) throws Exception {
    Run run = run(dir, "0", "fp32");
    assertThat(run.exit).as(run.err).isZero();
    assertThat(run.err).contains("(FP32)", "mlir_graph_optimization_pass", "Reading SavedModel")
        .doesNotContain("absl::InitializeLog");
  }

  private record Run(int exit, String out, String err) {}

  /** {@link QuietLoadMain} in a JVM of its own, with TF_CPP_MIN_LOG_LEVEL and UNSPIN_NEURAL_PRECISION (null: unset). */
  private static Run run(Path dir, String level, String precision) throws Exception {
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-cp", System.getProperty("java.class.path"), QuietLoadMain.class.getName())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    put(pb.environment(), TensorFlowLogLevel.ENV, level);
    put(pb.environment(), BertModels.PRECISION_ENV, precision);
    Process p = pb.start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("the child JVM did not finish in 5 minutes");
    }
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static void put(Map<String, String> env, String name, String value) {
    if (value == null) {
      env.remove(name);
    } else {
      env.put(name, value);
    }
  }
}
