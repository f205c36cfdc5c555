// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

/**
 * A finding to write on a copy of a document ({@link PdfAnnotator}, {@link WordAnnotator}, {@link
 * OpenDocumentAnnotator}): UTF-16 offsets {@code [start, end)} into the document's text as {@link Documents} reads
 * it, the note to show with it, and how sure it is.
 *
 * @param start first offset
 * @param end offset after the span
 * @param note what a reader sees on it ("counterfeit consciousness -> artificial intelligence (100% sure): ...")
 * @param level its colour
 * @since 0.1
 */
public record Mark(int start, int end, String note, Mark.Level level) {

  public Mark {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /**
   * Refuses to write an annotated copy {@code out} over the document {@code in} itself: the input is never changed.
   */
  static void requireCopyElsewhere(java.nio.file.Path in, java.nio.file.Path out) throws java.io.IOException {
    if (java.nio.file.Files.exists(out) && java.nio.file.Files.isSameFile(in, out)) {
      throw new java.io.IOException(out + ": is the input file; write the annotated copy elsewhere");
    }
  }

  /** How sure a mark is, shown as its colour: red, yellow, blue, as on the web page. */
  public enum Level {
    HIGH(0.96f, 0.64f, 0.64f), MEDIUM(0.97f, 0.83f, 0.54f), LOW(0.81f, 0.89f, 0.97f);

    private final float[] rgb;

    Level(float r, float g, float b) {
      this.rgb = new float[] {r, g, b};
    }

    /** The colour's red, green and blue, each in [0, 1]. */
    float[] rgb() {
      return rgb.clone();
    }

    /** The colour as six hexadecimal digits ("F4A3A3"). */
    String hex() {
      return String.format(java.util.Locale.ROOT, "%02X%02X%02X", Math.round(rgb[0] * 255), Math.round(rgb[1] * 255),
          Math.round(rgb[2] * 255));
    }
  }
}
