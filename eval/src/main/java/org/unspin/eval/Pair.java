// SPDX-License-Identifier: Apache-2.0
package org.unspin.eval;

/**
 * A spun text and its original. Immutable.
 *
 * @param name a name for reports (the file stem)
 * @param spun the spun text
 * @param original the original text
 * @since 0.1
 */
public record Pair(String name, String spun, String original) {}
