// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

/**
 * How documents are fingerprinted. All fields apply at index-build time and must be the same at query time, so an
 * index stores them (see {@code docs/formats/trace-index.md}). Immutable and thread-safe.
 *
 * @param numHashes MinHash signature length: more hashes estimate similarity more precisely but cost memory (4
 *     bytes each per segment) and time; must be a multiple of {@code rowsPerBand}
 * @param rowsPerBand rows per LSH band: fewer rows find pairs of lower similarity (higher recall) but return more
 *     candidates per lookup; a pair of similarity {@code s} becomes a candidate with probability
 *     {@code 1 - (1 - s^rows)^(numHashes/rows)}
 * @param skeletonLength tokens per function-word-skeleton shingle: longer shingles are more specific but break more
 *     easily when a spinner replaces a function word or a word by a phrase
 * @param wordShingleLength words per plain word shingle (0 disables them): they match only where the spinner left
 *     a run of words alone, which helps against light spinners
 * @param segmentWords documents longer than 1.5 times this many words are fingerprinted as overlapping windows of
 *     this many words (half-overlapping), so that a copy of part of a long page still matches that part
 * @param seed seed of the MinHash functions
 * @param rareWordLength a content word (not a function word, name or number) of at least this many letters counts
 *     as rare, i.e. as an immutable a spinner probably has no synonym for (0: none); a proxy for DSpin's
 *     "not in the spinner's dictionary"
 * @param fineWords documents longer than 1.5 times this many words are also banded in half-overlapping windows of
 *     this many words (0: none), so that a short query (a paragraph copied or spun from a long page) finds its
 *     window: against a {@code segmentWords} window it holds too small a share of the features to be proposed
 * @param fineBands LSH bands of {@code rowsPerBand} rows kept per fine window (its signature's first
 *     {@code fineBands * rowsPerBand} values; their keys cut to 32 bits, and no signature stored); 0 when
 *     {@code fineWords} is 0
 * @since 0.1
 */
public record FingerprintSettings(
    int numHashes, int rowsPerBand, int skeletonLength, int wordShingleLength, int segmentWords, long seed,
    int rareWordLength, int fineWords, int fineBands) {

  public FingerprintSettings {
    if (numHashes <= 0 || rowsPerBand <= 0 || numHashes % rowsPerBand != 0) {
      throw new IllegalArgumentException(
          "numHashes (" + numHashes + ") must be a positive multiple of rowsPerBand (" + rowsPerBand + ")");
    }
    if (skeletonLength < 2 || skeletonLength > 32) {
      throw new IllegalArgumentException("skeletonLength must be in 2..32: " + skeletonLength);
    }
    if (wordShingleLength < 0 || wordShingleLength > 16) {
      throw new IllegalArgumentException("wordShingleLength must be in 0..16: " + wordShingleLength);
    }
    if (rareWordLength < 0) {
      throw new IllegalArgumentException("rareWordLength must be >= 0: " + rareWordLength);
    }
    if (segmentWords < 50) {
      throw new IllegalArgumentException("segmentWords must be at least 50: " + segmentWords);
    }
    if (fineWords == 0 ? fineBands != 0 : fineWords < 20 || fineWords >= segmentWords) {
      throw new IllegalArgumentException("fineWords must be 0 (with fineBands 0) or in 20.." + (segmentWords - 1)
          + ": " + fineWords);
    }
    if (fineWords != 0 && (fineBands < 1 || fineBands > numHashes / rowsPerBand)) {
      throw new IllegalArgumentException("fineBands must be in 1.." + numHashes / rowsPerBand + ": " + fineBands);
    }
  }

  /** Settings without fine windows, as indexes of format version 1 were made. */
  public FingerprintSettings(int numHashes, int rowsPerBand, int skeletonLength, int wordShingleLength,
      int segmentWords, long seed, int rareWordLength) {
    this(numHashes, rowsPerBand, skeletonLength, wordShingleLength, segmentWords, seed, rareWordLength, 0, 0);
  }

  /** Number of LSH bands. */
  public int bands() {
    return numHashes / rowsPerBand;
  }

  /**
   * The defaults: 256 hashes in 128 bands of 2 rows, skeleton 5-grams, no plain word shingles, 400-word
   * segments, rare words of 10+ letters, fine windows of 100 words in 48 bands.
   */
  public static FingerprintSettings defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builder with the documented defaults. Not thread-safe. */
  public static final class Builder {
    private int numHashes = 256;
    private int rowsPerBand = 2;
    private int skeletonLength = 5;
    private int wordShingleLength = 0;
    private int segmentWords = 400;
    private long seed = 0x7A3C_51D2_9E4B_0F61L;
    private int rareWordLength = 10;
    private Integer fineWords;
    private Integer fineBands;

    Builder() {}

    public Builder numHashes(int n) {
      this.numHashes = n;
      return this;
    }

    public Builder rowsPerBand(int n) {
      this.rowsPerBand = n;
      return this;
    }

    public Builder skeletonLength(int n) {
      this.skeletonLength = n;
      return this;
    }

    public Builder wordShingleLength(int n) {
      this.wordShingleLength = n;
      return this;
    }

    public Builder segmentWords(int n) {
      this.segmentWords = n;
      return this;
    }

    public Builder seed(long s) {
      this.seed = s;
      return this;
    }

    public Builder rareWordLength(int n) {
      this.rareWordLength = n;
      return this;
    }

    /** Words of the fine windows (default 100, or none when the segments are not longer; 0: none). */
    public Builder fineWords(int n) {
      this.fineWords = n;
      return this;
    }

    /** Bands kept per fine window (default 48, or all the bands when there are fewer). */
    public Builder fineBands(int n) {
      this.fineBands = n;
      return this;
    }

    /** Validates and builds; throws {@link IllegalArgumentException} on bad values. */
    public FingerprintSettings build() {
      int bands = rowsPerBand > 0 ? numHashes / rowsPerBand : 0;
      int fw = fineWords != null ? fineWords : segmentWords > DEFAULT_FINE_WORDS ? DEFAULT_FINE_WORDS : 0;
      int fb = fw == 0 ? 0 : fineBands != null ? fineBands : Math.max(1, Math.min(DEFAULT_FINE_BANDS, bands));
      return new FingerprintSettings(numHashes, rowsPerBand, skeletonLength, wordShingleLength, segmentWords, seed,
          rareWordLength, fw, fb);
    }
  }

  /** Words of the fine windows by default. */
  static final int DEFAULT_FINE_WORDS = 100;

  /** Bands kept per fine window by default. */
  static final int DEFAULT_FINE_BANDS = 48;
}
