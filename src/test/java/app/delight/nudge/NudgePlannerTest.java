package app.delight.nudge;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.config.DatabaseUrl;
import app.delight.config.Settings;
import app.delight.playbook.PlaybookLoader;
import app.delight.store.Database;
import app.delight.support.TestData;
import app.delight.support.TestPostgres;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who is due for a nudge at a given moment: the team's nudge time in each client's own time zone. */
class NudgePlannerTest {
    private static Database database;

    @BeforeAll
    static void importClients() {
        String url = TestPostgres.newDatabase("planner");
        TestData.importClients(url, "five-clients.csv");
        TestData.importClients(url, "paris.csv");
        database = Database.connect(DatabaseUrl.parse("DATABASE_URL", url));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static List<String> dueAt(String instant) {
        Instant now = Instant.parse(instant);
        NudgePlanner planner = Nudges.planner(Settings.fromEnvironment(Map.of()), database.store(), PlaybookLoader.builtIn(),
                Clock.fixed(now, ZoneOffset.UTC));
        List<NudgeBatch> batches = new ArrayList<>();
        planner.plan(now, Optional.empty(), batches::add);
        return batches.stream()
                .flatMap(batch -> batch.entries().stream())
                .map(entry -> entry.recipient())
                .distinct()
                .sorted()
                .toList();
    }

    @Test
    void anHourAfterNudgeTimeOnAWorkdayTheDaysNudgesAreStillDue() {
        // Acme is in New York (04:00 there): not yet. Everyone else is on UTC or Paris (11:00).
        assertThat(dueAt("2026-11-23T10:00:00Z")).contains("C0SOCGEN1", "C0NORTH01", "C0DUPONT1").doesNotContain("C0ACME001");
    }

    @Test
    void beforeNudgeTimeNobodyIsDue() {
        assertThat(dueAt("2026-11-23T07:59:00Z")).isEmpty();
    }

    @Test
    void onASaturdayNobodyIsDue() {
        assertThat(dueAt("2026-11-28T10:00:00Z")).isEmpty();
    }

    @Test
    void afterSixInTheEveningTheDaysNudgesAreNoLongerSent() {
        assertThat(dueAt("2026-11-23T18:30:00Z")).containsExactly("C0ACME001");
    }

    @Test
    void aParisClientGetsItsNudgeAtNineLocalTimeOnBothSidesOfTheDaylightSavingChange() {
        assertThat(dueAt("2026-10-23T07:00:00Z")).contains("C0DUPONT1");
        assertThat(dueAt("2026-10-23T06:59:00Z")).doesNotContain("C0DUPONT1");
        assertThat(dueAt("2026-10-26T08:00:00Z")).contains("C0DUPONT1");
        assertThat(dueAt("2026-10-26T07:59:00Z")).doesNotContain("C0DUPONT1");
    }
}
