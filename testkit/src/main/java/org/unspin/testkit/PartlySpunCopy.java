// SPDX-License-Identifier: Apache-2.0
package org.unspin.testkit;

/**
 * A hand-made local news item of four clean paragraphs with a fifth, spun by family A's choices, in the middle: a
 * farm copy that spun one paragraph of an article and kept the rest, not called spun as a whole. For tests.
 */
public final class PartlySpunCopy {

  private PartlySpunCopy() {}

  /** The clean paragraphs, in order. */
  public static final String[] CLEAN = {
    "The city library will extend its weekend hours starting next month, the board announced on Thursday. Branches "
        + "across the east side will open at nine on Saturdays and close at six, two hours later than now.",
    "Board members said the change follows a survey in which most residents asked for longer hours. The extra "
        + "staff time will be paid from a grant the library received last year from a local foundation.",
    "The library also plans to add a reading room for teenagers at the main branch. Work on the room is expected "
        + "to begin in the spring and finish before the start of the school year.",
    "Residents can find the new schedule on the library website and at every branch. The board will review the "
        + "hours again after six months to see how many people use them."};

  /** The spun paragraph: "mentioned", "subsequent", "however", "Individuals", "remain" for said, next, but, ... */
  public static final String SPUN = "Officials mentioned on Tuesday that the talks would resume subsequent week, "
      + "however diplomats warned that a deal was still far from certain. Individuals in the region have seen several "
      + "rounds of talks collapse in recent years, and many remain doubtful.";

  /** The copy: two clean paragraphs, the spun one, two clean ones, separated by blank lines, with a line end. */
  public static String text() {
    return String.join("\n\n", CLEAN[0], CLEAN[1], SPUN, CLEAN[2], CLEAN[3]) + "\n";
  }
}
