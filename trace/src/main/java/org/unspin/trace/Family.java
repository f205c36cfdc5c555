// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import java.util.List;

/**
 * A group of documents made from one source: spins of it, copies of it and the source itself when present.
 * Immutable and thread-safe.
 *
 * @param id the family's number, from 0, in the order of each family's first member
 * @param members the member names (paths or URLs), in index order
 * @since 0.1
 */
public record Family(int id, List<String> members) {

  public Family {
    members = List.copyOf(members);
  }
}
