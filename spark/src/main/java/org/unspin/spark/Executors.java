// SPDX-License-Identifier: Apache-2.0
package org.unspin.spark;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One set of models per executor JVM and factory class, shared by the tasks that run there: the models of the last
 * {@link UnspinnerFactory#cacheKey} asked for, made again for another key (a job of other settings in the same JVM,
 * as in local mode, had been answered with the first job's models). Thread-safe.
 */
final class Executors {

  /** The models made, and the key they were made for. */
  private record Made(Object key, UnspinnerFactory.Models models) {}

  private static final ConcurrentHashMap<String, Made> CACHE = new ConcurrentHashMap<>();

  private Executors() {}

  static UnspinnerFactory.Models models(UnspinnerFactory factory) {
    Object key = factory.cacheKey();
    return CACHE.compute(factory.getClass().getName(), (k, made) -> {
      if (made != null && made.key().equals(key)) {
        return made;
      }
      try {
        return new Made(key, factory.create());
      } catch (Exception e) {
        throw new IllegalStateException("cannot load the unspin models on this executor: " + e.getMessage(), e);
      }
    }).models();
  }
}
