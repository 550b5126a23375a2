package app.delight.nudge;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.support.DelightExtension;
import app.delight.support.MutableClock;
import app.delight.support.TestData;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The running app's own scheduler: started an hour after nudge time on a workday, its next pass
 * (within a minute, on Quartz's clock) sends the day's nudges, once.
 */
class ScheduledNudgesTest {
    private static final MutableClock MONDAY_TEN = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    @RegisterExtension
    static final DelightExtension delight = new DelightExtension(Map.of(), MONDAY_TEN);

    @Test
    void theAppStartedAnHourAfterNudgeTimeSendsTheDaysNudgesOnce() throws Exception {
        TestData.importClients(delight.app().databaseUrl(), "five-clients.csv");

        // Acme is in New York, where it is 05:00: it is not due. The other two channels and three DMs are.
        delight.slack().awaitCalls("chat.postMessage", 5, Duration.ofSeconds(90));
        Thread.sleep(2000);

        assertThat(delight.slack().delivered("chat.postMessage")).hasSize(5);
        assertThat(delight.app().get("/healthz").body()).contains("\"scheduler\":\"running\"", "\"sent\":5");
    }
}
