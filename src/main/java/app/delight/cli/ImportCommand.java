package app.delight.cli;

import app.delight.Main;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code import}: the things that can be imported, each a sub-command. */
@Command(name = "import", description = "Import data from files.", subcommands = ImportClientsCommand.class)
public final class ImportCommand {
    @ParentCommand
    private Main main;

    Main main() {
        return main;
    }
}
