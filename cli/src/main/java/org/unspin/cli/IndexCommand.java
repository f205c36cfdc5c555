// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.unspin.trace.Documents;
import org.unspin.trace.FingerprintSettings;
import org.unspin.fetch.ModelFormatException;
import org.unspin.trace.OnBadData;
import org.unspin.trace.TraceIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code unspin index}: fingerprints candidate source documents into a trace index file. */
@Command(name = "index",
    description = {
      "Indexes candidate source documents for 'unspin trace': text files (UTF-8, or UTF-16 after a byte-order "
          + "mark), HTML, PDF, Word, OpenDocument, LaTeX and JATS XML files, folders (recursively) and WARC/WET "
          + "files (.warc, .warc.gz, .wet, .wet.gz; HTML pages are turned into text: their article, or with "
          + "--whole-page all of it).",
      "Each document is fingerprinted on what spinners leave alone (names, numbers, rare words, the function-word "
          + "skeleton) with MinHash and LSH banding. The index keeps the texts, for passage alignment. Format: "
          + "docs/formats/trace-index.md."
    })
final class IndexCommand extends QuietCommand {

  @Option(names = "--out", required = true, paramLabel = "IDX", description = "The index file to write.")
  Path outFile;

  @Option(names = "--hashes", paramLabel = "N", description = "MinHash signature length (default: 256).")
  Integer hashes;

  @Option(names = "--rows", paramLabel = "R", description = "Rows per LSH band (default: 2).")
  Integer rows;

  @Option(names = "--fine-words", paramLabel = "N", description = "Words of the small windows a long document is "
      + "also banded in, so that a paragraph copied or spun from it is found on its own (default: 100; 0: none, a "
      + "smaller index).")
  Integer fineWords;

  @Option(names = "--update", description = "Add to the index --out names, when it exists, instead of starting "
      + "anew: its documents are kept (not read or fingerprinted again), PATH's are added, and one named as a "
      + "document already there (the same path or URL) replaces it. The index keeps its own fingerprint settings.")
  boolean update;

  @Option(names = "--remove", paramLabel = "NAME", description = "Remove the documents of this name (a path, in "
      + "any spelling of it, or a URL, as the index names it), or of a folder of this name, all those under it, from "
      + "the index --out names (repeatable; implies --update, and PATHs may then be left out). A name the index "
      + "does not hold is said, not an error.")
  List<String> remove = new java.util.ArrayList<>();

  @Option(names = "--remove-missing", description = "Remove the documents whose files are gone: a file name (not a "
      + "URL) that is not there while its folder is (implies --update). Names are resolved from the current folder, "
      + "as they were when indexed; the documents of a folder that is not there are kept, and counted.")
  boolean removeMissing;

  @picocli.CommandLine.Mixin
  BadDataOption badData = new BadDataOption();

  @picocli.CommandLine.Mixin
  HtmlOption html = new HtmlOption();

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files, folders or WARC/WET files to index.")
  List<Path> paths = new java.util.ArrayList<>();

  /** Whether documents are removed, which needs the index there and keeps its documents as --update does. */
  private boolean removing() {
    return !remove.isEmpty() || removeMissing;
  }

