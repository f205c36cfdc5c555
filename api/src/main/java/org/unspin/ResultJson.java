// SPDX-License-Identifier: Apache-2.0
package org.unspin;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.unspin.text.Disguises;
import org.unspin.text.JsonWriter;
import org.unspin.text.PagedText;

/**
 * The JSON the command line and the server write, for a service that calls the library: one object on one line, as
 * {@code restore --format jsonl} and {@code detect --format jsonl} write it
 * ({@code docs/formats/restore-detect-json.md}), so that a service embedding unspin answers its own clients in the
 * documented format instead of rebuilding it from the records. Part of {@code unspin-api}, which has no JSON library:
 * the objects are written by {@link JsonWriter}, byte for byte as the command line writes them.
 *
 * <pre>{@code
 * Restoration r = unspinner.restore(text);
 * String json = ResultJson.restoration("submission-17", r, unspinner);   // {"file":"submission-17","spinner":...}
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ResultJson {

  private ResultJson() {}

  /**
   * {@code r} as the JSON object {@code restore --format jsonl} writes, on one line (with a line end), its
   * {@code "file"} member {@code name}; {@code unspinner} is the one that restored it, whose threshold says in which
   * direction the {@code "reasons"} point.
   */
  public static String restoration(String name, Restoration r, Unspinner unspinner) {
    Objects.requireNonNull(r, "r");
    double threshold = unspinner.threshold();
    JsonWriter w = JsonWriter.compact().beginObject();
    w.name("file").value(Objects.requireNonNull(name, "name"));
    restorationMembers(w, r, threshold, List.of());
    return w.endObject() + "\n";
  }

  /**
   * {@code d} as the JSON object {@code detect --format jsonl} writes, on one line (with a line end), its
   * {@code "file"} member {@code name}.
   */
  public static String detection(String name, DetectionResult d) {
    Objects.requireNonNull(d, "d");
    JsonWriter w = JsonWriter.compact().beginObject();
    w.name("file").value(Objects.requireNonNull(name, "name"));
    detectionMembers(w, d, List.of());
    return w.endObject() + "\n";
  }

  /**
   * Writes the members of {@code r}'s object after its {@code "file"} (and {@code "id"}), for a writer of several
   * results such as the command line's: the object stays open. {@code threshold} is the probability from which the
   * text was called spun ({@link Unspinner#threshold()}), which says in which direction the {@code "reasons"} point;
   * {@code pageStarts} the offsets at which the input's pages start ({@link PagedText#pageStarts()}: a PDF's), or
   * empty.
   */
  public static void restorationMembers(JsonWriter w, Restoration r, double threshold, List<Integer> pageStarts) {
    pages(w, pageStarts);
    w.name("spinner").value(r.spinner());
    w.name("spinnerDescription").value(r.spinnerDescription());
    w.name("spunProbability").value(r.spunProbability(), 4);
    if (!Double.isNaN(r.spinnerRate())) {
      w.name("spinnerRate").value(r.spinnerRate(), 3);
    }
    paragraphs(w, r.paragraphs(), r.edits(), pageStarts);
    w.name("text").value(r.text());
    w.name("edits").beginArray();
    for (Edit e : r.edits()) {
      edit(w, e, pageStarts, r.neural());
    }
    w.endArray();
    notJudged(w, r.notJudged());
    // a text called spun given back as it was: why, beside its empty edits
    r.unrestored().ifPresent(u -> w.name("unrestored").value(u));
    w.name("reasons").value(Explanations.reasons(r.spunProbability() >= threshold, r.spunProbability(), r.evidence(),
        r.notJudged()) + Explanations.partly(r));
    brokenAcronyms(w, r.brokenAcronyms(), pageStarts);
    neural(w, r.neural(), r.edits(), r.paragraphs(), pageStarts);
  }

  /**
   * Writes the members of {@code d}'s object after its {@code "file"} (and {@code "id"}), as {@link
   * #restorationMembers} does.
   */
  public static void detectionMembers(JsonWriter w, DetectionResult d, List<Integer> pageStarts) {
    pages(w, pageStarts);
    w.name("spun").value(d.spun());
    w.name("spunProbability").value(d.spunProbability(), 4);
    w.name("spinner").value(d.spinner());
    w.name("spinnerDescription").value(d.spinnerDescription());
    if (!Double.isNaN(d.spinnerRate())) {
      w.name("spinnerRate").value(d.spinnerRate(), 3);
    }
    w.name("spinners").beginObject();
    for (Map.Entry<String, Double> e : new TreeMap<>(d.spinners()).entrySet()) {
      w.name(e.getKey()).value(e.getValue(), 4);
    }
    w.endObject();
    paragraphs(w, d.paragraphs(), d.spans(), pageStarts);
    w.name("spans").beginArray();
    for (Edit e : d.spans()) {
      edit(w, e, pageStarts, d.neural());
    }
    w.endArray();
    w.name("evidence").beginObject();
    for (Map.Entry<String, Double> e : d.evidence().entrySet()) {
      w.name(e.getKey()).value(e.getValue(), 4);
    }
    w.endObject();
    notJudged(w, d.notJudged());
    w.name("reasons").value(Explanations.reasons(d));
    disguised(w, d.disguised(), pageStarts);
    brokenAcronyms(w, d.brokenAcronyms(), pageStarts);
    neural(w, d.neural(), d.spans(), d.paragraphs(), pageStarts);
  }

  /**
   * With the masked-LM pass, the {@code "neural"} member: the queries it spent of its work cap, whether the cap ran
   * out and from where (the n-gram decoder alone decided the rest), how many of {@code edits} it re-decided, and the
   * edits it removed, each with the n-gram decoder's reading and its confidence before and after.
   */
  private static void neural(JsonWriter w, java.util.Optional<NeuralPass> pass, List<Edit> edits,
      List<ParagraphResult> paragraphs, List<Integer> pageStarts) {
    if (pass.isEmpty()) {
      return;
    }
    NeuralPass p = pass.get();
    w.name("neural").beginObject();
    w.name("queries").value(p.queries());
    w.name("cap").value(p.cap());
    w.name("capped").value(p.capped());
    if (p.capped()) {
      int from = p.uncheckedFrom().get();
      w.name("uncheckedFrom").value(from);
      page(w, pageStarts, from);
      w.name("uncheckedParagraph").value(paragraphAt(paragraphs, from));
    }
    w.name("rescored").value(edits.stream().filter(e -> p.reviewOf(e).isPresent()).count());
    w.name("removed").beginArray();
    for (NeuralPass.Review x : p.removed()) {
      w.beginObject().name("start").value(x.span().start()).name("end").value(x.span().end());
      page(w, pageStarts, x.span().start());
      w.name("spun").value(x.spun()).name("ngramOriginal").value(x.ngramOriginal())
          .name("ngramReplacement").value(x.ngramReplacement())
          .name("ngramConfidence").value(x.ngramConfidence(), 4).name("confidence").value(x.confidence(), 4)
          .endObject();
    }
    w.endArray();
    w.endObject();
  }

  /**
   * The index of the paragraph of {@code paragraphs} (in input order) that holds {@code offset}, or the first one
   * after it, or the last; from 0. 0 without paragraphs.
   */
  public static int paragraphAt(List<ParagraphResult> paragraphs, int offset) {
    for (int k = 0; k < paragraphs.size(); k++) {
      if (offset < paragraphs.get(k).span().end()) {
        return k;
      }
    }
    return Math.max(0, paragraphs.size() - 1);
  }

  /**
   * The {@code brokenAcronyms} array: each acronym in parentheses whose words no longer fit it, with the offsets of
   * its definition, the acronym, and its words that do not fit, each with the letter the acronym has for it.
   */
  private static void brokenAcronyms(JsonWriter w, List<BrokenAcronym> broken, List<Integer> pageStarts) {
    w.name("brokenAcronyms").beginArray();
    for (BrokenAcronym b : broken) {
      w.beginObject().name("start").value(b.span().start()).name("end").value(b.span().end());
      page(w, pageStarts, b.span().start());
      w.name("acronym").value(b.acronym()).name("misfits").beginArray();
      for (BrokenAcronym.Misfit m : b.misfits()) {
        w.beginObject().name("start").value(m.span().start()).name("end").value(m.span().end())
            .name("word").value(m.word()).name("letter").value(String.valueOf(m.letter())).endObject();
      }
      w.endArray().endObject();
    }
    w.endArray();
  }

  /**
   * The {@code disguised} array: each word disguised with invisible characters or look-alike letters, with its
   * offsets, the word as written and as read, and how it is disguised.
   */
  private static void disguised(JsonWriter w, List<Disguises.Disguise> disguised, List<Integer> pageStarts) {
    w.name("disguised").beginArray();
    for (Disguises.Disguise g : disguised) {
      w.beginObject().name("start").value(g.span().start()).name("end").value(g.span().end());
      page(w, pageStarts, g.span().start());
      w.name("word").value(g.word()).name("reading").value(g.reading()).name("kind").value(g.kind().words())
          .endObject();
    }
    w.endArray();
  }

  /** For a text that was not judged, the {@code "notJudged"} member: why. */
  private static void notJudged(JsonWriter w, java.util.Optional<String> notJudged) {
    notJudged.ifPresent(why -> w.name("notJudged").value(why));
  }

  /** For a document with pages (a PDF), the {@code "pages"} member: how many it has. */
  private static void pages(JsonWriter w, List<Integer> pageStarts) {
    if (!pageStarts.isEmpty()) {
      w.name("pages").value(pageStarts.size());
    }
  }

  /** After an object's {@code "start"} and {@code "end"}, for a document with pages, the page it starts on. */
  private static void page(JsonWriter w, List<Integer> pageStarts, int start) {
    if (!pageStarts.isEmpty()) {
      w.name("page").value(PagedText.pageAt(pageStarts, start));
    }
  }

  /**
   * The {@code "paragraphs"} member: each paragraph's offsets (and page), verdict, and how many of {@code spans} (the
   * edits or spans) restore phrases a {@code --phrases} list names: where a screen of a paper looks first.
   */
  private static void paragraphs(JsonWriter w, List<ParagraphResult> paragraphs, List<Edit> spans,
      List<Integer> pageStarts) {
    w.name("paragraphs").beginArray();
    for (ParagraphResult p : paragraphs) {
      w.beginObject();
      w.name("start").value(p.span().start());
      w.name("end").value(p.span().end());
      page(w, pageStarts, p.span().start());
      w.name("spun").value(p.spun());
      w.name("spunProbability").value(p.spunProbability(), 4);
      w.name("aloneProbability").value(p.aloneProbability(), 4);
      w.name("spunAlone").value(p.spunAlone());
      w.name("listedPhrases").value(Explanations.listedIn(spans, p));
      w.name("spinner").value(p.spinner());
      notJudged(w, p.notJudged());
      w.endObject();
    }
    w.endArray();
  }

  private static void edit(JsonWriter w, Edit e, List<Integer> pageStarts, java.util.Optional<NeuralPass> pass) {
    w.beginObject();
    w.name("start").value(e.span().start());
    w.name("end").value(e.span().end());
    page(w, pageStarts, e.span().start());
    w.name("spun").value(e.spun());
    w.name("original").value(e.original());
    w.name("replacement").value(e.replacement());
    w.name("confidence").value(e.confidence(), 4);
    w.name("spinner").value(e.spinner());
    w.name("origin").value(e.origin());
    w.name("why").value(Explanations.why(e));
    w.name("alternatives").beginArray();
    for (Alternative a : e.alternatives()) {
      w.beginObject();
      w.name("text").value(a.text());
      w.name("probability").value(a.probability(), 4);
      w.name("kept").value(a.kept());
      w.endObject();
    }
    w.endArray();
    // an edit the masked LM re-decided: the n-gram decoder's reading and confidence before it ("confidence" is after)
    java.util.Optional<NeuralPass.Review> review = pass.flatMap(p -> p.reviewOf(e));
    if (review.isPresent()) {
      w.name("neural").beginObject().name("ngramOriginal").value(review.get().ngramOriginal())
          .name("ngramConfidence").value(review.get().ngramConfidence(), 4).endObject();
    }
    w.endObject();
  }
}
