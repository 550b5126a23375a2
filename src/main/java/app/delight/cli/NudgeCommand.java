package app.delight.cli;

import app.delight.config.ConfigException;
import app.delight.config.Secret;
import app.delight.config.Settings;
import app.delight.delivery.Delivery;
import app.delight.delivery.SlackPoster;
import app.delight.metrics.Metrics;
import app.delight.nudge.NudgeBatch;
import app.delight.nudge.Nudges;
import app.delight.playbook.Playbook;
import app.delight.playbook.PlaybookLoader;
import app.delight.slack.SlackApp;
import app.delight.store.Database;
import app.delight.store.NudgePassRepository;
import app.delight.store.OutboxRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.Slack;
import java.io.PrintWriter;
import java.text.MessageFormat;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code nudge [--date YYYY-MM-DD] [--dry-run]}: the daily nudge pass, now. */
@Command(name = "nudge", description = "Run the daily nudge pass now (re-running a day posts nothing new).")
public final class NudgeCommand implements Callable<Integer> {
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParentCommand
    private RootCommand main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = StrictDate.class,
            description = "The day to run the pass for. Default: today in DELIGHT_TIMEZONE.")
    private LocalDate date;

    @Option(names = "--dry-run", description = "Print what would be posted; write and post nothing.")
    private boolean dryRun;

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.fromEnvironment(main.environment());
        LocalDate day = day(settings);
        PrintWriter out = spec.commandLine().getOut();
        if (!Nudges.calendar(settings).isNudgeDay(day)) {
            out.println(day + " is not a nudge day (DELIGHT_WORKDAYS, DELIGHT_HOLIDAYS): nothing to post.");
            return 0;
        }
        if (!dryRun && settings.botToken().isEmpty()) {
            throw new ConfigException("SLACK_BOT_TOKEN is not set: it is required to post nudges (or add --dry-run to see them)");
        }
        Playbook playbook = PlaybookLoader.configured(settings);
        try (Database database = Database.open(settings)) {
            if (dryRun) {
                AtomicInteger messages = new AtomicInteger();
                int clients = Nudges.planner(settings, database.store(), playbook, main.clock())
                        .plan(main.clock().instant(), Optional.of(day), batch -> {
                            print(batch, out);
                            messages.addAndGet(batch.entries().size());
                        });
                out.println();
                out.println(new MessageFormat("Dry run: {0,choice,0#no messages|1#1 message|1<{0,number,integer} messages} for"
                        + " {1,choice,0#no clients|1#1 client|1<{1,number,integer} clients}; nothing was posted.", Locale.ENGLISH)
                        .format(new Object[] {messages.get(), clients}));
                return 0;
            }
            String token = settings.botToken().map(Secret::reveal).orElseThrow();
            try (Slack slack = SlackApp.client(settings); Delivery delivery = new Delivery(new SlackPoster(slack, token))) {
                NudgePassRepository.Pass pass = Nudges.pass(settings, database.store(), playbook, main.clock(), delivery, new Metrics())
                        .run(Optional.of(day));
                out.println("Nudges for " + day + ": " + new MessageFormat("{0,choice,0#no clients|1#1 client|1<{0,number,integer}"
                        + " clients}, {1,choice,0#no new messages|1#1 new message|1<{1,number,integer} new messages},"
                        + " {2,number,integer} sent, {3,number,integer} failed", Locale.ENGLISH)
                        .format(new Object[] {pass.clients(), pass.enqueued(), pass.sent(), pass.failed()}));
                return pass.failed() == 0 ? 0 : RootCommand.EXIT_FAILED;
            }
        }
    }

    private LocalDate day(Settings settings) {
        return date != null ? date : LocalDate.now(main.clock().withZone(settings.timezone()));
    }

    /** A wrong date is a wrong argument (exit 2, with the usage); strict, so 2026-02-30 is refused, not moved to the 28th. */
    static final class StrictDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value, ISO_DATE);
            } catch (DateTimeException e) {
                throw new TypeConversionException("must be a date YYYY-MM-DD, got " + value);
            }
        }
    }

    /** Each message's blocks as text: the digests are ours, so a block that does not parse is a bug, not bad input. */
    private static void print(NudgeBatch batch, PrintWriter out) {
        for (OutboxRepository.Entry entry : batch.entries()) {
            out.println();
            out.println("To " + entry.recipient() + " (" + entry.kind() + ", workspace " + batch.teamId() + "):");
            try {
                for (JsonNode block : JSON.readTree(entry.messageJson()).path("blocks")) {
                    String text = block.path("text").path("text").asText("");
                    if (!text.isEmpty()) {
                        out.println("  " + text.replace("\n", "\n  "));
                    }
                }
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a planned message is not JSON: " + e.getOriginalMessage(), e);
            }
        }
    }
}
