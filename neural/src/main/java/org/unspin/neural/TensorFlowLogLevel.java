// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;

/**
 * Gives TensorFlow's native logging the level that {@value #ENV} asks for, warnings and errors by default, so that a
 * {@code --neural} run does not print TensorFlow's INFO lines ("I0000 00:00:... mlir_graph_optimization_pass.cc:401]
 * MLIR V1 optimization pass is not enabled") and Abseil's "WARNING: All log messages before absl::InitializeLog() is
 * called are written to STDERR" among unspin's own messages.
 *
 * <p>TensorFlow 2.18 (in TensorFlow Java 1.1.0) logs through two libraries. Its own ({@code tsl}) reads
 * {@value #ENV} once, at its first message; Abseil's, which the graph optimisers use, ignores it and writes every
 * message to standard error until a program calls {@code absl::InitializeLog()}, which neither TensorFlow nor its
 * Java binding does, and neither exposes Abseil's level setters (its copies inside {@code libtensorflow_cc} are
 * private to that library). So, once the native library is loaded and before a model is, this class finds each
 * copy's level variables in the symbol table of each loaded {@code libtensorflow*.so} file and sets them in the
 * process's memory: Abseil's minimum level and standard-error threshold to the level, its "initialised" flag (which
 * only turns the threshold on and the warning above off), and, where {@value #ENV} is unset, TensorFlow's own cached
 * level, which TensorFlow had read as 0 (everything). Messages at or above the level are written as before, by
 * TensorFlow; no output is redirected or filtered.
 *
 * <p>Nothing is written unless everything checks out: Linux, an ELF64 little-endian file with a symbol table, the
 * library's mapping in {@code /proc/self/maps} whose ELF header in memory equals the file's, each variable found
 * exactly once, in a writable segment, holding a value it can hold. Otherwise (another system, a stripped or
 * different TensorFlow build) nothing is changed and TensorFlow logs as it would have. The line TensorFlow writes
 * while its library loads ("oneDNN custom operations are on") comes before any Java code can act, and follows only
 * {@value #ENV} (the launcher sets it).
 *
 * <p>Thread-safe; {@link #apply()} acts once per JVM.
 *
 * @since 0.1
 */
final class TensorFlowLogLevel {

  /** TensorFlow's variable: 0 everything, 1 warnings and errors, 2 errors, 3 fatal errors only. */
  static final String ENV = "TF_CPP_MIN_LOG_LEVEL";

  /** The level without {@link #ENV}: warnings and errors. */
  static final int DEFAULT_LEVEL = 1;

  private static final System.Logger LOG = System.getLogger(TensorFlowLogLevel.class.getName());

  /** The highest level: Abseil's {@code LogSeverityAtLeast} runs 0-3 as TensorFlow's levels do (and 1000, none). */
  private static final int MAX_LEVEL = 3;

  // GCC's optimiser may suffix a variable it has split (".0"); the inline namespace is Abseil's release
  private static final String ABSL = "_ZN4absl(?:\\d+lts_\\d+)?";
  private static final String SUFFIX = "(?:\\.\\d+)?";
  static final Pattern ABSL_MIN_LEVEL = Pattern.compile(ABSL + "12_GLOBAL__N_113min_log_levelE" + SUFFIX);
  static final Pattern ABSL_STDERR_THRESHOLD = Pattern.compile(ABSL + "12_GLOBAL__N_115stderrthresholdE" + SUFFIX);
  static final Pattern ABSL_INITIALIZED =
      Pattern.compile(ABSL + "12log_internal12_GLOBAL__N_119logging_initializedE" + SUFFIX);
  /** The static inside {@code tsl::internal::LogMessage::~LogMessage()} that caches {@link #ENV}, and its guard. */
  static final Pattern TSL_MIN_LEVEL = Pattern.compile("_ZZN3tsl8internal10LogMessageD1EvE13min_log_level");
  static final Pattern TSL_MIN_LEVEL_GUARD = Pattern.compile("_ZGVZN3tsl8internal10LogMessageD1EvE13min_log_level");

  private static final List<Pattern> WANTED =
      List.of(ABSL_MIN_LEVEL, ABSL_STDERR_THRESHOLD, ABSL_INITIALIZED, TSL_MIN_LEVEL, TSL_MIN_LEVEL_GUARD);

