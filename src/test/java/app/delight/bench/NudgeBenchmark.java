package app.delight.bench;

import app.delight.config.DatabaseUrl;
import app.delight.config.Settings;
import app.delight.delivery.Delivery;
import app.delight.delivery.DeliveryReport;
import app.delight.delivery.SlackPoster;
import app.delight.domain.ClientUpdate;
import app.delight.domain.Stage;
import app.delight.metrics.Metrics;
import app.delight.nudge.NudgePlan;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The daily pass at scale: 10,000 clients over 200 channels. Prints the time to compute and write
 * the outbox, and the delivery's wall time against a fake Slack that refuses a second message to a
 * channel within a second, with that time's ratio to the floor the rate limit allows.
 */
@Tag("bench")
class NudgeBenchmark {
    private static final int CLIENTS = 10_000;
    private static final int CHANNELS = 200;
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final List<String> INDUSTRIES = List.of("retail", "education", "healthcare", "saas", "hospitality",
            "nonprofit", "finance", "real-estate", "manufacturing", "general");

    @Test
    void tenThousandClientsOverTwoHundredChannels() throws Exception {
        String url = TestPostgres.newDatabase("nudge_bench");
        Instant now = MONDAY.atTime(10, 0).toInstant(ZoneOffset.UTC);
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        try (Database database = Database.connect(DatabaseUrl.parse("DATABASE_URL", url));
             FakeSlackApi fake = FakeSlackApi.start()) {
            new ClientImport(database.jdbi()).run(RunningDelight.TEAM_ID, clients());
            Settings settings = Settings.fromEnvironment(Map.of());
            NudgePlanner planner = Nudges.planner(settings, database.jdbi(), PlaybookLoader.builtIn(), clock);

            long planStart = System.nanoTime();
            NudgePlan plan = planner.plan(now, Optional.of(MONDAY));
            int enqueued = planner.enqueue(plan);
            Duration planTime = Duration.ofNanos(System.nanoTime() - planStart);

            // Slack's own limit is about one a second; the fake's is a little looser so clock jitter is not a 429.
            fake.enforcePerChannelRate(Duration.ofMillis(950));
            Map<String, Long> perChannel = plan.entriesByTeam().values().stream().flatMap(List::stream)
                    .collect(Collectors.groupingBy(entry -> entry.recipient(), Collectors.counting()));
            long busiest = perChannel.values().stream().mapToLong(Long::longValue).max().orElse(0);
            Duration floor = Duration.ofSeconds(Math.max(0, busiest - 1));
            Map<String, String> env = RunningDelight.environment(fake, url);
            DeliveryReport report;
            try (Slack slack = SlackApp.client(Settings.fromEnvironment(env));
                 Delivery delivery = new Delivery(new SlackPoster(slack, RunningDelight.BOT_TOKEN))) {
                report = new OutboxDelivery(database.jdbi(), delivery, new Metrics()).deliverPending();
            }

            System.out.printf("%n| nudge pass, %d clients, %d channels | figure |%n|---|---|%n", CLIENTS, CHANNELS);
            System.out.printf("| compute and write the outbox | %.1f s (%d messages, %.2f ms a client) |%n",
                    planTime.toMillis() / 1000.0, enqueued, planTime.toMillis() / (double) CLIENTS);
            System.out.printf("| delivery wall time | %.1f s (%d sent, %d failed, %d rate-limited retries) |%n",
                    report.wallTime().toMillis() / 1000.0, report.sent(), report.failed(), report.rateLimited());
            System.out.printf("| rate-limit floor (busiest channel: %d messages at 1/s) | %d s |%n", busiest, floor.toSeconds());
            System.out.printf("| wall time / floor | %.2f |%n%n", report.wallTime().toMillis() / (double) Math.max(1, floor.toMillis()));
        }
    }

    private static List<ClientUpdate> clients() {
        List<ClientUpdate> rows = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            rows.add(new ClientUpdate(String.format("Client %05d", i), Optional.empty(),
                    Optional.of(String.format("CBENCH%03d", i % CHANNELS)), Optional.of(List.of("U0BENCH" + (i % 50))),
                    Optional.of(INDUSTRIES.get(i % INDUSTRIES.size())), Optional.of(Stage.ACTIVE),
                    Optional.of(MONDAY.minusDays(5 + i % 700)), Optional.of(MONDAY.plusDays(30 + i % 400)),
                    Optional.of(BigDecimal.valueOf(1000 + i % 9000)), Optional.empty()));
        }
        return rows;
    }
}
