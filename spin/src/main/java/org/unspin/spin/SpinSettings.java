// SPDX-License-Identifier: Apache-2.0
package org.unspin.spin;

/**
 * Settings of a simulated spinner. Immutable; build with {@link #builder()}.
 *
 * @param seed the spinner's identity: the same seed makes the same choices for the same words, every time
 * @param rate share of the words and phrases the dictionary covers that this spinner replaces, 0..1 (decided per
 *     word type, so a spun word stays spun nearly every time it occurs); higher changes more of the text
 * @param style the substitution style
 * @param braceRate chance per unchanged word of leaving a spintax brace pair behind ("{that a}"); 0 disables
 * @since 0.1
 */
public record SpinSettings(long seed, double rate, SpinStyle style, double braceRate) {

  /** Default rate: about 30% of the words of news text change, as with the real family-A spinner. */
  public static final double DEFAULT_RATE = 0.7;

  /** Default brace rate for style A, about one leftover brace pair per 300 words. */
  public static final double DEFAULT_BRACE_RATE = 0.003;

  public SpinSettings {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException("rate must be in 0..1, got " + rate);
    }
    if (!(braceRate >= 0 && braceRate <= 1)) {
      throw new IllegalArgumentException("brace rate must be in 0..1, got " + braceRate);
    }
    if (style == null) {
      throw new IllegalArgumentException("style must be given");
    }
  }

  /** Defaults: seed 0, rate {@value #DEFAULT_RATE}, style A, brace rate {@value #DEFAULT_BRACE_RATE}. */
  public static SpinSettings defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link SpinSettings}; not thread-safe. */
  public static final class Builder {
    private long seed;
    private double rate = DEFAULT_RATE;
    private SpinStyle style = SpinStyle.A;
    private Double braceRate;

    Builder() {}

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    public Builder rate(double rate) {
      this.rate = rate;
      return this;
    }

    public Builder style(SpinStyle style) {
      this.style = style;
      return this;
    }

    /** Chance per unchanged word of a leftover brace pair; default {@value #DEFAULT_BRACE_RATE} for A, 0 for B. */
    public Builder braceRate(double braceRate) {
      this.braceRate = braceRate;
      return this;
    }

    public SpinSettings build() {
      double b = braceRate != null ? braceRate : (style == SpinStyle.A ? DEFAULT_BRACE_RATE : 0);
      return new SpinSettings(seed, rate, style, b);
    }
  }
}
