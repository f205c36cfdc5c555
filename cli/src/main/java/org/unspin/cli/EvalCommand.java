// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.unspin.eval.Evaluation;
import org.unspin.eval.Pair;
import org.unspin.eval.Pairs;
import org.unspin.eval.Report;
import org.unspin.eval.Restorer;
import org.unspin.eval.Scores;
import org.unspin.Unspinner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code unspin eval}: scores restoration on spun/original pairs. */
@Command(name = "eval",
    description = {
      "Measures restoration on spun/original pairs: token error rate of the spun input and of the restored output "
          + "against the original, error reduction, edit precision and recall, and the share of tokens changed "
          + "when the originals themselves are restored.",
      "PATH pairs: two files; two folders with files of the same names; or one folder of NAME.spun.txt beside "
          + "NAME.orig.txt (then --orig may be left out).",
      "A pair too long to align word by word (a whole book spun throughout) is named on standard error and not "
          + "scored; the others are, and the exit code is then 3."
    })
final class EvalCommand extends BaseCommand {

  enum Format { text, json }

  enum Mode { identity, unspin }

  @Option(names = "--spun", paramLabel = "PATH", description = "Spun file or folder.")
  Path spun;

  @Option(names = "--tortured", paramLabel = "TSV", description = "Instead of --spun: a tortured-phrase list, split "
      + "in halves by expected phrase; the restorer gets one half as its --phrases list and restores the other "
      + "half's phrases, each in the sentence \"" + "We report the X in this study.\" (see docs/benchmarks.md).")
  Path tortured;

  @Option(names = "--misses", description = "With --tortured: list the phrases not restored exactly.")
  boolean misses;

  @Option(names = "--with-acronyms", description = "With --tortured: measure only the test half's phrases the list "
      + "writes with an acronym, each with its acronym in capitals after it (\"We report the synthetic intelligence "
      + "(AI) in this study.\"), as a paper defines one; the acronym is left out when comparing.")
  boolean withAcronyms;

  @Option(names = "--limit", paramLabel = "N", description = "With --tortured: measure only every k-th phrase of the "
      + "test half, k chosen to keep about N (for slow settings such as --neural).")
  Integer limit;

  @Option(names = "--list-share", paramLabel = "S", description = "With --tortured: give the restorer only this "
      + "share (over 0, at most 1) of the list half, chosen by expected phrase, a smaller share's phrases all in a "
      + "larger one; the test half stays the same, so that several shares measure how restoration grows with the "
      + "list's size (default: 1, the whole list half).")
  Double listShare;

