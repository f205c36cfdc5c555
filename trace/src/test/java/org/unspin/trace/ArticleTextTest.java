// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ArticleTextTest {

  private static Document page(String name) throws IOException {
    try (InputStream in = ArticleTextTest.class.getResourceAsStream("pages/" + name)) {
      return Jsoup.parse(in, "UTF-8", "");
    }
  }

  @Test
  void aSemanticPageGivesItsHeadlineAndArticleWithoutMenusCommentsOrFooter() throws IOException {
    assertThat(Documents.htmlToText(page("semantic.html"))).isEqualTo("""
        Harbour bridge to close for repairs
        The harbour bridge will close for six weeks from next Monday while engineers replace its worn bearings, \
        the city council mentioned on Tuesday.
        Officers stated that buses would be diverted over the north crossing and that cyclists could use a \
        temporary ferry, which will run every twenty minutes during the day.
        Local traders warned that the closure would hurt business in the weeks before the holidays, however the \
        council insisted the work could not wait any longer.""");
  }

  @Test
  void aShortArticleInMainIsNotJoinedByTheFooterThatHoldsMoreProseThanIt() throws IOException {
    // 32 words of article, and a footer of a newsletter blurb and a legal notice, 58 words: the footer held most of
    // the page's prose, so it was not boilerplate, and the legal notice became part of the article
    assertThat(Documents.htmlToText(page("short-article.html"))).isEqualTo("""
        Ferry timetable changes from Monday
        The island ferry will leave twenty minutes earlier on weekday mornings from Monday, the operator said.
        Commuters had asked for the change so that they could reach the first train to the city.""");
  }

  @Test
  void anArticleElementHoldingATeaserDoesNotLoseTheStoryBesideIt() throws IOException {
    // the page's one <article> holds its headline and first sentence, the story goes on in a plain <div>: prose
    // outside the declared element that no template part holds keeps the article sought in the whole page
    String text = Documents.htmlToText(page("teaser.html"));
    assertThat(text).startsWith("Reservoir levels fall to a ten-year low\nWater managers said")
        .contains("The drop follows a second dry winter", "households should not yet face restrictions")
        .doesNotContain("Copyright", "Farming");
  }

  @Test
  void templateNamesMarkBoilerplateButNotAWrapperThatHoldsTheArticle() throws IOException {
    // the article sits inside "has-sidebar": a name like boilerplate, but it holds all the prose
    String text = Documents.htmlToText(page("divs.html"));
    assertThat(text).isEqualTo("""
        Shares slip as traders weigh rate outlook
        Stocks edged decrease on Monday as buyers weighed the outlook for interest rates forward of a key \
        inflation report due later within the week.
        The benchmark index fell 0.4 per cent in early buying and selling, with know-how shares main the decline, \
        whereas power corporations gained on increased oil costs.""");
  }

  @Test
  void anArticleInSectionsKeepsEverySection() throws IOException {
    String text = Documents.htmlToText(page("sections.html"));
    assertThat(text).startsWith("Streams\nReadable streams\nA readable stream")
        .contains("Writable streams\nA writable stream").endsWith("such as a network socket.")
        .doesNotContain("Assertion testing");
  }

  @Test
  void aPageWithoutProseIsReadWhole() throws IOException {
    assertThat(ArticleText.find(page("links.html"))).isEmpty();
    assertThat(Documents.htmlToText(page("links.html"))).isEqualTo("Site map\nHome\nNews\nSport\nWeather\nContact");
  }

  @Test
  void theWholePageIsThereWhenAskedFor() throws IOException {
    String whole = Documents.htmlToText(page("semantic.html"), Documents.Html.WHOLE_PAGE);
    assertThat(whole).contains("Skip to content", "Business", "Most read", "About time too", "All rights reserved",
        "The harbour bridge will close");
  }

  @Test
  void boilerplateNamesAreWholeWordsOfClassOrId() {
    assertThat(ArticleText.namedLikeBoilerplate(Jsoup.parse("<div class='site-footer'>x</div>")
        .selectFirst("div"))).isTrue();
    assertThat(ArticleText.namedLikeBoilerplate(Jsoup.parse("<div id='disqus_thread'>x</div>")
        .selectFirst("div"))).isTrue();
    // "adsorption" and "menus-and-more" are not "ads" and "menu"
    assertThat(ArticleText.namedLikeBoilerplate(Jsoup.parse("<div class='adsorption'>x</div>")
        .selectFirst("div"))).isFalse();
    assertThat(ArticleText.namedLikeBoilerplate(Jsoup.parse("<div class='menus-and-more'>x</div>")
        .selectFirst("div"))).isFalse();
  }
}
