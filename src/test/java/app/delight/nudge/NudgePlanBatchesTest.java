package app.delight.nudge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.delight.config.DatabaseUrl;
import app.delight.config.Settings;
import app.delight.delivery.Delivery;
import app.delight.metrics.Metrics;
import app.delight.playbook.Playbook;
import app.delight.playbook.PlaybookLoader;
import app.delight.store.Database;
import app.delight.store.OutboxRepository;
import app.delight.support.RunningDelight;
import app.delight.support.TestData;
import app.delight.support.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A day's nudges for many clients are planned and written a batch at a time, never all held at once. */
class NudgePlanBatchesTest {
    private static final int CLIENTS = 250;
    private static final String OTHER_TEAM = "T0OTHER001";
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T10:00:00Z");

    @TempDir
    Path dir;
    private String databaseUrl;
    private Database database;

    @BeforeEach
    void importClients() throws IOException {
        databaseUrl = TestPostgres.newDatabase("plan_batches");
        TestData.importClients(databaseUrl, csv("ours.csv", CLIENTS));
        database = Database.connect(DatabaseUrl.parse("DATABASE_URL", databaseUrl));
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** {@code count} active retail clients, each with its own channel. */
    private Path csv(String name, int count) throws IOException {
        List<String> lines = new ArrayList<>(List.of("name,aliases,channel,owners,industry,stage,start_date,renewal_date,"
                + "monthly_revenue,timezone"));
        IntStream.range(0, count).mapToObj(i -> String.format("Client %03d,,C0BATCH%03d,U0TEST0001,retail,active,2025-03-01,"
                + "2027-02-01,1000,", i, i)).forEach(lines::add);
        return Files.write(dir.resolve(name), lines);
    }

    private NudgePlanner planner(Playbook playbook) {
        return Nudges.planner(Settings.fromEnvironment(Map.of()), database.store(), playbook, Clock.fixed(MONDAY_MORNING, ZoneOffset.UTC));
    }

    private static List<NudgeBatch> planMonday(NudgePlanner planner) {
        List<NudgeBatch> batches = new ArrayList<>();
        planner.plan(MONDAY_MORNING, Optional.of(MONDAY), batches::add);
        return batches;
    }

    /** The built-in playbook without a single anticipation, tip or surprise: new clients' cards are empty. */
    private static Playbook nothingToSay() {
        Playbook builtIn = PlaybookLoader.builtIn();
        return new Playbook(builtIn.weights(), builtIn.targets(), builtIn.cadenceDays(), builtIn.quietPeriods(),
                builtIn.country(), builtIn.regions(), builtIn.industries(), List.of(), List.of(), List.of());
    }

    @Test
    void everyDueClientIsPlannedOnceInBatchesOfAtMostAHundredClients() {
        List<NudgeBatch> batches = planMonday(planner(PlaybookLoader.builtIn()));

        assertThat(batches).extracting(batch -> batch.clients().size()).containsExactly(100, 100, 50);
        List<Long> messaged = batches.stream().flatMap(batch -> batch.entries().stream()).map(OutboxRepository.Entry::clientId)
                .toList();
        assertThat(messaged).doesNotHaveDuplicates().hasSize(CLIENTS);
    }

    @Test
    void eachWorkspaceIsPlannedInBatchesOfItsOwn() throws IOException {
        TestData.importClients(databaseUrl, csv("theirs.csv", 30), OTHER_TEAM);

        List<NudgeBatch> batches = planMonday(planner(PlaybookLoader.builtIn()));

        assertThat(batches).extracting(NudgeBatch::teamId, batch -> batch.clients().size())
                .containsExactly(tuple(OTHER_TEAM, 30), tuple(RunningDelight.TEAM_ID, 100), tuple(RunningDelight.TEAM_ID, 100),
                        tuple(RunningDelight.TEAM_ID, 50));
    }

    @Test
    void aPassStoppedAfterItsFirstBatchKeepsThatBatchAndTheNextPassPlansOnlyTheRest() {
        NudgePlanner planner = planner(PlaybookLoader.builtIn());
        RuntimeException crash = new IllegalStateException("the instance stopped");
        assertThatThrownBy(() -> planner.plan(MONDAY_MORNING, Optional.of(MONDAY), batch -> {
            planner.enqueue(batch);
            throw crash;
        })).isSameAs(crash);
        assertThat(outboxClients()).isEqualTo(NudgePlanner.CLIENTS_A_BATCH);

        List<NudgeBatch> rest = planMonday(planner);
        rest.forEach(planner::enqueue);

        assertThat(rest.stream().mapToInt(batch -> batch.clients().size()).sum()).isEqualTo(CLIENTS - NudgePlanner.CLIENTS_A_BATCH);
        assertThat(outboxClients()).isEqualTo(CLIENTS);
        assertThat(TestData.query(databaseUrl, "SELECT count(*) FROM nudge_outbox")).containsExactly(String.valueOf(CLIENTS));
    }

    @Test
    void aClientWhoseCardHasNothingToSayIsPlannedOnceADayNotAtEveryPass() {
        NudgePlanner planner = planner(nothingToSay());
        List<NudgeBatch> first = planMonday(planner);
        first.forEach(planner::enqueue);

        assertThat(first).flatExtracting(NudgeBatch::entries).isEmpty();
        assertThat(first.stream().mapToInt(batch -> batch.clients().size()).sum()).isEqualTo(CLIENTS);
        assertThat(planner.plan(MONDAY_MORNING, Optional.of(MONDAY), batch -> { })).isZero();
        assertThat(outboxClients()).isZero();
    }

    @Test
    void aPassForgetsThePlansOfDaysGoneAndKeepsYesterdaysForClientsBehindUtc() {
        NudgePlanner planner = planner(nothingToSay());
        planMonday(planner).forEach(planner::enqueue);
        planner.plan(MONDAY_MORNING, Optional.of(MONDAY.plusDays(1)), planner::enqueue);

        Instant wednesday = MONDAY_MORNING.plus(Duration.ofDays(2));
        try (Delivery delivery = new Delivery(message -> {
            throw new AssertionError("nothing to post, yet asked to post " + message);
        })) {
            Nudges.pass(Settings.fromEnvironment(Map.of()), database.store(), nothingToSay(), Clock.fixed(wednesday, ZoneOffset.UTC),
                    delivery, new Metrics()).run(Optional.empty());
        }

        assertThat(TestData.query(databaseUrl, "SELECT DISTINCT nudge_date FROM nudge_plans ORDER BY 1"))
                .containsExactly(MONDAY.plusDays(1).toString(), MONDAY.plusDays(2).toString());
    }

    private int outboxClients() {
        return TestData.query(databaseUrl, "SELECT DISTINCT client_id FROM nudge_outbox").size();
    }
}