  @Option(names = "--orig", paramLabel = "PATH", description = "Original file or folder.")
  Path orig;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--restorer", defaultValue = "unspin",
      description = "What to measure: unspin (the default models plus any --table/--phrases/--neural) or identity "
          + "(changes nothing: the 0%% baseline) (default: ${DEFAULT-VALUE}).")
  Mode mode;

  @picocli.CommandLine.Mixin
  ModelOptions models = new ModelOptions();

  @Option(names = "--assume-spun", description = "Restore even texts the detector judges not spun.")
  boolean assumeSpun;

  @picocli.CommandLine.Mixin
  NeuralOption neural = new NeuralOption();

  /**
   * The share of an original's words a spun text keeps, in order, under which eval and learn ask whether the two
   * belong together: the development pairs keep 71-78%, a phrase spinner's 79-82% (whose longer phrases had put its
   * token error rate over the 80% once used here, and learn had left a right pair out), another article 5-15%.
   */
  static final double NOT_A_PAIR_KEPT = 0.3;

  /**
   * The share of {@code orig}'s words {@code spun} keeps, when {@code orig} has 20 words or more and that share is
   * under {@link #NOT_A_PAIR_KEPT}: the two are likely not a pair; empty otherwise.
   */
  static java.util.OptionalDouble notAPair(String spun, String orig) {
    java.util.List<String> o = org.unspin.text.Words.of(orig);
    if (o.size() < 20) {
      return java.util.OptionalDouble.empty();
    }
    double kept = keptShare(spun, o);
    return kept < NOT_A_PAIR_KEPT ? java.util.OptionalDouble.of(kept) : java.util.OptionalDouble.empty();
  }

  /** The share of the words {@code o} (not empty) that {@code spun} keeps in order (those the diff leaves). */
  private static double keptShare(String spun, java.util.List<String> o) {
    int changed = 0;
    for (org.unspin.text.TokenDiff.Hunk h : org.unspin.text.TokenDiff.diff(org.unspin.text.Words.of(spun), o)
        .hunks()) {
      changed += h.bEnd() - h.bStart();
    }
    return 1 - changed / (double) o.size();
  }

  @Override
  public Integer call() throws IOException {
    if ((spun == null) == (tortured == null)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "give either --spun PATH (spun/original pairs) or --tortured LIST");
    }
    if (tortured != null) {
      return tortured();
    }
    if (listShare != null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--list-share applies only to --tortured");
    }
    if (java.nio.file.Files.isRegularFile(spun) && (orig == null || !java.nio.file.Files.isRegularFile(orig))) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--spun is a file, so --orig must name its original file");
    }
    List<String> unmatched = new java.util.ArrayList<>();
    List<Pair> pairs = Pairs.find(spun, orig, unmatched);
    if (!unmatched.isEmpty()) {
      err().printf(java.util.Locale.ROOT, "unspin eval: %d spun files have no original under %s and are not "
          + "scored: %s%n", unmatched.size(), orig == null ? spun : orig, Reports.firstOf(unmatched, 5));
    }
    // a pair with an empty side measures nothing: with an empty original every edit counted against a text of no
    // tokens and moved the total's error reduction (an empty original.txt gave "reduction 4.2%" without a word)
    List<String> empty = new java.util.ArrayList<>();
    pairs = pairs.stream().filter(p -> {
      boolean none = p.original().isBlank() || p.spun().isBlank();
      if (none) {
        empty.add(p.name());
      }
      return !none;
    }).toList();
    if (!empty.isEmpty()) {
      err().printf(java.util.Locale.ROOT, "unspin eval: %d pairs have an empty spun text or original and are not "
          + "scored: %s%n", empty.size(), Reports.firstOf(empty, 5));
    }
    if (pairs.isEmpty()) {
      throw CliException.badInput("no pair to score under " + spun);
    }
    Restorer restorer = restorer();
    // a pair too long to align is said and the others are still scored (one such pair had ended the run with a
    // usage error and no scores)
    List<String> tooLong = new java.util.ArrayList<>();
    List<Scores> rows = Evaluation.scoreAll(pairs, restorer, e -> {
      err().println("unspin eval: " + e.getMessage());
      tooLong.add(e.pair());
    });
    if (tooLong.size() == pairs.size()) {
      throw CliException.badInput("no pair could be scored under " + spun);
    }
    for (Pair p : pairs) {
      if (tooLong.contains(p.name())) {
        continue;
      }
      // a spinner replaces a fraction of the words; a text that keeps few of its "original"'s is more likely another
      // article (the files paired by name by mistake)
      java.util.OptionalDouble kept = notAPair(p.spun(), p.original());
      if (kept.isPresent()) {
        err().printf(java.util.Locale.ROOT, "unspin eval: %s keeps only %.0f%% of its original's words: is it the "
            + "right original?%n", p.name(), 100 * kept.getAsDouble());
      }
    }
    err().flush();
    if (format == Format.json) {
      out().println(Report.json(rows));
    } else {
      out().print(Report.text(rows));
    }
    out().flush();
    return tooLong.isEmpty() ? Cli.OK : Cli.BAD_INPUT;
  }

  private Integer tortured() throws IOException {
    if (models.phrases != null) {
      throw CliException.badInput("--tortured makes its own --phrases list from one half of " + tortured);
    }
    if (limit != null && limit < 1) {
      throw CliException.badInput("--limit must be at least 1: " + limit);
    }
    double share = listShare == null ? 1 : listShare;
    try {
      TorturedPhraseEvaluation.checkShare(share);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (!java.nio.file.Files.isRegularFile(tortured)) {
      throw CliException.badInput("no such file: " + tortured);
    }
    TorturedPhraseEvaluation.Result r;
    try {
      r = TorturedPhraseEvaluation.run(tortured, half -> {
        try {
          return neural.apply(models.apply(Models.load(models.withPhrases(half), progress())), err());
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }, knownWords(), limit == null ? Integer.MAX_VALUE : limit, withAcronyms, share);
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    if (format == Format.json) {
      out().println(r.json());
    } else {
      out().print(r.text());
      if (misses) {
        r.misses().forEach(m -> out().println("  miss " + m));
      }
    }
    out().flush();
    return Cli.OK;
  }

  private java.util.function.Predicate<String> knownWords() throws IOException {
    org.unspin.fetch.Store store = org.unspin.fetch.Store.fromEnvironment();
    return org.unspin.lexicon.SpinnerModels.vocabulary(org.unspin.thesaurus.Thesauri.union(
        org.unspin.thesaurus.Thesauri.wordNet(store, progress()),
        org.unspin.thesaurus.Thesauri.moby(store, progress())));
  }

  private Restorer restorer() throws IOException {
    if (mode == Mode.identity) {
      return Restorer.IDENTITY;
    }
    Unspinner u = neural.apply(models.apply(Models.load(models.options(), progress(), err())), err());
    return text -> u.restore(text, assumeSpun).text();
  }
}
