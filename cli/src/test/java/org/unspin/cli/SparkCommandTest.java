// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SparkCommandTest {

  /**
   * Runs a stand-in for the job as {@code ./unspin spark} runs it: a shell that says its process id, then waits, and
   * when sent a SIGTERM says so before it exits, as the job does.
   */
  public static void main(String[] args) throws Exception {
    System.exit(SparkCommand.runToTheEnd(new ProcessBuilder("sh", "-c",
        "trap 'kill $!; echo job stopped; exit 143' TERM; echo job $$; sleep 60 & wait").inheritIO()));
  }

  @Test
  void stoppingTheCommandStopsTheJobAndWaitsForItsWord() throws Exception {
    // a scheduler's SIGTERM to ./unspin spark ended the command at once (exit 143) and the job ran on, unseen, to
    // write its outputs 30 s later
    Process command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), SparkCommandTest.class.getName()).redirectErrorStream(true).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(command.getInputStream(), StandardCharsets.UTF_8));
    String first = out.readLine();
    assertThat(first).startsWith("job ");
    long job = Long.parseLong(first.substring(4));
    // a SIGTERM, as a scheduler sends it (Process.destroy would close the streams read here)
    assertThat(new ProcessBuilder("kill", "-TERM", String.valueOf(command.pid())).start().waitFor()).isZero();
    List<String> rest = new ArrayList<>();
    for (String line; (line = out.readLine()) != null; ) {
      rest.add(line);
    }
    assertThat(command.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(rest).containsExactly("job stopped");
    assertThat(ProcessHandle.of(job).map(ProcessHandle::isAlive).orElse(false)).isFalse();
  }
}
