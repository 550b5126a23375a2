package app.delight.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code import}: the things that can be imported, each a sub-command. */
@Command(name = "import", description = "Import data from files.", subcommands = ImportClientsCommand.class)
public final class ImportCommand {
    @ParentCommand
    private RootCommand main;

    RootCommand main() {
        return main;
    }
}
