package org.arobase.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The PATH arguments of the commands (docs/FORMAT.md, Sources of dossiers): a dossier file, a file holding a JSON array,
 * a directory (its {@code *.json} files, sorted by name, not recursive) or {@code -} for
 * standard input.
 */
final class Inputs {

  /** One source to read: its name as given (the {@code source} of results) and how to open it. */
  record Input(String name, Path path) {
    boolean isStdin() {
      return path == null;
    }

    InputStream open(InputStream stdin) throws IOException {
      return isStdin() ? stdin : Files.newInputStream(path);
    }
  }

  private Inputs() {}

  /**
   * @param arguments the PATH arguments
   * @return the sources in order
   * @throws UsageException for a path that does not exist, a directory with no JSON file, or {@code -} twice
   */
  static List<Input> expand(List<String> arguments) {
    if (arguments.isEmpty()) {
      throw new UsageException("no PATH given: name dossier files, directories, or - for standard input");
    }
    List<Input> inputs = new ArrayList<>();
    boolean stdin = false;
    for (String argument : arguments) {
      if (argument.equals("-")) {
        if (stdin) {
          throw new UsageException("standard input (-) can be read only once");
        }
        stdin = true;
        inputs.add(new Input("-", null));
        continue;
      }
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        List<Path> files = jsonFiles(path);
        if (files.isEmpty()) {
          throw new UsageException("directory " + argument + " holds no *.json file");
        }
        files.forEach(f -> inputs.add(new Input(argument.endsWith("/") ? argument + f.getFileName()
            : argument + "/" + f.getFileName(), f)));
      } else if (Files.isRegularFile(path)) {
        if (!Files.isReadable(path)) {
          throw new UsageException("cannot read " + argument);
        }
        inputs.add(new Input(argument, path));
      } else {
        throw new UsageException("no such file or directory: " + argument);
      }
    }
    return inputs;
  }

  private static List<Path> jsonFiles(Path directory) {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + directory + ": " + e.getMessage(), e);
    }
  }
}
