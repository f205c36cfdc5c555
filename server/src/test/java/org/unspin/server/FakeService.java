// SPDX-License-Identifier: Apache-2.0
package org.unspin.server;

import java.util.concurrent.CountDownLatch;

/**
 * A small fake service for server tests: restores "mentioned" to "said" and can be made to block or fail (detection
 * also fails on a text with "explode" in it, and takes 50 ms for one with "slowly"; restoration fails on one with
 * "unrestorable"; one with "uttered" is called spun at P 0.62 and left as written, with the reason).
 */
final class FakeService implements Service {

  volatile CountDownLatch block;
  volatile boolean fail;
  volatile boolean pagesWhole;

  /**
   * What the fake restores: "mentioned" to "said" and "officers" to "officials" in the text, with an edit for the
   * first of each, at confidence 0.9 and 0.55, each with the alternatives "stated" and keeping the word, as restore's
   * JSON writes them; the second re-decided by the masked LM (the n-gram model alone: 0.31), as with --neural.
   */
  @Override
  public String restoreJson(String text, Options options) throws Exception {
    maybeBlock();
    if (text.contains("unrestorable")) {
      throw new IllegalStateException("restoration failed on this text");
    }
    java.util.TreeMap<Integer, String> edits = new java.util.TreeMap<>();
    String restored = text;
    for (String[] e : new String[][] {{"mentioned", "said", "0.9"}, {"officers", "officials", "0.55"}}) {
      int at = text.indexOf(e[0]);
      if (at >= 0) {
        edits.put(at, "{\"start\":" + at + ",\"end\":" + (at + e[0].length()) + ",\"spun\":\"" + e[0]
            + "\",\"original\":\"" + e[1] + "\",\"confidence\":" + e[2] + ",\"alternatives\":[{\"text\":\"stated\","
            + "\"probability\":0.06,\"kept\":false},{\"text\":\"" + e[0] + "\",\"probability\":0.04,\"kept\":true}],"
            + "\"spinner\":\"A\",\"origin\":\"table\",\"why\":\"spinner A writes this for it (learned table)\""
            // the second as restore --neural writes an edit the masked LM re-decided
            + (e[0].equals("officers") ? ",\"neural\":{\"ngramOriginal\":\"officials\",\"ngramConfidence\":0.31}" : "")
            + "}");
      }
      restored = restored.replace(e[0], e[1]);
    }
    return "{\"text\":\"" + restored.replace("\"", "\\\"").replace("\n", "\\n") + "\",\"edits\":["
        + String.join(",", edits.values()) + "]" + (uttered(text) ? ",\"unrestored\":\"" + UNRESTORED + "\"" : "")
        + "}";
  }

  /** The reason restore's JSON gives for a short text called spun (P 0.62) that it left as written. */
  static final String UNRESTORED = "called spun (P 0.620) but not restored: a text under 100 words is restored from "
      + "P 0.7";

  /** Whether the fake calls {@code text} spun at P 0.62 and leaves it as written: "uttered" without "mentioned". */
  private static boolean uttered(String text) {
    return text.contains("uttered") && !text.contains("mentioned");
  }

  @Override
  public String detectJson(String text, Options options) throws Exception {
    maybeBlock();
    if (text.contains("slowly")) {
      Thread.sleep(50);
    }
    if (text.contains("explode")) {
      throw new IllegalStateException("exploded on this text");
    }
    if (text.contains("enormous")) {
      throw new OutOfMemoryError("Java heap space"); // as a text too large for the heap would
    }
    String broken = brokenAcronyms(text);
    boolean spun = text.contains("mentioned") || broken.length() > 2 || uttered(text);
    return "{\"spun\":" + spun + ",\"spunProbability\":" + (uttered(text) ? 0.62 : spun ? 0.9 : 0.1)
        + ",\"paragraphs\":"
        + paragraphs(text) + ",\"reasons\":\"" + (spun ? "spinner-table evidence +4.80"
            : text.chars().noneMatch(Character::isLetterOrDigit)
                ? "no words to judge\",\"notJudged\":\"no words to judge" : "") + "\",\"neural\":"
        + options.neural() + ",\"trace\":" + options.trace() + ",\"threshold\":" + options.threshold()
        + ",\"minConfidence\":" + options.minConfidence() + ",\"disguised\":" + disguised(text)
        + ",\"brokenAcronyms\":" + broken
        + (spun && text.contains("again") ? ",\"spinnerRate\":0.41" : "") + "}";
  }

  /**
   * The broken acronyms of {@code text} as detect's JSON: "customer cost index (CPI)" ("cost" needs P) and "artificial
   * neural system (ANN)" ("system" needs N) wherever they are.
   */
  static String brokenAcronyms(String text) {
    StringBuilder sb = new StringBuilder("[");
    for (String[] b : new String[][] {{"customer cost index (CPI)", "CPI", "cost", "P"},
        {"artificial neural system (ANN)", "ANN", "system", "N"}}) {
      int at = text.indexOf(b[0]);
      if (at >= 0) {
        int word = at + b[0].indexOf(b[2]);
        sb.append(sb.length() > 1 ? "," : "").append("{\"start\":").append(at).append(",\"end\":")
            .append(at + b[0].length()).append(",\"acronym\":\"").append(b[1]).append("\",\"misfits\":[{\"start\":")
            .append(word).append(",\"end\":").append(word + b[2].length()).append(",\"word\":\"").append(b[2])
            .append("\",\"letter\":\"").append(b[3]).append("\"}]}");
      }
    }
    return sb.append(']').toString();
  }