  @Override
  public Integer call() throws IOException {
    if (paths.isEmpty() && !removing()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give the files or folders to index "
          + "(PATH), or --remove / --remove-missing");
    }
    if (removing()) {
      update = true;
      if (!Files.exists(outFile)) {
        throw CliException.badInput("nothing to remove from: " + outFile + " does not exist");
      }
    }
    FingerprintSettings.Builder sb = FingerprintSettings.builder();
    if (hashes != null) {
      sb.numHashes(hashes);
    }
    if (rows != null) {
      sb.rowsPerBand(rows);
    }
    if (fineWords != null) {
      sb.fineWords(fineWords);
    }
    FingerprintSettings settings;
    try {
      settings = sb.build();
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    // before reading and fingerprinting everything: where the index goes must be writable (exit 5, as for any
    // output a command cannot write). The index replaces its file by a rename, which replaces a link or a device
    // there too: a link is followed to its file, anything else but a file is refused (as root, "--out /dev/full"
    // had made the device a file and said it was indexed)
    if (Files.isSymbolicLink(outFile)) {
      outFile = Files.exists(outFile) ? outFile.toRealPath()
          : outFile.toAbsolutePath().resolveSibling(Files.readSymbolicLink(outFile)).normalize();
    }
    Path folder = outFile.toAbsolutePath().getParent();
    if (Files.isDirectory(outFile)) {
      throw CliException.cannotWrite(outFile, "it is a folder (give the index file's name)");
    }
    if (Files.exists(outFile) && !Files.isRegularFile(outFile)) {
      throw CliException.cannotWrite(outFile, "it is not a file (a device or a pipe?); "
          + "give the index file's name");
    }
    if (folder != null && !Files.isDirectory(folder)) {
      throw CliException.cannotWrite(outFile, "the folder " + folder + " does not exist");
    }
    if (folder != null && !Files.isWritable(folder)) {
      throw CliException.cannotWrite(outFile, "the folder " + folder + " is not writable");
    }
    // only an index is replaced: "--out" naming an article by mistake ("--out corpus/a.txt corpus") had replaced it
    if (!update && Files.isRegularFile(outFile) && Files.size(outFile) > 0 && !TraceIndex.looksLikeIndex(outFile)) {
      throw CliException.cannotWrite(outFile, "it is not a trace index, and indexing would replace it; name "
          + "another file (or remove this one first)");
    }
    // one writer at a time: two updates run together had each read the old index, and the second's save had dropped
    // the first's documents, both saying they were added. The lock is on a file of its own beside the index, which
    // is replaced by a rename (a lock on it would stay with the old file)
    Path lockFile = outFile.resolveSibling(outFile.getFileName() + ".lock");
    java.nio.channels.FileChannel channel;
    try {
      channel = java.nio.channels.FileChannel.open(lockFile, java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.WRITE);
    } catch (IOException e) { // the message of a NoSuchFileException or AccessDeniedException is only the path
      throw CliException.cannotWrite(outFile, "its lock file " + lockFile
          + " cannot be made there (" + Cli.why(e) + ")");
    }
    try (java.nio.channels.FileChannel lockChannel = channel) {
      java.nio.channels.FileLock lock = lockChannel.tryLock();
      if (lock == null) {
        err().println("unspin index: waiting for another index command writing " + outFile + " to finish");
        err().flush();
        lock = lockChannel.lock();
      }
      try (java.nio.channels.FileLock held = lock) {
        return write(settings);
      }
    }
  }

