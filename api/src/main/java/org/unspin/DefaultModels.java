// SPDX-License-Identifier: Apache-2.0
package org.unspin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;
import org.unspin.detect.KnownTexts;
import org.unspin.lexicon.ChannelModel;
import org.unspin.lexicon.SpinnerModels;
import org.unspin.lexicon.WordCounts;
import org.unspin.lexicon.WordNetSpinner;
import org.unspin.lexicon.learn.PhraseLists;
import org.unspin.lm.LanguageModel;
import org.unspin.lm.LanguageModels;
import org.unspin.thesaurus.Moby;
import org.unspin.thesaurus.Thesaurus;
import org.unspin.thesaurus.Thesauri;
import org.unspin.thesaurus.WordNet;

/**
 * The default models, fetched and built on first use through {@link Store} ({@code $UNSPIN_HOME}): the default
 * language model ({@link LanguageModels#openDefault}), the bundled spinner tables, the measured low-prior
 * WordNet 3.1 + Moby open-vocabulary channel, and the wider thesaurus channel detection scores. The CLI, the server
 * and the crawl job all assemble their {@link Unspinner} here, so they restore and detect alike.
 *
 * <pre>{@code
 * DefaultModels m = DefaultModels.load(Store.fromEnvironment(), progress, DefaultModels.Options.NONE);
 * Unspinner u = m.unspinner();   // thread-safe; one for the whole service
 * }</pre>
 *
 * <p>A second load from the same store shares the first's immutable models ({@link #load}).
 *
 * @param lm the language model (memory-mapped, released when unreachable; shared with other loads from the same
 *     store and file, which its {@link LanguageModel#close()} does not stop)
 * @param spinners the spinner families and open channel
 * @param detectionOpen the thesaurus channel detection scores unknown spinners with
 * @param wordNet WordNet 3.1
 * @param moby Moby
 * @param wordNetSpinner the WordNet spinner's family ({@link WordNetSpinner}), which names the spinner of a spun text
 *     of 100 words or more that the learned families do not explain and it does, and then restores it
 * @param knownTexts the licences of the SPDX License List, whose copies are not judged ({@link KnownTexts})
 * @since 0.1
 */
