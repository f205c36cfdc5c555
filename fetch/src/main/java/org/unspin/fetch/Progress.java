// SPDX-License-Identifier: Apache-2.0
package org.unspin.fetch;

/**
 * Receives progress of a long task (a download, a model build). Implementations decide how to show it; the CLI draws
 * a bar on standard error. Calls come from the working thread.
 *
 * @since 0.1
 */
public interface Progress {

  /** A progress sink that ignores everything. */
  Progress NONE = new Progress() {
    @Override
    public void start(String task, long total) {}

    @Override
    public void advance(long done) {}

    @Override
    public void finish() {}
  };

  /** A new task begins; {@code total} is in the task's own units (bytes, lines), 0 when unknown. */
  void start(String task, long total);

  /** The current task has reached {@code done} units. */
  void advance(long done);

  /** The current task is over. */
  void finish();
}
