// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.unspin.decode.Decoder;
import org.unspin.decode.TextRestoring;

/**
 * Finds the optional neural module (BERT masked-LM rescoring) for {@code --neural}: from the class path when it is
 * there (tests, fat class paths), otherwise from the checkout's {@code neural} module, which is built and whose
 * dependencies (about 576 MB: the BERT model jar and TensorFlow Java) are fetched by Maven the first time, with a
 * progress bar. Its classes are loaded through a {@link URLClassLoader} whose parent is the command line's own
 * loader, and found with {@link ServiceLoader} as a {@link TextRestoring.Provider} named {@code neural}.
 *
 * <p>Thread-safe; the module is located once per JVM.
 */
final class NeuralLoader {

  /** The provider name the neural module registers. */
  static final String NAME = "neural";

  private static TextRestoring.Provider provider;

  private NeuralLoader() {}

  /**
   * The neural provider, building the module first when needed.
   *
   * @throws CliException when the module cannot be built or holds no provider
   */
  static synchronized TextRestoring.Provider provider(PrintWriter err) throws IOException {
    if (provider != null) {
      return provider;
    }
    TextRestoring.Provider p = find(NeuralLoader.class.getClassLoader());
    if (p == null) {
      OptionalModule module = OptionalModule.of(NAME, 12, "BERT-base cased and TensorFlow Java, about 576 MB");
      List<Path> cp;
      try {
        cp = new ArrayList<>(module.classpath(err));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CliException(Cli.UNAVAILABLE, "interrupted while building the neural module");
      }
      Path listed = module.jar().resolveSibling("lib").resolve("classpath.txt");
      if (Files.isRegularFile(listed)) {
        for (String entry : Files.readString(listed, StandardCharsets.UTF_8).trim().split(java.io.File.pathSeparator)) {
          if (!entry.isBlank()) {
            cp.add(Path.of(entry.trim()));
          }
        }
      }
      List<URL> urls = new ArrayList<>(cp.size());
      for (Path path : cp) {
        urls.add(url(path));
      }
      URLClassLoader loader = new URLClassLoader("unspin-neural", urls.toArray(new URL[0]),
          NeuralLoader.class.getClassLoader());
      p = find(loader);
      if (p == null) {
        throw new CliException(Cli.UNAVAILABLE, "the neural module at " + module.jar() + " registers no '" + NAME
            + "' restorer; rebuild it with: mvn -pl neural -am package");
      }
    }
    provider = p;
    return p;
  }

  /**
   * A restorer factory for {@link org.unspin.Unspinner.Builder#restoring}: builds the neural restorer on the
   * decoder, loading BERT (a few seconds); model errors become exit code 3 ({@link Cli#BAD_INPUT}, as any corrupt
   * model file) with the model's message and how to fetch it again.
   */
  static java.util.function.Function<Decoder, TextRestoring> restoring(PrintWriter err) throws IOException {
    TextRestoring.Provider p = provider(err);
    return decoder -> {
      try {
        return p.create(decoder);
      } catch (IOException e) {
        throw notLoaded(e);
      }
    };
  }

  /**
   * The neural module's masked language model for the unsupervised learner ({@code learn --neural}), loading BERT;
   * model errors become exit code 3 with the model's message, as for {@link #restoring}.
   */
  static org.unspin.lexicon.learn.MaskedScorer maskedScorer(PrintWriter err) throws IOException {
    TextRestoring.Provider p = provider(err);
    try {
      return p.maskedScorer();
    } catch (IOException e) {
      throw notLoaded(e);
    }
  }

  /** A model that could not be loaded: bad input (exit code 3), as any corrupt model file is. */
  static CliException notLoaded(IOException e) {
    return new CliException(Cli.BAD_INPUT, "the neural model could not be loaded: " + e.getMessage()
        + " (`unspin neural install` fetches and extracts it again and checks it)");
  }

  private static TextRestoring.Provider find(ClassLoader loader) {
    for (TextRestoring.Provider p : ServiceLoader.load(TextRestoring.Provider.class, loader)) {
      if (NAME.equals(p.name())) {
        return p;
      }
    }
    return null;
  }

  private static URL url(Path p) {
    try {
      return p.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(p.toString(), e);
    }
  }
}
