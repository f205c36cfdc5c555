// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Builds the picocli command line. Tests run commands through {@code Cli.commandLine(out, err).execute(args)} and
 * check the exit code and output.
 *
 * <p>Exit codes: 0 ok, 1 other failure (including commands not built yet), 2 usage error, 3 bad input (unreadable
 * file, not UTF-8, corrupt model), 4 internal error.
 */
@Command(
    name = "unspin",
    mixinStandardHelpOptions = true,
    versionProvider = Cli.Version.class,
    description = {
      "Detects, locates and undoes automatic article spinning.",
      "",
      "Model data is fetched from the package registries on first use and cached in $UNSPIN_HOME "
          + "(default ~/.cache/unspin)."
    },
    subcommands = {
      RestoreCommand.class,
      DetectCommand.class,
      SpinCommand.class,
      EvalCommand.class,
      LearnCommand.class,
      LmCommand.class,
      BenchCommand.class,
      IndexCommand.class,
      TraceCommand.class,
      TextCommand.class,
      ServeCommand.class,
      SparkCommand.class,
      NeuralCommand.class,
      CacheCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok", "1:(detect --exit-code) a text called spun, or holding a listed phrase; nothing else", "2:usage error",
      "3:bad input (unreadable or non-UTF-8 file, corrupt model)", "4:internal error",
      "5:the output could not be written (a full disk, an annotated copy); a pipe closed by its reader (| head) ends "
          + "the command quietly with 141, as a tool stopped by SIGPIPE does",
      "6:a part fetched or built on first use could not be (the model cache, the launcher's build, the neural "
          + "module, Spark)"
    })
public final class Cli implements Runnable {

  public static final int OK = 0;
  /**
   * Under {@code detect --exit-code}, an input called spun or holding a listed phrase, and nothing else: a script's
   * {@code if unspin detect --exit-code ...} must not read a failed build or a full disk as a verdict.
   */
  public static final int SPUN = 1;
  public static final int USAGE = 2;
  public static final int BAD_INPUT = 3;
  public static final int INTERNAL = 4;
  public static final int OUTPUT = 5;
  /** A part fetched or built on first use (the neural module, Spark) could not be; the launcher's build failing too. */
  public static final int UNAVAILABLE = 6;
  /** A pipe closed by its reader: 128 + SIGPIPE, what a tool that SIGPIPE stops exits with. */
  public static final int CLOSED_PIPE = 141;

  /**
   * The failure to report when standard output can no longer be written: a pipe whose reader has gone ({@code |
   * head}) ends the command quietly ({@link #CLOSED_PIPE}); anything else (a full disk) is said ({@link #OUTPUT}).
   * Exit code 1 had meant both "could not write" and, under {@code detect --exit-code}, "spun".
   */
  static CliException outputFailed() {
    return outputFailed(stdoutIsPipe());
  }

  /** {@link #outputFailed()} for standard output that is, or is not, a {@code pipe}. */
  static CliException outputFailed(boolean pipe) {
    if (pipe) {
      return new CliException(CLOSED_PIPE, "");
    }
    return new CliException(OUTPUT, "cannot write the output (a full disk?): it is incomplete");
  }

  /**
   * Why {@code e} could not read or write, in words: the message of a {@code NoSuchFileException} or an
   * {@code AccessDeniedException} is only the path ("cannot write /proc/x.tsv: /proc/x.tsv"), which says nothing;
   * otherwise its message, or its kind when it has none.
   */
  static String why(Exception e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException) {
      return "a file of that name is there"; // Files.createDirectories over a file: the name alone had been shown
    }
    if (e instanceof java.nio.file.FileSystemException f) {
      return f.getReason() != null ? f.getReason()
          : f.getOtherFile() != null ? f.getFile() + " -> " + f.getOtherFile() : e.getClass().getSimpleName();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  /** Whether standard output is a pipe (Linux: {@code /proc/self/fd/1} names one); false where that cannot be told. */
  static boolean stdoutIsPipe() {
    try {
      return java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/1")).toString()
          .startsWith("pipe:");
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /**
   * Whether this process talks to a terminal. Up to Java 21 {@link System#console()} is null unless it does; from
   * Java 22 it is there for pipes too, and {@code Console.isTerminal()} (asked by reflection) tells.
   */
  static boolean onTerminal() {
    java.io.Console c = System.console();
    if (c == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A command line that writes to {@code out} and {@code err}. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Cli());
    cl.setHelpFactory(SpaceWrappingHelp.FACTORY); // every command's help wraps at spaces only
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(Cli::handle);
    cl.setParameterExceptionHandler(Cli::usageError);
    cl.setExitCodeExceptionMapper(Cli::exitCode);
    return cl;
  }

  static int exitCode(Throwable t) {
    if (t instanceof CliException) {
      return ((CliException) t).exitCode();
    }
    if (t instanceof CommandLine.ParameterException) {
      return USAGE;
    }
    if (t instanceof org.unspin.fetch.FetchException) {
      return UNAVAILABLE; // model data not fetched (offline, a registry's answer): no input of the user's is bad
    }
    if (t instanceof java.io.IOException || t instanceof java.io.UncheckedIOException) {
      return BAD_INPUT;
    }
    if (t instanceof IllegalArgumentException) {
      return USAGE;
    }
    return INTERNAL;
  }

  /**
   * A usage error, as git and the coreutils write one: the command and what is wrong, picocli's suggestions for a
   * mistyped option, and where the options are (not the whole help, which would push the error off the screen).
   */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    String name = cl.getCommandSpec().qualifiedName();
    err.println(name + ": " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Run '" + name + " --help' for its options.");
    err.flush();
    return USAGE;
  }

  private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    boolean verbose = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"))
        || parsed.hasMatchedOption("--verbose");
    PrintWriter err = cl.getErr();
    if (exitCode(e) == CLOSED_PIPE) {
      return CLOSED_PIPE; // the reader has what it wanted
    }
    String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    err.println(cl.getCommandSpec().qualifiedName() + ": " + msg); // "unspin lm build: ...", not "unspin build"
    if (outOfMemory(e)) {
      err.println("(" + outOfMemoryAdvice() + ")");
    }
    if (verbose) {
      e.printStackTrace(err);
    } else if (exitCode(e) == INTERNAL) {
      err.println("(internal error; run again with --verbose for the stack trace)");
    }
    err.flush();
    return exitCode(e);
  }

  /**
   * Says that {@code command} ran out of memory, and how to give it more; the exit code for that, {@link #INTERNAL}.
   */
  static int outOfMemory(PrintWriter err, String command) {
    err.println(command + ": " + outOfMemoryAdvice());
    err.flush();
    return INTERNAL;
  }

  /** What running out of memory is said as, wherever it is caught: the heap there was, and how to give more. */
  private static String outOfMemoryAdvice() {
    return String.format(java.util.Locale.ROOT, "Java ran out of its %d MiB of memory: %s, or give it fewer or "
        + "smaller inputs at once", Runtime.getRuntime().maxMemory() >> 20, RAISE_MEMORY);
  }

  /** How to give Java more memory, as the out-of-memory messages say it: the launcher's options. */
  static final String RAISE_MEMORY = "raise the limit, e.g. UNSPIN_JAVA_OPTS='-Xss8m -Xmx8g'";

  /** Whether {@code t} or one of its causes is an {@link OutOfMemoryError}. */
  static boolean outOfMemory(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  /** Reads the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Cli.class.getPackage().getImplementationVersion();
      return new String[] {"unspin " + (v == null ? "development build" : v)};
    }
  }
}
