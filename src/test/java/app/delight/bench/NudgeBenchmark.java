package app.delight.bench;

import app.delight.config.DatabaseUrl;
import app.delight.config.Settings;
import app.delight.delivery.Delivery;
import app.delight.delivery.DeliveryReport;
import app.delight.delivery.SlackPoster;
import app.delight.domain.ClientUpdate;
import app.delight.domain.Stage;
import app.delight.metrics.Metrics;
import app.delight.nudge.NudgePlanner;
import app.delight.nudge.Nudges;
import app.delight.nudge.OutboxDelivery;
import app.delight.playbook.PlaybookLoader;
import app.delight.slack.SlackApp;
import app.delight.store.ClientImport;
import app.delight.store.Database;
import app.delight.support.FakeSlackApi;
import app.delight.support.RunningDelight;
import app.delight.support.TestPostgres;
import com.slack.api.Slack;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The daily pass at scale: 10,000 clients over 200 channels, against a fake Slack that refuses a
 * second message to a channel within a second. First the {@code nudge} command as its own JVM with
 * the flags the README recommends: its wall time, peak resident memory and full collections. Then,
 * for the next day, the pass's parts in this JVM: the time to compute and write the outbox, and the
 * delivery's wall time with its ratio to the floor the rate limit allows.
 */
@Tag("bench")
class NudgeBenchmark {
    private static final int CLIENTS = 10_000;
    private static final int CHANNELS = 200;
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);
    /** Slack's own limit is about one a second; the fake's is a little looser so clock jitter is not a 429. */
    private static final Duration PER_CHANNEL = Duration.ofMillis(950);
    private static final Duration COMMAND_LIMIT = Duration.ofMinutes(10);
    private static final List<String> INDUSTRIES = List.of("retail", "education", "healthcare", "saas", "hospitality",
            "nonprofit", "finance", "real-estate", "manufacturing", "general");

    @Test
    void tenThousandClientsOverTwoHundredChannels() throws Exception {
        String url = TestPostgres.newDatabase("nudge_bench");
        try (Database database = Database.connect(DatabaseUrl.parse("DATABASE_URL", url));
             FakeSlackApi fake = FakeSlackApi.start()) {
            new ClientImport(database.store()).run(RunningDelight.TEAM_ID, clients());
            fake.enforcePerChannelRate(PER_CHANNEL);

            System.out.printf("%n| nudge pass, %d clients, %d channels | figure |%n|---|---|%n", CLIENTS, CHANNELS);
            nudgeCommandInItsOwnJvm(RunningDelight.environment(fake, url));
            // The first day's calls are the other JVM's: this one need not keep them.
            fake.reset();
            fake.enforcePerChannelRate(PER_CHANNEL);
            passParts(database, fake, RunningDelight.environment(fake, url));
            System.out.println();
        }
    }

    private static void nudgeCommandInItsOwnJvm(Map<String, String> env) throws Exception {
        Path log = Files.createTempFile("delight-bench-nudge-", ".log");
        Path gcLog = Files.createTempFile("delight-bench-nudge-gc-", ".log");
        List<String> jvmArgs = new ArrayList<>(AppProcess.recommendedJvmFlags());
        jvmArgs.add("-Xlog:gc:file=" + gcLog);
        long start = System.nanoTime();
        Process process = AppProcess.builder(jvmArgs, List.of("nudge", "--date", MONDAY.toString()), env, log).start();
        long peakKb = 0;
        long giveUp = start + COMMAND_LIMIT.toNanos();
        // VmHWM is gone with the process: read it as long as there is one.
        while (!process.waitFor(100, TimeUnit.MILLISECONDS) && System.nanoTime() < giveUp) {
            peakKb = Math.max(peakKb, AppProcess.procStatus(process.pid(), "VmHWM"));
        }
        boolean finished = !process.isAlive();
        if (!finished) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String ended = finished ? "exit " + process.exitValue() : "killed after " + COMMAND_LIMIT.toMinutes() + " min";
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        String said = Files.readAllLines(log).stream().filter(line -> line.startsWith("Nudges for")).findFirst()
                .orElse("no summary line; see " + log);
        long fullCollections = Files.readAllLines(gcLog).stream().filter(line -> line.contains("Pause Full")).count();
        System.out.printf("| `nudge --date %s` as its own JVM (`%s`) | %.1f s, %s: %s |%n", MONDAY,
                AppProcess.RECOMMENDED_JVM_FLAGS, wall.toMillis() / 1000.0, ended, said);
        System.out.printf("| its peak resident memory (VmHWM, read every 100 ms) | %d MB |%n", peakKb / 1024);
        System.out.printf("| its full collections (heap too small for what it holds) | %d |%n", fullCollections);
    }

    private static void passParts(Database database, FakeSlackApi fake, Map<String, String> env) throws Exception {
        Instant now = TUESDAY.atTime(10, 0).toInstant(ZoneOffset.UTC);
        NudgePlanner planner = Nudges.planner(Settings.fromEnvironment(Map.of()), database.store(), PlaybookLoader.builtIn(),
                Clock.fixed(now, ZoneOffset.UTC));
        Map<String, Long> perChannel = new HashMap<>();
        AtomicInteger enqueued = new AtomicInteger();
        long planStart = System.nanoTime();
        planner.plan(now, Optional.of(TUESDAY), batch -> {
            enqueued.addAndGet(planner.enqueue(batch));
            batch.entries().forEach(entry -> perChannel.merge(entry.recipient(), 1L, Long::sum));
        });
        Duration planTime = Duration.ofNanos(System.nanoTime() - planStart);

        long busiest = perChannel.values().stream().mapToLong(Long::longValue).max().orElse(0);
        Duration floor = Duration.ofSeconds(Math.max(0, busiest - 1));
        DeliveryReport report;
        try (Slack slack = SlackApp.client(Settings.fromEnvironment(env));
             Delivery delivery = new Delivery(new SlackPoster(slack, RunningDelight.BOT_TOKEN))) {
            report = new OutboxDelivery(database.store(), delivery, new Metrics()).deliverPending();
        }
        System.out.printf("| %s in this JVM: compute and write the outbox | %.1f s (%d messages, %.2f ms a client) |%n",
                TUESDAY, planTime.toMillis() / 1000.0, enqueued.get(), planTime.toMillis() / (double) CLIENTS);
        System.out.printf("| delivery wall time | %.1f s (%d sent, %d failed, %d rate-limited retries) |%n",
                report.wallTime().toMillis() / 1000.0, report.sent(), report.failed(), report.rateLimited());
        System.out.printf("| rate-limit floor (busiest channel: %d messages at 1/s) | %d s |%n", busiest, floor.toSeconds());
        System.out.printf("| wall time / floor | %.2f |%n", report.wallTime().toMillis() / (double) Math.max(1, floor.toMillis()));
    }

    private static List<ClientUpdate> clients() {
        List<ClientUpdate> rows = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            rows.add(new ClientUpdate(String.format("Client %05d", i), Optional.empty(),
                    Optional.of(String.format("CBENCH%03d", i % CHANNELS)), Optional.of(List.of("U0BENCH" + (i % 50))),
                    Optional.of(INDUSTRIES.get(i % INDUSTRIES.size())), Optional.of(Stage.ACTIVE),
                    Optional.of(MONDAY.minusDays(5 + i % 700)), Optional.of(MONDAY.plusDays(30 + i % 400)),
                    Optional.of(BigDecimal.valueOf(1000 + i % 9000)), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty()));
        }
        return rows;
    }
}
