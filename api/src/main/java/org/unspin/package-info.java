// SPDX-License-Identifier: Apache-2.0
/** The public facade of unspin: {@code Unspinner} and its immutable results. */
package org.unspin;
