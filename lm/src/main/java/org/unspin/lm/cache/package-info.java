// SPDX-License-Identifier: Apache-2.0
/**
 * Decorators that cache query results in front of a model (per thread).
 *
 * @since 0.1
 */
package org.unspin.lm.cache;
