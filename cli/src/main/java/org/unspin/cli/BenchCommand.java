// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.unspin.Unspinner;
import org.unspin.text.Token;
import org.unspin.text.Tokenizer;
import org.unspin.trace.Documents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code unspin bench}: restore and detect speed on one thread over a fixed synthetic corpus (news-style sentences
 * from fixed templates, half of them written the way spinner family A writes, seed 7), or over texts the user names
 * (the synthetic corpus repeats its templates, which flatters anything that remembers; real text does not), after a
 * warm-up; model load time is measured and printed separately.
 */
@Command(name = "bench",
    description = {"Measures restore and detect speed on one thread on a fixed synthetic corpus, or on the texts "
        + "named (warm-up first; model loading is timed separately).",
        "Prints 'restore: N tokens/s' and 'detect: N tokens/s' (tokens = words, numbers and punctuation, per second "
            + "of the measuring thread's CPU time, i.e. one core), then the wall-clock rates."})
final class BenchCommand extends BaseCommand {

  @Option(names = "--tokens", defaultValue = "60000", paramLabel = "N",
      description = "Size of the synthetic corpus in tokens (default 60000).")
  int tokens;

  @Option(names = "--seconds", defaultValue = "10", paramLabel = "S",
      description = "Least measuring time per task after warm-up (default 10).")
  double seconds;

