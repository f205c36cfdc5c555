// SPDX-License-Identifier: Apache-2.0
package org.unspin.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.fetch.ModelFormatException;
import org.unspin.text.TokenizedText;

class KnownTextsTest {

  // hand-made licence-like texts: a short one, and a longer variant of it with a clause added
  static final String PERMIT = "Permission is hereby granted, free of charge, to any person obtaining a copy of this "
      + "software, to deal in the software without restriction, subject to the following conditions: the above "
      + "notice shall be included in all copies of the software.";
  static final String PERMIT_PLUS = PERMIT + " The name of the author may not be used to endorse products derived "
      + "from this software without specific prior written permission.";

  static KnownTexts known() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("Plus", PERMIT_PLUS);
    texts.put("Permit", PERMIT);
    return KnownTexts.of(texts, "the test licences");
  }

  private static KnownTexts.Match match(KnownTexts k, String text) {
    TokenizedText t = TokenizedText.of(text);
    return k.match(t.tokens(), 0, t.tokens().size());
  }

  private static String why(KnownTexts k, String text) {
    TokenizedText t = TokenizedText.of(text);
    return k.notJudged(t.tokens(), 0, t.tokens().size());
  }

  @Test
  void aCopyIsKnownWhateverItsCaseLineBreaksAndPunctuation() {
    String copy = PERMIT.toUpperCase(java.util.Locale.ROOT).replace(", ", ",\n   ").replace(":", " -");
    assertThat(match(known(), copy).share()).isEqualTo(1.0);
    assertThat(why(known(), copy)).startsWith(KnownTexts.NOT_JUDGED + ", not judged (100% of its 6-word runs are in "
        + "the test licences, such as ");
  }

  @Test
  void theTextNamedIsTheOneThatHoldsTheMostOfIt() {
    // both hold all of PERMIT's runs: the first in order of preference is named; the clause only Plus has names Plus
    assertThat(match(known(), PERMIT).name()).isEqualTo("Plus");
    Map<String, String> shortFirst = new LinkedHashMap<>();
    shortFirst.put("Permit", PERMIT);
    shortFirst.put("Plus", PERMIT_PLUS);
    KnownTexts k = KnownTexts.of(shortFirst, "the test licences");
    assertThat(match(k, PERMIT).name()).isEqualTo("Permit");
    assertThat(match(k, PERMIT_PLUS).name()).isEqualTo("Plus");
  }

  @Test
  void aSpunCopyAndOtherTextAreJudged() {
    String spun = PERMIT.replace("granted", "given").replace("charge", "cost").replace("person", "individual")
        .replace("restriction", "limitation");
    KnownTexts.Match m = match(known(), spun);
    assertThat(m.share()).isLessThan(KnownTexts.MIN_SHARE);
    assertThat(why(known(), spun)).isNull();
    assertThat(why(known(), "The minister said the talks were useful, and officials said the visit was delayed."))
        .isNull();
    assertThat(match(known(), "The minister said the talks were useful.").known()).isZero();
  }

  @Test
  void aFewWordsOfALicenceAreTooLittleToTell() {
    // "the above notice shall be included": 6 words, one run, under MIN_RUNS
    assertThat(match(known(), "the above notice shall be included").share()).isEqualTo(1.0);
    assertThat(why(known(), "the above notice shall be included")).isNull();
    assertThat(why(KnownTexts.NONE, PERMIT)).isNull();
  }

  @Test
  void theCompiledFileReadsBackTheSame(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("known.bin");
    known().write(file);
    KnownTexts back = KnownTexts.read(file);
    assertThat(back.size()).isEqualTo(known().size());
    assertThat(why(back, PERMIT)).isEqualTo(why(known(), PERMIT));
  }

  @Test
  void aCorruptCompiledFileIsReportedWithItsPathAndOffset(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("known.bin");
    known().write(file);
    byte[] b = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(b, b.length - 5));
    assertThatThrownBy(() -> KnownTexts.read(file)).isInstanceOf(ModelFormatException.class)
        .hasMessageContaining(file.toString()).hasMessageContaining("at offset");
    Files.write(file, "not a cache".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    assertThatThrownBy(() -> KnownTexts.read(file)).isInstanceOf(ModelFormatException.class)
        .hasMessageContaining(file.toString());
  }
}
