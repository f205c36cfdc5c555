// SPDX-License-Identifier: Apache-2.0
/**
 * Reading and writing ARPA back-off language model text files.
 *
 * @since 0.1
 */
package org.unspin.lm.arpa;
