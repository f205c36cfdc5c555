// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.unspin.DefaultModels;
import org.unspin.Unspinner;
import org.unspin.decode.Decoder;
import org.unspin.decode.SentenceDecoding;
import org.unspin.decode.SpanEdit;
import org.unspin.lexicon.Candidate;
import org.unspin.lexicon.ChannelModel;
import org.unspin.lexicon.learn.PhraseLists;
import org.unspin.lm.LanguageModel;
import org.unspin.lm.LmState;
import org.unspin.text.Words;

/**
 * Why {@code eval --tortured} misses held-out phrases its candidates reach (a development tool, not shipped). The list
 * is split as the evaluation splits it; each held-out phrase is put in the evaluation's sentence and the list family's
 * channel (with the open channel, as restoration mixes them) is asked for the sentence's candidates. A row is reachable
 * when some path of kept words and candidates writes its expected phrase (first spelling). Each reachable miss is
 * classified by comparing the expected path's score (weighted LM plus channel and keep terms) with the restoration's:
 * the channel, the LM or both prefer what was chosen, or the expected path scores better and was lost to the posterior
 * or to pruning; and by why it is lost ({@link #lostBy}: the spun words kept or another reading chosen, the LM's
 * preference, another inflection of the expected words), counted with the origins of the candidates on the expected
 * path. The details file gives each miss's decoder edits with their origins and posteriors. Each unreached row is
 * classified word by word against its expected phrase (the worst word's link: a candidate, a list entry of the word or
 * of its lemma, a thesaurus neighbour of the word or of its lemma, the same lemma, a spelling within two edits, none),
 * or by its shape where the lengths differ. Run after {@code mvn -pl cli test-compile}: {@code java -Xmx4g -cp
 * "cli/target/test-classes:cli/target/classes:cli/target/lib/*" org.unspin.cli.TorturedReach LIST [DETAILS.tsv]}.
 */
public final class TorturedReach {

  private TorturedReach() {}

