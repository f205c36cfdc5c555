// SPDX-License-Identifier: Apache-2.0
/**
 * Spinner simulation with exact ground truth: {@link org.unspin.spin.Spinner} replaces words and phrases the way
 * real article spinners do, using a {@link org.unspin.spin.SpinDictionary} derived from the thesauri
 * ({@link org.unspin.spin.ThesaurusDictionary}) or given as a table ({@link org.unspin.spin.TableDictionary}), and
 * reports every change as an {@link org.unspin.spin.Edit} ({@link org.unspin.spin.Truth} reads and writes them as
 * JSON Lines).
 */
package org.unspin.spin;
