// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Web and e-mail addresses, handles and hashtags: examples as data, each written between [ and ]. */
class LinkSpansTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      prose only                        | Officials said the plan was costly.
      a web address                     | See [https://news.example.com/2024/officers-said] for more.
      without a scheme                  | See [www.example.org/extra/officers] for more.
      sentence punctuation after it     | It is at [www.example.org/a].
      in brackets                       | A blog ([www.alittleyum.com]), on food.
      an e-mail address                 | Write to [officers@example.com] today.
      a handle                          | Ask [@officers] on the site.
      a hashtag, not a number           | It trended as [#ExtraFunds], the #1 story.
      two addresses                     | From [ftp://a.example.net/x] to [Ann.Lee+news@mail.example.co.uk].
      """)
  void marksLinks(String name, String marked) {
    Marked m = Marked.of(marked);
    TokenizedText t = TokenizedText.of(m.text());
    assertThat(t.linkSpans()).as(name).isEqualTo(m.spans());
    for (Span s : m.spans()) {
      assertThat(t.verbatim(s)).isTrue();
    }
    // counted by where they start: the whole text holds them all, a stretch before the first none
    assertThat(t.linksStartingIn(new Span(0, m.text().length()))).isEqualTo(m.spans().size());
    if (!m.spans().isEmpty()) {
      Span first = m.spans().get(0);
      assertThat(t.linksStartingIn(new Span(0, first.start()))).isZero();
      assertThat(t.linksStartingIn(new Span(first.start() + 1, m.text().length())))
          .isEqualTo(m.spans().size() - 1);
    }
  }
}
