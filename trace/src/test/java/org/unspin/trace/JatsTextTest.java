// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JatsTextTest {

  /** A research article as a publisher's production system writes it, with the usual furniture around its prose. */
  private static final String ARTICLE = String.join("\n",
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
      "<!DOCTYPE article PUBLIC \"-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD v1.3 20210610//EN\""
          + " \"JATS-archivearticle1-3.dtd\">",
      "<article xmlns:mml=\"http://www.w3.org/1998/Math/MathML\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">",
      "<front>",
      "<journal-meta><journal-title-group><journal-title>Journal of Examples</journal-title></journal-title-group>"
          + "</journal-meta>",
      "<article-meta><article-id pub-id-type=\"doi\">10.1234/x.1</article-id>",
      "<title-group><article-title>Profound learning for picture segmentation&#x2014;a survey</article-title>",
      "<trans-title-group xml:lang=\"de\"><trans-title>Tiefes Lernen</trans-title></trans-title-group></title-group>",
      "<contrib-group><contrib><name><surname>Author</surname><given-names>A.</given-names></name></contrib>"
          + "</contrib-group><aff>University of Somewhere</aff>",
      "<abstract><sec><title>Background</title><p>We apply <italic>profound learning</italic> to picture "
          + "segmentation [<xref ref-type=\"bibr\" rid=\"b1\">1</xref>].</p></sec></abstract>",
      "<trans-abstract xml:lang=\"de\"><p>Wir wenden es an.</p></trans-abstract>",
      "<kwd-group><kwd>keyword one</kwd></kwd-group>",
      "</article-meta></front>",
      "<body><sec id=\"s1\"><label>1.</label><title>Introduction</title>",
      "<p>Counterfeit consciousness has grown quickly<sup><xref ref-type=\"bibr\" rid=\"b2\">2</xref></sup>. The loss "
          + "<inline-formula><mml:math><mml:mi>L</mml:mi></mml:math></inline-formula> is minimised, as in "
          + "Eq. <xref ref-type=\"disp-formula\" rid=\"e1\">1</xref>:</p>",
      "<disp-formula id=\"e1\"><label>(1)</label><mml:math><mml:mi>L</mml:mi><mml:mo>=</mml:mo></mml:math>"
          + "</disp-formula>",
      "<p>We call <monospace>fit()</monospace> on CO<sub>2</sub> data.<fn id=\"n1\"><p>From the web.</p></fn></p>",
      "<fig id=\"f1\"><label>Figure 1</label><caption><title>The irregular woodland classifier.</title>"
          + "<p>Its huge information.</p></caption><graphic xlink:href=\"f1.tif\"/></fig>",
      "<table-wrap id=\"t1\"><label>Table 1</label><caption><p>Scores.</p></caption>"
          + "<table><tr><td>cell a</td><td>cell b</td></tr></table></table-wrap>",
      "<list list-type=\"bullet\"><list-item><p>First item.</p></list-item><list-item><p>Second item.</p>"
          + "</list-item></list>",
      "<code language=\"python\">model.fit(x)\nmodel.predict(y)</code>",
      "</sec></body>",
      "<back><ack><p>We thank the reviewers.</p></ack>",
      "<ref-list><ref id=\"b1\"><mixed-citation>Someone, A book on profound learning.</mixed-citation></ref>"
          + "</ref-list></back>",
      "<sub-article article-type=\"decision-letter\"><body><p>The editor's letter.</p></body></sub-article>",
      "</article>");

  private static String read(String xml) throws IOException {
    return JatsText.of(xml.getBytes(StandardCharsets.UTF_8), (offset, why) -> new IOException(why));
  }

  @Test
  void anArticlesProseIsKeptAndItsMetadataMathsTablesAndReferencesAreNot() throws IOException {
    assertThat(read(ARTICLE)).isEqualTo(String.join("\n\n",
        "Profound learning for picture segmentation\u2014a survey",
        "Background",
        "We apply profound learning to picture segmentation [1].",
        "Keywords: keyword one",
        "Introduction",
        "Counterfeit consciousness has grown quickly. The loss L is minimised, as in Eq. 1:",
        "We call `fit()` on CO2 data. (From the web.)",
        "The irregular woodland classifier.",
        "Its huge information.",
        "Scores.",
        "First item.",
        "Second item.",
        "We thank the reviewers.") + "\n");
  }

  @Test
  void aReferenceToNulReadsAsTheReplacementCharacterAsInHtml() throws IOException {
    // a text holding U+0000 is refused when sent back to the server's /v1/detect
    assertThat(read("<article><body><p>The council &#0;mentioned it&#x0;.</p></body></article>"))
        .isEqualTo("The council \uFFFDmentioned it\uFFFD.\n");
  }

  @Test
  void inlineCodeIsWrittenBetweenBackticksSoThatItIsLeftAsItIs() throws IOException {
    String text = read("<article><body><p>Set <monospace>extra_officers</monospace> to one.</p></body></article>");
    assertThat(text).isEqualTo("Set `extra_officers` to one.\n");
    assertThat(org.unspin.text.TokenizedText.of(text).codeSpans()).hasSize(1);
  }

  @Test
  void anArticleInsideAnotherElementIsFound() throws IOException {
    // PubMed Central's OAI-PMH service wraps each article; a namespace prefix does not hide one either
    assertThat(read("<pmc-articleset><j:article xmlns:j=\"x\"><j:body><j:p>Text.</j:p></j:body></j:article>"
        + "</pmc-articleset>")).isEqualTo("Text.\n");
  }

  @Test
  void htmlEntitiesAreReadAndOnesADtdWouldDeclareDoNotStopTheRead() throws IOException {
    assertThat(read("<article><body><p>A&nbsp;b &amp; c &#x2013; d &lt;e&gt; &unknownentity; f.</p></body>"
        + "</article>")).isEqualTo("A\u00a0b & c \u2013 d <e> &unknownentity; f.\n");
  }

  @Test
  void theXmlDeclarationsEncodingIsRead() throws IOException {
    byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><article><body><p>Caf\u00e9 society.</p>"
        + "</body></article>").getBytes(StandardCharsets.ISO_8859_1);
    assertThat(JatsText.of(latin1, (offset, why) -> new IOException(why))).isEqualTo("Caf\u00e9 society.\n");
  }

  @Test
  void aFileWithoutAnArticleOrWithoutTextIsAnErrorThatSaysWhy() {
    assertThatThrownBy(() -> read("<?xml version=\"1.0\"?><config><a>1</a></config>"))
        .hasMessage("not a JATS article: no <article> element (the root element is <config>)");
    assertThatThrownBy(() -> read("plain words, no markup"))
        .hasMessage("not a JATS article: no <article> element (no XML elements at all)");
    assertThatThrownBy(() -> read("<article><front><journal-meta><journal-title>J</journal-title></journal-meta>"
        + "<article-meta><contrib-group><contrib>A. Author</contrib></contrib-group></article-meta></front></article>"))
        .hasMessageStartingWith("the JATS article has no text");
  }

  @Test
  void superscriptCitationsAndSymbolMarksAreNotReadIntoThePhraseTheyInterrupt() throws IOException {
    assertThat(read("<article><front><article-meta><title-group><article-title>Models<xref ref-type=\"fn\">*"
        + "</xref></article-title></title-group></article-meta></front><body><p>An irregular<sup><xref>12</xref>"
        + "</sup> woodland of rainfall<sup><xref>6</xref>,<xref>7</xref></sup>.<xref><sup>1</sup></xref> Not "
        + "m<sup>2</sup> nor [<xref>3</xref>] nor (<xref>Smith, 2010</xref>).</p></body></article>"))
        .isEqualTo("Models\n\nAn irregular woodland of rainfall. Not m2 nor [3] nor (Smith, 2010).\n");
  }

  @Test
  void onlyTheArticlesLanguageIsReadAndItsKeywordsGlossaryAndFormulasAsProse() throws IOException {
    assertThat(read("<article xml:lang=\"en\"><front><article-meta><abstract><p>English.</p></abstract>"
        + "<abstract xml:lang=\"fr\"><p>Fran\u00e7ais.</p></abstract><kwd-group xml:lang=\"en\"><kwd>counterfeit "
        + "consciousness</kwd><kwd>profound learning</kwd></kwd-group><kwd-group xml:lang=\"de\"><kwd>Lernen</kwd>"
        + "</kwd-group></article-meta></front><body><p>Where <inline-formula><alternatives><tex-math>T</tex-math>"
        + "<mml:math><mml:mi>T</mml:mi></mml:math></alternatives></inline-formula> is the heat and "
        + "<inline-formula><mml:math><mml:mfrac><mml:mi>a very long</mml:mi><mml:mi>expression</mml:mi></mml:mfrac>"
        + "</mml:math></inline-formula> its rate<inline-formula><tex-math>\\alpha_{1}</tex-math></inline-formula>.</p>"
        + "</body><back><glossary><def-list><def-item><term>GBM</term>"
        + "<def><p>gradient boosting machine</p></def></def-item></def-list></glossary></back></article>"))
        .isEqualTo("English.\n\nKeywords: counterfeit consciousness; profound learning\n\nWhere T is the heat "
            + "and its rate.\n\nGBM: gradient boosting machine\n");
  }

  @Test
  void eachArticleOfASetIsADocumentOfItsOwnAndPubMedsRecordsAreRead() throws IOException {
    byte[] set = ("<pmc-articleset><article><body><p>One.</p></body></article><article><body><p>Two.</p></body>"
        + "</article></pmc-articleset>").getBytes(StandardCharsets.UTF_8);
    assertThat(JatsText.articles(set, (offset, why) -> new IOException(why)))
        .containsExactly(new JatsText.Article("1", "One.\n", ""), new JatsText.Article("2", "Two.\n", ""));
    assertThatThrownBy(() -> JatsText.of(set, (offset, why) -> new IOException(why)))
        .hasMessageStartingWith("holds 2 articles");
    // a record's title, abstract (not its labels, nor another language's abstract) and keywords, with its PMID
    byte[] pubmed = ("<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID Version=\"1\">38000101</PMID><Article>"
        + "<ArticleTitle>Counterfeit consciousness in care.</ArticleTitle><Abstract><AbstractText Label=\"BACKGROUND\">"
        + "We study it.</AbstractText><AbstractText Label=\"RESULTS\">It works.</AbstractText></Abstract></Article>"
        + "<OtherAbstract Language=\"spa\"><AbstractText>Lo estudiamos.</AbstractText></OtherAbstract><KeywordList>"
        + "<Keyword>irregular woodland</Keyword></KeywordList></MedlineCitation><PubmedData><ArticleIdList><ArticleId>"
        + "38000999</ArticleId></ArticleIdList></PubmedData></PubmedArticle><PubmedArticle><MedlineCitation><Article>"
        + "<ArticleTitle>Second.</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>")
        .getBytes(StandardCharsets.UTF_8);
    assertThat(JatsText.articles(pubmed, (offset, why) -> new IOException(why))).containsExactly(
        new JatsText.Article("1", "Counterfeit consciousness in care.\n\nWe study it.\n\nIt works.\n\nKeywords: "
            + "irregular woodland\n", "", "PMID 38000101"), new JatsText.Article("2", "Second.\n", ""));
    // a JATS article's PMID, else its PMC id, else its DOI
    byte[] ids = ("<pmc-articleset><article><front><article-meta><article-id pub-id-type=\"doi\">10.1/x</article-id>"
        + "<article-id pub-id-type=\"pmc\">PMC12</article-id></article-meta></front><body><p>A.</p></body></article>"
        + "<article><front><article-meta><article-id pub-id-type=\"doi\">10.1/y</article-id></article-meta></front>"
        + "<body><p>B.</p></body></article></pmc-articleset>").getBytes(StandardCharsets.UTF_8);
    assertThat(JatsText.articles(ids, (offset, why) -> new IOException(why))).extracting(JatsText.Article::key)
        .containsExactly("PMCID PMC12", "DOI 10.1/y");
    // an article left open inside a set swallows none of the articles after it
    byte[] open = ("<pmc-articleset><article><body><p>One.</p></body></article><article><body><sec><p>Broken"
        + "<article><body><p>Three.</p></body></article></pmc-articleset>").getBytes(StandardCharsets.UTF_8);
    assertThat(JatsText.articles(open, (offset, why) -> new IOException(why))).extracting(JatsText.Article::text)
        .containsExactly("One.\n", "", "Three.\n");
    // an article of a set that is cut short, or has no text, says so in its place; the others are read
    byte[] cut = "<pmc-articleset><article><body><p>One.</p></body></article><article/><article><body><p>Thr"
        .getBytes(StandardCharsets.UTF_8);
    assertThat(JatsText.articles(cut, (offset, why) -> new IOException(why))).containsExactly(
        new JatsText.Article("1", "One.\n", ""),
        new JatsText.Article("2", "", "the JATS article 2 of 3 has no text (no title, abstract or body paragraphs)"),
        new JatsText.Article("3", "", "article 3 of 3 has no end tag </article> (the file is cut short, or the article "
            + "broken)"));
  }

  @Test
  void aFileCutShortOrNotTextInItsEncodingIsAnErrorWithItsOffset() {
    JatsText.Problem problem = (offset, why) -> new IOException(offset + ": " + why);
    assertThatThrownBy(() -> JatsText.of("<article><body><p>Cut".getBytes(StandardCharsets.UTF_8), problem))
        .hasMessage("0: the article has no end tag </article> (the file is cut short, or the article broken)");
    assertThatThrownBy(() -> JatsText.of("<article/>".getBytes(StandardCharsets.UTF_8), problem))
        .hasMessageContaining("has no text");
    byte[] latin1 = "<article><body><p>M\u00fcller.</p></body></article>".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> JatsText.of(latin1, problem)).hasMessageStartingWith("19: not valid UTF-8");
    byte[] nul = "<article><body><p>A\u0000.</p></body></article>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> JatsText.of(nul, problem)).hasMessageStartingWith("19: a NUL byte");
  }

  @Test
  void utf16IsReadWithOrWithoutItsByteOrderMark() throws IOException {
    String xml = "<article><body><p>Caf\u00e9.</p></body></article>";
    for (java.nio.charset.Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
        StandardCharsets.UTF_16)) {
      assertThat(JatsText.of(xml.getBytes(cs), (offset, why) -> new IOException(why))).as(cs.name())
          .isEqualTo("Caf\u00e9.\n");
    }
  }

  @Test
  void anArticleNestedDeeperThanAStackIsRead() throws IOException {
    // a hostile file: the walk must not recurse once per level
    String xml = "<article><body>" + "<sec>".repeat(200_000) + "<p>Deep.</p>" + "</sec>".repeat(200_000)
        + "</body></article>";
    assertThat(read(xml)).isEqualTo("Deep.\n");
  }

  @Test
  void brokenXmlIsReadAsFarAsItGoesWithoutThrowing() throws IOException {
    // an element left open inside a whole article is closed where its parent ends
    assertThat(read("<article><body><p>Unclosed paragraph <italic>and more</body></article>")).isEqualTo(
        "Unclosed paragraph and more\n");
    String[] pieces = {"<article>", "</article>", "<body>", "</body>", "<p>", "</p>", "<sec>", "<title>", "</title>",
        "<fn>", "</fn>", "<xref>", "</xref>", "<code>", "\n", "<monospace>", "<label>", "&", "&amp;", "<", ">", "word",
        " ", "<!--", "-->", "<![CDATA[", "]]>", "<?x", "?>", "<!DOCTYPE article>", "\u0000", "\uFFFD"};
    java.util.Random random = new java.util.Random(7);
    for (int k = 0; k < 3_000; k++) {
      StringBuilder xml = new StringBuilder();
      for (int n = random.nextInt(30); n > 0; n--) {
        xml.append(pieces[random.nextInt(pieces.length)]);
      }
      try {
        assertThat(read(xml.toString())).as(xml.toString()).endsWith("\n");
      } catch (IOException e) {
        assertThat(e.getMessage()).as(xml.toString())
            .matches("(not a JATS article|the JATS article has no text|the article has no end tag|a NUL|holds \\d+ "
                + "articles|not valid UTF-16).*");
      }
    }
  }
}
