// SPDX-License-Identifier: Apache-2.0
package org.unspin.spark;

import java.util.concurrent.ConcurrentHashMap;

/** One set of models per executor JVM and factory class, shared by the tasks that run there. Thread-safe. */
final class Executors {

  private static final ConcurrentHashMap<String, UnspinnerFactory.Models> CACHE = new ConcurrentHashMap<>();

  private Executors() {}

  static UnspinnerFactory.Models models(UnspinnerFactory factory) {
    return CACHE.computeIfAbsent(factory.getClass().getName(), k -> {
      try {
        return factory.create();
      } catch (Exception e) {
        throw new IllegalStateException("cannot load the unspin models on this executor: " + e.getMessage(), e);
      }
    });
  }
}
