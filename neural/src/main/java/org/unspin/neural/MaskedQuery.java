// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

/**
 * One input to {@link BertMlm}: the piece ids of a sequence ({@code [CLS] ... [SEP]}, with {@code [MASK]} where
 * something is to be predicted) and the positions whose predicted distributions are wanted. Treat the arrays as
 * immutable.
 *
 * @param ids piece ids, at most {@link BertMlm#MAX_PIECES}
 * @param positions indices into {@code ids}, at least one
 * @since 0.1
 */
public record MaskedQuery(int[] ids, int[] positions) {

  public MaskedQuery {
    if (positions.length == 0) {
      throw new IllegalArgumentException("a query needs at least one position");
    }
    for (int p : positions) {
      if (p < 0 || p >= ids.length) {
        throw new IllegalArgumentException("position " + p + " outside a query of " + ids.length + " pieces");
      }
    }
  }
}