public record DefaultModels(LanguageModel lm, SpinnerModels spinners, ChannelModel detectionOpen, WordNet wordNet,
    Moby moby, ChannelModel wordNetSpinner, KnownTexts knownTexts) {

  /**
   * Additions to the defaults.
   *
   * @param userTable a user substitution table (spun TAB original), or null
   * @param phrases a tortured-phrase list (tortured TAB expected), or null
   * @param spinnerTables learned spinner tables (docs/formats/spinner-table.md) added as families of their own; null
   *     for none
   * @throws IllegalArgumentException when {@code spinnerTables} holds a null path (its index named)
   */
  public record Options(Path userTable, Path phrases, List<Path> spinnerTables) {
    public static final Options NONE = new Options(null, null, List.of());

    public Options {
      for (int i = 0; spinnerTables != null && i < spinnerTables.size(); i++) { // List.copyOf's NPE names nothing
        if (spinnerTables.get(i) == null) {
          throw new IllegalArgumentException("spinnerTables holds no path at index " + i + " of "
              + spinnerTables.size() + ": give each table's path, or leave it out");
        }
      }
      spinnerTables = spinnerTables == null ? List.of() : List.copyOf(spinnerTables);
    }
  }

  /** The environment variable that names another binary language model file ({@link #languageModelFile()}). */
  public static final String LM_ENV = "UNSPIN_LM";

  /** The system property that names another binary language model file where {@code UNSPIN_LM} is not set. */
  public static final String LM_PROPERTY = "unspin.lm";

  /**
   * The language model file {@link #load} reads instead of the default one: {@code $UNSPIN_LM}, else the system
   * property {@code unspin.lm} ({@code -Dunspin.lm=/models/news-lm-4.bin}, or {@code System.setProperty} before the
   * load, for a service in an application server, which often cannot set its environment); empty for the default
   * model. The environment comes first, as {@code $UNSPIN_HOME} comes before {@code -Dunspin.home} ({@link
   * Store#fromEnvironment()}); a blank value is no value.
   */
  public static java.util.Optional<Path> languageModelFile() {
    return languageModelFile(System::getenv, System::getProperty);
  }

  /** {@link #languageModelFile()} from these environment variables and system properties. */
  static java.util.Optional<Path> languageModelFile(java.util.function.UnaryOperator<String> env,
      java.util.function.UnaryOperator<String> properties) {
    for (String v : new String[] {env.apply(LM_ENV), properties.apply(LM_PROPERTY)}) {
      if (v != null && !v.isBlank()) {
        return java.util.Optional.of(Path.of(v));
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * Loads the default models plus {@code options}; the language model from {@link #languageModelFile()} when it
   * names one.
   *
   * <p>A second load in the same JVM, from the same store (and the same language model file, unchanged since), shares
   * the immutable models the first loaded while any of them is still in use: the language model, WordNet, Moby, the
   * word counts and the licence texts (about 113 of the 116 MB of heap a load takes), so that two Unspinners of a
   * service, one with a phrase list and one without, take little more than one; only what {@code options} change is
   * built anew. Closing one load's language model does not stop the other's: the models this method opens release
   * their memory when they become unreachable, and {@link LanguageModel#close()} releases nothing they need.
   * Thread-safe: loads at once wait for each other's shared parts rather than loading them twice.
   *
   * @throws IOException if model data cannot be fetched or read (the message names the file)
   */
  public static DefaultModels load(Store store, Progress progress, Options options) throws IOException {
    java.util.Optional<Path> lmFile = languageModelFile();
    // no close when a table or list is bad: the model may be another load's (see above), and is released with it
    LanguageModel lm = lmFile.isPresent()
        ? Loaded.get(Loaded.fileKey("lm", lmFile.get()), () -> LanguageModels.open(lmFile.get()))
        : Loaded.get(Loaded.fileKey("lm", LanguageModels.defaultFile(store)),
            () -> LanguageModels.openDefault(store, progress));
    return load(store, progress, options, lm);
  }

  /**
   * The models loaded so far, by what they were loaded from, each held weakly: shared while any load's models hold
   * it, and released as they were before once none does.
   */
  private static final class Loaded {
    private static final java.util.Map<java.util.List<Object>, java.lang.ref.WeakReference<Object>> MODELS =
        new java.util.HashMap<>();

    private Loaded() {}

    /** What loads {@code T}: a model from its files. */
    interface Loader<T> {
      T load() throws IOException;
    }

    /**
     * The key of a model read from {@code file}: its path, size and time of change, so that a file rebuilt since
     * ({@code lm build}) is read anew.
     */
    static java.util.List<Object> fileKey(String what, Path file) throws IOException {
      Path f = file.toAbsolutePath().normalize();
      return Files.isRegularFile(f) ? java.util.List.of(what, f.toString(), Files.size(f),
          Files.getLastModifiedTime(f).toMillis()) : java.util.List.of(what, f.toString(), "absent");
    }

    /** The model loaded under {@code key}, loaded by {@code loader} when no load's models hold it. */
    @SuppressWarnings("unchecked")
    static synchronized <T> T get(java.util.List<Object> key, Loader<T> loader) throws IOException {
      MODELS.values().removeIf(r -> r.get() == null);
      java.lang.ref.WeakReference<Object> held = MODELS.get(key);
      Object model = held == null ? null : held.get();
      if (model == null) {
        model = loader.load();
        // a file built by the load (the default language model's first run) is keyed as it is now
        java.util.List<Object> now = key.size() == 3 && "absent".equals(key.get(2))
            ? fileKey((String) key.get(0), Path.of((String) key.get(1))) : key;
        MODELS.put(now, new java.lang.ref.WeakReference<>(model));
      }
      return (T) model;
    }

    /** The key of {@code store}'s model {@code what}: its files are fetched by pinned checksum and never change. */
    static java.util.List<Object> storeKey(String what, Store store) {
      return java.util.List.of(what, store.home().toString());
    }
  }

  private static DefaultModels load(Store store, Progress progress, Options options, LanguageModel lm)
      throws IOException {
    WordNet wordNet = Loaded.get(Loaded.storeKey("wordNet", store), () -> Thesauri.wordNet(store, progress));
    Moby moby = Loaded.get(Loaded.storeKey("moby", store), () -> Thesauri.moby(store, progress));
    Thesaurus both = Thesauri.union(wordNet, moby);
    java.util.Map<String, Double> frequencies = Loaded.get(Loaded.storeKey("frequencies", store),
        () -> java.util.Collections.unmodifiableMap(WordCounts.newsAndBrown(WordCounts.brown(store, progress))));
    org.unspin.thesaurus.AcronymDictionary acronyms = Loaded.get(Loaded.storeKey("acronyms", store),
        () -> org.unspin.thesaurus.AcronymDictionary.vera(store, progress));
    SpinnerModels.Builder b = SpinnerModels.builder().defaultTables().openChannel(wordNet, moby, frequencies)
        .acronymExpansions(acronyms::expansions);
    if (options.userTable() != null) {
      b.userTable(options.userTable());
    }
    java.util.function.BiPredicate<List<String>, org.unspin.lexicon.Candidate> guard = null;
    if (options.phrases() != null) {
      // the whole listed phrases, their words, and the terms they name, for tortured phrases the list does not name
      // read and parsed once: the source of its whole phrases, and the rows its words and terms are taken from
      org.unspin.lexicon.PhraseSource list = org.unspin.lexicon.PhraseSource.readPhrases(options.phrases());
      b.phraseList(list);
      List<PhraseLists.Row> rows = PhraseLists.rows(list);
      // the roles its words play, counted once for the word source, the keep probabilities and the edits' test
      PhraseLists.WordRoles roles = PhraseLists.WordRoles.of(rows);
      java.util.function.Predicate<String> vocabulary = SpinnerModels.vocabulary(both);
      org.unspin.lexicon.SpinnerTable words = PhraseLists.wordTable(rows, vocabulary);
      b.userSource(PhraseLists.wordSource(roles, words, vocabulary));
      b.userSource(PhraseLists.termSource(rows, both::synonyms, PhraseLists.TERM_LOG10_CHANNEL));
      // and the pairs of thesaurus neighbours (or of the list's entries for words that tell its spinner) the language
      // model knows as collocations, for terms it does not name
      b.userSource(PhraseLists.collocationSource(both::synonyms, w -> frequencies.getOrDefault(w, 0.0),
          association(lm), PhraseLists.wordEntries(roles, words, frequencies)));
      // the list's spinner replaces the words it knows: one it mostly writes is weak evidence for itself
      b.listKeep(PhraseLists.keepLog10(roles));
      guard = PhraseLists.keepsNamedTerms(rows);
      b.guard(guard);
      // which of its edits tell its spinner, for the short texts restored as ones the list explains
      b.listTells(PhraseLists.tellsSpinner(roles, frequencies));
    }
    for (Path t : options.spinnerTables()) {
      if (!Files.isRegularFile(t)) {
        throw new java.nio.file.NoSuchFileException(t.toString(), null, "no such spinner table");
      }
      // a table of a family already loaded would replace it (a learned "A" would silently replace the bundled A):
      // each --spinner-table is a family of its own
      org.unspin.lexicon.SpinnerTable table = org.unspin.lexicon.SpinnerTables.read(t);
      String family = table.family();
      if (b.tableFamilies().contains(family) || SpinnerModels.BUILT_IN_FAMILIES.contains(family)) {
        throw new IllegalArgumentException("the spinner table " + t + " is of family " + family + ", which is "
            + "already loaded (" + (b.tableFamilies().contains(family) ? "the bundled table's, or an earlier "
            + "--spinner-table's" : "a built-in family") + "); learn it with --family NAME, or change its @family "
            + "line, so that it is added beside " + family);
      }
      b.table(table);
    }
    // detection scores a wider open channel (up to 20 neighbours for every word): measured better for detection
    SpinnerModels.Builder detection = SpinnerModels.builder().thesaurus(both);
    if (guard != null) {
      detection.guard(guard);
    }
    ChannelModel detectionOpen = detection.build().open();
    return new DefaultModels(lm, b.build(), detectionOpen, wordNet, moby,
        WordNetSpinner.channel(wordNet, frequencies),
        Loaded.get(Loaded.storeKey("licences", store), () -> KnownTexts.licences(store, progress)));
  }

  /**
   * {@code lm} as the unsupervised learner's {@link org.unspin.lexicon.learn.ContextScorer}: a phrase scored word by
   * word in windows of the model's order, and the model's vocabulary for the words it knows.
   */
  public static org.unspin.lexicon.learn.ContextScorer contextScorer(LanguageModel lm) {
    int order = lm.order();
    return new org.unspin.lexicon.learn.ContextScorer() {
      @Override
      public double log10(List<String> words, int from) {
        double sum = 0;
        for (int i = from; i < words.size(); i++) {
          sum += lm.log10Prob(words.subList(Math.max(0, i - order + 1), i + 1));
        }
        return sum;
      }

      @Override
      public boolean knows(String word) {
        return lm.vocabulary().id(word) != lm.vocabulary().unknownId();
      }
    };
  }

  /**
   * How much {@code lm} prefers {@code y} after {@code x} to {@code y} alone: log10 P(y | x) - log10 P(y), or minus
   * infinity when it does not know one of the two (lower-case words, as lists are read).
   */
  public static java.util.function.ToDoubleBiFunction<String, String> association(LanguageModel lm) {
    org.unspin.lm.Vocabulary v = lm.vocabulary();
    return (x, y) -> {
      int[] ids = {v.id(x), v.id(y)};
      if (ids[0] == v.unknownId() || ids[1] == v.unknownId()) {
        return Double.NEGATIVE_INFINITY;
      }
      return lm.log10Prob(ids, 0, 2) - lm.log10Prob(ids, 1, 2);
    };
  }

  /**
   * The Unspinner over these models, describing each table's family as its {@code @description} says ({@link
   * Unspinner#describe}). User tables and phrase lists ({@link Options}) are part of every learned
   * family's channel; their own family ({@link SpinnerModels#USER_FAMILY}) is left out of detection unless it is the
   * only one, and restores the texts whose likely edits come mostly from a list ({@link Unspinner.Builder#listFamily}).
   */
  public Unspinner unspinner() {
    List<ChannelModel> families = detectionFamilies();
    Unspinner.Builder b = Unspinner.builder().languageModel(lm).spinners(families).openVocabulary(spinners.open())
        .detectionVocabulary(detectionOpen).knownTexts(knownTexts);
    if (families.stream().noneMatch(f -> f.family().equals(wordNetSpinner.family()))) {
      b.attributionSpinner(wordNetSpinner); // unless a user's table took its name
    }
    if (families.size() < spinners.families().size()) {
      spinners.family(SpinnerModels.USER_FAMILY).ifPresent(b::listFamily);
      spinners.listTells().ifPresent(b::listTells);
    }
    // each table's description (learn --description), for the reports and the JSON's spinnerDescription: this
    // Unspinner's own, not the JVM's, so that two services' tables of one family name keep theirs
    for (org.unspin.lexicon.SpinnerTable t : spinners.tables()) {
      String about = t.metadata().getOrDefault("description", "");
      if (!about.isBlank()) {
        b.spinnerDescription(t.family(), about);
      }
    }
    return b.build();
  }

  /**
   * The families detection scores: the learned ones, without the family of user tables and phrase lists
   * ({@link SpinnerModels#USER_FAMILY}) unless it is the only one.
   */
  public List<ChannelModel> detectionFamilies() {
    // the family of user tables and phrase lists alone keeps nearly every word for free, so against the calibrated
    // families it "explains" any text: with the public tortured-phrase list as --phrases, 71 of 199 clean news
    // articles were flagged (5 without). Their entries are part of every family's channel anyway, and their hits
    // count as evidence (phraseHitsPerWord), so detection and restoration use the learned families only.
    return spinners.families().stream()
        .filter(f -> !f.family().equals(SpinnerModels.USER_FAMILY) || spinners.families().size() == 1).toList();
  }
}
