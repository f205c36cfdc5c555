// SPDX-License-Identifier: Apache-2.0
/**
 * The evaluation harness behind {@code unspin eval}: token error rates, error reduction, edit precision and recall,
 * and the share of clean tokens a restorer changes. Every quality number unspin reports comes from here.
 *
 * @since 0.1
 */
package org.unspin.eval;