  private static final Pattern LIBRARY = Pattern.compile("libtensorflow[a-z_]*\\.so(?:\\.\\d+)*");

  private static List<String> applied;

  private TensorFlowLogLevel() {}

  /**
   * Sets the level in every loaded TensorFlow library, the first time (later calls return the first call's answer).
   * Call it after TensorFlow's native library is loaded and before a model is. Never throws: what could not be done
   * is logged at DEBUG and left as TensorFlow has it.
   *
   * @return one line per library and variable set, e.g. "libtensorflow_cc.so.2: absl min level 0 -> 1"
   */
  static synchronized List<String> apply() {
    if (applied == null) {
      List<String> done = new ArrayList<>();
      try {
        String env = System.getenv(ENV);
        int level = level(env);
        // TensorFlow's own logging obeys the variable where it holds a level; only where it does not is it set here
        boolean tsl = level(env, -1) < 0;
        for (Map.Entry<Path, Long> lib : loadedLibraries().entrySet()) {
          try {
            done.addAll(apply(lib.getKey(), lib.getValue(), level, tsl));
          } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, "TensorFlow's log level not set in {0}: {1}", lib.getKey(), e.toString());
          }
        }
      } catch (IOException | RuntimeException | LinkageError e) {
        LOG.log(Level.DEBUG, "TensorFlow's log level not set: {0}", e.toString());
      }
      LOG.log(Level.DEBUG, "TensorFlow's log level: {0}", done);
      applied = List.copyOf(done);
    }
    return applied;
  }

  /** The level {@link #ENV}'s value asks for: 0-3, or {@link #DEFAULT_LEVEL} when unset, blank or not a level. */
  static int level(String value) {
    return level(value, DEFAULT_LEVEL);
  }

  private static int level(String value, int otherwise) {
    if (value == null) {
      return otherwise;
    }
    try {
      int v = Integer.parseInt(value.trim());
      return v >= 0 && v <= MAX_LEVEL ? v : otherwise;
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  /** The TensorFlow libraries mapped into this process, with the address their file's offset 0 is mapped at. */
  static Map<Path, Long> loadedLibraries() throws IOException {
    Map<Path, Long> libs = new LinkedHashMap<>();
    Path maps = Path.of("/proc/self/maps");
    if (!Files.isReadable(maps)) {
      return libs;
    }
    for (String line : Files.readAllLines(maps, StandardCharsets.ISO_8859_1)) {
      // start-end perms offset dev inode path
      String[] f = line.trim().split("\\s+", 6);
      if (f.length < 6 || !f[2].matches("0+") || !f[5].startsWith("/")) {
        continue;
      }
      Path p = Path.of(f[5]);
      if (p.getFileName() != null && LIBRARY.matcher(p.getFileName().toString()).matches()) {
        long start = Long.parseUnsignedLong(f[0].substring(0, f[0].indexOf('-')), 16);
        libs.merge(p, start, Math::min);
      }
    }
    return libs;
  }

  /** Sets the level in one library mapped with its file's offset 0 at {@code mappedAt}. */
  private static List<String> apply(Path file, long mappedAt, int level, boolean tsl) throws IOException {
    List<String> done = new ArrayList<>();
    Elf elf = Elf.read(file);
    long bias = mappedAt - elf.firstLoadVaddr;
    byte[] header = new byte[64];
    new BytePointer(at(mappedAt)).get(header);
    if (!Arrays.equals(header, elf.header)) {
      throw new IOException("the ELF header in memory is not the file's");
    }
    Map<Pattern, Elf.Symbol> vars = elf.objects(WANTED);
    String name = file.getFileName().toString();
    for (Pattern p : List.of(ABSL_MIN_LEVEL, ABSL_STDERR_THRESHOLD)) {
      Elf.Symbol s = vars.get(p);
      if (s != null && s.size == 4 && elf.writable(s.value, 4)) {
        long a = bias + s.value;
        int was = read(a, 4);
        if (was >= 0 && was <= MAX_LEVEL) {
          write(a, 4, level);
          done.add(name + ": absl " + (p == ABSL_MIN_LEVEL ? "min level" : "stderr threshold") + " " + was + " -> "
              + level);
        }
      }
    }
    // only with the threshold set: initialised, Abseil applies it (its default, errors, would drop warnings)
    Elf.Symbol init = vars.get(ABSL_INITIALIZED);
    if (done.size() == 2 && init != null && init.size == 1 && elf.writable(init.value, 1)) {
      long a = bias + init.value;
      int was = read(a, 1);
      if (was == 0) {
        write(a, 1, 1);
        done.add(name + ": absl initialised");
      }
    }
    Elf.Symbol tslLevel = vars.get(TSL_MIN_LEVEL);
    Elf.Symbol guard = vars.get(TSL_MIN_LEVEL_GUARD);
    if (tsl && tslLevel != null && guard != null && (tslLevel.size == 4 || tslLevel.size == 8)
        && elf.writable(tslLevel.value, (int) tslLevel.size) && elf.writable(guard.value, 1)) {
      // set only once TensorFlow has read the variable (the guard's first byte says so): before, it would read it
      // again over this value
      long a = bias + tslLevel.value;
      int was = read(a, (int) tslLevel.size);
      if (read(bias + guard.value, 1) != 0 && was == 0) {
        write(a, (int) tslLevel.size, level);
        done.add(name + ": tsl min level " + was + " -> " + level);
      }
    }
    return done;
  }

  private static Pointer at(long address) {
    return new Address(address);
  }

  private static int read(long address, int size) {
    return switch (size) {
      case 1 -> new BytePointer(at(address)).get(0) & 0xff;
      case 4 -> new BytePointer(at(address)).getInt(0);
      default -> (int) new BytePointer(at(address)).getLong(0);
    };
  }

  private static void write(long address, int size, int value) {
    BytePointer p = new BytePointer(at(address));
    switch (size) {
      case 1 -> p.put(0, (byte) value);
      case 4 -> p.putInt(0, value);
      default -> p.putLong(0, value);
    }
  }

  /** A JavaCPP pointer to a native address (JavaCPP keeps the field protected). */
  private static final class Address extends Pointer {
    Address(long address) {
      this.address = address;
    }
  }

  /** The parts of an ELF64 little-endian shared object this class reads: its header, segments and symbol table. */
  static final class Elf {

    record Symbol(long value, long size) {}

    private static final int SHT_SYMTAB = 2;
    private static final int PT_LOAD = 1;
    private static final int PF_W = 2;
    private static final int STT_OBJECT = 1;

    final byte[] header;
    final long firstLoadVaddr;
    private final long[][] writableSegments;
    private final Path file;
    private final long symtabOffset;
    private final long symtabSize;
    private final long strtabOffset;
    private final long strtabSize;

    private Elf(Path file, byte[] header, long firstLoadVaddr, long[][] writableSegments, long symtabOffset,
        long symtabSize, long strtabOffset, long strtabSize) {
      this.file = file;
      this.header = header;
      this.firstLoadVaddr = firstLoadVaddr;
      this.writableSegments = writableSegments;
      this.symtabOffset = symtabOffset;
      this.symtabSize = symtabSize;
      this.strtabOffset = strtabOffset;
      this.strtabSize = strtabSize;
    }

    /** @throws IOException if the file is not an ELF64 little-endian file with loadable segments and a symtab */
    static Elf read(Path file) throws IOException {
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
        ByteBuffer h = read(ch, 0, 64);
        byte[] header = h.array().clone();
        if (h.getInt(0) != 0x464c457f || h.get(4) != 2 || h.get(5) != 1) {
          throw new IOException(file + ": not an ELF64 little-endian file");
        }
        long phoff = h.getLong(0x20);
        long shoff = h.getLong(0x28);
        int phentsize = h.getShort(0x36) & 0xffff;
        int phnum = h.getShort(0x38) & 0xffff;
        int shentsize = h.getShort(0x3a) & 0xffff;
        int shnum = h.getShort(0x3c) & 0xffff;
        long firstLoad = -1;
        List<long[]> writable = new ArrayList<>();
        ByteBuffer ph = read(ch, phoff, phentsize * phnum);
        for (int i = 0; i < phnum; i++) {
          int o = i * phentsize;
          if (ph.getInt(o) != PT_LOAD) {
            continue;
          }
          long vaddr = ph.getLong(o + 16);
          if (firstLoad < 0) {
            if (ph.getLong(o + 8) != 0) {
              throw new IOException(file + ": the first loadable segment does not start the file");
            }
            firstLoad = vaddr;
          }
          if ((ph.getInt(o + 4) & PF_W) != 0) {
            writable.add(new long[] {vaddr, vaddr + ph.getLong(o + 40)});
          }
        }
        if (firstLoad < 0) {
          throw new IOException(file + ": no loadable segment");
        }
        ByteBuffer sh = read(ch, shoff, shentsize * shnum);
        for (int i = 0; i < shnum; i++) {
          int o = i * shentsize;
          if (sh.getInt(o + 4) == SHT_SYMTAB) {
            int link = sh.getInt(o + 40);
            int l = link * shentsize;
            if (link <= 0 || link >= shnum) {
              break;
            }
            return new Elf(file, header, firstLoad, writable.toArray(long[][]::new), sh.getLong(o + 24),
                sh.getLong(o + 32), sh.getLong(l + 24), sh.getLong(l + 32));
          }
        }
        throw new IOException(file + ": no symbol table (a stripped library)");
      }
    }

    private static ByteBuffer read(FileChannel ch, long at, int n) throws IOException {
      ByteBuffer b = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
      while (b.hasRemaining()) {
        if (ch.read(b, at + b.position()) < 0) {
          throw new IOException("cut short");
        }
      }
      return b.flip();
    }

    /** The start of every wanted name. */
    private static final byte[][] PREFIXES = {"_ZN4absl".getBytes(StandardCharsets.US_ASCII),
        "_ZZN3tsl".getBytes(StandardCharsets.US_ASCII), "_ZGVZN3ts".getBytes(StandardCharsets.US_ASCII)};

    private static final int PREFIX_LENGTH = 9;

    private static boolean startsWithPrefix(ByteBuffer strs, int at) {
      for (byte[] p : PREFIXES) {
        int i = 0;
        while (i < p.length && strs.get(at + i) == p[i]) {
          i++;
        }
        if (i == p.length) {
          return true;
        }
      }
      return false;
    }

    /** Whether {@code [vaddr, vaddr + size)} lies in a writable loadable segment. */
    boolean writable(long vaddr, int size) {
      for (long[] s : writableSegments) {
        if (vaddr >= s[0] && vaddr + size <= s[1]) {
          return true;
        }
      }
      return false;
    }

    /**
     * The local data objects of 1 to 8 bytes in a writable segment whose names match each pattern, where exactly one
     * does (a pattern matched more than once is left out: which one the code uses is not known).
     */
    Map<Pattern, Symbol> objects(List<Pattern> patterns) throws IOException {
      Map<Pattern, Symbol> found = new LinkedHashMap<>();
      Map<Pattern, Integer> count = new LinkedHashMap<>();
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
        MappedByteBuffer syms = ch.map(FileChannel.MapMode.READ_ONLY, symtabOffset, symtabSize);
        syms.order(ByteOrder.LITTLE_ENDIAN);
        MappedByteBuffer strs = ch.map(FileChannel.MapMode.READ_ONLY, strtabOffset, strtabSize);
        byte[] name = new byte[128];
        for (int o = 0; o + 24 <= symtabSize; o += 24) {
          long size = syms.getLong(o + 16);
          // a local data object of 1 to 8 bytes in a writable segment, before any name is read
          if (syms.get(o + 4) != STT_OBJECT || size < 1 || size > 8 || !writable(syms.getLong(o + 8), (int) size)) {
            continue;
          }
          int at = syms.getInt(o);
          if (at <= 0 || at + PREFIX_LENGTH >= strtabSize || !startsWithPrefix(strs, at)) {
            continue;
          }
          int n = 0;
          while (n < name.length && at + n < strtabSize && strs.get(at + n) != 0) {
            name[n] = strs.get(at + n);
            n++;
          }
          if (n == name.length) {
            continue;
          }
          String s = new String(name, 0, n, StandardCharsets.ISO_8859_1);
          for (Pattern p : patterns) {
            if (p.matcher(s).matches()) {
              count.merge(p, 1, Integer::sum);
              found.put(p, new Symbol(syms.getLong(o + 8), size));
            }
          }
        }
      }
      count.forEach((p, c) -> {
        if (c > 1) {
          found.remove(p);
        }
      });
      return found;
    }
  }
}
