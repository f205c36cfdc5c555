// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.unspin.thesaurus.Terms;
import org.unspin.thesaurus.Thesaurus;

/** A symmetric thesaurus from a few hand-written synonym pairs. */
final class FakeThesaurus implements Thesaurus {

  private final Map<String, Set<String>> syn = new HashMap<>();

  static FakeThesaurus of(String... pairs) {
    FakeThesaurus t = new FakeThesaurus();
    for (String p : pairs) {
      String[] ab = p.split("=");
      t.syn.computeIfAbsent(Terms.normalize(ab[0]), k -> new HashSet<>()).add(Terms.normalize(ab[1]));
      t.syn.computeIfAbsent(Terms.normalize(ab[1]), k -> new HashSet<>()).add(Terms.normalize(ab[0]));
    }
    return t;
  }

  @Override
  public String name() {
    return "fake";
  }

  @Override
  public boolean contains(String term) {
    return syn.containsKey(Terms.normalize(term));
  }

  @Override
  public Set<String> synonyms(String term) {
    return syn.getOrDefault(Terms.normalize(term), Set.of());
  }

  @Override
  public int size() {
    return syn.size();
  }
}
