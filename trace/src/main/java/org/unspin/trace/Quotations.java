// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

/**
 * Quoted material of a text, which a plagiarism check may leave out as a citing author's right: text between double
 * quotation marks (straight {@code "..."}, curly {@code “...”} or guillemets {@code «...»}) that close in the same
 * paragraph. Single quotation marks are not read as quotations: the same mark is an apostrophe. Stateless.
 *
 * @since 0.1
 */
public final class Quotations {

  private Quotations() {}

  /**
   * {@code text} with its quotations, marks included, replaced by spaces (line breaks kept): the same length, so
   * every offset into the result is one into {@code text}. A mark that no mark closes in its paragraph (a blank line
   * ends one) is left as it is, and so is the text after it.
   */
  public static String blanked(String text) {
    char[] out = text.toCharArray();
    int open = -1;
    char closing = 0;
    for (int i = 0; i < out.length; i++) {
      char c = text.charAt(i);
      if (c == '\n' && blankLineAfter(text, i)) {
        open = -1; // a quotation does not run past its paragraph
        continue;
      }
      if (open < 0) {
        if (c == '"' || c == '\u201C' || c == '\u00AB') {
          open = i;
          closing = c == '"' ? '"' : c == '\u201C' ? '\u201D' : '\u00BB';
        }
      } else if (c == closing) {
        for (int k = open; k <= i; k++) {
          if (out[k] != '\n' && out[k] != '\r') {
            out[k] = ' ';
          }
        }
        open = -1;
      }
    }
    return new String(out);
  }

  /** Whether the line break at {@code i} is followed by a blank line (spaces and tabs aside). */
  private static boolean blankLineAfter(String text, int i) {
    for (int k = i + 1; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '\n') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }
}
