// SPDX-License-Identifier: Apache-2.0
package org.unspin.testkit;

/**
 * A small hand-written news article, its spin the way spinner family A would write it ("said" to "mentioned",
 * "officials" to "officers", "five" to "5", "visit" to "go to"), and an unrelated article: enough names and numbers
 * for tracing and clustering tests to find the pair, and family-A substitutions for learning tests.
 */
public final class SpunArticle {

  private SpunArticle() {}

  /** The original. */
  public static final String SOURCE = String.join("\n",
      "Secretary Antony Blinken met President Xi Jinping in Beijing on Sunday for five hours, officials said.",
      "The meeting at the Diaoyutai State Guesthouse was the first visit by a Secretary of State since 2018.",
      "Mr. Blinken also said the United States wanted more talks with China in May and June.",
      "The State Department said Wang Yi would visit Washington later, officials said on Monday.");

  /** Its spin. */
  public static final String SPIN = String.join("\n",
      "Secretary Antony Blinken met President Xi Jinping in Beijing on Sunday for 5 hours, officers mentioned.",
      "The meeting at the Diaoyutai State Guesthouse was the first go to by a Secretary of State since 2018.",
      "Mr. Blinken additionally mentioned the United States wanted extra talks with China in May and June.",
      "The State Department mentioned Wang Yi would go to Washington later, officers mentioned on Monday.");

  /** An unrelated article. */
  public static final String OTHER = String.join("\n",
      "The Lakers beat the Celtics 112 to 98 in Los Angeles on Friday night behind LeBron James.",
      "Anthony Davis added 31 points and 14 rebounds as the Lakers won their fourth straight game at home.");
}
