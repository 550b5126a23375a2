package app.delight.nudge;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.cli.RootCommand;
import app.delight.support.FakeSlackApi;
import app.delight.support.RunningDelight;
import app.delight.support.SlackCall;
import app.delight.support.TestData;
import app.delight.support.TestPostgres;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code nudge --date}: the daily pass over imported clients, against the fake Slack. */
class NudgeCommandTest {
    private static final String MONDAY = "2026-11-23";
    private static final Clock MONDAY_MORNING = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    /** five-clients.csv: three clients with a channel; Blue Harbor (two owners) and Globex (one) without. */
    private static final List<String> RECIPIENTS = List.of("C0ACME001", "C0SOCGEN1", "C0NORTH01", "U0TEST0001",
            "U0TEST0002", "U0TEST0002");

    private FakeSlackApi slack;
    private String databaseUrl;
    private final StringWriter out = new StringWriter();

    @BeforeEach
    void start() {
        slack = FakeSlackApi.start();
        databaseUrl = TestPostgres.newDatabase("nudge");
        TestData.importClients(databaseUrl, "five-clients.csv");
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    private int nudge(String... args) {
        CommandLine commandLine = RootCommand.commandLine(RunningDelight.environment(slack, databaseUrl), MONDAY_MORNING);
        commandLine.setOut(new PrintWriter(out, true));
        String[] all = new String[args.length + 1];
        all[0] = "nudge";
        System.arraycopy(args, 0, all, 1, args.length);
        return commandLine.execute(all);
    }

    private List<String> postedTo() {
        return slack.delivered("chat.postMessage").stream().map(call -> call.param("channel")).sorted().toList();
    }

    @Test
    void aPassPostsOneDigestPerClientChannelAndARerunPostsNothingNew() {
        assertThat(nudge("--date", MONDAY)).isZero();
        assertThat(postedTo()).containsExactlyInAnyOrderElementsOf(RECIPIENTS);
        assertThat(TestData.query(databaseUrl, "SELECT count(*) FROM nudge_outbox WHERE status = 'sent' AND message_ts IS NOT NULL"))
                .containsExactly("6");

        assertThat(nudge("--date", MONDAY)).isZero();

        assertThat(postedTo()).hasSize(RECIPIENTS.size());
    }

    @Test
    void aDigestCarriesTheCardsButtonsButNoShareAndPointsToTheFullCard() {
        nudge("--date", MONDAY);

        SlackCall acme = slack.delivered("chat.postMessage").stream()
                .filter(call -> call.param("channel").equals("C0ACME001")).findFirst().orElseThrow();
        assertThat(acme.param("blocks")).contains("prompt_done", "prompt_snooze", "Type `/delight Acme Corp` for the full card.")
                .doesNotContain("share_card");
    }

    @Test
    void everyNudgeIsDeliveredOnceWhenEveryOtherPostIsRateLimited() {
        slack.rateLimitEveryOther("chat.postMessage", 1);

        assertThat(nudge("--date", MONDAY)).isZero();

        assertThat(postedTo()).containsExactlyInAnyOrderElementsOf(RECIPIENTS);
        assertThat(slack.calls("chat.postMessage").size()).isGreaterThan(RECIPIENTS.size());
    }

    @Test
    void twoNudgeProcessesStartedTogetherPostEachNudgeOnce() throws Exception {
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Callable<Integer> run = () -> nudge("--date", MONDAY);
                runs.add(both.submit(run));
            }
            for (Future<Integer> run : runs) {
                assertThat(run.get()).isZero();
            }
        } finally {
            both.shutdown();
        }

        assertThat(postedTo()).containsExactlyInAnyOrderElementsOf(RECIPIENTS);
    }

    @Test
    void aPostWhoseConnectionBrokeAfterSlackTookItIsNotSentAgain() {
        slack.dropConnectionAfterAccepting("chat.postMessage", 1);

        assertThat(nudge("--date", MONDAY)).isEqualTo(RootCommand.EXIT_FAILED);

        assertThat(postedTo()).containsExactlyInAnyOrderElementsOf(RECIPIENTS);
        assertThat(slack.calls("chat.postMessage")).hasSize(RECIPIENTS.size());
        assertThat(TestData.query(databaseUrl, "SELECT last_error FROM nudge_outbox WHERE status = 'failed'"))
                .singleElement().asString().startsWith("ambiguous");
    }

    @Test
    void aSaturdayIsNotANudgeDay() {
        assertThat(nudge("--date", "2026-11-28")).isZero();

        assertThat(out.toString()).contains("not a nudge day");
        assertThat(slack.calls("chat.postMessage")).isEmpty();
    }

    @Test
    void aDryRunPrintsTheDigestsAndPostsAndWritesNothing() {
        assertThat(nudge("--date", MONDAY, "--dry-run")).isZero();

        assertThat(out.toString()).contains("Dry run: 6 messages", "To C0ACME001", "Acme Corp");
        assertThat(slack.calls("chat.postMessage")).isEmpty();
        assertThat(TestData.query(databaseUrl, "SELECT count(*) FROM nudge_outbox")).containsExactly("0");
    }

    @Test
    void aMalformedDateIsRefusedWithTheExpectedForm() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = RootCommand.commandLine(Map.of("DATABASE_URL", databaseUrl), MONDAY_MORNING);
        commandLine.setErr(new PrintWriter(err, true));

        assertThat(commandLine.execute("nudge", "--date", "2026-02-30")).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("Invalid value for option '--date': must be a date YYYY-MM-DD, got 2026-02-30");
    }
}
