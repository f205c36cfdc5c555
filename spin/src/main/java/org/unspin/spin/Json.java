// SPDX-License-Identifier: Apache-2.0
package org.unspin.spin;

import java.util.Map;

/** The little JSON the truth files need: string quoting, and reading back one flat object per line. */
final class Json {

  private Json() {}

  static void quote(String s, StringBuilder sb) {
    org.unspin.text.JsonStrings.quote(s, sb);
  }

  /** Parses a flat object of string and integer values. */
  static Map<String, Object> parseFlat(String line) {
    return org.unspin.text.JsonStrings.parseFlat(line);
  }
}