  @picocli.CommandLine.Parameters(arity = "0..*", paramLabel = "FILE",
      description = "Texts to measure on instead of the synthetic corpus: files or folders, read as detect reads "
          + "them (text, HTML, PDF, Word, OpenDocument, WARC); --tokens does not apply.")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    // the option at fault, by name, with the pointer to the help, as other commands' bad options are said
    if (tokens < 100) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--tokens must be at least 100, not "
          + tokens);
    }
    if (!(seconds > 0) || Double.isInfinite(seconds)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--seconds must be a positive number of "
          + "seconds, not " + seconds);
    }
    long t0 = System.nanoTime();
    Unspinner u = Models.load(Models.Options.NONE, progress());
    long loadMs = (System.nanoTime() - t0) / 1_000_000;
    boolean own = files != null && !files.isEmpty();
    List<String> docs = own ? texts() : corpus(tokens, 7);
    long count = 0;
    for (String d : docs) {
      count += Tokenizer.words(Tokenizer.tokenize(d)).size();
    }
    if (count == 0) {
      throw CliException.usage("the files hold no words to measure on");
    }
    out().println(String.format(Locale.ROOT, "model load: %d ms", loadMs));
    out().println(String.format(Locale.ROOT, "corpus: %d documents, %d tokens (%s)", docs.size(), count,
        own ? "the files named" : "synthetic, seed 7"));
    out().flush();
    double[] restore = rate(docs, count, d -> u.restore(d).edits().size());
    out().println(String.format(Locale.ROOT, "restore: %d tokens/s", Math.round(restore[0])));
    out().println(String.format(Locale.ROOT, "restore (wall clock): %d tokens/s", Math.round(restore[1])));
    out().flush();
    double[] detect = rate(docs, count, d -> u.detect(d).spans().size());
    out().println(String.format(Locale.ROOT, "detect: %d tokens/s", Math.round(detect[0])));
    out().println(String.format(Locale.ROOT, "detect (wall clock): %d tokens/s", Math.round(detect[1])));
    out().println(String.format(Locale.ROOT, "memory: %d MiB resident, %d MiB Java heap used", residentMiB(),
        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20));
    out().println("threads: 1; JDK " + System.getProperty("java.version") + "; "
        + Runtime.getRuntime().availableProcessors() + " processors");
    out().flush();
    return Cli.OK;
  }

  /** The texts of the files named, read as {@code detect} reads them (folders expanded, HTML's article). */
  private List<String> texts() {
    List<String> out = new ArrayList<>();
    Iterator<Inputs.Source> sources = Batch.sources(files, System.in, false, Documents.Html.ARTICLE, this::note);
    while (sources.hasNext()) {
      out.add(sources.next().document().get().text());
    }
    return out;
  }

  /**
   * Tokens per second of this thread's CPU time (one core's throughput, unaffected by other processes on a shared
   * machine) and per second of wall-clock time.
   */
  private double[] rate(List<String> docs, long count, java.util.function.ToIntFunction<String> task) {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long sink = 0;
    long warmEnd = System.nanoTime() + (long) (Math.min(5, seconds / 2) * 1e9);
    mx.setThreadCpuTimeEnabled(true);
    while (System.nanoTime() < warmEnd) {
      for (String d : docs) {
        sink += task.applyAsInt(d);
      }
    }
    long start = System.nanoTime();
    long cpuStart = mx.getCurrentThreadCpuTime();
    long done = 0;
    long until = start + (long) (seconds * 1e9);
    do {
      for (String d : docs) {
        sink += task.applyAsInt(d);
      }
      done += count;
    } while (System.nanoTime() < until);
    double secs = (System.nanoTime() - start) / 1e9;
    double cpuSecs = (mx.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    if (sink == Long.MIN_VALUE) {
      out().println();
    }
    return new double[] {cpuSecs > 0 ? done / cpuSecs : done / secs, done / secs};
  }

  private static long residentMiB() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return Runtime.getRuntime().totalMemory() >> 20;
  }

  private static final String[] CLEAN = {
    "{P} said the talks with {C} would continue next week.",
    "Officials said more than {N} people attended the meeting in {C}.",
    "The company also said its sales rose {N} percent last year.",
    "Foreign investors said the economy was growing more slowly than expected.",
    "The minister recently said the government would visit {C} in May.",
    "But {P} said the plan was not final and that talks would go on.",
    "Many companies said they would hire more workers this year.",
    "The report said the country had increasingly relied on foreign loans.",
    "{P} said five people were hurt, including two police officers.",
    "The secretary of state will visit {C} to discuss national security.",
  };

  private static final String[] SPUN = {
    "{P} mentioned the talks with {C} would proceed subsequent week.",
    "Officers mentioned greater than {N} folks attended the assembly in {C}.",
    "The corporate additionally mentioned its gross sales rose {N} % final 12 months.",
    "Overseas traders mentioned the financial system was rising extra slowly than anticipated.",
    "The minister not too long ago mentioned the federal government would go to {C} in Could.",
    "However {P} mentioned the plan was not ultimate and that talks would go on.",
    "Many corporations mentioned they'd rent extra staff this yr.",
    "The report mentioned the nation had more and more relied on overseas loans.",
    "{P} mentioned 5 folks had been harm, together with two cops.",
    "The secretary of state will go to {C} to debate nationwide safety.",
  };

  private static final String[] PEOPLE = {"Mr. Blinken", "The spokeswoman", "Ms. Chen", "The governor", "Analysts"};
  private static final String[] PLACES = {"China", "Washington", "Beijing", "Brazil", "the European Union"};

  /** Documents of about twelve sentences, alternating clean and spun, until {@code tokens} tokens. */
  static List<String> corpus(int tokens, long seed) {
    Random r = new Random(seed);
    List<String> docs = new ArrayList<>();
    int total = 0;
    int doc = 0;
    while (total < tokens) {
      String[] templates = doc % 2 == 0 ? CLEAN : SPUN;
      StringBuilder sb = new StringBuilder();
      for (int p = 0; p < 4; p++) {
        for (int s = 0; s < 3; s++) {
          String t = templates[r.nextInt(templates.length)]
              .replace("{P}", PEOPLE[r.nextInt(PEOPLE.length)])
              .replace("{C}", PLACES[r.nextInt(PLACES.length)])
              .replace("{N}", Integer.toString(2 + r.nextInt(900)));
          sb.append(s == 0 ? "" : " ").append(t);
        }
        sb.append('\n');
      }
      String d = sb.toString();
      for (Token t : Tokenizer.tokenize(d)) {
        if (!t.isSpace()) {
          total++;
        }
      }
      docs.add(d);
      doc++;
    }
    return docs;
  }
}