  /** Reads the old index (with --update) and the documents, and writes the index; under the lock of {@link #call}. */
  private Integer write(FingerprintSettings settings) throws IOException {
    long t0 = System.nanoTime();
    TraceIndex.Builder builder;
    Documents.Html reading = html.html();
    int kept = 0;
    Map<Path, String> indexed = new java.util.HashMap<>(); // the documents indexed, by their normalised paths
    if (update && Files.exists(outFile)) {
      if (hashes != null || rows != null || fineWords != null) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--update keeps the index's own "
            + "fingerprint settings: leave out --hashes, --rows and --fine-words");
      }
      TraceIndex old;
      try {
        old = TraceIndex.open(outFile);
      } catch (ModelFormatException e) {
        throw CliException.badInput(e.getMessage());
      }
      kept = old.size();
      builder = old.toBuilder();
      // pages added read as the index read its pages: whole where it did, and --whole-page refused where it read
      // their articles (the index's pages, read one way, would be weighed against others read the other way)
      if (old.html().orElse(null) == Documents.Html.ARTICLE && html.wholePage) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), outFile + " read its HTML pages as their "
            + "article: leave out --whole-page to add pages read so, or index them all anew with --whole-page");
      }
      reading = old.html().orElse(reading);
      if (old.settings().fineWords() == 0 && old.size() > 0) {
        err().println("unspin index: note: " + outFile + " has no fine windows (it was made before they were, or "
            + "with --fine-words 0), so a paragraph of one of its long documents traced on its own can be missed; "
            + "index the documents anew, without --update, to add them");
      }
      for (int d = 0; d < old.size(); d++) {
        Path p = TraceCommand.asPath(old.name(d));
        if (p != null) {
          indexed.putIfAbsent(p, old.name(d));
        }
      }
    } else {
      builder = TraceIndex.builder(settings).html(html.html());
    }
    int removed = removeListed(builder, indexed) + (removeMissing ? removeMissing(builder) : 0);
    java.util.Set<String> old = new java.util.HashSet<>(builder.names());
    java.util.Set<String> replacedNames = new java.util.HashSet<>();
    int[] repeats = {0};
    int[] readDocs = {0};
    TraceIndex.Builder into = builder;
    // a document given under another spelling of its path ("./corpus/x", "corpus//x", its absolute path) is one
    // document: it replaces the one indexed (or read before in this run) under the name it was indexed by. Named
    // twice, a file had been indexed twice, and traced copies had found it at ranks 1 to 4
    List<String> wordless = new ArrayList<>();
    Documents.Sink sink = (name, text) -> {
      readDocs[0]++;
      if (!TraceCommand.hasWords(text)) {
        wordless.add(name);
      }
      Path p = isUrl(name) ? null : TraceCommand.asPath(name);
      String as = p == null ? name : indexed.computeIfAbsent(p, k -> name);
      boolean before = into.put(as, text);
      if (before && old.contains(as)) {
        replacedNames.add(as);
      } else if (before) {
        repeats[0]++;
      }
    };
    int rejected = read(paths, sink, badData.policy, reading, this, ownFiles());
    if (repeats[0] > 0) {
      note("note: " + repeats[0] + " documents were named more than once (the same path or URL, or another "
          + "spelling of a path); each is indexed once");
    }
    String noDocuments = "no documents found in " + paths + " (it reads text, Markdown, HTML, PDF, Word, "
        + "OpenDocument, LaTeX, JATS XML and WARC/WET files)";
    if (readDocs[0] == 0 && !paths.isEmpty() && !update) {
      // an empty or unmounted folder had replaced a full index with an empty one, exit 0 (and with --quiet silently)
      throw CliException.badInput(noDocuments + "; " + outFile
          + (Files.exists(outFile) ? " is left as it was" : " is not written"));
    } else if (readDocs[0] == 0 && !paths.isEmpty()) {
      err().println("unspin index: warning: " + noDocuments);
    }
    int replaced = replacedNames.size();
    long t1 = System.nanoTime();
    TraceIndex index = builder.build(progress());
    long t2 = System.nanoTime();
    try {
      index.save(outFile);
    } catch (IOException e) {
      // the output, not an input, failed (a full disk): exit 5, as for any output the commands cannot write
      throw CliException.cannotWrite(outFile, Cli.why(e) + " (the index there, if any, is as it was)");
    }
    long t3 = System.nanoTime();
    double fp = (t2 - t1) / 1e9;
    kept -= removed;
    int fingerprinted = index.size() - kept + replaced;
    note(String.format(Locale.ROOT, "indexed %d document%s (%d windows, %d band entries; %d fine windows, %d band "
            + "entries) into %s: read %.2f s, fingerprint %.2f s (%s), write %.2f s, %d bytes%s%s",
        index.size(), index.size() == 1 ? "" : "s", index.segments(), index.bandEntries(), index.fineWindows(),
        index.fineBandEntries(), outFile,
        (t1 - t0) / 1e9, fp,
        update ? String.format(Locale.ROOT, "%d documents, and the bands of all", fingerprinted)
            : String.format(Locale.ROOT, "%.0f documents/s", fp > 0 ? fingerprinted / fp : 0.0),
        (t3 - t2) / 1e9, Files.size(outFile),
        update ? String.format(Locale.ROOT, "; %d kept, %d replaced, %d added%s", kept - replaced, replaced,
            index.size() - kept, removing() ? ", " + removed + " removed" : "") : "",
        rejected > 0 ? "; " + rejected + " bad document" + (rejected == 1 ? "" : "s") + " left out" : ""));
    if (!wordless.isEmpty()) {
      // an empty file had been indexed unsaid: a document no copy can ever be traced to
      note("note: " + wordless.size() + " document" + (wordless.size() == 1 ? " has" : "s have") + " no words, so "
          + "no copy can be traced to " + (wordless.size() == 1 ? "it" : "them") + ": "
          + String.join(", ", wordless.subList(0, Math.min(5, wordless.size())))
          + (wordless.size() > 5 ? " and " + (wordless.size() - 5) + " more" : ""));
    }
    if (index.size() == 0) {
      note("warning: the index is empty now");
    }
    err().flush();
    return Cli.OK;
  }

  /**
   * Removes the documents {@link #remove} names from {@code builder}: by name as indexed, or as another spelling of
   * an indexed path ({@code indexed}, by normalised path); returns how many were removed, and says which names the
   * index does not hold.
   */
  private int removeListed(TraceIndex.Builder builder, Map<Path, String> indexed) {
    int removed = 0;
    for (String name : remove) {
      int n = builder.remove(name);
      Path p = isUrl(name) ? null : TraceCommand.asPath(name);
      if (n == 0 && p != null) {
        String as = indexed.get(p);
        n = as == null ? 0 : builder.remove(as);
      }
      if (n == 0 && p != null) {
        // a folder: the documents under it (a withdrawn batch), which had been "no document named" and kept
        java.util.Set<String> under = new java.util.HashSet<>();
        for (Map.Entry<Path, String> e : indexed.entrySet()) {
          if (e.getKey().startsWith(p) && !e.getKey().equals(p)) {
            under.add(e.getValue());
          }
        }
        n = under.isEmpty() ? 0 : builder.removeIf(under::contains);
      }
      if (n == 0) {
        err().println("unspin index: " + outFile + " holds no document named " + name + " (nothing removed for it)");
      }
      removed += n;
    }
    return removed;
  }

  /**
   * Removes the documents whose names are files that are gone while their folders are there ({@link #removeMissing});
   * returns how many; says how many were kept because their folder is not there either.
   */
  private int removeMissing(TraceIndex.Builder builder) {
    int removed = 0;
    int unsure = 0;
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String name : builder.names()) {
      if (isUrl(name) || !seen.add(name)) {
        continue;
      }
      Path p = TraceCommand.asPath(name);
      if (p == null || Files.exists(p)) {
        continue;
      }
      if (p.getParent() != null && Files.isDirectory(p.getParent())) {
        removed += builder.remove(name);
      } else {
        unsure++;
      }
    }
    if (unsure > 0) {
      err().println("unspin index: kept " + unsure + " documents whose folders are not here either (run from the "
          + "folder they were indexed from, or --remove them by name)");
    }
    return removed;
  }

  /** Whether a document name is a URL (a crawled page, a WARC record), not a file's path. */
  static boolean isUrl(String name) {
    int colon = name.indexOf("://");
    return colon > 0 && name.substring(0, colon).chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '+'
        || c == '-' || c == '.');
  }

  /** The index file and its lock, as normalised absolute paths: never read as documents of a folder indexed. */
  private java.util.Set<Path> ownFiles() {
    Path out = outFile.toAbsolutePath().normalize();
    return java.util.Set.of(out, out.resolveSibling(out.getFileName() + ".lock"));
  }

  /** Reads every document under {@code paths} into {@code sink}; returns the number of rejected records. */
  static int read(List<Path> paths, Documents.Sink sink, OnBadData policy, Documents.Html html, BaseCommand cmd) {
    return read(paths, sink, policy, html, cmd, java.util.Set.of());
  }

  /**
   * {@link #read(List, Documents.Sink, OnBadData, Documents.Html, BaseCommand)}, leaving out the files {@code skip}
   * names (normalised absolute paths): an index written inside the folder it indexes, which a name without an ending
   * would have read as a text ("not text but a binary file") on the next run.
   */
  static int read(List<Path> paths, Documents.Sink sink, OnBadData policy, Documents.Html html, BaseCommand cmd,
      java.util.Set<Path> skip) {
    int rejected = 0;
    for (Path p : paths) {
      List<Path> files;
      try {
        files = Documents.files(p);
      } catch (java.nio.file.NoSuchFileException e) {
        throw CliException.badInput(p + ": no such file");
      } catch (IOException e) {
        throw CliException.badInput(p + ": cannot read: " + e.getMessage());
      }
      for (Path f : files) {
        if (!skip.contains(f.toAbsolutePath().normalize())) {
          rejected += read(f, sink, policy, html, cmd).rejected();
        }
      }
    }
    return rejected;
  }

  /**
   * Reads the documents of {@code path}, one entry {@link Documents#files(Path)} listed, into {@code sink} (for
   * {@code index} and {@code trace}); warnings go to {@code cmd}'s standard error, and a missing, malformed or
   * unreadable input is a bad-input error naming it. A folder there is one the listing could not walk (a link in a
   * loop, a folder that cannot be listed): bad data under {@code policy}, not read.
   */
  static Documents.Stats read(Path path, Documents.Sink sink, OnBadData policy, Documents.Html html,
      BaseCommand cmd) {
    if (Files.isDirectory(path)) {
      // an entry of a folder that is itself a folder is one Documents.files could not walk: a link to a folder it
      // is inside, or one that cannot be listed. Read as a folder, a link back to its own folder had put each of
      // the folder's files into the index (and the traced results) a second time, under the link's name, and one bad
      // file there had lost the files after it
      ModelFormatException e = Documents.notRegular(path);
      if (policy == OnBadData.FAIL) {
        throw CliException.badInput(e.getMessage());
      } else if (policy == OnBadData.WARN) {
        cmd.err().println("warning: " + e.getMessage() + " (left out)");
      }
      return new Documents.Stats(0, 0, 1);
    }
    try {
      return Documents.read(path, sink, w -> cmd.err().println("warning: " + w), policy, html);
    } catch (java.nio.file.NoSuchFileException e) {
      throw CliException.badInput(path + ": no such file");
    } catch (ModelFormatException e) {
      throw CliException.badInput(e.getMessage());
    } catch (IOException e) {
      throw CliException.badInput(path + ": cannot read: " + e.getMessage());
    }
  }
}
