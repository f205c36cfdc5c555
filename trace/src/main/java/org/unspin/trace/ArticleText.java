// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the article of a web page: the element that holds most of its prose, without the menus, sidebars, related
 * links, share buttons, comments and footers around it. A spun page is a copied article inside a site's template;
 * the template's headlines and link lists are not the copy, and left in they dilute the evidence the detector
 * weighs and give the decoder menus to "restore".
 *
 * <p>How (in the manner of readability-style extractors):
 * <ol>
 *   <li>Boilerplate is what HTML says it is ({@code nav}, {@code aside}, {@code footer}, {@code form}, a
 *       {@code header} outside an {@code article} or {@code main}, ARIA roles such as {@code navigation} or
 *       {@code complementary}, hidden elements) or what its class or id names ({@link #BOILERPLATE_NAMES}: "menu",
 *       "sidebar", "widget", "related", "share", "comments", "cookie", ...), unless that element holds most of the
 *       page's prose (a content wrapper named "has-sidebar" is not a sidebar).
 *   <li>Where the page declares its content in one {@code main} or {@code article} ({@link #declaredContent}), and
 *       all its prose outside it is in template parts, the article is sought inside it: that prose is boilerplate.
 *   <li>Every text block outside boilerplate (a paragraph, or any block element's own text) of at least
 *       {@value #MIN_BLOCK_WORDS} words and with under {@value #MAX_LINK_DENSITY} of its characters in links scores
 *       its length to itself and its parent, half of it to its grandparent and a third to the element above.
 *   <li>The best-scoring element, or the lowest element above it that holds {@value #MIN_ARTICLE_SHARE} of the
 *       prose (an article in sections), but none above the declared one, is the article; its boilerplate and link
 *       lists are dropped, and when it holds no {@code h1} or {@code h2} the nearest one before it (or the page's
 *       only {@code h1}) is put first as its headline.
 * </ol>
 * A page with no prose block (a list of links, a page of short lines) is {@link Optional#empty()}: callers then
 * keep the whole page's text.
 *
 * <p>Stateless and thread-safe; it edits the document it is given.
 *
 * @since 0.1
 */
final class ArticleText {

  /** Fewest words of a text block that counts as prose. */
  static final int MIN_BLOCK_WORDS = 8;

  /** Largest share of a prose block's characters that may be link text. */
  static final double MAX_LINK_DENSITY = 0.33;

  /** Smallest share of the page's prose (outside boilerplate) the article holds. */
  static final double MIN_ARTICLE_SHARE = 0.75;

  /** Share of the page's prose above which an element named like boilerplate is kept: it is the content. */
  static final double MAX_BOILERPLATE_SHARE = 0.5;

  /** Elements that are boilerplate wherever they are. */
  private static final String BOILERPLATE_TAGS = "nav, aside, footer, form, button, select, textarea, iframe, svg, "
      + "menu, dialog, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], "
      + "[role=dialog], [role=alert], [aria-hidden=true], [hidden]";

  /** Words of class and id names that mark template parts rather than the article. */
  static final Set<String> BOILERPLATE_NAMES = Set.of("nav", "navbar", "navigation", "menu", "menubar", "footer",
      "sidebar", "widget", "widgets", "breadcrumb", "breadcrumbs", "comment", "comments", "disqus", "respond", "share",
      "sharing", "sharedaddy", "social", "related", "yarpp", "recommended", "promo", "advert", "advertisement", "ads",
      "sponsored", "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe", "subscription", "signup",
      "popup", "modal", "masthead", "pagination", "pager", "tags", "tagcloud");

  private static final Pattern NAME_WORDS = Pattern.compile("[^a-z0-9]+");

  private ArticleText() {}

  /** The article element of {@code doc}, pruned of boilerplate, or empty when the page has none. */
  static Optional<Element> find(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return Optional.empty();
    }
    List<Element> blocks = new ArrayList<>();
    Map<Element, Integer> own = new IdentityHashMap<>();
    int total = 0;
    for (Element e : body.getAllElements()) {
      if (!e.isBlock() && !e.normalName().equals("p")) {
        continue;
      }
      String text = ownText(e);
      int words = words(text);
      if (words < MIN_BLOCK_WORDS || linkDensity(e, text.length()) > MAX_LINK_DENSITY) {
        continue;
      }
      blocks.add(e);
      own.put(e, text.length());
      total += text.length();
    }
    if (total == 0) {
      return Optional.empty();
    }
    // the prose under each element, so that an element's share of the page is one lookup
    Map<Element, Integer> under = new IdentityHashMap<>();
    for (Element b : blocks) {
      addUp(under, b, own.get(b));
    }
    Set<Element> template = templateParts(body);
    Set<Element> boilerplate = boilerplate(template, under, total);
    // the element the page declares its content in is where the article is: a short article in <main><article>
    // scored below a footer's legal notice, and a footer holding more prose than it (with a newsletter blurb) was not
    // boilerplate, so the notice became the article, or part of it, in 1,402 of 3,000 short pages of a crawl trial,
    // each then a source of every other page of its site
    Element declared = declaredContent(body, blocks, template, under, total);
    if (declared != null) {
      for (Element b : blocks) {
        if (b != declared && !b.parents().contains(declared)) {
          boilerplate.add(b);
        }
      }
    }
    Map<Element, Double> score = new java.util.LinkedHashMap<>(); // in page order: ties go the same way each time
    Map<Element, Integer> kept = new IdentityHashMap<>(); // prose outside boilerplate under each element
    int prose = 0;
    for (Element b : blocks) {
      if (inside(b, boilerplate)) {
        continue;
      }
      int len = own.get(b);
      prose += len;
      score.merge(b, (double) len, Double::sum); // a block that is the article on its own (one <div> of text)
      Element up = b.parent();
      for (int level = 1; level <= 3 && up != null; level++, up = up.parent()) {
        score.merge(up, len / (double) level, Double::sum);
      }
      addUp(kept, b, len);
    }
    Element best = null;
    for (Map.Entry<Element, Double> e : score.entrySet()) {
      if (best == null || e.getValue() >= score.get(best)) { // on a tie the element above, with its headings
        best = e.getKey();
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    // an article in sections (one element each) is their common container: go up until most of the prose is in
    while (kept.getOrDefault(best, 0) < MIN_ARTICLE_SHARE * prose && best.parent() != null && best != body
        && best != declared) {
      best = best.parent();
    }
    Element headline = best.selectFirst("h1, h2") == null ? headline(doc, best, boilerplate) : null;
    for (Element e : new ArrayList<>(boilerplate)) {
      if (e.parents().contains(best)) {
        e.remove();
      }
    }
    for (Element list : best.select("ul, ol")) {
      String text = list.text();
      if (list != best && !text.isEmpty() && linkDensity(list, text.length()) > 0.5) {
        list.remove(); // a list of links: related articles, tags
      }
    }
    if (headline != null) {
      best.prependChild(headline.clone());
    }
    return Optional.of(best);
  }

  /**
   * Smallest share of the page's prose that the element a page declares its content in ({@link #declaredContent})
   * holds for the article to be sought in it alone.
   */
  static final double MIN_DECLARED_SHARE = 0.2;

  /**
   * The element the page declares its content in: its {@code main} (or {@code role=main}) where it has one only, else
   * its {@code article} where it has one only (a page of several articles is a list of them), if it holds
   * {@value #MIN_DECLARED_SHARE} of the page's {@code total} prose ({@code under}: the prose under each element) and
   * every prose block of {@code blocks} outside it is inside one of the {@code template} parts, a footer holding most
   * of the prose included (a page whose article element holds a teaser, its text in a plain element beside it, is
   * read as before); null otherwise.
   */
  static Element declaredContent(Element body, List<Element> blocks, Set<Element> template, Map<Element, Integer> under,
      int total) {
    for (String query : new String[] {"main, [role=main]", "article"}) {
      org.jsoup.select.Elements found = body.select(query);
      if (found.size() == 1) {
        Element e = found.first();
        if (under.getOrDefault(e, 0) < MIN_DECLARED_SHARE * total) {
          return null;
        }
        for (Element b : blocks) {
          if (b != e && !b.parents().contains(e) && !inside(b, template)) {
            return null;
          }
        }
        return e;
      }
    }
    return null;
  }

  /** Adds {@code len} to {@code e} and to every element above it. */
  private static void addUp(Map<Element, Integer> sums, Element e, int len) {
    for (Element up = e; up != null; up = up.parent()) {
      sums.merge(up, len, Integer::sum);
    }
  }

  /**
   * The headline of an article that holds none: the nearest {@code h1} or {@code h2} before it among the preceding
   * siblings of it and of the two elements above it, else the page's only {@code h1}; null if there is none outside
   * boilerplate.
   */
  private static Element headline(Document doc, Element best, Set<Element> boilerplate) {
    Element up = best;
    for (int level = 0; level < 3 && up != null && up != doc.body(); level++, up = up.parent()) {
      for (Element s = up.previousElementSibling(); s != null; s = s.previousElementSibling()) {
        if (inside(s, boilerplate)) {
          continue;
        }
        Element h = s.is("h1, h2") ? s : s.selectFirst("h1, h2");
        if (h != null) {
          return h;
        }
      }
    }
    org.jsoup.select.Elements h1 = doc.select("h1");
    return h1.size() == 1 && !inside(h1.first(), boilerplate) ? h1.first() : null;
  }

  /**
   * The {@code template} parts ({@link #templateParts}) that are boilerplate: those holding at most {@value
   * #MAX_BOILERPLATE_SHARE} of the page's {@code total} prose ({@code under}: the prose under each element).
   */
  private static Set<Element> boilerplate(Set<Element> template, Map<Element, Integer> under, int total) {
    Set<Element> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : template) {
      if (under.getOrDefault(e, 0) <= MAX_BOILERPLATE_SHARE * total) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * The elements of {@code body} its markup or names mark as template parts (boilerplate before the share of prose
   * each holds is weighed).
   */
  private static Set<Element> templateParts(Element body) {
    Set<Element> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    out.addAll(body.select(BOILERPLATE_TAGS));
    for (Element e : body.select("header")) {
      if (e.closest("article, main") == null) {
        out.add(e);
      }
    }
    for (Element e : body.getAllElements()) {
      if (namedLikeBoilerplate(e)) {
        out.add(e);
      }
    }
    out.remove(body);
    return out;
  }

  /** Whether a word of {@code e}'s class or id names a template part. */
  static boolean namedLikeBoilerplate(Element e) {
    if (!e.hasAttr("class") && !e.hasAttr("id")) {
      return false;
    }
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    for (String w : NAME_WORDS.split(names)) {
      if (BOILERPLATE_NAMES.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean inside(Element e, Set<Element> set) {
    if (set.contains(e)) {
      return true;
    }
    for (Element p : e.parents()) {
      if (set.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /** The number of whitespace-separated words of {@code text}. */
  private static int words(String text) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      n += !space && !in ? 1 : 0;
      in = !space;
    }
    return n;
  }

  /** The text of {@code e} that is not inside a block element below it. */
  private static String ownText(Element e) {
    StringBuilder sb = new StringBuilder();
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode) {
        sb.append(((TextNode) n).text());
      } else if (n instanceof Element && !((Element) n).isBlock()) {
        sb.append(' ').append(((Element) n).text()).append(' ');
      }
    }
    return sb.toString();
  }

  /** The share of {@code length} characters of {@code e}'s text that lies in links. */
  private static double linkDensity(Element e, int length) {
    if (length == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return Math.min(1, links / (double) length);
  }
}
