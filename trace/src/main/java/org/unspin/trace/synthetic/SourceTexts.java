// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace.synthetic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.unspin.fetch.Artifacts;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;
import org.unspin.fetch.Tar;
import org.unspin.text.Sentence;
import org.unspin.text.TokenizedText;
import org.unspin.text.Tokenizer;

/**
 * Public-domain prose to cut synthetic source documents from: the State of the Union addresses 1790-2021
 * ({@link Artifacts#SOTU}) and the Brown corpus ({@link Artifacts#BROWN}, part-of-speech tags stripped), fetched and
 * checksum-verified through a {@link Store}. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class SourceTexts {

  /** A long public-domain text: an address or a Brown sample, one paragraph per line. */
  public record Text(String id, String text) {}

  /** A document cut from a {@link Text}: whole sentences, paragraphs kept as lines. */
  public record Chunk(String id, String text, int words) {}

  private static final Pattern WS = Pattern.compile("\\s+");

  private SourceTexts() {}

  /** The State of the Union addresses, in file order. */
  public static List<Text> sotu(Store store, Progress progress) throws IOException {
    Path tgz = store.fetch(Artifacts.SOTU, progress);
    List<Text> out = new ArrayList<>();
    Tar.forEachFile(tgz, (name, size, in) -> {
      if (name.startsWith("package/data/") && name.endsWith(".txt")) {
        String id = name.substring("package/data/".length(), name.length() - 4).toLowerCase(Locale.ROOT);
        out.add(new Text("sotu-" + id, new String(in.readAllBytes(), StandardCharsets.UTF_8).strip()));
      }
    });
    return out;
  }

  /** The Brown corpus samples (ca01..cr09) with their tags stripped, in file order. */
  public static List<Text> brown(Store store, Progress progress) throws IOException {
    Path tgz = store.fetch(Artifacts.BROWN, progress);
    List<Text> out = new ArrayList<>();
    Tar.forEachFile(tgz, (name, size, in) -> {
      String base = name.startsWith("package/") ? name.substring("package/".length()) : name;
      if (base.matches("c[a-r][0-9][0-9]")) {
        out.add(new Text("brown-" + base, untagBrown(new String(in.readAllBytes(), StandardCharsets.UTF_8))));
      }
    });
    return out;
  }

  /**
   * Brown's tagged text ({@code The/at jury/nn said/vbd ./.}) as plain text: tags stripped, {@code ``} and
   * {@code ''} turned into double quotes, no space before closing punctuation; one paragraph per line.
   */
  public static String untagBrown(String tagged) {
    StringBuilder out = new StringBuilder();
    for (String para : tagged.split("\\n\\s*\\n")) {
      StringBuilder p = new StringBuilder();
      boolean noSpace = true;
      for (String tok : WS.split(para.strip())) {
        if (tok.isEmpty()) {
          continue;
        }
        int slash = tok.lastIndexOf('/');
        String w = slash > 0 ? tok.substring(0, slash) : tok;
        boolean open = false;
        boolean close = false;
        if (w.equals("``")) {
          w = "\"";
          open = true;
        } else if (w.equals("''")) {
          w = "\"";
          close = true;
        } else if (w.equals("(") || w.equals("[")) {
          open = true;
        } else if (w.matches("[.,;:?!)\\]]+")) {
          close = true;
        }
        if (!noSpace && !close) {
          p.append(' ');
        }
        p.append(w);
        noSpace = open;
      }
      String line = p.toString().strip();
      if (!line.isEmpty()) {
        if (out.length() > 0) {
          out.append('\n');
        }
        out.append(line);
      }
    }
    return out.toString();
  }

  /**
   * Cuts texts into documents of whole sentences holding between {@code minWords} and {@code maxWords} words (each
   * document's length drawn uniformly from that range with {@code seed}); a text's remainder shorter than
   * {@code minWords} is dropped. Documents are named {@code <text id>-<n>}.
   */
  public static List<Chunk> chunks(List<Text> texts, int minWords, int maxWords, long seed) {
    if (minWords < 1 || maxWords < minWords) {
      throw new IllegalArgumentException("need 1 <= minWords <= maxWords: " + minWords + ", " + maxWords);
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Chunk> out = new ArrayList<>();
    for (Text t : texts) {
      TokenizedText tt = TokenizedText.of(t.text());
      int target = minWords + rnd.nextInt(maxWords - minWords + 1);
      StringBuilder sb = new StringBuilder();
      int words = 0;
      int lastParagraph = -1;
      int n = 0;
      for (Sentence s : tt.sentences()) {
        int w = countWords(tt, s);
        if (words > 0 && words + w > maxWords) {
          if (words >= minWords) {
            out.add(new Chunk(t.id() + "-" + String.format(Locale.ROOT, "%03d", n++), sb.toString(), words));
          }
          sb.setLength(0);
          words = 0;
          target = minWords + rnd.nextInt(maxWords - minWords + 1);
        }
        if (sb.length() > 0) {
          sb.append(s.paragraph() != lastParagraph ? '\n' : ' ');
        }
        sb.append(s.span().of(t.text()));
        lastParagraph = s.paragraph();
        words += w;
        if (words >= target) {
          out.add(new Chunk(t.id() + "-" + String.format(Locale.ROOT, "%03d", n++), sb.toString(), words));
          sb.setLength(0);
          words = 0;
          target = minWords + rnd.nextInt(maxWords - minWords + 1);
        }
      }
      if (words >= minWords) {
        out.add(new Chunk(t.id() + "-" + String.format(Locale.ROOT, "%03d", n), sb.toString(), words));
      }
    }
    return out;
  }

  private static int countWords(TokenizedText tt, Sentence s) {
    int n = 0;
    for (org.unspin.text.Token tok : tt.tokens(s)) {
      if (tok.kind() == org.unspin.text.Token.Kind.WORD || tok.kind() == org.unspin.text.Token.Kind.NUMBER) {
        n++;
      }
    }
    return n;
  }

  static int words(String text) {
    int n = 0;
    for (org.unspin.text.Token tok : Tokenizer.tokenize(text)) {
      if (tok.kind() == org.unspin.text.Token.Kind.WORD || tok.kind() == org.unspin.text.Token.Kind.NUMBER) {
        n++;
      }
    }
    return n;
  }
}
