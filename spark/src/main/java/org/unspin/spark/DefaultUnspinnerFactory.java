// SPDX-License-Identifier: Apache-2.0
package org.unspin.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.unspin.DefaultModels;
import org.unspin.detect.Calibration;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;
import org.unspin.text.OperatingPoint;

/**
 * The default models ({@link DefaultModels}, as the CLI and the server assemble them), from the executor's
 * {@code $UNSPIN_HOME} (built there on first use), plus any learned spinner tables and tortured-phrase list the job
 * was given, and the detector's constants of a calibration file ({@link #withCalibration}). Those travel with the
 * factory as bytes (read once on the driver), so executors need no shared file system for them. On a cluster, point
 * {@code UNSPIN_HOME} at a shared or pre-filled folder so executors do not each build the language model.
 *
 * @since 0.1
 */
public final class DefaultUnspinnerFactory implements UnspinnerFactory {

  private static final long serialVersionUID = 5L;

  private final ArrayList<byte[]> spinnerTables;
  private final byte[] phrases;
  /** The text of a calibration file, checked on the driver; null for the bundled constants. */
  private final String calibration;
  /** The operating point ({@link org.unspin.Unspinner#withThreshold}); NaN for the calibrated one. */
  private final double threshold;
  /** How sure an edit must be ({@link org.unspin.Unspinner#withMinConfidence}); NaN for the decoder's 0.4. */
  private final double minConfidence;

  /** The default models alone. */
  public DefaultUnspinnerFactory() {
    this(List.of(), null, null, Double.NaN, Double.NaN);
  }

  /**
   * The default models plus learned spinner tables (docs/formats/spinner-table.md; each a family of its own) and a
   * tortured-phrase list ({@code tortured<TAB>expected}), or null.
   *
   * @throws IOException if a file cannot be read (the message names it)
   */
  public static DefaultUnspinnerFactory with(List<Path> spinnerTables, Path phrases) throws IOException {
    List<byte[]> tables = new ArrayList<>();
    for (Path t : spinnerTables) {
      tables.add(Files.readAllBytes(t));
    }
    return new DefaultUnspinnerFactory(tables, phrases == null ? null : Files.readAllBytes(phrases), null,
        Double.NaN, Double.NaN);
  }

  /**
   * These models judging with the detector's constants in {@code file} ({@link org.unspin.Unspinner#withCalibration}),
   * written by {@code unspin detect --calibrate --out FILE}, instead of the bundled ones; a threshold given with
   * {@link #withThreshold} still moves their operating point. The file is read and checked here, on the driver, and
   * its text travels with the factory.
   *
   * @throws IOException if the file cannot be read or is not such constants ({@link Calibration#read}: the message
   *     names the file and the line at fault)
   */
  public DefaultUnspinnerFactory withCalibration(Path file) throws IOException {
    Calibration.read(file);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return new DefaultUnspinnerFactory(spinnerTables, phrases, text, threshold, minConfidence);
  }

  /**
   * These models calling a page spun from probability {@code threshold} on ({@link
   * org.unspin.Unspinner#withThreshold}).
   *
   * @throws IllegalArgumentException for a threshold outside (0, 1)
   */
  public DefaultUnspinnerFactory withThreshold(double threshold) {
    OperatingPoint.threshold("threshold", threshold);
    return new DefaultUnspinnerFactory(spinnerTables, phrases, calibration, threshold, minConfidence);
  }

  /**
   * These models making only edits at least {@code minConfidence} sure ({@link
   * org.unspin.Unspinner#withMinConfidence}).
   *
   * @throws IllegalArgumentException for a confidence outside (0, 1]
   */
  public DefaultUnspinnerFactory withMinConfidence(double minConfidence) {
    OperatingPoint.minConfidence("minConfidence", minConfidence);
    return new DefaultUnspinnerFactory(spinnerTables, phrases, calibration, threshold, minConfidence);
  }

  private DefaultUnspinnerFactory(List<byte[]> spinnerTables, byte[] phrases, String calibration, double threshold,
      double minConfidence) {
    this.spinnerTables = new ArrayList<>(spinnerTables);
    this.phrases = phrases;
    this.calibration = calibration;
    this.threshold = threshold;
    this.minConfidence = minConfidence;
  }

  @Override
  public Models create() throws Exception {
    Path dir = Files.createTempDirectory("unspin-models-");
    try {
      List<Path> tables = new ArrayList<>();
      for (int i = 0; i < spinnerTables.size(); i++) {
        tables.add(Files.write(dir.resolve("table-" + i + ".tsv"), spinnerTables.get(i)));
      }
      Path list = phrases == null ? null : Files.write(dir.resolve("phrases.tsv"), phrases);
      DefaultModels m = DefaultModels.load(Store.fromEnvironment(), Progress.NONE,
          new DefaultModels.Options(null, list, tables));
      org.unspin.Unspinner u = m.unspinner();
      if (calibration != null) {
        u = u.withCalibration(Calibration.read(Files.writeString(dir.resolve("calibration.properties"),
            calibration, StandardCharsets.UTF_8)));
      }
      u = Double.isNaN(threshold) ? u : u.withThreshold(threshold);
      return new Models(Double.isNaN(minConfidence) ? u : u.withMinConfidence(minConfidence), m.lm());
    } finally {
      try (var files = Files.list(dir)) {
        for (Path p : files.toList()) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  /**
   * What sets these models apart: the tables, the list, the constants and the operating points, so that an executor
   * that ran a job of other settings (a second job in one local-mode JVM) does not answer with that job's models.
   */
  @Override
  public Object cacheKey() {
    java.security.MessageDigest d;
    try {
      d = java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    for (byte[] t : spinnerTables) {
      d.update(("table " + t.length + "\n").getBytes(StandardCharsets.UTF_8));
      d.update(t);
    }
    if (phrases != null) {
      d.update(("phrases " + phrases.length + "\n").getBytes(StandardCharsets.UTF_8));
      d.update(phrases);
    }
    if (calibration != null) {
      d.update(("calibration " + calibration.length() + "\n" + calibration).getBytes(StandardCharsets.UTF_8));
    }
    d.update(("threshold " + threshold + " minConfidence " + minConfidence).getBytes(StandardCharsets.UTF_8));
    return getClass().getName() + "/" + java.util.HexFormat.of().formatHex(d.digest());
  }
}
