package app.delight.cli;

import app.delight.Main;
import app.delight.config.Settings;
import app.delight.domain.ClientUpdate;
import app.delight.store.ClientImport;
import app.delight.store.Database;
import app.delight.store.Workspaces;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code import clients FILE.csv}: creates or updates clients; the whole file or nothing. */
@Command(name = "clients", mixinStandardHelpOptions = true,
        description = {"Create or update clients from a CSV file; all rows or none.",
                "The file: UTF-8 (with or without a byte-order mark), cells separated by , or ; (as Excel saves it), a header "
                        + "naming its columns in any order, only name required: " + "name,aliases,channel,owners,industry,stage,"
                        + "start_date,renewal_date,monthly_revenue,timezone,shared_channel,contacts,domains,country,locale.",
                "Any bad row and nothing is written: each problem is named by line and column (the first 100, and how many more)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:imported", "1:nothing imported (a bad row, a missing file)", "2:wrong argument",
                "3:bad environment"})
public final class ImportClientsCommand implements Callable<Integer> {
    @ParentCommand
    private ImportCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE.csv", description = "The clients file.")
    private Path file;

    @Option(names = "--team", paramLabel = "TEAM_ID",
            description = "The Slack workspace (team ID) the clients belong to. Default: the bot token's workspace, "
                    + "else the one workspace already in the database.")
    private String team;

    @Override
    public Integer call() throws Exception {
        Main main = parent.main();
        Settings settings = Settings.fromEnvironment(main.environment());
        PrintWriter err = spec.commandLine().getErr();
        List<ClientUpdate> rows;
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            rows = ClientCsv.read(reader);
        } catch (NoSuchFileException e) {
            err.println("No such file: " + file);
            return Main.EXIT_FAILED;
        } catch (CharacterCodingException e) {
            err.println(file + " is not UTF-8 text: save it as CSV UTF-8 and try again");
            return Main.EXIT_FAILED;
        } catch (ClientCsv.InvalidFile e) {
            err.println(file + ": nothing was imported, because:");
            e.problems().forEach(problem -> err.println("  " + file.getFileName() + " " + problem));
            if (e.more() > 0) {
                err.println("  " + ClientCsv.InvalidFile.moreProblems(e.more()));
            }
            return Main.EXIT_FAILED;
        }
        try (Database database = Database.open(settings)) {
            String teamId = TeamOption.resolve(team, settings, new Workspaces(database.jdbi()));
            ClientImport.Summary summary = new ClientImport(database.jdbi()).run(teamId, rows);
            spec.commandLine().getOut().println("Imported " + rows.size() + " clients from " + file + " into workspace "
                    + teamId + ": " + summary);
        }
        return 0;
    }
}
