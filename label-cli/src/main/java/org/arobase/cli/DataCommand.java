package org.arobase.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.arobase.core.LabelData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code arobase data}: the data of the millésimes, as files. */
@Command(name = "data", mixinStandardHelpOptions = true,
    description = "The data of the millésimes (millésimes, mentions, obligations, parameters, results, matrices).",
    subcommands = {DataCommand.Export.class})
final class DataCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: export DIR");
  }

  /** {@code arobase data export DIR}: writes the data (the bundled data, or --data over it) into a directory. */
  @Command(name = "export", mixinStandardHelpOptions = true,
      description = {"Write the data into DIR, laid out as --data DIR reads it: correct or add a millésime there,",
          "then pass --data DIR to any command. Exit code 2 when DIR holds files already (they are not overwritten)."})
  static final class Export implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The directory, created when missing; empty if it exists.")
    Path directory;

    @Override
    public Integer call() throws Exception {
      LabelData data = ((Arobase) spec.root().userObject()).data();
      if (Files.exists(directory) && !Files.isDirectory(directory)) {
        throw new UsageException(directory + " is a file, not a directory");
      }
      if (Files.isDirectory(directory)) {
        try (var entries = Files.list(directory)) {
          if (entries.findAny().isPresent()) {
            throw new UsageException(directory + " is not empty; export into a new or empty directory");
          }
        }
      }
      List<Path> written = data.export(directory);
      spec.commandLine().getErr().println("arobase: wrote " + written.size() + " files into " + directory);
      written.forEach(f -> spec.commandLine().getOut().println(directory.relativize(f)));
      spec.commandLine().getOut().flush();
      return Arobase.OK;
    }
  }
}
