// SPDX-License-Identifier: Apache-2.0
package org.unspin.testkit;

/**
 * A hand-made local news item (five paragraphs, 238 words) and a cheap spinner's copy of it, written for a user trial:
 * 24 swaps, four "mentioned" and two "12 months" among them, beside "mother and father" for "parents" and "round" for
 * "around", and words family A rewrites left as written. Judged as a whole the copy was not spun (P 0.155). For tests.
 */
public final class CheapSpinCopy {

  private CheapSpinCopy() {}

  /** The original. */
  public static final String ORIGINAL = String.join("\n\n",
      "The county school board voted on Thursday to start classes forty minutes later next fall, a "
          + "change that parents and doctors have been asking for since a study of student sleep was "
          + "published two years ago. High schools will begin at 8:30 a.m. instead of 7:50 a.m., while "
          + "elementary schools will move to an earlier start.",
      "Board member James Whitfield said the decision was not easy because it affects bus routes, "
          + "sports practices and the working hours of many families. \"We heard from hundreds of parents, "
          + "and they did not agree with each other,\" he said. \"In the end, we followed the evidence about "
          + "teenagers and sleep.\"",
      "The district will need to hire about twenty more bus drivers to run the new schedule, "
          + "according to a report presented at the meeting. The report estimated the cost at $1.1 million "
          + "a year. Superintendent Karen Holt said the money would come from savings in the maintenance "
          + "budget and from a small increase in the transportation fee.",
      "Some coaches raised concerns that later dismissal would leave less daylight for outdoor "
          + "practices in the autumn. The board asked the athletic department to propose a plan by January. "
          + "Students who spoke at the meeting were mostly in favor. \"I fall asleep in my first class "
          + "almost every day,\" said one junior. \"An extra forty minutes would really help.\"",
      "The new schedule will take effect on the first day of the next school year.");

  /** The copy. */
  public static final String COPY = String.join("\n\n",
      "The county school board voted on Thursday to start classes forty minutes later next fall, a "
          + "change that mother and father and doctors have been asking for since a study of student sleep "
          + "was published two years ago. High schools will start at 8:30 a.m. instead of 7:50 a.m., while "
          + "elementary schools will move to an earlier start.",
      "Board member James Whitfield mentioned the determination was not easy as a result of it "
          + "impacts bus routes, sports practices and the working hours of quite a few families. \"We heard "
          + "from hundreds of mother and father, and they did not agree with each other,\" he mentioned. \"In "
          + "the end, we followed the proof round teenagers and sleep.\"",
      "The district will want to rent round twenty extra bus drivers to run the new schedule, "
          + "according to a report presented at the meeting. The report estimated the cost at $1.1 million "
          + "a 12 months. Superintendent Karen Holt mentioned the cash would come from savings in the "
          + "maintenance budget and from a small increase in the transportation fee.",
      "Some coaches raised considerations that later dismissal would leave less daylight for outdoor "
          + "practices in the autumn. The board asked the athletic department to suggest a plan by January. "
          + "College students who spoke at the meeting were mostly in favor. \"I fall asleep in my first "
          + "class almost every day,\" mentioned one junior. \"An extra forty minutes would really assist.\"",
      "The new schedule will take effect on the first day of the next school 12 months.");
}