  public static void main(String[] args) throws Exception {
    Path list = Path.of(args[0]);
    List<PhraseLists.Row> rows = PhraseLists.read(list);
    List<PhraseLists.Row> train = new ArrayList<>();
    List<PhraseLists.Row> test = new ArrayList<>();
    for (PhraseLists.Row r : rows) {
      (PhraseLists.heldOut(r) ? test : train).add(r);
    }
    Path half = Files.createTempFile("unspin-reach-", ".tsv");
    StringBuilder sb = new StringBuilder();
    for (PhraseLists.Row r : train) {
      sb.append(r.tortured()).append('\t').append(r.expected()).append('\n');
    }
    Files.writeString(half, sb, StandardCharsets.UTF_8);
    Unspinner u = DefaultModels.load(org.unspin.fetch.Store.fromEnvironment(), org.unspin.fetch.Progress.NONE,
        new DefaultModels.Options(null, half, List.of())).unspinner();
    Decoder decoder = (Decoder) field(u, "decoder");
    ChannelModel family = (ChannelModel) field(u, "listFamily");
    ChannelModel open = (ChannelModel) field(u, "open");
    ChannelModel channel = org.unspin.lexicon.NameGuard.of(open == null ? family
        : org.unspin.decode.MixedChannel.of(family, open));
    LanguageModel lm = decoder.languageModel();
    double w = decoder.settings().lmWeight();
    java.util.function.ToDoubleBiFunction<String, String> assoc = DefaultModels.association(lm);
    Map<String, Integer> counts = new TreeMap<>();
    org.unspin.fetch.Store store = org.unspin.fetch.Store.fromEnvironment();
    org.unspin.thesaurus.WordNet wn = org.unspin.thesaurus.Thesauri.wordNet(store, org.unspin.fetch.Progress.NONE);
    org.unspin.thesaurus.Thesaurus both = org.unspin.thesaurus.Thesauri.union(wn,
        org.unspin.thesaurus.Thesauri.moby(store, org.unspin.fetch.Progress.NONE));
    org.unspin.thesaurus.Morphology morph = org.unspin.thesaurus.Morphology.english(wn);
    org.unspin.lexicon.CandidateSource entries = org.unspin.lexicon.CandidateSource.of(
        PhraseLists.wordTable(train, org.unspin.lexicon.SpinnerModels.vocabulary(both)), Candidate.Origin.PHRASE_WORD);
    Map<String, Integer> unreachedKinds = new TreeMap<>();
    Map<String, Integer> lostBy = new TreeMap<>();
    java.io.PrintWriter details = args.length > 1
        ? new java.io.PrintWriter(Files.newBufferedWriter(Path.of(args[1]))) : null;
    for (PhraseLists.Row r : test) {
      String spun = String.format(Locale.ROOT, TorturedPhraseEvaluation.TEMPLATE, r.torturedText());
      String restored = u.restore(spun, true).text();
      boolean ok = false;
      for (String form : r.expectedForms()) {
        ok |= restored.equalsIgnoreCase(String.format(Locale.ROOT, TorturedPhraseEvaluation.TEMPLATE, form));
      }
      List<String> ws = Words.of(spun);
      List<String> target = Words.of(String.format(Locale.ROOT, TorturedPhraseEvaluation.TEMPLATE,
          r.expectedForms().get(0)));
      List<List<Candidate>> cands = new ArrayList<>();
      for (int i = 0; i < ws.size(); i++) {
        cands.add(channel.candidates(ws, i));
      }
      Route best = bestPath(ws, target, cands, channel);
      String kind;
      String why = "";
      if (ok) {
        kind = "right";
      } else if (best == null) {
        kind = restored.equals(spun) ? "unreached, unchanged" : "unreached, changed";
        why = unreached(r, both, morph, entries, cands, ws);
        unreachedKinds.merge(why.replaceAll(":.*", ""), 1, Integer::sum);
      } else {
        SentenceDecoding d = decoder.decode(ws, channel);
        List<String> chosen = new ArrayList<>();
        double chosenChannel = 0;
        int i = 0;
        for (SpanEdit e : d.edits()) {
          for (; i < e.start(); i++) {
            chosen.add(ws.get(i));
            chosenChannel += keep(channel, ws.get(i));
          }
          chosen.addAll(List.of(e.original().split(" ")));
          chosenChannel += e.log10Channel();
          i = e.start() + e.length();
        }
        for (; i < ws.size(); i++) {
          chosen.add(ws.get(i));
          chosenChannel += keep(channel, ws.get(i));
        }
        double lmExpected = w * sentence(lm, best.words);
        double lmChosen = w * sentence(lm, chosen);
        double exp = lmExpected + best.channel;
        double got = lmChosen + chosenChannel;
        String side = restored.equals(spun) ? "unchanged" : "changed";
        if (exp > got) {
          kind = "reached, " + side + ", expected scores better (posterior/pruning)";
        } else if (lmExpected >= lmChosen) {
          kind = "reached, " + side + ", channel prefers the choice";
        } else if (best.channel >= chosenChannel) {
          kind = "reached, " + side + ", LM prefers the choice";
        } else {
          kind = "reached, " + side + ", both prefer the choice";
        }
        StringBuilder made = new StringBuilder();
        for (SpanEdit e : d.edits()) {
          made.append(String.format(Locale.ROOT, "[%s->%s %s %.2f p%.2f]",
              String.join(" ", ws.subList(e.start(), e.start() + e.length())), e.original(), e.origin(),
              e.log10Channel(), e.confidence()));
        }
        why = String.format(Locale.ROOT, "lm %.2f vs %.2f; channel %.2f vs %.2f; path %s; chose %s; assoc %s; "
            + "edits %s", lmExpected, lmChosen, best.channel, chosenChannel, best.how, String.join(" ", chosen),
            pairs(assoc, ws, best.words), made);
        String lost = lostBy(exp > got, restored.equals(spun), lmExpected >= lmChosen,
            sameLemmas(morph, Words.of(restored), target));
        lostBy.merge(lost, 1, Integer::sum);
        lostBy.merge(lost + " | expected path: " + origins(best.how), 1, Integer::sum);
        why = lost + "; " + why;
      }
      counts.merge(kind, 1, Integer::sum);
      if (best != null && ok) {
        counts.merge("(right and reached)", 1, Integer::sum);
      }
      if (details != null) {
        details.println(kind + "\t" + r.torturedText() + "\t" + r.expected() + "\t" + restored + "\t" + why);
      }
    }
    if (details != null) {
      details.close();
    }
    System.out.println("held-out rows: " + test.size());
    counts.forEach((k, v) -> System.out.println(v + "\t" + k));
    System.out.println("reachable misses by why they are lost (and by the candidates on the expected path):");
    lostBy.forEach((k, v) -> System.out.println(v + "\t" + k));
    System.out.println("unreached rows by kind:");
    unreachedKinds.forEach((k, v) -> System.out.println(v + "\t" + k));
    Files.deleteIfExists(half);
  }

