package app.delight.cli;

import app.delight.config.ConfigException;
import java.time.Clock;
import java.util.Map;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar delight.jar [serve | import clients FILE | nudge]}; {@code serve} when no command is named. */
@Command(name = "delight", mixinStandardHelpOptions = true, version = "Delight 0.1",
        description = "Keeps agency account teams one step ahead of their clients, in Slack.",
        subcommands = {ServeCommand.class, ImportCommand.class, NudgeCommand.class, DemoCommand.class})
public final class RootCommand implements Runnable {
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_BAD_SETTINGS = 3;

    private final Map<String, String> environment;
    private final Clock clock;

    public RootCommand(Map<String, String> environment, Clock clock) {
        this.environment = environment;
        this.clock = clock;
    }

    /** Runs what the arguments ask for with the process's environment, then exits with its code. */
    public static void runAndExit(String[] args) {
        CommandLine commandLine = commandLine(System.getenv(), Clock.systemUTC());
        int exit = commandLine.execute(args);
        // serve returns only once the shutdown hook has run; exiting then would block the JVM's shutdown.
        CommandLine.ParseResult parsed = commandLine.getParseResult();
        boolean served = parsed != null
                && (!parsed.hasSubcommand() || parsed.subcommand().commandSpec().userObject() instanceof ServeCommand);
        if (exit != 0 || !served) {
            System.exit(exit);
        }
    }

    /** The command line over an environment and a clock, so tests run it exactly as a user does. */
    public static CommandLine commandLine(Map<String, String> environment, Clock clock) {
        return new CommandLine(new RootCommand(environment, clock))
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    if (e instanceof ConfigException) {
                        commandLine.getErr().println(e.getMessage());
                        return EXIT_BAD_SETTINGS;
                    }
                    commandLine.getErr().println("Delight stopped: " + e.getMessage());
                    LoggerFactory.getLogger(RootCommand.class).error("Delight stopped", e);
                    return EXIT_FAILED;
                });
    }

    public Map<String, String> environment() {
        return environment;
    }

    public Clock clock() {
        return clock;
    }

    @Override
    public void run() {
        new ServeCommand(this).run();
    }
}
