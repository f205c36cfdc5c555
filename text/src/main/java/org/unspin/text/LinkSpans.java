// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web addresses, e-mail addresses, social-media handles and hashtags of a text, which restoration must leave as
 * they are: a spun article's source link "www.example.org/extra/officers" is an address, not the words "extra
 * officers", and "@officers" is an account. An address starts with a scheme ({@code https://}, {@code ftp://}) or
 * {@code www.} and runs to whitespace, a bracket or a quote, without the punctuation that ends a sentence after it; an
 * e-mail address is a local part, {@code @} and a dotted domain; a handle or hashtag is {@code @} or {@code #} and a
 * letter or underscore, then word characters. Stateless.
 */
final class LinkSpans {

  private static final Pattern LINK = Pattern.compile(
      "(?i)(?<![\\w@.])(?:(?:https?|ftp)://|www\\.)[^\\s<>\"'()\\[\\]{}]+"
          + "|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"
          + "|(?<![\\w@#])[@#][\\p{L}_]\\w*");

  private static final Pattern WWW = Pattern.compile("(?i)www\\.");

  private LinkSpans() {}

  /** The link spans of {@code text}, in order, not overlapping; empty for a text without any. */
  static List<Span> find(String text) {
    if (text.indexOf("://") < 0 && text.indexOf('@') < 0 && text.indexOf('#') < 0 && !WWW.matcher(text).find()) {
      return List.of();
    }
    List<Span> out = new ArrayList<>();
    Matcher m = LINK.matcher(text);
    while (m.find()) {
      int end = m.end();
      while (end > m.start() && ".,;:!?".indexOf(text.charAt(end - 1)) >= 0) {
        end--; // "see www.example.org." ends the sentence, not the address
      }
      if (end > m.start()) {
        out.add(new Span(m.start(), end));
      }
    }
    return List.copyOf(out);
  }
}