  /**
   * Why an unreached row is out of the lattice: the expected phrase against the tortured one word by word (same
   * length) and the worst word's kind, or the shape of the row when the lengths differ.
   */
  private static String unreached(PhraseLists.Row r, org.unspin.thesaurus.Thesaurus both,
      org.unspin.thesaurus.Morphology morph, org.unspin.lexicon.CandidateSource entries, List<List<Candidate>> cands,
      List<String> sentence) {
    List<String> t = Words.of(r.torturedText().toLowerCase(Locale.ROOT));
    List<String> e = Words.of(r.expectedForms().get(0).toLowerCase(Locale.ROOT));
    String tj = String.join("", t).replace("-", "");
    String ej = String.join("", e).replace("-", "");
    if (tj.equals(ej)) {
      return "hyphen or spacing only";
    }
    if (t.size() != e.size()) {
      int shared = 0;
      for (String w : t) {
        shared += e.contains(w) ? 1 : 0;
      }
      return (t.size() > e.size() ? "longer tortured" : "shorter tortured") + (shared > 0 ? ", shares words" : "")
          + ": " + t.size() + ":" + e.size();
    }
    int worst = 0;
    String[] names = {"same", "word candidate in lattice", "list entry (pruned)", "list entry of its lemma",
        "thesaurus neighbour",
        "neighbour of lemma/inflection", "morphology only", "spelling (edit distance <= 2)", "no link"};
    StringBuilder detail = new StringBuilder();
    int off = 3; // "We report the"
    for (int i = 0; i < t.size(); i++) {
      String w = t.get(i);
      String x = e.get(i);
      int k;
      if (w.equals(x)) {
        k = 0;
      } else {
        k = 8;
        boolean inLattice = false;
        if (off + i < cands.size()) {
          for (Candidate c : cands.get(off + i)) {
            inLattice |= c.length() == 1 && c.original().equalsIgnoreCase(x);
          }
        }
        List<Candidate> got = new ArrayList<>();
        entries.propose(List.of(w), 0, "phrases", got);
        boolean entry = got.stream().anyMatch(c -> c.original().equalsIgnoreCase(x));
        boolean lemmaEntry = false;
        for (String lw : morph.lemmas(w)) {
          List<Candidate> viaLemma = new ArrayList<>();
          entries.propose(List.of(lw), 0, "phrases", viaLemma);
          for (Candidate c : viaLemma) {
            lemmaEntry |= !java.util.Collections.disjoint(morph.lemmas(c.original().toLowerCase(Locale.ROOT)),
                morph.lemmas(x)) || c.original().equalsIgnoreCase(x);
          }
        }
        boolean near = both.synonyms(w).contains(x);
        boolean nearLemma = false;
        for (String lw : morph.lemmas(w)) {
          for (String lx : morph.lemmas(x)) {
            nearLemma |= both.synonyms(lw).contains(lx);
          }
        }
        boolean sameLemma = !java.util.Collections.disjoint(morph.lemmas(w), morph.lemmas(x));
        if (inLattice) {
          k = 1;
        } else if (entry) {
          k = 2;
        } else if (lemmaEntry) {
          k = 3;
        } else if (near) {
          k = 4;
        } else if (nearLemma) {
          k = 5;
        } else if (sameLemma) {
          k = 6;
        } else if (distance(w, x) <= 2) {
          k = 7;
        }
      }
      worst = Math.max(worst, k);
      detail.append(w).append('/').append(x).append('=').append(k).append(' ');
    }
    return "same length, worst word: " + names[worst] + ": " + detail.toString().strip();
  }

  /**
   * Why a reachable miss is lost: the expected path scores better than the restoration's (the posterior bar or
   * pruning); another spelling of the expected words' lemmas was written (inflection); else whether the spun words
   * were kept or another reading won, and whether the LM (so the channel's price) or the LM itself decided.
   */
  static String lostBy(boolean expectedBetter, boolean unchanged, boolean lmPrefersExpected, boolean sameLemmas) {
    if (expectedBetter) {
      return "the expected path scores better: lost to the posterior bar or pruning";
    }
    if (!unchanged && sameLemmas) {
      return "another inflection of the expected phrase wins";
    }
    if (unchanged) {
      return lmPrefersExpected ? "kept: the LM prefers the expected phrase, the channel's price is too high"
          : "kept: the LM prefers the written form";
    }
    return lmPrefersExpected ? "another reading wins on the channel (the LM prefers the expected phrase)"
        : "another reading wins on the LM";
  }

