// SPDX-License-Identifier: Apache-2.0
package org.unspin.eval;

/**
 * Restoration quality on one pair, or summed over many. All counts are word tokens (whitespace excluded) compared
 * exactly, after canonical apostrophes. Immutable.
 *
 * @param name the pair's name, or {@code "total"}
 * @param tokens word tokens of the original
 * @param inputErrors word-level edit distance from the spun text to the original
 * @param outputErrors word-level edit distance from the restored text to the original
 * @param referenceEdits spans where the spun text differs from the original (hunks of the alignment)
 * @param systemEdits spans where the restored text differs from the spun text
 * @param correctEdits system edits that turn a spun span into exactly its original (case-insensitive)
 * @param rightWordEdits system edits whose written words all match the original (case-insensitive), including
 *     edits that fix only part of a longer spun span ("nationwide" -> "national" in "nationwide safety")
 * @param cleanTokens word tokens of the original, when the restorer was run on the original itself
 * @param cleanChanged how many of those tokens the restorer changed
 * @since 0.1
 */
public record Scores(String name, long tokens, long inputErrors, long outputErrors, long referenceEdits,
    long systemEdits, long correctEdits, long rightWordEdits, long cleanTokens, long cleanChanged) {

  /** Token error rate of the spun input against the original. */
  public double inputErrorRate() {
    return ratio(inputErrors, tokens);
  }

  /** Token error rate of the restored output against the original. */
  public double outputErrorRate() {
    return ratio(outputErrors, tokens);
  }

  /** 1 - outputErrors / inputErrors; 0 when the input had no errors. */
  public double errorReduction() {
    return inputErrors == 0 ? 0 : 1.0 - (double) outputErrors / inputErrors;
  }

  /** Correct edits / system edits; 1 when the system made no edit. */
  public double editPrecision() {
    return systemEdits == 0 ? 1.0 : (double) correctEdits / systemEdits;
  }

  /**
   * Right-word edits / system edits: how often what an edit writes is the original wording, whether or not it
   * restores the whole spun span; 1 when the system made no edit.
   */
  public double wordPrecision() {
    return systemEdits == 0 ? 1.0 : (double) rightWordEdits / systemEdits;
  }

  /** Correct edits / reference edits; 1 when there was nothing to restore. */
  public double editRecall() {
    return referenceEdits == 0 ? 1.0 : (double) correctEdits / referenceEdits;
  }

  /** Share of clean tokens the restorer changed when run on the originals. */
  public double cleanChangeRate() {
    return ratio(cleanChanged, cleanTokens);
  }

  /** The sum of two score sets (rates are recomputed from the summed counts). */
  public Scores plus(Scores o, String newName) {
    return new Scores(newName, tokens + o.tokens, inputErrors + o.inputErrors, outputErrors + o.outputErrors,
        referenceEdits + o.referenceEdits, systemEdits + o.systemEdits, correctEdits + o.correctEdits,
        rightWordEdits + o.rightWordEdits, cleanTokens + o.cleanTokens, cleanChanged + o.cleanChanged);
  }

  /** All zeros. */
  public static Scores zero(String name) {
    return new Scores(name, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
