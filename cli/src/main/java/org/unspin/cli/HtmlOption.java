// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import org.unspin.trace.Documents;
import picocli.CommandLine.Option;

/**
 * {@code --whole-page}: what restore, detect, index and trace read of an HTML page (a file, or a WARC record); by
 * default its article ({@link Documents.Html#ARTICLE}).
 */
final class HtmlOption {

  @Option(names = "--whole-page", description = "Read all the visible text of HTML pages. By default only the "
      + "article is read: the element that holds most of the page's prose, without the site's menus, sidebars, "
      + "related links, comments and footers (a page with no such element is read whole).")
  boolean wholePage;

  Documents.Html html() {
    return Documents.Html.of(wholePage);
  }
}
