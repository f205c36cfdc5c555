// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;
import org.unspin.thesaurus.Thesauri;
import org.unspin.thesaurus.Moby;
import org.unspin.thesaurus.PartOfSpeech;
import org.unspin.thesaurus.Thesaurus;
import org.unspin.thesaurus.WordNet;

/**
 * The spinner models: one {@link ChannelModel} per spinner family (its learned table, the
 * {@link SystematicRules} and any user tables or phrase lists), and one low-prior open-vocabulary channel
 * ({@link ChannelModel#OPEN}: thesaurus neighbours and their re-inflections) for words no family table knows.
 *
 * <p>How a decoder uses them: pick (or weight) a family, take its candidates as the channel, and mix in
 * {@link #open()}'s candidates with a low prior; words left unchanged pay the family's {@code log10Keep}. User
 * tables ({@code --table}) and phrase lists ({@code --phrases}) are part of every family channel (origin
 * {@link Candidate.Origin#USER_TABLE} / {@link Candidate.Origin#PHRASE_LIST}) and also form a family of their own,
 * {@value #USER_FAMILY}, for text that no learned spinner explains (tortured phrases in papers).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SpinnerModels {

  /** Family name of the channel made of user tables and phrase lists only. */
  public static final String USER_FAMILY = "user";

  /**
   * The families built in beside the spinner tables, whose names no table may take: the user tables' and phrase
   * lists' ({@link #USER_FAMILY}) and the WordNet spinner's ({@link WordNetSpinner#FAMILY}).
   */
  public static final java.util.Set<String> BUILT_IN_FAMILIES = java.util.Set.of(USER_FAMILY, WordNetSpinner.FAMILY);

  /** Ranking bonus (natural log units) for a thesaurus neighbour that shares a WordNet synset. */
  public static final double WORDNET_BONUS = 2.0;
  /** Ranking bonus for neighbours that Moby lists in each other's lists. */
  public static final double MOBY_MUTUAL_BONUS = 1.0;

  /** Thesaurus neighbours kept for rare spun words in the default open channel. */
  public static final int DEFAULT_RARE_LIMIT = 40;
  /** Thesaurus neighbours kept for common spun words (clean-news count above the threshold). */
  public static final int DEFAULT_COMMON_LIMIT = 5;
  /** Clean-news count above which a spun word counts as common. */
  public static final int DEFAULT_COMMON_THRESHOLD = 20;

  /** Where the bundled tables live on the class path. */
  static final String RESOURCE_DIR = "/org/unspin/lexicon/tables/";

  private final Map<String, ChannelModel> families;
  private final ChannelModel open;
  private final List<SpinnerTable> tables;
  private final java.util.function.BiPredicate<List<String>, Candidate> listTells;

  private SpinnerModels(Map<String, ChannelModel> families, ChannelModel open, List<SpinnerTable> tables,
      java.util.function.BiPredicate<List<String>, Candidate> listTells) {
    this.families = Collections.unmodifiableMap(new LinkedHashMap<>(families));
    this.open = open;
    this.tables = List.copyOf(tables);
    this.listTells = listTells;
  }

  /**
   * The default model: the bundled tables learned from the development spun news (see
   * {@code docs/algorithms/spinner-models.md}), the systematic rules, and an open channel that is empty until a
   * thesaurus is given through {@link #builder()}.
   */
  public static SpinnerModels loadDefault() throws IOException {
    return builder().defaultTables().build();
  }

  /**
   * The default model with its open-vocabulary channel: the bundled tables, the systematic rules, and WordNet 3.1
   * plus Moby (fetched once into {@code store}, pinned and checksummed) as low-prior fallbacks, ranked by
   * {@link WordCounts#newsAndBrown} frequencies: {@value #DEFAULT_RARE_LIMIT} neighbours for rare spun words,
   * {@value #DEFAULT_COMMON_LIMIT} for words seen more than {@value #DEFAULT_COMMON_THRESHOLD} times in the
   * bundled clean news.
   */
  public static SpinnerModels loadDefault(Store store, Progress progress) throws IOException {
    WordNet wn = Thesauri.wordNet(store, progress);
    Moby moby = Thesauri.moby(store, progress);
    Map<String, Double> freq = WordCounts.newsAndBrown(WordCounts.brown(store, progress));
    return builder().defaultTables().openChannel(wn, moby, freq).build();
  }

  /**
   * A vocabulary check from a thesaurus: a lower-case word is known when the thesaurus lists it or one of its
   * lemmas ({@link Inflections}).
   */
  public static Predicate<String> vocabulary(Thesaurus t) {
    return w -> {
      if (t.contains(w)) {
        return true;
      }
      for (Inflections.Reading r : Inflections.inflectedReadings(w)) {
        if (t.contains(r.lemma())) {
          return true;
        }
      }
      return false;
    };
  }

  /** A builder with no tables. */
  public static Builder builder() {
    return new Builder();
  }

  /** The bundled tables, in the order of {@code tables/index.txt}. */
  public static List<SpinnerTable> defaultTables() throws IOException {
    List<SpinnerTable> out = new ArrayList<>();
    for (String name : resourceLines("index.txt")) {
      try (InputStream in = SpinnerModels.class.getResourceAsStream(RESOURCE_DIR + name)) {
        if (in == null) {
          throw new ModelFormatException(RESOURCE_DIR + "index.txt", 0, "lists missing table " + name);
        }
        out.add(SpinnerTables.read(in, RESOURCE_DIR + name));
      }
    }
    return out;
  }

  /**
   * The bundled word counts of clean news (lower case), used to rank open-vocabulary proposals and as the clean
   * reference of unsupervised learning; empty when not bundled.
   */
  public static Map<String, Integer> newsWordCounts() {
    return newsFrequencies();
  }

  /** Word counts of clean news used to rank open-vocabulary proposals; empty map when not bundled. */
  static Map<String, Integer> newsFrequencies() {
    return NewsWords.BUNDLED.counts();
  }

  /**
   * The bundled document frequencies of clean news: for each lower-case word, how many of the {@link #newsDocuments()}
   * texts it occurs in (derived figures, no text); empty when not bundled. Unsupervised learning uses them for its
   * document-spread and document-deficit tests when the user has no clean texts of the genre.
   */
  public static Map<String, Integer> newsDocumentFrequencies() {
    return NewsWords.BUNDLED.documentFrequencies();
  }

  /** How many clean news texts the bundled counts come from; 0 when the file does not say. */
  public static int newsDocuments() {
    return NewsWords.BUNDLED.documents();
  }

  /** Header line of news-words.tsv giving its number of texts. */
  public static final String NEWS_DOCUMENTS = "# documents:";

  /**
   * news-words.tsv (word, count, documents), read once, the first time a model or the learner asks for it: each
   * numeric column an empty map when absent or malformed, the number of texts 0 when its header line is.
   */
  private record NewsWords(Map<String, Integer> counts, Map<String, Integer> documentFrequencies, int documents) {
    static final NewsWords BUNDLED = read();

    private static NewsWords read() {
      List<String> lines;
      try {
        lines = rawResourceLines("news-words.tsv");
      } catch (IOException e) {
        lines = List.of();
      }
      int documents = 0;
      List<String[]> rows = new ArrayList<>();
      for (String raw : lines) {
        if (raw.startsWith(NEWS_DOCUMENTS)) {
          try {
            documents = Integer.parseInt(raw.substring(NEWS_DOCUMENTS.length()).strip());
          } catch (NumberFormatException e) {
            documents = 0;
          }
        }
        String l = raw.strip();
        if (!l.isEmpty() && !l.startsWith("#")) {
          rows.add(l.split("\t"));
        }
      }
      return new NewsWords(column(rows, 1), column(rows, 2), documents);
    }

    /** One numeric column of the rows, unmodifiable; empty when a row lacks it or it is not a number. */
    private static Map<String, Integer> column(List<String[]> rows, int column) {
      Map<String, Integer> out = new HashMap<>();
      try {
        for (String[] f : rows) {
          if (f.length <= column) {
            return Map.of();
          }
          out.put(f[0], Integer.parseInt(f[column]));
        }
      } catch (NumberFormatException e) {
        return Map.of();
      }
      return Collections.unmodifiableMap(out);
    }
  }

  private static List<String> resourceLines(String name) throws IOException {
    List<String> out = new ArrayList<>();
    for (String l : rawResourceLines(name)) {
      l = l.strip();
      if (!l.isEmpty() && !l.startsWith("#")) {
        out.add(l);
      }
    }
    return out;
  }

  /** Every line of bundled resource {@code name}, comments and blank lines too; none when it is absent. */
  private static List<String> rawResourceLines(String name) throws IOException {
    try (InputStream in = SpinnerModels.class.getResourceAsStream(RESOURCE_DIR + name)) {
      return in == null ? List.of() : List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
    }
  }

  /** The family channels, in the order they were added. */
  public List<ChannelModel> families() {
    return List.copyOf(families.values());
  }

  /** The channel of one family. */
  public Optional<ChannelModel> family(String name) {
    return Optional.ofNullable(families.get(name));
  }

  /** The low-prior open-vocabulary channel (family {@link ChannelModel#OPEN}). */
  public ChannelModel open() {
    return open;
  }

  /** The learned tables behind the family channels. */
  public List<SpinnerTable> tables() {
    return tables;
  }

  /**
   * Which edits of a phrase list tell its spinner (given the sentence's words), as {@link Builder#listTells} set it;
   * empty without one.
   */
  public Optional<java.util.function.BiPredicate<List<String>, Candidate>> listTells() {
    return Optional.ofNullable(listTells);
  }

  /**
   * Whether a word is an adjective's comparative or superlative, by WordNet: the lemma is an adjective, and the word
   * is no noun or verb its tagged senses know ("number" is no comparative of "numb", "forest" none of "fore") unless
   * WordNet's adjective exceptions list it ("better", a noun and a verb too, is good's). The test of a word and its
   * lemma that {@link SynonymSource#withGradedForms}, the family tables' lemma entries and {@code
   * learn.TableGeneralizer#withGradedForms} take.
   */
  public static java.util.function.BiPredicate<String, String> graded(WordNet wn) {
    return (word, lemma) -> wn.contains(lemma, PartOfSpeech.ADJECTIVE)
        && (wn.exceptionBases(word, PartOfSpeech.ADJECTIVE).contains(lemma)
            || wn.tagCount(word, PartOfSpeech.NOUN) + wn.tagCount(word, PartOfSpeech.VERB) == 0);
  }

  /**
   * What a table entry read backwards weighs in the restoring open channel, times the entry's probability: the mass
   * the open channel's thesaurus neighbours share ({@link SynonymSource#DEFAULT_MASS}).
   */
  static final double REVERSE_WEIGHT = SynonymSource.DEFAULT_MASS;

  /** Collects tables and sources; not thread-safe. */
  public static final class Builder {
    private final List<SpinnerTable> tables = new ArrayList<>();
    private final List<CandidateSource> user = new ArrayList<>();
    private java.util.function.BiPredicate<List<String>, Candidate> guard;
    private java.util.function.BiPredicate<List<String>, Candidate> listTells;
    private Map<String, Double> listKeep = Map.of();
    private final List<CandidateSource> openSources = new ArrayList<>();
    private Predicate<String> knownWord;
    private Function<String, Collection<String>> synonyms;
    private Predicate<String> thesaurusContains;
    private int synonymLimit = 20;
    private int commonLimit;
    private int commonThreshold;
    private Map<String, Double> frequencies;
    private WordNet wordNet;
    private Moby moby;
    private Function<String, List<String>> acronymExpansions = a -> List.of();

    Builder() {}

    /**
     * What acronyms stand for ("GAN" -> "generative adversarial network", in lower case; empty for one unknown): a
     * definition whose words no longer fit its acronym gets its expansion as a candidate ({@link AcronymSource}).
     */
    public Builder acronymExpansions(Function<String, List<String>> expansions) {
      this.acronymExpansions = java.util.Objects.requireNonNull(expansions, "expansions");
      return this;
    }

    /** Adds the bundled tables ({@link SpinnerModels#defaultTables()}). */
    public Builder defaultTables() throws IOException {
      tables.addAll(SpinnerModels.defaultTables());
      return this;
    }

    /** Adds a family table; a later table of the same family replaces an earlier one. */
    public Builder table(SpinnerTable table) {
      tables.removeIf(t -> t.family().equals(table.family()));
      tables.add(table);
      return this;
    }

    /** The families of the tables added so far (the bundled ones, then each {@link #table}), in order. */
    public List<String> tableFamilies() {
      return tables.stream().map(SpinnerTable::family).toList();
    }

    /** Adds a table file in the spinner-table format. */
    public Builder table(Path file) throws IOException {
      return table(SpinnerTables.read(file));
    }

    /** Adds a user TSV table ({@code --table}): {@code spun<TAB>original[<TAB>probability]}. */
    public Builder userTable(Path file) throws IOException {
      user.add(PhraseSource.readTable(file));
      return this;
    }

    /** Adds a tortured-phrase list ({@code --phrases}): {@code tortured<TAB>expected}. */
    public Builder phraseList(Path file) throws IOException {
      return phraseList(PhraseSource.readPhrases(file));
    }

    /** Adds a tortured-phrase list already read ({@link PhraseSource#readPhrases}). */
    public Builder phraseList(PhraseSource list) {
      user.add(java.util.Objects.requireNonNull(list, "list"));
      return this;
    }

    /**
     * log10 keep probabilities (lower-case words) of the family of user tables and phrase lists ({@link #USER_FAMILY});
     * its other words are kept with 0.999. The learned families keep their own.
     */
    public Builder listKeep(Map<String, Double> log10Keep) {
      this.listKeep = Map.copyOf(log10Keep);
      return this;
    }

    /** Adds a ready candidate source to every family channel and the user family. */
    public Builder userSource(CandidateSource source) {
      user.add(source);
      return this;
    }

    /**
     * The thesaurus behind the open channel: {@code synonyms} maps a lower-case term to its neighbours,
     * {@code contains} says whether it knows a term. Its terms are also the vocabulary the UK-to-US spelling rule
     * checks, unless {@link #knownWords} says otherwise.
     */
    public Builder thesaurus(Function<String, Collection<String>> synonyms, Predicate<String> contains) {
      this.synonyms = synonyms;
      this.thesaurusContains = contains;
      return this;
    }

    /** A thesaurus (WordNet, Moby or their union) behind the open channel and the spelling rule's vocabulary. */
    public Builder thesaurus(Thesaurus t) {
      thesaurus(t::synonyms, t::contains);
      if (knownWord == null) {
        knownWord = SpinnerModels.vocabulary(t);
      }
      return this;
    }

    /**
     * WordNet and Moby behind the open channel, ranked as {@code docs/algorithms/spinner-models.md} describes:
     * ln(frequency + 1), plus {@value SpinnerModels#WORDNET_BONUS} when the neighbour shares a WordNet synset
     * with the spun word, plus {@value SpinnerModels#MOBY_MUTUAL_BONUS} when Moby lists each in the other's
     * list.
     */
    public Builder thesauri(WordNet wordNet, Moby moby) {
      thesaurus(Thesauri.union(wordNet, moby));
      this.wordNet = wordNet;
      this.moby = moby;
      return this;
    }

    /**
     * Keeps only {@code limit} thesaurus neighbours for spun words seen more than {@code threshold} times in the
     * bundled clean news (common words, which spinners replace through their tables), and
     * {@link #synonymLimit(int)} for the rest (rare words, likely spinner output). Off by default.
     */
    public Builder commonWordLimit(int limit, int threshold) {
      if (limit < 1 || threshold < 0) {
        throw new IllegalArgumentException("commonWordLimit needs limit >= 1 and threshold >= 0");
      }
      this.commonLimit = limit;
      this.commonThreshold = threshold;
      return this;
    }

    /**
     * The measured default open channel: {@link #thesauri(WordNet, Moby)} ranked by {@code frequencies} (see
     * {@link WordCounts#newsAndBrown}), {@value SpinnerModels#DEFAULT_RARE_LIMIT} neighbours per rare spun word and
     * {@value SpinnerModels#DEFAULT_COMMON_LIMIT} per common one. What {@link SpinnerModels#loadDefault(Store,
     * Progress)} uses; prefer it over {@link #thesaurus(Thesaurus)}, which ranks by clean-news counts only.
     */
    public Builder openChannel(WordNet wordNet, Moby moby, Map<String, Double> frequencies) {
      return thesauri(wordNet, moby).wordFrequencies(frequencies).synonymLimit(DEFAULT_RARE_LIMIT)
          .commonWordLimit(DEFAULT_COMMON_LIMIT, DEFAULT_COMMON_THRESHOLD);
    }

    /** How many thesaurus neighbours the open channel keeps per span (default 20). */
    public Builder synonymLimit(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("synonymLimit must be >= 1: " + limit);
      }
      this.synonymLimit = limit;
      return this;
    }

    /**
     * Word frequencies that rank thesaurus neighbours in the open channel (default: the bundled clean-news
     * counts); see {@link WordCounts}. With them, a spun phrase is looked up only when the counts know each of its
     * words ({@link SynonymSource#withPhraseWords}), and Roman numerals not at all
     * ({@link SynonymSource#withoutRomanNumerals}); and the open channel also offers each table's surface entries
     * read backwards ({@link Candidate.Origin#REVERSE_TABLE}, at {@link #REVERSE_WEIGHT} times their probability).
     */
    public Builder wordFrequencies(Map<String, Double> frequencies) {
      this.frequencies = Map.copyOf(frequencies);
      return this;
    }

    /** Adds a source to the open channel. */
    public Builder openSource(CandidateSource source) {
      openSources.add(source);
      return this;
    }

    /** The vocabulary (lower case) that rules check rewritten words against. */
    public Builder knownWords(Predicate<String> known) {
      this.knownWord = known;
      return this;
    }

    /**
     * Keeps only the candidates {@code keep} accepts (given the sentence's words), in every family and the open
     * channel: with a tortured-phrase list, {@code PhraseLists.keepsNamedTerms}.
     */
    public Builder guard(java.util.function.BiPredicate<List<String>, Candidate> keep) {
      this.guard = keep;
      return this;
    }

    /**
     * Which edits of a phrase list tell its spinner, given the sentence's words ({@code PhraseLists.tellsSpinner}):
     * kept for the restorer ({@link SpinnerModels#listTells}), which channels do not use.
     */
    public Builder listTells(java.util.function.BiPredicate<List<String>, Candidate> tells) {
      this.listTells = tells;
      return this;
    }

    public SpinnerModels build() {
      Predicate<String> known = knownWord != null ? knownWord
          : thesaurusContains != null ? thesaurusContains : tableVocabulary(tables);
      SystematicRules rules = SystematicRules.create(known);
      // a user table's rows reach the other forms of their words, as a learned table's lemma entries do; a form is
      // reached only where the vocabulary (and the word counts, which know the forms news writes) know it
      Map<String, Double> counts = frequencies;
      Predicate<String> written = counts == null ? known : w -> known.test(w) && counts.getOrDefault(w, 0.0) > 0;
      // and its parts of speech, where WordNet is at hand, keep a verb's row off a noun's forms ("the states")
      WordNet byPos = wordNet;
      Predicate<String> noun = byPos == null ? w -> false : w -> {
        int nouns = byPos.tagCount(w, PartOfSpeech.NOUN);
        int verbs = byPos.tagCount(w, PartOfSpeech.VERB);
        return nouns > verbs || nouns == 0 && verbs == 0
            && byPos.partsOfSpeech(w).equals(Set.of(PartOfSpeech.NOUN));
      };
      // and an adjective's row, and a family table's lemma entry, reach its comparative and superlative where the
      // open channel's neighbours do ("big" -> "massive": "more massive" -> "bigger"), a form the word counts know
      java.util.function.BiPredicate<String, String> adjective = wordNet == null ? null : graded(wordNet);
      java.util.function.BiPredicate<String, String> tableGraded = adjective == null || counts == null ? null
          : (form, lemma) -> (form.indexOf(' ') >= 0 || written.test(form)) && adjective.test(form, lemma);
      List<CandidateSource> user = this.user.stream()
          .map(s -> s instanceof PhraseSource p ? (CandidateSource) p.inflected(written, noun, tableGraded) : s)
          .toList();
      // an acronym that no longer fits its words names the originals' initials, for every family
      AcronymSource acronyms = synonyms == null ? null : AcronymSource.of(synonyms, known, acronymExpansions);
      Map<String, ChannelModel> fams = new LinkedHashMap<>();
      for (SpinnerTable t : tables) {
        List<CandidateSource> extra = new ArrayList<>();
        extra.add(rules);
        if (acronyms != null) {
          extra.add(acronyms);
        }
        extra.addAll(user);
        fams.put(t.family(), SourceChannel.of(t, extra, tableGraded));
      }
      if (!user.isEmpty() && !fams.containsKey(USER_FAMILY)) {
        List<CandidateSource> s = new ArrayList<>(user);
        if (acronyms != null) {
          s.add(acronyms);
        }
        s.add(SystematicRules.repairsOnly());
        fams.put(USER_FAMILY, new SourceChannel(USER_FAMILY, s, listKeep, 0.999));
      }
      List<CandidateSource> open = new ArrayList<>();
      if (synonyms != null) {
        java.util.function.ToDoubleFunction<String> rank;
        if (frequencies != null) {
          Map<String, Double> f = frequencies;
          rank = w -> f.getOrDefault(w, 0.0);
        } else {
          Map<String, Integer> f = newsFrequencies();
          rank = w -> f.getOrDefault(w, 0);
        }
        WordNet wn = wordNet;
        Moby mb = moby;
        Function<String, java.util.function.ToDoubleFunction<String>> scorer = term -> {
          Set<String> wnSyn = wn == null ? Set.of() : wn.synonyms(term);
          return o -> Math.log(rank.applyAsDouble(o) + 1) + (wnSyn.contains(o) ? WORDNET_BONUS : 0)
              + (mb != null && mb.listsEachOther(term, o) ? MOBY_MUTUAL_BONUS : 0);
        };
        SynonymSource src = SynonymSource.ranked(synonyms, thesaurusContains, scorer, synonymLimit,
            SynonymSource.DEFAULT_MASS);
        Predicate<String> has = thesaurusContains;
        src = src.withKnownForms(w -> rank.applyAsDouble(w) > 0 || has.test(w));
        if (frequencies != null) {
          // a spun phrase of rare words is a technical term, not a spinner's output (news and Brown counts), a
          // numeral is not a word, a function word is no thesaurus neighbour's original, and an inflected phrase
          // ("coming into") is looked up by its lemma ("come into") as a word is; the plain thesaurus
          // channel detection scores, ranked by news counts alone, looks all up, as the calibration was fitted with it
          src = src.withPhraseWords(w -> rank.applyAsDouble(w) > 0).withoutRomanNumerals()
              .withoutFunctionWordOriginals().withInflectedPhrases();
          if (wn != null) {
            src = src.withoutProperNameOriginals(w -> wn.isProperName(w, null)).withGradedForms(adjective);
          }
        }
        if (commonLimit > 0) {
          Map<String, Integer> news = newsFrequencies();
          int common = commonLimit;
          int rare = synonymLimit;
          int threshold = commonThreshold;
          src = src.withLimits(t -> news.getOrDefault(t, 0) > threshold ? common : rare);
        }
        open.add(src);
        if (frequencies != null) {
          // the restoring open channel also reads each table backwards: the spinner's dictionary is symmetric
          for (SpinnerTable t : tables) {
            open.add(TableSource.reversed(t, REVERSE_WEIGHT));
            open.add(TableSource.parts(t, REVERSE_WEIGHT));
          }
        }
      }
      open.addAll(openSources);
      ChannelModel openChannel = new SourceChannel(ChannelModel.OPEN, open, Map.of(), 0.999);
      // news number style holds for every family's candidates; a list's guard, when given, too
      java.util.function.BiPredicate<List<String>, Candidate> keep = guard == null
          ? SystematicRules::newsNumberStyle : (w, c) -> SystematicRules.newsNumberStyle(w, c) && guard.test(w, c);
      java.util.function.BiPredicate<List<String>, Integer> at = guard == null
          ? (w, i) -> SystematicRules.mayBeNumber(w.get(i)) || SystematicRules.mayBeUnit(w.get(i))
              || SystematicRules.mayBeMonth(w.get(i)) : (w, i) -> true;
      fams.replaceAll((name, channel) -> FilteredChannel.of(channel, keep, at));
      // an acronym names the initials of the words it abbreviates, whichever source proposes them
      fams.replaceAll((name, channel) -> FilteredChannel.of(channel, AcronymSource::fits,
          AcronymSource::mayBeDefined));
      openChannel = FilteredChannel.of(openChannel, AcronymSource::fits, AcronymSource::mayBeDefined);
      // the open channel's number neighbours (Moby's "7" for "seven") pay its low prior and rarely win; guarding it
      // too cost a third of its speed, so it gets only a list's guard
      if (guard != null) {
        openChannel = FilteredChannel.of(openChannel, guard);
      }
      return new SpinnerModels(fams, openChannel, tables, listTells);
    }

    private static Predicate<String> tableVocabulary(List<SpinnerTable> tables) {
      Set<String> words = new java.util.HashSet<>(newsFrequencies().keySet());
      for (SpinnerTable t : tables) {
        for (TableEntry e : t.entries()) {
          for (String w : e.original().split(" ")) {
            words.add(Lookup.lower(w));
          }
        }
        words.addAll(t.keep().keySet());
      }
      return words::contains;
    }
  }
}