  /** Whether the words {@code a} and {@code b} are as many and each pair is equal or shares a lemma. */
  private static boolean sameLemmas(org.unspin.thesaurus.Morphology morph, List<String> a, List<String> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      String x = a.get(i).toLowerCase(Locale.ROOT);
      String y = b.get(i).toLowerCase(Locale.ROOT);
      if (!x.equals(y) && java.util.Collections.disjoint(morph.lemmas(x), morph.lemmas(y))) {
        return false;
      }
    }
    return true;
  }

  /** The candidates' origins on a path ({@link Route#how}), sorted, joined by "+"; "kept words" for none. */
  private static String origins(String how) {
    java.util.TreeSet<String> out = new java.util.TreeSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(" ([A-Z_]{3,}) -?[0-9]").matcher(how);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out.isEmpty() ? "kept words" : String.join("+", out);
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int swap = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, swap);
      }
      int[] tmp = prev;
      prev = cur;
      cur = tmp;
    }
    return prev[b.length()];
  }

  /** A path through the lattice: its words, channel and keep terms, and how it was made. */
  private record Route(List<String> words, double channel, String how) {}

  private static double keep(ChannelModel channel, String word) {
    String c = Words.canonical(word);
    return Words.isLexical(c) ? Math.min(0, channel.log10Keep(c)) : 0;
  }

  /** The best-channel path of kept words and candidates over {@code ws} that writes {@code target}, or null. */
  private static Route bestPath(List<String> ws, List<String> target, List<List<Candidate>> cands,
      ChannelModel channel) {
    int n = ws.size();
    // state: position in ws, position in target
    Map<Long, Route> at = new java.util.HashMap<>();
    at.put(0L, new Route(List.of(), 0, ""));
    for (int i = 0; i < n; i++) {
      for (int t = 0; t <= target.size(); t++) {
        Route p = at.get(((long) i << 32) | t);
        if (p == null) {
          continue;
        }
        if (t < target.size() && ws.get(i).equalsIgnoreCase(target.get(t))) {
          offer(at, i + 1, t + 1, p, List.of(ws.get(i)), keep(channel, ws.get(i)), "");
        }
        for (Candidate c : cands.get(i)) {
          if (c.start() != i) {
            continue;
          }
          String[] o = c.original().split(" ");
          boolean fits = t + o.length <= target.size();
          for (int k = 0; fits && k < o.length; k++) {
            fits = o[k].equalsIgnoreCase(target.get(t + k));
          }
          if (fits) {
            double ch = c.log10Channel() + penalty(c);
            offer(at, i + c.length(), t + o.length, p, List.of(o), ch,
                String.format(Locale.ROOT, "[%s->%s %s %.2f]", String.join(" ", ws.subList(i, i + c.length())),
                    c.original(), c.origin(), ch));
          }
        }
      }
    }
    return at.get(((long) n << 32) | target.size());
  }

  /** The decoder's extra penalty for open, thesaurus and morphology candidates (DecoderSettings defaults). */
  private static double penalty(Candidate c) {
    org.unspin.decode.DecoderSettings d = org.unspin.decode.DecoderSettings.DEFAULTS;
    if (c.origin() == Candidate.Origin.NEURAL) {
      return d.neuralLog10Penalty();
    }
    if (ChannelModel.OPEN.equals(c.family()) || c.origin() == Candidate.Origin.THESAURUS) {
      return d.openLog10Penalty();
    }
    return c.origin() == Candidate.Origin.MORPHOLOGY ? d.derivedLog10Penalty() : 0;
  }

  private static void offer(Map<Long, Route> at, int i, int t, Route p, List<String> add, double score, String how) {
    long key = ((long) i << 32) | t;
    Route old = at.get(key);
    if (old == null || old.channel < p.channel + score) {
      List<String> words = new ArrayList<>(p.words);
      words.addAll(add);
      at.put(key, new Route(words, p.channel + score, p.how + how));
    }
  }

  private static double sentence(LanguageModel lm, List<String> words) {
    LmState s = lm.newState();
    lm.beginSentence(s);
    double sum = 0;
    for (String w : words) {
      String c = Words.canonical(w);
      int id = lm.vocabulary().id(c);
      if (!Words.isLexical(c) && id == lm.vocabulary().unknownId()) {
        continue;
      }
      sum += lm.log10Score(s, id, s);
    }
    return sum + lm.log10EndSentence(s);
  }

  /** The association of each written word pair of the phrase and of the expected one, where the lengths agree. */
  private static String pairs(java.util.function.ToDoubleBiFunction<String, String> assoc, List<String> ws,
      List<String> expected) {
    if (ws.size() != expected.size()) {
      return "-";
    }
    StringBuilder b = new StringBuilder();
    for (int i = 3; i + 1 < ws.size() - 3; i++) {
      String a = ws.get(i).toLowerCase(Locale.ROOT);
      String c = ws.get(i + 1).toLowerCase(Locale.ROOT);
      String x = expected.get(i).toLowerCase(Locale.ROOT);
      String y = expected.get(i + 1).toLowerCase(Locale.ROOT);
      b.append(String.format(Locale.ROOT, "(%s %s %.1f / %s %s %.1f)", a, c, assoc.applyAsDouble(a, c), x, y,
          assoc.applyAsDouble(x, y)));
    }
    return b.toString();
  }

  private static Object field(Object o, String name) throws ReflectiveOperationException {
    java.lang.reflect.Field f = o.getClass().getDeclaredField(name);
    f.setAccessible(true);
    return f.get(o);
  }
}
