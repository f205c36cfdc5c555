// SPDX-License-Identifier: Apache-2.0
package org.unspin.thesaurus;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * WordNet pointer types, as the {@code pointer_symbol}s of the WNDB data files (wndb(5WN)).
 *
 * @since 0.1
 */
public enum Relation {
  ANTONYM("!"),
  HYPERNYM("@"),
  INSTANCE_HYPERNYM("@i"),
  HYPONYM("~"),
  INSTANCE_HYPONYM("~i"),
  MEMBER_HOLONYM("#m"),
  SUBSTANCE_HOLONYM("#s"),
  PART_HOLONYM("#p"),
  MEMBER_MERONYM("%m"),
  SUBSTANCE_MERONYM("%s"),
  PART_MERONYM("%p"),
  ATTRIBUTE("="),
  DERIVATION("+"),
  DOMAIN_TOPIC(";c"),
  MEMBER_OF_DOMAIN_TOPIC("-c"),
  DOMAIN_REGION(";r"),
  MEMBER_OF_DOMAIN_REGION("-r"),
  DOMAIN_USAGE(";u"),
  MEMBER_OF_DOMAIN_USAGE("-u"),
  ENTAILMENT("*"),
  CAUSE(">"),
  ALSO_SEE("^"),
  VERB_GROUP("$"),
  SIMILAR_TO("&"),
  PARTICIPLE("<"),
  /** Pertainym for adjectives, "derived from adjective" for adverbs. */
  PERTAINYM("\\"),
  /** Any symbol this enum does not know. */
  OTHER("?");

  /**
   * The links {@link Thesaurus#related(String)} follows by default: near-synonym links (similar-to, also-see,
   * verb group), morphological links (derivation, pertainym, participle) and one step up or down the hierarchy
   * (hypernym, hyponym). Antonyms, meronyms and domains are left out.
   */
  public static final Set<Relation> NEAR = Collections.unmodifiableSet(EnumSet.of(SIMILAR_TO, ALSO_SEE, VERB_GROUP,
      DERIVATION, PERTAINYM, PARTICIPLE, HYPERNYM, HYPONYM));

  /** Like {@link #NEAR} without the hierarchy: links between words that can stand for each other. */
  public static final Set<Relation> LATERAL = Collections.unmodifiableSet(EnumSet.of(SIMILAR_TO, ALSO_SEE,
      VERB_GROUP, DERIVATION, PERTAINYM, PARTICIPLE));

  private final String symbol;

  Relation(String symbol) {
    this.symbol = symbol;
  }

  /** The pointer symbol in the WNDB files. */
  public String symbol() {
    return symbol;
  }

  /** The relation of a pointer symbol; {@link #OTHER} when unknown. */
  public static Relation ofSymbol(String symbol) {
    for (Relation r : values()) {
      if (r.symbol.equals(symbol)) {
        return r;
      }
    }
    return OTHER;
  }
}
