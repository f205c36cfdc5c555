// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon.learn;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.unspin.lexicon.Inflections;
import org.unspin.lexicon.SpinnerModels;
import org.unspin.lexicon.SpinnerTable;
import org.unspin.lexicon.SpinnerTables;
import org.unspin.lexicon.TableEntry;
import org.unspin.thesaurus.Moby;
import org.unspin.thesaurus.PartOfSpeech;
import org.unspin.thesaurus.Thesauri;
import org.unspin.thesaurus.Thesaurus;
import org.unspin.thesaurus.WordNet;

/**
 * Generalises a learned table morphologically, so an entry seen in one form also covers the others:
 *
 * <ul>
 *   <li><b>Phrase entries</b> whose first words inflect alike ("end up" -> "find yourself", "become more" ->
 *       "change into extra"): the other inflections of both first words, rest unchanged, become surface entries
 *       ("ended up" -> "found yourself", "becoming more" -> "changing into extra"), when both inflected words are
 *       known words;
 *   <li><b>one-word entries seen only in their base form</b> ("buy" -> "purchase"), both sides known words that
 *       are not themselves inflections of a known lemma: a lemma entry, so "bought" -> "purchased" is covered;
 *   <li>with {@link #withGradedForms}, <b>entries between two graded forms of adjectives</b> in the same grade
 *       ("bigger" -> "larger", "biggest" -> "most massive"): a lemma entry of their lemmas ("big" -> "large"), so
 *       the base form and the other grade are covered too.
 * </ul>
 *
 * <p>Each derived entry gets the probability of the entry it comes from times a weight (default
 * {@value #DEFAULT_WEIGHT}) and count 0. Entries the table already has (surface: same original and spun phrase,
 * lower case; lemma: same lemmas) are not duplicated. Case-bearing entries ("Could" -> "May") are left alone.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class TableGeneralizer {

  /** The least probability a derived entry is worth adding with. */
  private static final double MIN_PROBABILITY = 1e-4;

  /** Weight of a derived entry relative to the entry it comes from. */
  public static final double DEFAULT_WEIGHT = 0.5;

  private static final List<Inflections.Form> FORMS = List.of(Inflections.Form.BASE, Inflections.Form.S,
      Inflections.Form.ED, Inflections.Form.ING);

  private final Predicate<String> knownWord;
  private final double weight;
  private final boolean phrases;
  private final boolean baseLemmas;
  private final Predicate<String> verb;
  private final Predicate<String> written;
  private final BiPredicate<String, String> graded;

  TableGeneralizer(Predicate<String> knownWord, double weight, boolean phrases, boolean baseLemmas) {
    this(knownWord, weight, phrases, baseLemmas, w -> true, w -> true, null);
  }

  private TableGeneralizer(Predicate<String> knownWord, double weight, boolean phrases, boolean baseLemmas,
      Predicate<String> verb, Predicate<String> written, BiPredicate<String, String> graded) {
    this.knownWord = knownWord;
    this.weight = weight;
    this.phrases = phrases;
    this.baseLemmas = baseLemmas;
    this.verb = verb;
    this.written = written;
    this.graded = graded;
  }

  /**
   * This generaliser re-inflecting a phrase entry only where both first words are forms of a verb ({@code verb}, of a
   * lemma) and the new forms are words as written ({@code written}, of a surface form): a trial's table had "after"
   * -> "in the wake of" turned into "aftered" -> "woke of", "car" -> "motor vehicle" into "cars" -> "motors vehicle"
   * (a noun phrase inflects its last word) and "buy up" -> "snap up" into "snaped up".
   */
  public TableGeneralizer withWords(Predicate<String> verb, Predicate<String> written) {
    return new TableGeneralizer(knownWord, weight, phrases, baseLemmas, verb, written, graded);
  }

  /**
   * This generaliser also turning an entry between two graded forms of adjectives in the same grade into a lemma
   * entry of their lemmas (with the base-form rule): "bigger" -> "larger" and "biggest" -> "most massive" give "big"
   * -> "large" and "big" -> "massive". A graded form is one word ({@link Inflections#gradedReadings}) or "more" or
   * "most" before an adjective English grades so, and {@code graded.test(form, lemma)} must say it is that lemma's
   * (an adjective's, not an agent noun's: {@code SpinnerModels.graded}).
   */
  public TableGeneralizer withGradedForms(BiPredicate<String, String> graded) {
    return new TableGeneralizer(knownWord, weight, phrases, baseLemmas, verb, written,
        Objects.requireNonNull(graded, "graded"));
  }

  /**
   * A generaliser with both rules at {@value #DEFAULT_WEIGHT}.
   *
   * @param knownWord vocabulary: derived inflections and lemmas must be known words (rejects "apparels")
   */
  public static TableGeneralizer create(Predicate<String> knownWord) {
    return new TableGeneralizer(knownWord, DEFAULT_WEIGHT, true, true);
  }

  /**
   * The generaliser of {@code unspin learn --generalise} with its thesauri: derived words must be known to WordNet or
   * Moby ({@link SpinnerModels#vocabulary}), graded forms are WordNet adjectives' ({@link
   * #withGradedForms}, {@link SpinnerModels#graded}), and a phrase is re-inflected only on WordNet
   * verbs into forms written in the Brown corpus ({@code brown}, {@code WordCounts.brown}), the bundled clean news
   * ({@link SpinnerModels#newsWordCounts}) or the thesauri ({@link #withWords}). The restoration
   * measurement ({@code LeaveOneOriginalOut -Dgeneralise=true}) uses it too, so it measures the table users get.
   */
  public static TableGeneralizer withThesauri(WordNet wordNet, Moby moby,
      Map<String, Integer> brown) {
    Thesaurus t = Thesauri.union(wordNet, moby);
    Set<String> written = new HashSet<>(brown.keySet());
    written.addAll(SpinnerModels.newsWordCounts().keySet());
    return create(SpinnerModels.vocabulary(t))
        .withGradedForms(SpinnerModels.graded(wordNet))
        .withWords(w -> wordNet.partsOfSpeech(w).contains(PartOfSpeech.VERB),
            w -> written.contains(w) || t.contains(w));
  }

  /** Like {@link #create(Predicate)} with explicit weight and rules. */
  public static TableGeneralizer create(Predicate<String> knownWord, double weight, boolean phrases,
      boolean baseLemmas) {
    if (!(weight > 0 && weight <= 1)) {
      throw new IllegalArgumentException("weight must be in (0, 1]: " + weight);
    }
    return new TableGeneralizer(knownWord, weight, phrases, baseLemmas);
  }

  /** The table with the derived entries added (same family, keep probabilities and metadata). */
  public SpinnerTable generalise(SpinnerTable table) {
    Set<String> surface = new HashSet<>();
    Set<String> lemma = new HashSet<>();
    for (TableEntry e : table.entries()) {
      String k = e.original().toLowerCase(Locale.ROOT) + "\t" + e.spun().toLowerCase(Locale.ROOT);
      (e.level() == TableEntry.Level.SURFACE ? surface : lemma).add(k);
    }
    SpinnerTable.Builder b = table.toBuilder();
    // an original's surface entries and keep probability may not sum over 1 (SpinnerTables refuses such a table):
    // a derived entry gets at most what is left ("bought", seen as "bought" -> "snapped up" and kept, had summed to
    // 1.21 with "bought" -> "purchased" derived from "buy" -> "purchase")
    Map<String, Double> mass = SpinnerTables.mass(table);
    int added = 0;
    for (TableEntry e : table.entries()) {
      if (e.level() != TableEntry.Level.SURFACE || !e.original().equals(e.original().toLowerCase(Locale.ROOT))
          || !e.spun().equals(e.spun().toLowerCase(Locale.ROOT))) {
        continue;
      }
      String[] o = e.original().split(" ", 2);
      String[] s = e.spun().split(" ", 2);
      boolean phrase = o.length > 1 || s.length > 1;
      double p = e.probability() * weight;
      Inflections.Reading go = baseLemmas && graded != null ? gradedReading(e.original()) : null;
      Inflections.Reading gs = go == null ? null : gradedReading(e.spun());
      if (gs != null) {
        if (gs.form() == go.form() && !go.lemma().equals(gs.lemma())
            && lemma.add(go.lemma() + "\t" + gs.lemma())) {
          b.add(new TableEntry(TableEntry.Level.LEMMA, go.lemma(), gs.lemma(), p, 0));
          added++;
        }
      } else if (phrase && phrases) {
        // a phrase that keeps the original word ("price" -> "price tag", "plan" -> "game plan") inflects that word,
        // its head, not its first one ("prices tag", "plans" -> "games plan" had been derived)
        boolean keepsWord = (" " + e.spun() + " ").contains(" " + e.original() + " ");
        for (Inflections.Reading[] r : keepsWord ? List.<Inflections.Reading[]>of() : readings(o[0], s[0])) {
          if (!verb.test(r[0].lemma()) || !verb.test(r[1].lemma())) {
            continue;
          }
          for (Inflections.Form f : FORMS) {
            if (f == r[0].form()) {
              continue;
            }
            String oi = Inflections.inflect(r[0].lemma(), f);
            String si = Inflections.inflect(r[1].lemma(), f);
            if (!knownWord.test(oi) || !knownWord.test(si) || !written.test(oi) || !written.test(si)) {
              continue;
            }
            String no = o.length > 1 ? oi + " " + o[1] : oi;
            String ns = s.length > 1 ? si + " " + s[1] : si;
            double room = 1 - mass.getOrDefault(no, 0.0);
            if (!no.equals(ns) && room > MIN_PROBABILITY && surface.add(no + "\t" + ns)) {
              double q = Math.min(p, room);
              b.add(new TableEntry(TableEntry.Level.SURFACE, no, ns, q, 0));
              mass.merge(no, q, Double::sum);
              added++;
            }
          }
        }
      } else if (!phrase && baseLemmas && isBase(o[0]) && isBase(s[0]) && knownWord.test(o[0])
          && knownWord.test(s[0]) && !o[0].equals(s[0]) && lemma.add(o[0] + "\t" + s[0])) {
        b.add(new TableEntry(TableEntry.Level.LEMMA, o[0], s[0], p, 0));
        added++;
      }
    }
    b.metadata("generalised", added + " entries derived morphologically at weight " + weight);
    return b.build();
  }

  /** The reading of {@code w} as a graded adjective whose lemma is a known word, or null. */
  private Inflections.Reading gradedReading(String w) {
    return Inflections.gradedReading(w, (form, lemma) -> knownWord.test(lemma) && graded.test(form, lemma));
  }

  /**
   * Shared readings of two first words: both inflected alike ("ended" / "found"), or both base forms of known
   * lemmas ("end" / "find").
   */
  private List<Inflections.Reading[]> readings(String a, String b) {
    List<Inflections.Reading[]> shared = Inflections.sharedForms(a, b, knownWord);
    if (!shared.isEmpty()) {
      return Collections.singletonList(shared.get(0));
    }
    if (a.length() > 1 && b.length() > 1 && isBase(a) && isBase(b) && knownWord.test(a) && knownWord.test(b)) {
      return Collections.singletonList(new Inflections.Reading[] {
        new Inflections.Reading(a, Inflections.Form.BASE), new Inflections.Reading(b, Inflections.Form.BASE)});
    }
    return List.of();
  }

  /**
   * True when no reading of {@code w} other than the base form inflects back to it from another known lemma: "shut",
   * also its own past, is a base form; "found", the past of "find", is not.
   */
  private boolean isBase(String w) {
    if (w.length() < 3 || !Character.isLetter(w.charAt(0))) {
      return false;
    }
    for (Inflections.Reading r : Inflections.inflectedReadings(w)) {
      if (!r.lemma().equals(w) && knownWord.test(r.lemma())) {
        return false;
      }
    }
    return true;
  }
}
