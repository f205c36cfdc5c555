// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A synthetic crawl with ground truth: source documents, spins of some of them, verbatim copies and unrelated pages.
 *
 * <p>Of {@code documents} chunks (shuffled with the seed), the first {@code spunSources} are <em>originals</em>: each
 * gets between 1 and {@code maxSpinsPerSource} spins (each spin with its own seed) and, for the first
 * {@code copies} of them, one verbatim copy; the rest are <em>unrelated</em> pages. Every original with its spins and
 * copies forms one family.
 *
 * <p>{@link #writeFolders(Path)} writes {@code corpus/} (originals and unrelated pages: what an index holds),
 * {@code queries/} (spins and copies: what is traced) and {@code truth.tsv}; {@link #writeWarc(Path, Path)} writes
 * all pages as HTML responses into one gzip-compressed WARC file and a truth table keyed by URL.
 *
 * <p>Immutable after generation.
 *
 * @since 0.1
 */
public final class SyntheticCrawl {

  /** The role of a page. */
  public enum Kind { ORIGINAL, UNRELATED, SPIN, COPY }

  /**
   * One page.
   *
   * @param id a file-name-safe identifier, unique in the crawl
   * @param url the page's URL in the WARC file
   * @param kind its role
   * @param text its text, one paragraph per line
   * @param sourceId the id of the original it was made from (its own id for originals, "" for unrelated pages)
   * @param family the family number (-1 for unrelated pages)
   */
  public record Page(String id, String url, Kind kind, String text, String sourceId, int family) {

    /** The file the page is written to by {@link #writeFolders(Path)}, relative to the folder. */
    public String file() {
      return (kind == Kind.ORIGINAL || kind == Kind.UNRELATED ? "corpus/" : "queries/") + id + ".txt";
    }
  }

  /** How many pages of each kind. */
  public record Settings(int documents, int spunSources, int maxSpinsPerSource, int copies, long seed) {
    public Settings {
      if (documents < 1 || spunSources < 0 || spunSources > documents || maxSpinsPerSource < 1 || copies < 0
          || copies > spunSources) {
        throw new IllegalArgumentException("need 0 <= copies <= spunSources <= documents, maxSpinsPerSource >= 1");
      }
    }
  }

  private final List<Page> pages;

  private SyntheticCrawl(List<Page> pages) {
    this.pages = pages;
  }

  /** All pages: originals and unrelated pages first (in chunk order), then spins and copies. */
  public List<Page> pages() {
    return pages;
  }

  /**
   * Generates a crawl from {@code chunks} (at least {@code settings.documents()} of them) with {@code spinner}.
   * Spinning runs on all cores; the result depends only on the inputs and the seed.
   */
  public static SyntheticCrawl generate(List<SourceTexts.Chunk> chunks, TextSpinner spinner, Settings settings) {
    if (chunks.size() < settings.documents()) {
      throw new IllegalArgumentException("need " + settings.documents() + " chunks, have " + chunks.size());
    }
    List<SourceTexts.Chunk> shuffled = new ArrayList<>(chunks);
    Collections.shuffle(shuffled, new java.util.Random(settings.seed()));
    SplittableRandom rnd = new SplittableRandom(settings.seed() ^ 0x5851F42D4C957F2DL);
    List<Page> base = new ArrayList<>();
    List<Page> derived = new ArrayList<>();
    List<long[]> jobs = new ArrayList<>(); // {family, spin number, seed}
    for (int i = 0; i < settings.documents(); i++) {
      SourceTexts.Chunk c = shuffled.get(i);
      boolean original = i < settings.spunSources();
      String id = c.id();
      base.add(new Page(id, url("news-" + site(i), id), original ? Kind.ORIGINAL : Kind.UNRELATED, c.text(),
          original ? id : "", original ? i : -1));
      if (original) {
        int spins = 1 + rnd.nextInt(settings.maxSpinsPerSource());
        for (int k = 1; k <= spins; k++) {
          jobs.add(new long[] {i, k, rnd.nextLong()});
        }
        if (i < settings.copies()) {
          derived.add(new Page(id + ".copy", url("mirror-" + site(i + 7), id), Kind.COPY, c.text(), id, i));
        }
      }
    }
    Page[] spun = new Page[jobs.size()];
    IntStream.range(0, jobs.size()).parallel().forEach(j -> {
      long[] job = jobs.get(j);
      Page src = base.get((int) job[0]);
      String id = src.id() + ".spin" + job[1];
      spun[j] = new Page(id, url("farm-" + site((int) (job[0] * 31 + job[1])), id), Kind.SPIN,
          spinner.spin(src.text(), job[2]), src.id(), src.family());
    });
    List<Page> all = new ArrayList<>(base);
    Collections.addAll(all, spun);
    all.addAll(derived);
    return new SyntheticCrawl(List.copyOf(all));
  }

  private static String site(int i) {
    return Integer.toString(Math.floorMod(i * 2654435761L, 97));
  }

  private static String url(String site, String id) {
    return "https://" + site + ".example/" + id.replace('.', '/');
  }

  /** Writes {@code corpus/}, {@code queries/} and {@code truth.tsv} under {@code dir}. */
  public void writeFolders(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("corpus"));
    Files.createDirectories(dir.resolve("queries"));
    for (Page p : pages) {
      Files.writeString(dir.resolve(p.file()), p.text() + "\n", StandardCharsets.UTF_8);
    }
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("truth.tsv"), StandardCharsets.UTF_8)) {
      w.write("file\tkind\tsource\tfamily\n");
      for (Page p : pages) {
        String source = p.sourceId().isEmpty() ? "" : "corpus/" + p.sourceId() + ".txt";
        w.write(p.file() + "\t" + p.kind().name().toLowerCase(Locale.ROOT) + "\t" + source + "\t" + p.family()
            + "\n");
      }
    }
  }

  /**
   * Writes all pages as HTTP 200 responses with an HTML body into a gzip-compressed WARC file, and the truth table
   * ({@code url, kind, source url, family}) to {@code truth}.
   */
  public void writeWarc(Path warc, Path truth) throws IOException {
    java.util.Map<String, String> urlOf = new java.util.HashMap<>();
    for (Page p : pages) {
      urlOf.put(p.id(), p.url());
    }
    Instant date = Instant.parse("2026-01-01T00:00:00Z");
    try (FileChannel ch = FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING);
        WarcWriter writer = new WarcWriter(ch, WarcCompression.GZIP);
        BufferedWriter w = Files.newBufferedWriter(truth, StandardCharsets.UTF_8)) {
      w.write("url\tkind\tsource\tfamily\n");
      for (Page p : pages) {
        byte[] html = html(p).getBytes(StandardCharsets.UTF_8);
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, html).build();
        writer.write(new WarcResponse.Builder(URI.create(p.url())).date(date).body(http).build());
        String source = p.sourceId().isEmpty() ? "" : urlOf.get(p.sourceId());
        w.write(p.url() + "\t" + p.kind().name().toLowerCase(Locale.ROOT) + "\t" + source + "\t" + p.family() + "\n");
      }
    }
  }

  /** The page as a small HTML document: a title, navigation boiler plate, one {@code <p>} per line, a footer. */
  static String html(Page p) {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>");
    sb.append(escape(p.id())).append("</title><script>var x = 1;</script></head><body>\n");
    sb.append("<nav><a href=\"/\">Home</a></nav>\n<article>\n");
    for (String line : p.text().split("\n")) {
      sb.append("<p>").append(escape(line)).append("</p>\n");
    }
    sb.append("</article>\n</body></html>\n");
    return sb.toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
