// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unspin.lexicon.learn.SupervisedLearner;
import org.unspin.trace.Documents;
import org.unspin.trace.TraceIndex;

/**
 * Turns the output of {@code unspin trace --format json} (docs/formats/trace-jsonl.md) into spun/original pairs for
 * supervised learning: for every traced document whose best source scores at least a threshold, the aligned passage
 * pairs (or the whole texts, when no passage was aligned). Document texts are read from the files named in the
 * output; source texts from the trace index when one is given, else from their files.
 */
final class TracePairs {

  private TracePairs() {}

  /** What was read: the pairs, and the documents skipped with the reason. */
  record Result(List<SupervisedLearner.Pair> pairs, List<String> skipped) {}

  static Result read(Path results, Path index, double minScore) throws IOException {
    TraceIndex idx = index == null ? null : TraceIndex.open(index);
    Map<String, Integer> byName = new HashMap<>();
    if (idx != null) {
      for (int i = 0; i < idx.size(); i++) {
        byName.put(idx.name(i), i);
      }
    }
    ObjectMapper json = new ObjectMapper();
    List<SupervisedLearner.Pair> pairs = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(results)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode doc;
      try {
        doc = json.readTree(line);
      } catch (IOException e) {
        throw CliException.badInput(results + ":" + lineNo + ": not a JSON line of unspin trace --format json");
      }
      if (!doc.has("document") || !doc.has("sources")) {
        throw CliException.badInput(results + ":" + lineNo + ": expected \"document\" and \"sources\" (is this the "
            + "output of unspin trace --format json, not --group?)");
      }
      String name = doc.get("document").asText();
      JsonNode sources = doc.get("sources");
      if (sources.size() == 0 || sources.get(0).get("score").asDouble() < minScore) {
        skipped.add(name + ": no source scoring at least " + minScore);
        continue;
      }
      JsonNode best = sources.get(0);
      String sourceName = best.get("source").asText();
      String spunText = text(name, null, byName);
      String sourceText = text(sourceName, idx, byName);
      if (spunText == null || sourceText == null) {
        skipped.add(name + ": cannot read " + (spunText == null ? name : sourceName)
            + (idx == null ? " (give --index to read sources from the trace index)" : ""));
        continue;
      }
      JsonNode passages = best.get("passages");
      if (passages == null || passages.size() == 0) {
        pairs.add(new SupervisedLearner.Pair(name, spunText, sourceText));
        continue;
      }
      int k = 0;
      for (JsonNode p : passages) {
        int ds = p.get("document_start").asInt();
        int de = p.get("document_end").asInt();
        int ss = p.get("source_start").asInt();
        int se = p.get("source_end").asInt();
        if (ds < 0 || de > spunText.length() || ds > de || ss < 0 || se > sourceText.length() || ss > se) {
          throw CliException.badInput(results + ":" + lineNo + ": passage offsets outside the texts of " + name
              + " and " + sourceName + " (were the files changed after tracing?)");
        }
        pairs.add(new SupervisedLearner.Pair(name + "#" + k++, spunText.substring(ds, de),
            sourceText.substring(ss, se)));
      }
    }
    return new Result(pairs, skipped);
  }

  private static String text(String name, TraceIndex idx, Map<String, Integer> byName) throws IOException {
    if (idx != null) {
      Integer i = byName.get(name);
      if (i != null) {
        return idx.text(i);
      }
    }
    Path p = Path.of(name);
    if (!Files.isRegularFile(p)) {
      return null;
    }
    String file = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (file.endsWith(".html") || file.endsWith(".htm")) {
      return Documents.htmlToText(Files.readAllBytes(p), p.toUri().toString());
    }
    return Documents.readUtf8(p);
  }
}
