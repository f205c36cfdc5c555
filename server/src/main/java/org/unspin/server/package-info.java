// SPDX-License-Identifier: Apache-2.0
/**
 * The unspin HTTP server (JDK {@code HttpServer}) and its web page. The only module with a JSON library.
 *
 * @since 0.1
 */
package org.unspin.server;
