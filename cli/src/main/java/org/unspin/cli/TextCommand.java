// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.nio.file.Path;
import java.util.List;
import org.unspin.text.JsonWriter;
import org.unspin.text.PagedText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code unspin text}: the text of each input as {@code restore} and {@code detect} read it (what the server's {@code
 * POST /v1/text} gives), so that what a PDF, Word, LaTeX, JATS or HTML file became can be checked before it is judged:
 * the offsets of their JSON refer to it. Loads no model.
 */
@Command(name = "text",
    description = {
      "Prints the text of each input as restore and detect read it, and the offsets of their JSON refer to: a PDF's "
          + "paragraphs without running heads, an HTML page's article, a Word, OpenDocument, LaTeX or JATS XML file's "
          + "prose (each article of a JATS article set, and each WARC record, a text of its own). Loads no model.",
      "With several inputs each text follows a line '==> NAME <==', as head writes them. An input that cannot be "
          + "read is said on standard error (and as {\"file\", \"error\"} in JSON Lines); the others are still "
          + "printed, and the exit code is then 3."
    })
final class TextCommand extends QuietCommand {

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text (default) or jsonl: "
      + "one {\"file\", \"text\"} object a line, a PDF's with \"pageStarts\" (where each page starts in the text), "
      + "an article of a set with its \"id\" (PMID, PMC id or DOI).")
  String format;

  @picocli.CommandLine.Mixin
  HtmlOption html = new HtmlOption();

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Input files or folders, read as restore and detect "
      + "read them (see their help); - is standard input.")
  List<Path> files;

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("jsonl")) {
      throw CliException.usage("--format must be text or jsonl, not " + format);
    }
    boolean jsonl = format.equals("jsonl");
    List<Inputs.Source> sources = Inputs.expand(files, html.html(), System.in, this::note);
    int failed = 0;
    for (int i = 0; i < sources.size(); i++) {
      Inputs.Source s = sources.get(i);
      PagedText document;
      try {
        document = s.document().get();
      } catch (CliException e) {
        failed++;
        err().println("unspin: " + e.getMessage());
        err().flush();
        if (jsonl) {
          out().println(JsonWriter.compact().beginObject().name("file").value(s.name()).name("error")
              .value(e.getMessage()).endObject());
        }
        continue;
      }
      if (jsonl) {
        JsonWriter w = JsonWriter.compact().beginObject().name("file").value(s.name());
        if (s.id() != null) {
          w.name("id").raw(s.id());
        }
        w.name("text").value(document.text());
        if (!document.pageStarts().isEmpty()) {
          w.name("pageStarts").beginArray();
          for (int start : document.pageStarts()) {
            w.value(start);
          }
          w.endArray();
        }
        out().println(w.endObject());
      } else {
        if (sources.size() > 1) {
          String id = s.id() == null ? "" : " (" + s.id().replaceAll("^\"|\"$", "") + ")"; // "PMID 38000101"
          out().print((i == 0 ? "" : "\n") + "==> " + s.name() + id + " <==\n");
        }
        out().print(document.text());
        if (!document.text().isEmpty() && !document.text().endsWith("\n")) {
          out().println();
        }
      }
      out().flush();
      stopIfOutputClosed();
    }
    return failed > 0 ? Cli.BAD_INPUT : Cli.OK;
  }
}
