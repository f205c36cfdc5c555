// SPDX-License-Identifier: Apache-2.0
package org.unspin.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The executors' models with a job's own phrase list, after the trip to an executor by serialization. */
class DefaultUnspinnerFactoryTest {

  @Test
  void aPhraseListTravelsWithTheFactory(@TempDir Path dir) throws Exception {
    Path list = Files.writeString(dir.resolve("list.tsv"),
        "counterfeit consciousness\tartificial intelligence\n", StandardCharsets.UTF_8);
    DefaultUnspinnerFactory f = DefaultUnspinnerFactory.with(List.of(), list);
    Files.delete(list); // executors do not see the driver's files
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(f);
    }
    UnspinnerFactory shipped;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      shipped = (UnspinnerFactory) in.readObject();
    }
    UnspinnerFactory.Models m = shipped.create();
    try {
      assertThat(m.unspinner().restore("Our counterfeit consciousness system beats the baseline.", true).text())
          .isEqualTo("Our artificial intelligence system beats the baseline.");
    } finally {
      m.languageModel().close();
    }
  }

  @Test
  void aMissingListStopsTheJobBeforeSparkStarts(@TempDir Path dir) throws Exception {
    int code = SparkMain.run(new String[] {"--output", dir.resolve("out").toString(), "--phrases",
        dir.resolve("nope.tsv").toString(), dir.resolve("crawl.warc.gz").toString()});
    assertThat(code).isEqualTo(3);
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
