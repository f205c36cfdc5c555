// SPDX-License-Identifier: Apache-2.0
package org.unspin.spin;

/**
 * One substitution a spinner made: {@code original} at {@code [origStart, origEnd)} of the original text became
 * {@code spun} at {@code [spunStart, spunEnd)} of the spun text. Offsets are UTF-16 indexes. Immutable.
 *
 * @since 0.1
 */
public record Edit(int origStart, int origEnd, int spunStart, int spunEnd, String original, String spun) {

  public Edit {
    if (origEnd - origStart != original.length() || spunEnd - spunStart != spun.length() || origStart < 0
        || spunStart < 0) {
      throw new IllegalArgumentException("edit offsets do not match its texts: " + this);
    }
  }

  /** This edit as one line of JSON (no trailing newline), the format of {@code unspin spin --truth}. */
  public String toJson() {
    StringBuilder sb = new StringBuilder(64 + original.length() + spun.length());
    sb.append("{\"orig_start\":").append(origStart)
        .append(",\"orig_end\":").append(origEnd)
        .append(",\"spun_start\":").append(spunStart)
        .append(",\"spun_end\":").append(spunEnd)
        .append(",\"orig\":");
    Json.quote(original, sb);
    sb.append(",\"spun\":");
    Json.quote(spun, sb);
    return sb.append('}').toString();
  }
}
