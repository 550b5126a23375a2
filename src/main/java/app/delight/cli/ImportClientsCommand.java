package app.delight.cli;

import app.delight.config.ConfigException;
import app.delight.config.Secret;
import app.delight.config.Settings;
import app.delight.domain.ClientUpdate;
import app.delight.slack.SlackApp;
import app.delight.slack.SlackUsers;
import app.delight.store.ClientImport;
import app.delight.store.Database;
import app.delight.store.Workspaces;
import com.slack.api.Slack;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code import clients FILE.csv [--from hubspot|pipedrive] [--map COLUMN=Header,…]}: creates or updates clients; the whole file or nothing. */
@Command(name = "clients", mixinStandardHelpOptions = true,
        description = {"Create or update clients from a CSV file; all rows or none.",
                "The file: UTF-8 (with or without a byte-order mark), cells separated by , or ; (as Excel saves it), a header "
                        + "naming its columns in any order, only name required: " + "name,aliases,channel,owners,industry,stage,"
                        + "start_date,renewal_date,monthly_revenue,timezone,shared_channel,contacts,domains,country,locale.",
                "Or a CRM's company export with --from; --map reads any other export.",
                "Any bad row and nothing is written: each problem is named by line and column (the first 100, and how many more)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:imported", "1:nothing imported (a bad row, a missing file)", "2:wrong argument",
                "3:bad environment (such as SLACK_BOT_TOKEN needed for owners given as e-mails)"})
public final class ImportClientsCommand implements Callable<Integer> {
    @ParentCommand
    private ImportCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE.csv", description = "The clients file, or the CRM's export.")
    private Path file;

    @Option(names = "--team", paramLabel = "TEAM_ID",
            description = "The Slack workspace (team ID) the clients belong to. Default: the bot token's workspace, "
                    + "else the one workspace already in the database.")
    private String team;

    @Option(names = "--from", paramLabel = "hubspot|pipedrive", converter = CrmName.class,
            description = {"The file is a CRM's standard company export: HubSpot's companies or Pipedrive's organizations. "
                    + "The columns read, the owners found in Slack by e-mail (users.lookupByEmail) and the amounts read in "
                    + "the export's currency format are in the README (Import from a CRM)."})
    private CrmExport from;

    @Option(names = "--map", paramLabel = "COLUMN=Header", split = ",", mapFallbackValue = "",
            description = {"Read Delight's COLUMN from the file's column Header, over the CRM's (for example "
                    + "--map \"monthly_revenue=Monthly retainer,renewal_date=Contract end\"); COLUMN= with no header leaves "
                    + "that column out. Without --from, any export: its columns named as Delight's are read too."})
    private Map<String, String> map = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        RootCommand main = parent.main();
        checkMap();
        Settings settings = Settings.fromEnvironment(main.environment());
        PrintWriter err = spec.commandLine().getErr();
        List<ClientUpdate> rows;
        try (SlackOwners owners = new SlackOwners(settings); BufferedReader reader = Files.newBufferedReader(file)) {
            ClientFileFormat format = from == null && map.isEmpty() ? ClientFileFormat.design()
                    : CrmExport.format(Optional.ofNullable(from), map, new CrmCells(owners));
            rows = ClientCsv.read(reader, format);
        } catch (NoSuchFileException e) {
            err.println("No such file: " + file);
            return RootCommand.EXIT_FAILED;
        } catch (CharacterCodingException e) {
            err.println(file + " is not UTF-8 text: save it as CSV UTF-8 and try again");
            return RootCommand.EXIT_FAILED;
        } catch (ClientCsv.InvalidFile e) {
            err.println(file + ": nothing was imported, because:");
            e.problems().forEach(problem -> err.println("  " + file.getFileName() + " " + problem));
            if (e.more() > 0) {
                err.println("  " + ClientCsv.InvalidFile.moreProblems(e.more()));
            }
            return RootCommand.EXIT_FAILED;
        }
        try (Database database = Database.open(settings)) {
            String teamId = TeamOption.resolve(team, settings, new Workspaces(database.store()));
            ClientImport.Summary summary = new ClientImport(database.store()).run(teamId, rows);
            spec.commandLine().getOut().println("Imported " + new MessageFormat("{0,choice,0#no clients|1#1 client|1<"
                    + "{0,number,integer} clients}", Locale.ENGLISH).format(new Object[] {rows.size()}) + " from " + file
                    + " into workspace " + teamId + ": " + summary);
        }
        return 0;
    }

    /** A column --map does not know is a wrong argument, told before the file is read. */
    private void checkMap() {
        List<String> unknown = map.keySet().stream().filter(column -> !ClientCsv.COLUMNS.contains(column)).toList();
        if (!unknown.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--map: unknown column " + String.join(", ", unknown)
                    + "; the columns are " + String.join(", ", ClientCsv.COLUMNS));
        }
    }

    /** {@code --from}'s value, named as the README names it, whatever its case. */
    static final class CrmName implements ITypeConverter<CrmExport> {
        @Override
        public CrmExport convert(String value) {
            return CrmExport.fromCode(value).orElseThrow(() -> new TypeConversionException("must be hubspot or pipedrive, got "
                    + value));
        }
    }

    /**
     * Owners given as e-mails, found in Slack once each. Slack is reached only when an export has
     * such an owner; without a bot token that is a bad environment, said once.
     */
    private static final class SlackOwners implements CrmCells.OwnerDirectory, AutoCloseable {
        private final Settings settings;
        private final Map<String, Optional<String>> known = new HashMap<>();
        private Slack slack;
        private SlackUsers users;

        SlackOwners(Settings settings) {
            this.settings = settings;
        }

        @Override
        public Optional<String> userIdOf(String email) {
            return known.computeIfAbsent(email.toLowerCase(Locale.ROOT), this::lookUp);
        }

        private Optional<String> lookUp(String email) {
            if (users == null) {
                String token = settings.botToken().map(Secret::reveal).orElseThrow(() -> new ConfigException(
                        "SLACK_BOT_TOKEN is not set: it is needed to find the Slack user of an owner given as an e-mail ("
                                + email + "); set it, give owners as Slack user IDs, or leave them out with --map owners="));
                slack = SlackApp.client(settings);
                users = new SlackUsers(slack, token);
            }
            return users.idOf(email);
        }

        @Override
        public void close() throws Exception {
            if (slack != null) {
                slack.close();
            }
        }
    }
}
