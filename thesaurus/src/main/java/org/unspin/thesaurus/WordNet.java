// SPDX-License-Identifier: Apache-2.0
package org.unspin.thesaurus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.unspin.fetch.BinaryFile;

/**
 * Princeton WordNet (3.1), read from its WNDB files: synsets with their pointers ({@code data.*}), sense numbers
 * and SemCor tag counts ({@code index.sense}), and irregular inflections ({@code *.exc}).
 *
 * <p>Terms are lower case with spaces ("bring up"); adjective markers such as "(a)" are removed. Synonyms are the
 * other members of a term's synsets; {@link #related(String, Set)} follows pointers one step, honouring lexical
 * pointers (a derivation link from "say" goes to "saying", not to the whole target synset). The SemCor tag counts
 * ({@link #tagCount(String)}) are a rough frequency: 0 for most rare words.
 *
 * <p>Immutable and safe to use from many threads. Load with {@link Thesauri#wordNet}.
 *
 * @since 0.1
 */
public final class WordNet implements Thesaurus {

  static final String MAGIC = "UNSPWN31";
  static final int VERSION = 3; // 3: members written in capitals are flagged (ACRONYM)
  private static final String DIR = "net/sf/extjwnl/data/wordnet/wn31/";
  private static final String[] FILES = {"noun", "verb", "adj", "adv"};
  private static final byte CAPITALISED = 1;
  private static final byte ACRONYM = 2;

  /** One synset: its id (stable within one loaded WordNet), part of speech and member words in file order. */
  public record Synset(int id, PartOfSpeech pos, List<String> words) {}

  /**
   * One sense of a lemma.
   *
   * @param lemma the lemma
   * @param synset its synset
   * @param number WordNet's sense number within the lemma's part of speech, 1 = most frequent
   * @param tagCount how often SemCor tagged this sense (0 for most)
   */
  public record Sense(String lemma, Synset synset, int number, int tagCount) {}

  private final String[] lemmas;
  private final Map<String, Integer> lemmaIds;
  private final byte[] synPos; // 'n','v','a','s','r'
  private final int[] memStart;
  private final int[] memLemma;
  private final int[] memTag;
  private final byte[] memFlags;
  private final int[] ptrStart;
  private final byte[] ptrType;
  private final int[] ptrTarget;
  private final int[] ptrWords; // source word number << 16 | target word number; 0 for synset pointers
  private final int[] senseStart;
  private final int[] senseSynset;
  private final int[] senseNumber;
  private final int[] senseTag;
  private final Map<PartOfSpeech, Map<String, List<String>>> excToBase;
  private final Map<PartOfSpeech, Map<String, List<String>>> baseToExc;
  private final String[][] exceptions; // per part of speech: inflected, base, inflected, base... in file order

  private WordNet(String[] lemmas, byte[] synPos, int[] memStart, int[] memLemma, int[] memTag, byte[] memFlags,
      int[] ptrStart, byte[] ptrType, int[] ptrTarget, int[] ptrWords, int[] senseStart, int[] senseSynset,
      int[] senseNumber, int[] senseTag, String[][] exceptions) {
    this.lemmas = lemmas;
    this.lemmaIds = new HashMap<>(lemmas.length * 2);
    for (int i = 0; i < lemmas.length; i++) {
      lemmaIds.put(lemmas[i], i);
    }
    this.synPos = synPos;
    this.memStart = memStart;
    this.memLemma = memLemma;
    this.memTag = memTag;
    this.memFlags = memFlags;
    this.ptrStart = ptrStart;
    this.ptrType = ptrType;
    this.ptrTarget = ptrTarget;
    this.ptrWords = ptrWords;
    this.senseStart = senseStart;
    this.senseSynset = senseSynset;
    this.senseNumber = senseNumber;
    this.senseTag = senseTag;
    this.exceptions = exceptions;
    this.excToBase = new EnumMap<>(PartOfSpeech.class);
    this.baseToExc = new EnumMap<>(PartOfSpeech.class);
    for (PartOfSpeech p : PartOfSpeech.values()) {
      Map<String, List<String>> fwd = new HashMap<>();
      Map<String, List<String>> inv = new HashMap<>();
      String[] pairs = exceptions[p.ordinal()];
      for (int i = 0; i + 1 < pairs.length; i += 2) {
        fwd.computeIfAbsent(pairs[i], k -> new ArrayList<>(1)).add(pairs[i + 1]);
        inv.computeIfAbsent(pairs[i + 1], k -> new ArrayList<>(2)).add(pairs[i]);
      }
      excToBase.put(p, fwd);
      baseToExc.put(p, inv);
    }
  }

