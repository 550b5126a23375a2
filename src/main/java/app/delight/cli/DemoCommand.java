package app.delight.cli;

import app.delight.config.Settings;
import app.delight.demo.DemoData;
import app.delight.demo.DemoLoader;
import app.delight.store.Database;
import app.delight.store.Workspaces;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code demo [--team T] [--refresh]}: demo clients and their history, dated relative to today. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = {
        "Load demo clients, follow-ups and history into the database, dated relative to today, in one transaction.",
        "Writes nothing when a demo client (by name) is already in the workspace, so running it twice changes nothing; "
                + "--refresh replaces the demo's own clients with today's."})
public final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    private RootCommand main;

    @Spec
    private CommandSpec spec;

    @Mixin
    private TeamOption team;

    @Option(names = "--refresh", description = "Delete the demo clients (and their history) and load them again, dated from today. "
            + "Clients of your own are never touched.")
    private boolean refresh;

    @Override
    public Integer call() {
        Settings settings = Settings.fromEnvironment(main.environment());
        LocalDate today = LocalDate.now(main.clock().withZone(settings.timezone()));
        PrintWriter out = spec.commandLine().getOut();
        try (Database database = Database.open(settings)) {
            String teamId = team.resolve(settings, new Workspaces(database.store()));
            DemoLoader.Outcome outcome = new DemoLoader(database.store(), settings.timezone())
                    .load(teamId, DemoData.asOf(today), refresh);
            switch (outcome.status()) {
                case LOADED, REFRESHED -> out.println((outcome.status() == DemoLoader.Status.LOADED ? "Loaded " : "Refreshed ")
                        + outcome.clients().size() + " demo clients and " + outcome.historyRows() + " history rows into workspace "
                        + teamId + ", dated relative to " + today + ". Try /delight acme.");
                case ALREADY_LOADED -> out.println("The demo is already in workspace " + teamId + " (" + String.join(", ", outcome.clients())
                        + "): nothing was written. Add --refresh to load it again dated from today.");
                case NAMES_TAKEN -> {
                    spec.commandLine().getErr().println("Workspace " + teamId + " has clients of its own named "
                            + String.join(", ", outcome.clients()) + ": nothing was written.");
                    return RootCommand.EXIT_FAILED;
                }
            }
        }
        return 0;
    }
}
