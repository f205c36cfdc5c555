// SPDX-License-Identifier: Apache-2.0
package org.unspin.testkit;

import java.util.Locale;
import java.util.Random;

/** Hand-made daily market reports on one template: the same wording, each day's own figures. For tests. */
public final class MarketReport {

  private MarketReport() {}

  /** The report of day {@code day}. */
  public static String of(int day) {
    Random r = new Random(day);
    int price = 20_000 + r.nextInt(20_000);
    int support = price - 500 - r.nextInt(1_000);
    int resistance = price + 500 + r.nextInt(1_000);
    int low = support - 100 - r.nextInt(300);
    return String.format(Locale.ROOT, "Bitcoin started a fresh move against the US Dollar and is now trading near "
        + "$%,d. The price is holding above the %d hourly simple moving average, and the bulls must keep it above "
        + "$%,d to avoid another decline in the near term.%n"
        + "Yesterday the price traded as low as $%,d before it recovered. There was a break above the %d%% Fib "
        + "retracement level of the recent decline, and a connecting trend line is forming with support near $%,d "
        + "on the hourly chart of the BTC/USD pair.%n"
        + "Resistance is near the $%,d level. The next major resistance could be $%,d, and a close above it might "
        + "send the price towards $%,d in the coming sessions. If there is no fresh increase, the first support on "
        + "the downside is near $%,d, and the main support is near $%,d.%n",
        price, 100 + 50 * r.nextInt(2), support, low, 23 + 15 * r.nextInt(3), support + 20 + r.nextInt(200),
        resistance, resistance + 800, resistance + 2_000, support, low);
  }
}
