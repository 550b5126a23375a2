package app.delight.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code import}: the things that can be imported, each a sub-command. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import clients (a CSV file or a CRM's export) or meetings "
        + "(an iCalendar file).", subcommands = {ImportClientsCommand.class, ImportMeetingsCommand.class})
public final class ImportCommand {
    @ParentCommand
    private RootCommand main;

    RootCommand main() {
        return main;
    }
}
