// SPDX-License-Identifier: Apache-2.0
package org.unspin.fetch;

import java.util.Locale;

/**
 * A pinned file in one of the package registries: where it is, and the checksum it must have.
 *
 * @param name short name, used for the cached file ({@code moby-1.1.2.tgz})
 * @param url download address (Maven Central, the npm registry or the Debian archive)
 * @param algorithm checksum algorithm as {@link java.security.MessageDigest} names it ("SHA-1", "SHA-256",
 *     "SHA-512")
 * @param checksum expected digest, lower-case hex
 * @param size expected size in bytes; {@link Store#fetch} rejects a download of another size. 0 when unknown
 * @since 0.1
 */
public record Artifact(String name, String url, String algorithm, String checksum, long size) {

  public Artifact {
    if (name.contains("/") || name.isBlank()) {
      throw new IllegalArgumentException("artifact name must be a plain file name: " + name);
    }
    checksum = checksum.toLowerCase(Locale.ROOT);
  }

  /** A jar (or other file) on Maven Central, pinned by its SHA-1 as Central publishes it. */
  public static Artifact maven(String group, String artifact, String version, String classifierAndType, String sha1,
      long size) {
    String file = artifact + "-" + version + classifierAndType;
    String url = "https://repo.maven.apache.org/maven2/" + group.replace('.', '/') + "/" + artifact + "/" + version
        + "/" + file;
    return new Artifact(file, url, "SHA-1", sha1, size);
  }

  /** A package tarball on the npm registry, pinned by the base64 SHA-512 of its {@code integrity} field. */
  public static Artifact npm(String pkg, String version, String integritySha512Base64, long size) {
    String bare = pkg.contains("/") ? pkg.substring(pkg.indexOf('/') + 1) : pkg;
    String url = "https://registry.npmjs.org/" + pkg + "/-/" + bare + "-" + version + ".tgz";
    byte[] raw = java.util.Base64.getDecoder().decode(integritySha512Base64);
    StringBuilder hex = new StringBuilder();
    for (byte b : raw) {
      hex.append(String.format("%02x", b));
    }
    return new Artifact(bare + "-" + version + ".tgz", url, "SHA-512", hex.toString(), size);
  }

  /**
   * A binary package ({@code .deb}) in the {@code main} component of the Debian archive, pinned by the SHA-256 that
   * the archive's {@code Packages} index lists for it. Read its files with {@link Deb#forEachFile}.
   *
   * @param pool the package's directory under {@code pool/main/}: the source package's name, after its first
   *     letter or, for {@code lib*} sources, its first four ({@code "r/r-base"}, {@code "libx/libxml2"})
   * @param file the {@code .deb} file name ({@code "r-doc-html_4.2.2.20221110-2_all.deb"})
   */
  public static Artifact debian(String pool, String file, String sha256Hex, long size) {
    if (pool.isBlank() || pool.startsWith("/") || pool.endsWith("/") || pool.contains("..")) {
      throw new IllegalArgumentException("Debian pool directory must look like \"r/r-base\": " + pool);
    }
    if (!file.endsWith(".deb")) {
      throw new IllegalArgumentException("not a .deb file name: " + file);
    }
    String url = "http://deb.debian.org/debian/pool/main/" + pool + "/" + file;
    return new Artifact(file, url, "SHA-256", sha256Hex, size);
  }
}
