package app.delight.cli;

import app.delight.config.Settings;
import app.delight.domain.ClientUpdate;
import app.delight.store.ClientImport;
import app.delight.store.Database;
import app.delight.store.Workspaces;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code import clients FILE.csv}: creates or updates clients; the whole file or nothing. */
@Command(name = "clients", description = "Create or update clients from a CSV file; all rows or none.")
public final class ImportClientsCommand implements Callable<Integer> {
    @ParentCommand
    private ImportCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE.csv", description = "UTF-8 CSV with the columns " + "name,aliases,channel,owners,"
            + "industry,stage,start_date,renewal_date,monthly_revenue,timezone")
    private Path file;

    @Option(names = "--team", paramLabel = "TEAM_ID",
            description = "The Slack workspace (team ID) the clients belong to. Default: the bot token's workspace, "
                    + "else the one workspace already in the database.")
    private String team;

    @Override
    public Integer call() throws Exception {
        RootCommand main = parent.main();
        Settings settings = Settings.fromEnvironment(main.environment());
        List<ClientUpdate> rows;
        try {
            rows = ClientCsv.read(new StringReader(withoutByteOrderMark(Files.readString(file))));
        } catch (NoSuchFileException e) {
            spec.commandLine().getErr().println("No such file: " + file);
            return RootCommand.EXIT_FAILED;
        } catch (CharacterCodingException e) {
            spec.commandLine().getErr().println(file + " is not UTF-8 text: save it as CSV UTF-8 and try again");
            return RootCommand.EXIT_FAILED;
        } catch (ClientCsv.InvalidFile e) {
            spec.commandLine().getErr().println(file + ": nothing was imported, because:");
            e.problems().forEach(problem -> spec.commandLine().getErr().println("  " + file.getFileName() + " " + problem));
            return RootCommand.EXIT_FAILED;
        }
        try (Database database = Database.open(settings)) {
            String teamId = teamId(settings, new Workspaces(database.store()));
            ClientImport.Summary summary = new ClientImport(database.store()).run(teamId, rows);
            spec.commandLine().getOut().println("Imported " + new MessageFormat("{0,choice,0#no clients|1#1 client|1<"
                    + "{0,number,integer} clients}", Locale.ENGLISH).format(new Object[] {rows.size()}) + " from " + file
                    + " into workspace " + teamId + ": " + summary);
        }
        return 0;
    }

    private String teamId(Settings settings, Workspaces workspaces) {
        return TeamOption.resolve(team, settings, workspaces);
    }

    /** Spreadsheet programs often start UTF-8 files with a byte-order mark, which is not part of the header. */
    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

}
