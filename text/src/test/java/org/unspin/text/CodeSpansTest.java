// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The code a text marks as Markdown does: examples as data, each code span written between [ and ]. */
class CodeSpansTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      prose only                       | Officials said the plan was costly.
      inline code                      | The [`total_cost`] variable holds the sum.
      two inline spans                 | Call [`open()`] before [`read()`].
      double backticks hold a backtick | Write [`` a ` b ``] as it is.
      an unmatched backtick is literal | It costs 5` and no more.
      runs of unequal length           | A [``b``] and ``` c ` d.
      inline code ends at a blank line | A `start\\n\\nand` end.
      fenced block                     | Run it:\\n[```\\nx = 1\\n```]\\nDone.
      fence with an info string        | Run it:\\n[```java\\nint x = 1;\\n```]\\nDone.
      tilde fence                      | Run it:\\n[~~~\\nx = 1\\n~~~]\\nDone.
      indented fence, CRLF             | Run it:\\r\\n[  ```\\r\\nx = 1\\r\\n  ```]\\r\\nDone.
      a shorter fence does not close   | [````\\nx\\n```\\ny\\n````]\\nDone.
      unclosed fence runs to the end   | Run it:\\n[```\\nx = 1\\ny = 2]
      inline code after a block        | [```\\nx\\n```]\\nThen [`y`] too.
      a tilde pair is prose            | About ~~10~~ 12 of them.
      indented block                   | Run it:\\n\\n    [x = 1\\n    y = f(x)]\\n\\nDone.
      indented block with a blank line | Run it:\\n\\n    [x = 1\\n\\n    y = 2]\\nDone.
      tab-indented block at the start  | \\t[x = 1]\\n\\nDone.
      an indented line after prose     | Run it:\\n    x = 1\\nDone.
      three spaces are not enough      | Run it:\\n\\n   x = 1\\n\\nDone.
      an indented fence is code too    | Run it:\\n\\n    [```\\n    x = 1]\\n\\nDone.
      """)
  void marksCodeSpans(String name, String marked) {
    Marked m = Marked.of(marked.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t"));
    assertThat(TokenizedText.of(m.text()).codeSpans()).as(name).isEqualTo(m.spans());
  }

  @Test
  void aFencedBlockIsOneParagraphBlankLinesAndAll() {
    String block = "```\nx = 1\n\ny = 2\n```";
    for (String text : List.of("One line.\n" + block + "\nAnother line.", "One.\n\n" + block + "\n\nAnother.")) {
      List<String> paragraphs = TokenizedText.of(text).paragraphs().stream().map(p -> p.span().of(text)).toList();
      assertThat(paragraphs).as(text).hasSize(3).element(1).isEqualTo(block);
    }
  }

  @Test
  void indentedProseIsProseNotCode() {
    // a text whose paragraphs are indented, as some exports write them
    String text = "    The officers mentioned on Tuesday that the plan would cost extra money.\n\n"
        + "    Critics mentioned that it was too costly for the town.\n";
    assertThat(TokenizedText.of(text).codeSpans()).isEmpty();
    assertThat(TokenizedText.of("Intro.\n\n    officers = extra + mentioned\n").codeSpans()).hasSize(1);
  }

  @Test
  void anIndentedBlockIsAParagraphOfItsOwn() {
    String text = "Run it:\n\n    x = 1\n\n    y = 2\n\nDone.";
    List<String> paragraphs = TokenizedText.of(text).paragraphs().stream().map(p -> p.span().of(text)).toList();
    assertThat(paragraphs).containsExactly("Run it:", "x = 1\n\n    y = 2", "Done.");
  }

  @Test
  void tokensInsideCodeAreKnownAsCode() {
    TokenizedText t = TokenizedText.of("The `total_cost` variable.\n\n```\nofficers = extra\n```\n");
    String code = t.tokens().stream().filter(t::inCode).map(Token::text).filter(s -> !s.isBlank())
        .collect(Collectors.joining(" "));
    assertThat(code).isEqualTo("` total _ cost ` ` ` ` officers = extra ` ` `");
    assertThat(t.inCode(new Span(0, 3))).isFalse(); // "The"
    assertThat(t.inCode(new Span(0, 5))).isTrue(); // "The `": overlaps the backtick
    assertThat(t.inCode(new Span(17, 17))).isFalse(); // an empty span just after the code
    assertThat(TokenizedText.of("No code here.").codeSpans()).isEmpty();
  }
}
