// SPDX-License-Identifier: Apache-2.0
/**
 * JMH benchmarks and measurement tools; not part of {@code mvn verify} (build with {@code -Pbench}).
 *
 * @since 0.1
 */
package org.unspin.bench;
