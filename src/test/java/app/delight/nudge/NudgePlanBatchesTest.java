package app.delight.nudge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.delight.config.DatabaseUrl;
import app.delight.config.Settings;
import app.delight.playbook.PlaybookLoader;
import app.delight.store.Database;
import app.delight.store.OutboxRepository;
import app.delight.support.TestData;
import app.delight.support.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T10:00:00Z");

    private String databaseUrl;
    private Database database;
    private NudgePlanner planner;

    @BeforeEach
    void importClients(@TempDir Path dir) throws IOException {
        databaseUrl = TestPostgres.newDatabase("plan_batches");
        Path csv = dir.resolve("clients.csv");
        List<String> lines = new ArrayList<>(List.of("name,aliases,channel,owners,industry,stage,start_date,renewal_date,monthly_revenue,timezone"));
        IntStream.range(0, CLIENTS).mapToObj(i -> String.format("Client %03d,,C0BATCH%03d,U0TEST0001,retail,active,2025-03-01,"
                + "2027-02-01,1000,", i, i)).forEach(lines::add);
        Files.write(csv, lines);
        TestData.importClients(databaseUrl, csv);
        database = Database.connect(DatabaseUrl.parse("DATABASE_URL", databaseUrl));
        planner = Nudges.planner(Settings.fromEnvironment(Map.of()), database.jdbi(), PlaybookLoader.builtIn(),
                Clock.fixed(MONDAY_MORNING, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private List<NudgePlan> planMonday() {
        List<NudgePlan> batches = new ArrayList<>();
        planner.plan(MONDAY_MORNING, Optional.of(MONDAY), batches::add);
        return batches;
    }

    private static long clientsIn(NudgePlan batch) {
        return batch.entries().stream().map(OutboxRepository.Entry::clientId).distinct().count();
    }

    @Test
    void everyDueClientIsPlannedOnceInBatchesOfAtMostAHundredClients() {
        List<NudgePlan> batches = planMonday();

        assertThat(batches).extracting(NudgePlanBatchesTest::clientsIn).containsExactly(100L, 100L, 50L);
        List<Long> planned = batches.stream().flatMap(batch -> batch.entries().stream()).map(OutboxRepository.Entry::clientId)
                .toList();
        assertThat(planned).doesNotHaveDuplicates().hasSize(CLIENTS);
    }

    @Test
    void aPassStoppedAfterItsFirstBatchKeepsThatBatchAndTheNextPassPlansOnlyTheRest() {
        RuntimeException crash = new IllegalStateException("the instance stopped");
        assertThatThrownBy(() -> planner.plan(MONDAY_MORNING, Optional.of(MONDAY), batch -> {
            planner.enqueue(batch);
            throw crash;
        })).isSameAs(crash);
        assertThat(outboxClients()).isEqualTo(NudgePlanner.CLIENTS_A_BATCH);

        List<NudgePlan> rest = planMonday();
        rest.forEach(planner::enqueue);

        assertThat(rest.stream().mapToLong(NudgePlanBatchesTest::clientsIn).sum()).isEqualTo(CLIENTS - NudgePlanner.CLIENTS_A_BATCH);
        assertThat(outboxClients()).isEqualTo(CLIENTS);
        assertThat(TestData.query(databaseUrl, "SELECT count(*) FROM nudge_outbox")).containsExactly(String.valueOf(CLIENTS));
    }

    private int outboxClients() {
        return TestData.query(databaseUrl, "SELECT DISTINCT client_id FROM nudge_outbox").size();
    }
}
