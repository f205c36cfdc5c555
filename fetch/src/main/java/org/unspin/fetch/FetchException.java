// SPDX-License-Identifier: Apache-2.0
package org.unspin.fetch;

import java.io.IOException;

/**
 * A pinned artifact could not be fetched into the cache: the registry could not be reached or did not serve it, or
 * what it served was not the pinned file (size or checksum). The message names the address and where a copy fetched
 * elsewhere may be saved. Not a fault of the user's input: the command line exits with 6, as for any part fetched or
 * built on first use that could not be.
 *
 * @since 0.1
 */
public final class FetchException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient Artifact artifact;

  /** {@code artifact} could not be fetched, for the reason {@code message} gives. */
  public FetchException(Artifact artifact, String message, Throwable cause) {
    super(message, cause);
    this.artifact = artifact;
  }

  /** The artifact that could not be fetched. */
  public Artifact artifact() {
    return artifact;
  }
}