  /** The disguised words of {@code text} as detect's JSON, found as the real service finds them. */
  static String disguised(String text) {
    StringBuilder sb = new StringBuilder("[");
    org.unspin.text.TokenizedText t = org.unspin.text.TokenizedText.of(text);
    for (org.unspin.text.Disguises.Disguise g : org.unspin.text.Disguises.find(t)) {
      sb.append(sb.length() > 1 ? "," : "").append("{\"start\":").append(g.span().start()).append(",\"end\":")
          .append(g.span().end()).append(",\"word\":\"").append(g.word()).append("\",\"reading\":\"")
          .append(g.reading()).append("\",\"kind\":\"").append(g.kind().words()).append("\"}");
    }
    return sb.append(']').toString();
  }

  /**
   * The paragraphs of {@code text} (split at blank lines) as detect's JSON: spun (P 0.9) where "mentioned" is, not
   * judged (another language) where "Le gouvernement" is.
   */
  static String paragraphs(String text) {
    StringBuilder sb = new StringBuilder("[");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[^\\n]+(\\n[^\\n]+)*").matcher(text);
    while (m.find()) {
      boolean spun = m.group().contains("mentioned");
      boolean foreign = m.group().contains("Le gouvernement");
      sb.append(sb.length() > 1 ? "," : "").append("{\"start\":").append(m.start()).append(",\"end\":")
          .append(m.end()).append(",\"spun\":").append(spun).append(",\"spunProbability\":")
          .append(spun ? 0.9 : foreign ? 0 : 0.1)
          .append(",\"aloneProbability\":").append(spun ? 0.9 : foreign ? 0 : 0.1)
          .append(foreign ? ",\"notJudged\":\"not English, not judged (2% of its 40 words are common English words)\""
              : "").append('}');
    }
    return sb.append(']').toString();
  }

  /**
   * HTML as text between the tags (the whole page marked so); "broken" is an unreadable file. A "PDF" is its bytes
   * as UTF-8, each form feed a new page; a "Word document" its bytes as UTF-8.
   */
  @Override
  public boolean readsPagesWhole() {
    return pagesWhole;
  }

  @Override
  public org.unspin.text.PagedText document(String mediaType, byte[] body, boolean wholePage) {
    documentTypes.add(mediaType);
    if (mediaType.equals("application/jats+xml")) { // an article's paragraphs: its markup left out
      return org.unspin.text.PagedText.of(new String(body, java.nio.charset.StandardCharsets.UTF_8)
          .replaceAll("<[^>]*>", ""));
    }
    if (mediaType.equals("application/pdf")) {
      String[] pages = new String(body, java.nio.charset.StandardCharsets.UTF_8).split("\f", -1);
      java.util.List<Integer> starts = new java.util.ArrayList<>();
      StringBuilder text = new StringBuilder();
      for (String page : pages) {
        starts.add(text.length());
        text.append(page);
      }
      return new org.unspin.text.PagedText(text.toString(), starts);
    }
    if (mediaType.equals("application/vnd.openxmlformats-officedocument.wordprocessingml.document")) {
      return org.unspin.text.PagedText.of(new String(body, java.nio.charset.StandardCharsets.UTF_8));
    }
    if (!mediaType.equals("text/html")) {
      throw new UnsupportedOperationException("no " + mediaType + " here");
    }
    String html = new String(body, java.nio.charset.StandardCharsets.UTF_8);
    if (html.contains("broken")) {
      throw new IllegalArgumentException("the HTML: cannot be read");
    }
    return org.unspin.text.PagedText.of((wholePage ? "whole: " : "") + html.replaceAll("<[^>]*>", ""));
  }

  /** The media types of the documents sent to be read as text, in order. */
  final java.util.List<String> documentTypes = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** The files annotated, in order, and their media types. */
  final java.util.List<byte[]> annotated = new java.util.concurrent.CopyOnWriteArrayList<>();
  final java.util.List<String> annotatedTypes = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** A file annotated: its bytes after "annotated:"; "broken" is an unreadable one. */
  @Override
  public byte[] annotate(String mediaType, byte[] pdf) {
    if (new String(pdf, java.nio.charset.StandardCharsets.UTF_8).contains("broken")) {
      throw new IllegalArgumentException("the PDF: not a readable PDF");
    }
    annotatedTypes.add(mediaType);
    annotated.add(pdf);
    byte[] head = "annotated:".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] out = java.util.Arrays.copyOf(head, head.length + pdf.length);
    System.arraycopy(pdf, 0, out, head.length, pdf.length);
    return out;
  }

  private void maybeBlock() throws InterruptedException {
    if (fail) {
      throw new IllegalStateException("boom");
    }
    CountDownLatch b = block;
    if (b != null) {
      b.await();
    }
  }
}
