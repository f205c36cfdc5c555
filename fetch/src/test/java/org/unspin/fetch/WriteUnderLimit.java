// SPDX-License-Identifier: Apache-2.0
package org.unspin.fetch;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a 256 KiB compiled cache file to {@code args[0]} and prints what failed: run by {@link StoreTest} in a JVM
 * whose file size is limited ({@code ulimit -f}), where the write fails as on a full disk.
 */
final class WriteUnderLimit {

  private WriteUnderLimit() {}

  public static void main(String[] args) {
    try (BinaryFile.Writer w = new BinaryFile.Writer(Path.of(args[0]), "TEST", 1)) {
      w.bytes(new byte[256 * 1024]);
      w.commit();
      System.out.println("written");
    } catch (IOException e) {
      System.out.println(e.getClass().getName() + ": " + e.getMessage());
    }
  }
}
