// SPDX-License-Identifier: Apache-2.0
/** See ARCHITECTURE.md for what this module holds. */
package org.unspin.eval;
