// SPDX-License-Identifier: Apache-2.0
/** The {@code unspin} command line (picocli). The only module that depends on picocli. */
package org.unspin.cli;
