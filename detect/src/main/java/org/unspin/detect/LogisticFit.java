// SPDX-License-Identifier: Apache-2.0
package org.unspin.detect;

import java.util.List;

/**
 * Fits logistic-regression weights by Newton's method (iteratively reweighted least squares) with a small L2
 * penalty on every weight but the bias, on features standardised internally. Deterministic. Stateless.
 *
 * @since 0.1
 */
public final class LogisticFit {

  private LogisticFit() {}

  /** One labelled example. */
  public record Example(double[] x, boolean positive) {}

  /**
   * Weights {@code w} (in the original feature scale, {@code x[0]} being the constant 1) maximising the penalised
   * log-likelihood of {@code examples}, positives and negatives weighted equally in total.
   *
   * @param l2 the penalty on the standardised weights, {@code >= 0}
   */
  public static double[] fit(List<Example> examples, double l2) {
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("no examples to fit");
    }
    int d = examples.get(0).x().length;
    int n = examples.size();
    double wPos = classWeight(examples, true);
    double wNeg = classWeight(examples, false);
    double[] mean = new double[d];
    double[] sd = new double[d];
    for (Example e : examples) {
      for (int j = 1; j < d; j++) {
        mean[j] += e.x()[j] / n;
      }
    }
    for (Example e : examples) {
      for (int j = 1; j < d; j++) {
        sd[j] += (e.x()[j] - mean[j]) * (e.x()[j] - mean[j]) / n;
      }
    }
    for (int j = 1; j < d; j++) {
      sd[j] = sd[j] > 1e-12 ? Math.sqrt(sd[j]) : 0;
    }
    double[][] z = new double[n][d];
    for (int i = 0; i < n; i++) {
      z[i][0] = 1;
      for (int j = 1; j < d; j++) {
        z[i][j] = sd[j] == 0 ? 0 : (examples.get(i).x()[j] - mean[j]) / sd[j];
      }
    }
    double[] beta = new double[d];
    for (int iter = 0; iter < 50; iter++) {
      double[] grad = new double[d];
      double[][] hess = new double[d][d];
      for (int i = 0; i < n; i++) {
        double p = Calibration.logistic(beta, z[i]);
        boolean y = examples.get(i).positive();
        double wt = y ? wPos : wNeg;
        double r = wt * ((y ? 1 : 0) - p);
        double h = wt * Math.max(p * (1 - p), 1e-9);
        for (int a = 0; a < d; a++) {
          grad[a] += r * z[i][a];
          for (int b = 0; b < d; b++) {
            hess[a][b] += h * z[i][a] * z[i][b];
          }
        }
      }
      for (int a = 0; a < d; a++) {
        double pen = a == 0 ? 1e-6 : l2 + (sd[a] == 0 ? 1 : 0);
        grad[a] -= pen * beta[a];
        hess[a][a] += pen;
      }
      double[] step = solve(hess, grad);
      double norm = 0;
      for (int a = 0; a < d; a++) {
        beta[a] += step[a];
        norm += step[a] * step[a];
      }
      if (norm < 1e-14) {
        break;
      }
    }
    double[] w = new double[d];
    w[0] = beta[0];
    for (int j = 1; j < d; j++) {
      if (sd[j] != 0) {
        w[j] = beta[j] / sd[j];
        w[0] -= beta[j] * mean[j] / sd[j];
      }
    }
    return w;
  }

  /**
   * {@code w} with the weights at the indices {@code free} fitted on {@code examples}, every other weight kept: the
   * penalised log-likelihood of a logistic model whose log-odds are {@code w}'s, maximised over the free weights alone
   * (Newton's method, from 0; positives and negatives weighted equally in total as {@link #fit} weighs them; L2 penalty
   * {@code l2} on each free weight as it is, not standardised). A text whose free features are 0 keeps its log-odds.
   */
  public static double[] fitAlong(double[] w, List<Example> examples, List<Integer> free, double l2) {
    double wPos = classWeight(examples, true);
    double wNeg = classWeight(examples, false);
    int d = free.size();
    double[] out = w.clone();
    for (int k : free) {
      out[k] = 0;
    }
    for (int iter = 0; iter < 50; iter++) {
      double[] grad = new double[d];
      double[][] hess = new double[d][d];
      for (Example e : examples) {
        double p = Calibration.logistic(out, e.x());
        double wt = e.positive() ? wPos : wNeg;
        for (int a = 0; a < d; a++) {
          double xa = e.x()[free.get(a)];
          grad[a] += wt * ((e.positive() ? 1 : 0) - p) * xa;
          for (int b = 0; b < d; b++) {
            hess[a][b] += wt * Math.max(p * (1 - p), 1e-9) * xa * e.x()[free.get(b)];
          }
        }
      }
      double norm = 0;
      for (int a = 0; a < d; a++) {
        grad[a] -= l2 * out[free.get(a)];
        hess[a][a] += l2;
      }
      double[] step = solve(hess, grad);
      for (int a = 0; a < d; a++) {
        out[free.get(a)] += step[a];
        norm += step[a] * step[a];
      }
      if (norm < 1e-16) {
        break;
      }
    }
    return out;
  }

  /**
   * The weight of each {@code positive} (or negative) example of {@code examples}, so that positives and negatives
   * weigh equally in total (1 where there are none of that kind).
   */
  private static double classWeight(List<Example> examples, boolean positive) {
    int n = examples.size();
    long pos = examples.stream().filter(Example::positive).count();
    long kind = positive ? pos : n - pos;
    return kind == 0 ? 1 : n / (2.0 * kind);
  }

  /** Solves {@code a x = b} by Gaussian elimination with partial pivoting. */
  static double[] solve(double[][] a, double[] b) {
    int d = b.length;
    double[][] m = new double[d][d + 1];
    for (int i = 0; i < d; i++) {
      System.arraycopy(a[i], 0, m[i], 0, d);
      m[i][d] = b[i];
    }
    for (int c = 0; c < d; c++) {
      int p = c;
      for (int r = c + 1; r < d; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[p][c])) {
          p = r;
        }
      }
      double[] t = m[c];
      m[c] = m[p];
      m[p] = t;
      if (Math.abs(m[c][c]) < 1e-12) {
        continue;
      }
      for (int r = 0; r < d; r++) {
        if (r != c) {
          double f = m[r][c] / m[c][c];
          for (int k = c; k <= d; k++) {
            m[r][k] -= f * m[c][k];
          }
        }
      }
    }
    double[] x = new double[d];
    for (int i = 0; i < d; i++) {
      x[i] = Math.abs(m[i][i]) < 1e-12 ? 0 : m[i][d] / m[i][i];
    }
    return x;
  }
}