  @Override
  public String name() {
    return "wordnet-3.1";
  }

  @Override
  public int size() {
    return lemmas.length;
  }

  @Override
  public boolean contains(String term) {
    return lemmaIds.containsKey(Terms.normalize(term));
  }

  /** Whether {@code term} is a lemma of {@code pos}. */
  public boolean contains(String term, PartOfSpeech pos) {
    Integer id = lemmaIds.get(Terms.normalize(term));
    if (id == null) {
      return false;
    }
    for (int s = senseStart[id]; s < senseStart[id + 1]; s++) {
      if (pos(senseSynset[s]) == pos) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Set<String> synonyms(String term) {
    return synonyms(term, null);
  }

  @Override
  public Set<String> synonyms(String term, PartOfSpeech pos) {
    Integer id = lemmaIds.get(Terms.normalize(term));
    if (id == null) {
      return Set.of();
    }
    Set<String> out = new LinkedHashSet<>();
    for (int s = senseStart[id]; s < senseStart[id + 1]; s++) {
      int syn = senseSynset[s];
      if (pos == null || pos(syn) == pos) {
        for (int m = memStart[syn]; m < memStart[syn + 1]; m++) {
          if (memLemma[m] != id) {
            out.add(lemmas[memLemma[m]]);
          }
        }
      }
    }
    return Collections.unmodifiableSet(out);
  }

  @Override
  public Set<String> related(String term) {
    return related(term, Relation.NEAR);
  }

  /**
   * Terms one pointer of the given kinds away from {@code term}, in any sense, other than the term itself. Lexical
   * pointers lead to the one target word; semantic pointers to every word of the target synset.
   */
  public Set<String> related(String term, Set<Relation> relations) {
    return related(term, null, relations);
  }

  /** Like {@link #related(String, Set)}, restricted to senses of {@code pos} ({@code null}: all). */
  public Set<String> related(String term, PartOfSpeech pos, Set<Relation> relations) {
    Integer id = lemmaIds.get(Terms.normalize(term));
    if (id == null) {
      return Set.of();
    }
    Relation[] all = Relation.values();
    Set<String> out = new LinkedHashSet<>();
    for (int s = senseStart[id]; s < senseStart[id + 1]; s++) {
      int syn = senseSynset[s];
      if (pos != null && pos(syn) != pos) {
        continue;
      }
      int wordNo = memberNumber(syn, id);
      for (int p = ptrStart[syn]; p < ptrStart[syn + 1]; p++) {
        if (!relations.contains(all[ptrType[p]])) {
          continue;
        }
        int target = ptrTarget[p];
        int src = ptrWords[p] >>> 16;
        int tgt = ptrWords[p] & 0xFFFF;
        if (src == 0) {
          for (int m = memStart[target]; m < memStart[target + 1]; m++) {
            if (memLemma[m] != id) {
              out.add(lemmas[memLemma[m]]);
            }
          }
        } else if (src == wordNo && memStart[target] + tgt - 1 < memStart[target + 1]) {
          int m = memStart[target] + tgt - 1;
          if (memLemma[m] != id) {
            out.add(lemmas[memLemma[m]]);
          }
        }
      }
    }
    return Collections.unmodifiableSet(out);
  }

  @Override
  public Set<String> antonyms(String term) {
    return related(term, EnumSet.of(Relation.ANTONYM));
  }

  @Override
  public Set<PartOfSpeech> partsOfSpeech(String term) {
    Integer id = lemmaIds.get(Terms.normalize(term));
    Set<PartOfSpeech> out = EnumSet.noneOf(PartOfSpeech.class);
    if (id != null) {
      for (int s = senseStart[id]; s < senseStart[id + 1]; s++) {
        out.add(pos(senseSynset[s]));
      }
    }
    return out;
  }

  /** The senses of {@code term}, by part of speech (noun, verb, adjective, adverb) and sense number. */
  public List<Sense> senses(String term) {
    String key = Terms.normalize(term);
    Integer id = lemmaIds.get(key);
    if (id == null) {
      return List.of();
    }
    List<Sense> out = new ArrayList<>(senseStart[id + 1] - senseStart[id]);
    for (int s = senseStart[id]; s < senseStart[id + 1]; s++) {
      out.add(new Sense(key, synset(senseSynset[s]), senseNumber[s], senseTag[s]));
    }
    return out;
  }

  /** The senses of {@code term} as {@code pos}, by sense number. */
  public List<Sense> senses(String term, PartOfSpeech pos) {
    List<Sense> out = new ArrayList<>();
    for (Sense s : senses(term)) {
      if (s.synset().pos() == pos) {
        out.add(s);
      }
    }
    return out;
  }

  /** The synsets one pointer of kind {@code relation} away from {@code synset} (semantic and lexical pointers). */
  public List<Synset> pointers(Synset synset, Relation relation) {
    List<Synset> out = new ArrayList<>();
    for (int p = ptrStart[synset.id()]; p < ptrStart[synset.id() + 1]; p++) {
      if (ptrType[p] == relation.ordinal()) {
        out.add(synset(ptrTarget[p]));
      }
    }
    return out;
  }

  /** How often SemCor tagged {@code term} in any sense: a rough frequency, 0 for rare words. */
  public int tagCount(String term) {
    return tagCount(term, (PartOfSpeech) null);
  }

  /** How often SemCor tagged {@code term} as {@code pos} ({@code null}: any). */
  public int tagCount(String term, PartOfSpeech pos) {
    Integer id = lemmaIds.get(Terms.normalize(term));
    if (id == null) {
      return 0;
    }
    int n = 0;
    for (int s = senseStart[id]; s < senseStart[id + 1]; s++) {
      if (pos == null || pos(senseSynset[s]) == pos) {
        n += senseTag[s];
      }
    }
    return n;
  }

  /**
   * Whether {@code word} is written with a capital letter in every synset of the term as {@code pos} that holds
   * it (a proper noun such as "May" the month or "Chinese" the language); false when unknown.
   */
  public boolean isProperName(String term, PartOfSpeech pos) {
    Integer id = lemmaIds.get(Terms.normalize(term));
    if (id == null) {
      return false;
    }
    boolean any = false;
    for (int s = senseStart[id]; s < senseStart[id + 1]; s++) {
      int syn = senseSynset[s];
      if (pos != null && pos(syn) != pos) {
        continue;
      }
      int m = memStart[syn] + memberNumber(syn, id) - 1;
      if ((memFlags[m] & CAPITALISED) == 0) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /**
   * {@code term} as WordNet writes it where it is written in capitals, of two letters or more, in every synset that
   * holds it ("dna": "DNA", "u.s.": "U.S."); else {@code term} as given.
   */
  public String written(String term) {
    Integer id = lemmaIds.get(Terms.normalize(term));
    if (id == null || senseStart[id] == senseStart[id + 1]) {
      return term;
    }
    for (int s = senseStart[id]; s < senseStart[id + 1]; s++) {
      int syn = senseSynset[s];
      if ((memFlags[memStart[syn] + memberNumber(syn, id) - 1] & ACRONYM) == 0) {
        return term;
      }
    }
    return term.toUpperCase(java.util.Locale.ROOT);
  }

  /** Whether {@code term} is written with a capital letter in {@code synset} ("China" the country); false if absent. */
  public boolean isCapitalised(String term, Synset synset) {
    Integer id = lemmaIds.get(Terms.normalize(term));
    if (id == null) {
      return false;
    }
    int no = memberNumber(synset.id(), id);
    return no != 0 && (memFlags[memStart[synset.id()] + no - 1] & CAPITALISED) != 0;
  }

  /** The base forms WordNet's exception list gives for an irregular inflected form ("said" as a verb: "say"). */
  public List<String> exceptionBases(String inflected, PartOfSpeech pos) {
    return excToBase.get(pos).getOrDefault(Terms.normalize(inflected), List.of());
  }

  /** The irregular inflected forms WordNet's exception list gives for a base form ("say" as a verb: "said"). */
  public List<String> exceptionForms(String base, PartOfSpeech pos) {
    return baseToExc.get(pos).getOrDefault(Terms.normalize(base), List.of());
  }

  /** The synset with id {@code id}. */
  public Synset synset(int id) {
    List<String> words = new ArrayList<>(memStart[id + 1] - memStart[id]);
    for (int m = memStart[id]; m < memStart[id + 1]; m++) {
      words.add(lemmas[memLemma[m]]);
    }
    return new Synset(id, pos(id), Collections.unmodifiableList(words));
  }

  /** How many synsets there are. */
  public int synsetCount() {
    return synPos.length;
  }

  /** The tag count of {@code term} in {@code synset}, 0 when it is not a member. */
  public int tagCount(String term, Synset synset) {
    Integer id = lemmaIds.get(Terms.normalize(term));
    if (id == null) {
      return 0;
    }
    int no = memberNumber(synset.id(), id);
    return no == 0 ? 0 : memTag[memStart[synset.id()] + no - 1];
  }

  private int memberNumber(int syn, int lemma) {
    for (int m = memStart[syn]; m < memStart[syn + 1]; m++) {
      if (memLemma[m] == lemma) {
        return m - memStart[syn] + 1;
      }
    }
    return 0;
  }

  private PartOfSpeech pos(int syn) {
    return PartOfSpeech.ofCode((char) synPos[syn]);
  }

  // ---------------------------------------------------------------- loading

  /** Reads the WNDB files from the extjwnl data jar. Takes a few seconds; use the cache. */
  static WordNet parseJar(Path jar) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return new Parser(zip, jar.toString()).parse();
    }
  }

  void write(Path file) throws IOException {
    try (BinaryFile.Writer w = new BinaryFile.Writer(file, MAGIC, VERSION)) {
      w.strings(Arrays.asList(lemmas));
      w.bytes(synPos);
      w.ints(memStart);
      w.ints(memLemma);
      w.ints(memTag);
      w.bytes(memFlags);
      w.ints(ptrStart);
      w.bytes(ptrType);
      w.ints(ptrTarget);
      w.ints(ptrWords);
      w.ints(senseStart);
      w.ints(senseSynset);
      w.ints(senseNumber);
      w.ints(senseTag);
      for (String[] pairs : exceptions) {
        w.strings(Arrays.asList(pairs));
      }
      w.commit();
    }
  }

  static WordNet read(Path file) throws IOException {
    BinaryFile.Reader r = new BinaryFile.Reader(file, MAGIC, VERSION, ModelFormatException::new);
    String[] lemmas = r.strings();
    byte[] synPos = r.bytes();
    int[] memStart = r.ints();
    int[] memLemma = r.ints();
    int[] memTag = r.ints();
    byte[] memFlags = r.bytes();
    int[] ptrStart = r.ints();
    byte[] ptrType = r.bytes();
    int[] ptrTarget = r.ints();
    int[] ptrWords = r.ints();
    int[] senseStart = r.ints();
    int[] senseSynset = r.ints();
    int[] senseNumber = r.ints();
    int[] senseTag = r.ints();
    String[][] exc = new String[4][];
    for (int i = 0; i < 4; i++) {
      exc[i] = r.strings();
    }
    r.end();
    int s = synPos.length;
    if (memStart.length != s + 1 || ptrStart.length != s + 1 || senseStart.length != lemmas.length + 1
        || memLemma.length != memTag.length || memFlags.length != memLemma.length || ptrType.length != ptrTarget.length
        || ptrWords.length != ptrTarget.length || senseSynset.length != senseTag.length
        || senseNumber.length != senseTag.length) {
      throw new ModelFormatException(file, -1, "inconsistent section lengths");
    }
    return new WordNet(lemmas, synPos, memStart, memLemma, memTag, memFlags, ptrStart, ptrType, ptrTarget, ptrWords,
        senseStart, senseSynset, senseNumber, senseTag, exc);
  }

  /** One pass over the WNDB text files. Not thread-safe. */
  private static final class Parser {
    private final ZipFile zip;
    private final String name;
    private final Map<String, Integer> lemmaIds = new HashMap<>();
    private final List<String> lemmas = new ArrayList<>();
    private final Map<Long, Integer> synsetIds = new HashMap<>();
    private final IntList synPos = new IntList();
    private final IntList memStart = new IntList();
    private final IntList memLemma = new IntList();
    private final IntList memFlags = new IntList();
    private final IntList ptrStart = new IntList();
    private final IntList ptrType = new IntList();
    private final List<Long> ptrTargetKeys = new ArrayList<>();
    private final IntList ptrWords = new IntList();

    Parser(ZipFile zip, String name) {
      this.zip = zip;
      this.name = name;
    }

    private BufferedReader open(String file) throws IOException {
      ZipEntry e = zip.getEntry(DIR + file);
      if (e == null) {
        throw new ModelFormatException(name, -1, "no entry " + DIR + file);
      }
      return new BufferedReader(new InputStreamReader(zip.getInputStream(e), StandardCharsets.ISO_8859_1), 1 << 16);
    }

    private int lemmaId(String word) {
      return lemmaIds.computeIfAbsent(word, w -> {
        lemmas.add(w);
        return lemmas.size() - 1;
      });
    }

    private static long key(int fileIndex, int offset) {
      return ((long) fileIndex << 32) | offset;
    }

    private static int fileIndex(char pos) {
      switch (pos) {
        case 'n':
          return 0;
        case 'v':
          return 1;
        case 'a':
        case 's':
          return 2;
        case 'r':
          return 3;
        default:
          return -1;
      }
    }

    WordNet parse() throws IOException {
      for (int f = 0; f < 4; f++) {
        parseData(f);
      }
      memStart.add(memLemma.size());
      ptrStart.add(ptrType.size());
      int[] ptrTarget = new int[ptrTargetKeys.size()];
      for (int i = 0; i < ptrTarget.length; i++) {
        Integer t = synsetIds.get(ptrTargetKeys.get(i));
        if (t == null) {
          throw new ModelFormatException(name, -1, "pointer to unknown synset " + ptrTargetKeys.get(i));
        }
        ptrTarget[i] = t;
      }
      int[] memTag = new int[memLemma.size()];
      int[] memStartA = memStart.toArray();
      int[] memLemmaA = memLemma.toArray();
      // senses from index.sense
      List<long[]> senses = new ArrayList<>();
      try (BufferedReader in = open("index.sense")) {
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
          lineNo++;
          String[] t = line.split(" ");
          int pct = t[0].indexOf('%');
          if (t.length < 4 || pct < 0) {
            throw new ModelFormatException(name + "!" + DIR + "index.sense", lineNo, "bad line (line number)");
          }
          String lemma = Terms.normalize(t[0].substring(0, pct));
          char ssType = "nvars".charAt(t[0].charAt(pct + 1) - '1');
          Integer syn = synsetIds.get(key(fileIndex(ssType), Integer.parseInt(t[1])));
          Integer lem = lemmaIds.get(lemma);
          if (syn == null || lem == null) {
            continue;
          }
          int tag = Integer.parseInt(t[3]);
          for (int m = memStartA[syn]; m < memStartA[syn + 1]; m++) {
            if (memLemmaA[m] == lem) {
              memTag[m] = tag;
            }
          }
          int posOrder = fileIndex((char) synPos.get(syn));
          senses.add(new long[] {lem, posOrder, Integer.parseInt(t[2]), syn, tag});
        }
      }
      senses.sort((a, b) -> {
        for (int i = 0; i < 3; i++) {
          int c = Long.compare(a[i], b[i]);
          if (c != 0) {
            return c;
          }
        }
        return 0;
      });
      int[] senseStart = new int[lemmas.size() + 1];
      int[] senseSynset = new int[senses.size()];
      int[] senseNumber = new int[senses.size()];
      int[] senseTag = new int[senses.size()];
      for (int i = 0; i < senses.size(); i++) {
        long[] s = senses.get(i);
        senseStart[(int) s[0] + 1]++;
        senseSynset[i] = (int) s[3];
        senseNumber[i] = (int) s[2];
        senseTag[i] = (int) s[4];
      }
      for (int i = 0; i < lemmas.size(); i++) {
        senseStart[i + 1] += senseStart[i];
      }
      String[][] exc = new String[4][];
      for (int f = 0; f < 4; f++) {
        List<String> pairs = new ArrayList<>();
        try (BufferedReader in = open(FILES[f] + ".exc")) {
          String line;
          while ((line = in.readLine()) != null) {
            String[] t = line.trim().split(" +");
            for (int i = 1; i < t.length; i++) {
              pairs.add(Terms.normalize(t[0]));
              pairs.add(Terms.normalize(t[i]));
            }
          }
        }
        exc[f] = pairs.toArray(new String[0]);
      }
      byte[] synPosA = new byte[synPos.size()];
      for (int i = 0; i < synPosA.length; i++) {
        synPosA[i] = (byte) synPos.get(i);
      }
      byte[] memFlagsA = new byte[memFlags.size()];
      for (int i = 0; i < memFlagsA.length; i++) {
        memFlagsA[i] = (byte) memFlags.get(i);
      }
      byte[] ptrTypeA = new byte[ptrType.size()];
      for (int i = 0; i < ptrTypeA.length; i++) {
        ptrTypeA[i] = (byte) ptrType.get(i);
      }
      return new WordNet(lemmas.toArray(new String[0]), synPosA, memStartA, memLemmaA, memTag, memFlagsA,
          ptrStart.toArray(), ptrTypeA, ptrTarget, ptrWords.toArray(), senseStart, senseSynset, senseNumber, senseTag,
          exc);
    }

    private void parseData(int f) throws IOException {
      String file = "data." + FILES[f];
      try (BufferedReader in = open(file)) {
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
          lineNo++;
          if (line.startsWith("  ") || line.isEmpty()) {
            continue;
          }
          try {
            parseSynset(f, line);
          } catch (RuntimeException e) {
            throw new ModelFormatException(name + "!" + DIR + file, lineNo, "bad synset line (line number): " + e);
          }
        }
      }
    }

    private void parseSynset(int f, String line) {
      int bar = line.indexOf(" | ");
      String[] t = (bar >= 0 ? line.substring(0, bar) : line).trim().split(" ");
      int offset = Integer.parseInt(t[0]);
      char ssType = t[2].charAt(0);
      int id = synPos.size();
      synsetIds.put(key(f, offset), id);
      synPos.add(ssType);
      memStart.add(memLemma.size());
      ptrStart.add(ptrType.size());
      int wCnt = Integer.parseInt(t[3], 16);
      int i = 4;
      for (int w = 0; w < wCnt; w++, i += 2) {
        String raw = t[i];
        int paren = raw.indexOf('(');
        if (paren > 0 && raw.endsWith(")")) {
          raw = raw.substring(0, paren);
        }
        boolean cap = !raw.equals(raw.toLowerCase(java.util.Locale.ROOT));
        memLemma.add(lemmaId(Terms.normalize(raw)));
        memFlags.add(cap ? (acronym(raw) ? CAPITALISED | ACRONYM : CAPITALISED) : 0);
      }
      int pCnt = Integer.parseInt(t[i++]);
      for (int p = 0; p < pCnt; p++, i += 4) {
        Relation r = Relation.ofSymbol(t[i]);
        int targetOffset = Integer.parseInt(t[i + 1]);
        int targetFile = fileIndex(t[i + 2].charAt(0));
        int st = Integer.parseInt(t[i + 3], 16);
        ptrType.add(r.ordinal());
        ptrTargetKeys.add(key(targetFile, targetOffset));
        ptrWords.add(((st >>> 8) << 16) | (st & 0xFF));
      }
    }
  }

  /** Whether every letter of {@code raw} (two or more) is a capital: "DNA", "U.S.", not "Am" or "A". */
  static boolean acronym(String raw) {
    long letters = raw.codePoints().filter(Character::isLetter).count();
    return letters >= 2 && raw.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  /** A growable int array. */
  static final class IntList {
    private int[] a = new int[1024];
    private int n;

    void add(int v) {
      if (n == a.length) {
        a = Arrays.copyOf(a, n * 2);
      }
      a[n++] = v;
    }

    void set(int i, int v) {
      a[i] = v;
    }

    int get(int i) {
      return a[i];
    }

    int size() {
      return n;
    }

    int[] toArray() {
      return Arrays.copyOf(a, n);
    }
  }
}
