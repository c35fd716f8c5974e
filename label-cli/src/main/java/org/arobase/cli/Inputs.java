package org.arobase.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
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
   * @throws UsageException for a path that does not exist, a directory with no JSON file, {@code -}
   *     twice, or an entry of a directory that cannot be read (its problem is the message)
   */
  static List<Input> expand(List<String> arguments) {
    return expand(arguments, problem -> {
      throw new UsageException(problem);
    });
  }

  /**
   * @param arguments the PATH arguments
   * @param skipped told, in a sentence, of each {@code *.json} entry of a directory that is not
   *     read: a symbolic link that is broken or loops, a directory, an unreadable file
   * @return the sources in order
   * @throws UsageException for a path that does not exist or cannot be read, a directory that
   *     cannot be listed or holds no JSON file, or {@code -} twice
   */
  static List<Input> expand(List<String> arguments, Consumer<String> skipped) {
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
        List<Path> entries = jsonEntries(argument, path);
        for (Path entry : entries) {
          String name = argument.endsWith("/") ? argument + entry.getFileName() : argument + "/" + entry.getFileName();
          String problem = unusable(entry);
          if (problem == null) {
            inputs.add(new Input(name, entry));
          } else {
            skipped.accept(name + ": skipped, " + problem);
          }
        }
        if (entries.isEmpty()) {
          throw new UsageException("directory " + argument + " holds no *.json file");
        }
      } else if (Files.isRegularFile(path)) {
        if (!Files.isReadable(path)) {
          throw new UsageException("cannot read " + argument + ": permission denied");
        }
        inputs.add(new Input(argument, path));
      } else if (Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        throw new UsageException("cannot read " + argument + ": " + unusable(path));
      } else {
        throw new UsageException("no such file or directory: " + argument);
      }
    }
    return inputs;
  }

  /** @return why the entry cannot be read as a dossier file, or {@code null} when it can */
  private static String unusable(Path entry) {
    if (Files.isRegularFile(entry)) {
      return Files.isReadable(entry) ? null : "permission denied";
    }
    if (Files.isSymbolicLink(entry)) {
      try {
        entry.toRealPath();
      } catch (java.nio.file.FileSystemLoopException e) {
        return "symbolic link loop";
      } catch (IOException e) {
        // A link to a link to nothing is reported as missing; a loop as too many levels.
        return e.getMessage() != null && e.getMessage().contains("Too many levels")
            ? "symbolic link loop" : "broken symbolic link";
      }
      if (!Files.exists(entry)) {
        return "broken symbolic link";
      }
    }
    if (Files.isDirectory(entry)) {
      return "a directory, not a file (directories are not read recursively)";
    }
    return Files.exists(entry) ? "not a regular file" : "broken symbolic link";
  }

  /** @return the entries whose name ends in {@code .json}, sorted, whatever they are */
  private static List<Path> jsonEntries(String argument, Path directory) {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      IOException cause = e instanceof IOException io ? io : ((java.io.UncheckedIOException) e).getCause();
      throw new UsageException("cannot list the directory " + argument + ": " + Terminal.describe(cause));
    }
  }
}
