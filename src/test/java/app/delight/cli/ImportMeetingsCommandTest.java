package app.delight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.support.MutableClock;
import app.delight.support.TestData;
import app.delight.support.TestPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code import meetings FILE.ics}, run as a user runs it, on Friday 20 March 2026 at 13:00 in
 * Paris: the calendar's meetings with Acme's people that have taken place become touchpoints, once.
 */
class ImportMeetingsCommandTest {
    private static final String TEAM = "T0MEETING1";
    private static final Instant FRIDAY_20_MARCH = Instant.parse("2026-03-20T12:00:00Z");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(FRIDAY_20_MARCH);
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private static String databaseUrl;

    @BeforeAll
    static void acmeAndGlobexWithTheirDomains() throws URISyntaxException {
        databaseUrl = TestPostgres.newDatabase("meetings");
        TestData.importClients(databaseUrl, Path.of(Objects.requireNonNull(ImportMeetingsCommandTest.class.getResource(
                "/clients/acme-and-globex-with-domains.csv")).toURI()), TEAM);
    }

    @BeforeEach
    void noMeetingsYet() {
        TestData.query(databaseUrl, "WITH m AS (DELETE FROM meetings RETURNING 1), t AS (DELETE FROM touchpoints RETURNING 1) "
                + "SELECT (SELECT count(*) FROM m) + (SELECT count(*) FROM t)");
    }

    private int importMeetings(Path file) {
        CommandLine commandLine = RootCommand.commandLine(Map.of("DATABASE_URL", databaseUrl), clock);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute("import", "meetings", file.toString(), "--team", TEAM);
    }

    private static Path calendar() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(ImportMeetingsCommandTest.class.getResource("/calendar/acme-meetings.ics")).toURI());
    }

    private List<String> touchpoints() {
        return TestData.query(databaseUrl, "SELECT c.name || ' ' || t.kind || ' ' || t.text || ' ' || "
                + "to_char(t.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') FROM touchpoints t JOIN clients c ON c.id = t.client_id "
                + "ORDER BY t.occurred_at, t.id");
    }

    @Test
    void aMeetingWithAnAttendeeAtTheClientsDomainThatTookPlaceIsATouchpointOfKindMeeting() throws Exception {
        assertThat(importMeetings(calendar())).as(err.toString()).isZero();

        // 12 March took place; 19 March was cancelled; the rest is still to come; the team lunch and the
        // cancelled Globex intro are no one's touchpoint.
        assertThat(touchpoints()).containsExactly("Acme Corp meeting Weekly sync 2026-03-12 09:00");
        assertThat(TestData.query(databaseUrl, "SELECT to_char(last_contact_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') "
                + "FROM client_last_contacts")).containsExactly("2026-03-12 09:00");
        assertThat(out.toString()).contains(" with clients' people of workspace " + TEAM + ": ", "; 1 recorded as a touchpoint (");
    }

    @Test
    void importingTheSameFileTwiceRecordsNothingNew() throws Exception {
        importMeetings(calendar());
        List<String> meetings = TestData.query(databaseUrl, "SELECT id || event_key || starts_at || cancelled FROM meetings ORDER BY id");

        assertThat(importMeetings(calendar())).isZero();

        assertThat(out.toString()).contains(": 0 new, 0 changed; 0 recorded as touchpoints");
        assertThat(touchpoints()).hasSize(1);
        assertThat(TestData.query(databaseUrl, "SELECT id || event_key || starts_at || cancelled FROM meetings ORDER BY id"))
                .isEqualTo(meetings);
    }

    @Test
    void meetingsReadBeforeBecomeTouchpointsOnceTheyHaveTakenPlaceAtTheirTimeAcrossTheChangeOfClocks() throws Exception {
        importMeetings(calendar());
        clock.advance(java.time.Duration.ofDays(31));

        assertThat(importMeetings(calendar())).isZero();
        assertThat(importMeetings(calendar())).isZero();

        assertThat(touchpoints()).containsExactly(
                "Acme Corp meeting Weekly sync 2026-03-12 09:00",
                "Acme Corp meeting Weekly sync 2026-03-26 09:00",
                "Acme Corp meeting QBR 2026-03-26 15:00",
                "Acme Corp meeting Weekly sync (moved) 2026-04-09 12:00",
                "Acme Corp meeting Weekly sync 2026-04-16 08:00");
    }

    @Test
    void aCancellationReadLaterCancelsAMeetingReadBefore() throws Exception {
        importMeetings(calendar());
        Path cancelled = dir.resolve("cancelled.ics");
        Files.writeString(cancelled, Files.readString(calendar()).replace("STATUS:CONFIRMED\r\nSUMMARY:QBR", "STATUS:CANCELLED\r\nSUMMARY:QBR"));

        importMeetings(cancelled);
        clock.advance(java.time.Duration.ofDays(10));
        importMeetings(cancelled);

        assertThat(touchpoints()).noneMatch(touchpoint -> touchpoint.contains("QBR"));
        assertThat(TestData.query(databaseUrl, "SELECT cancelled FROM meetings WHERE title = 'QBR'")).containsExactly("t");
    }

    @Test
    void aFileThatIsNotACalendarIsNotRead() throws IOException {
        Path csv = Files.writeString(dir.resolve("clients.ics"), "name\nAcme\n");

        assertThat(importMeetings(csv)).isEqualTo(RootCommand.EXIT_FAILED);

        assertThat(err.toString()).contains("is not an iCalendar file").contains("BEGIN:VCALENDAR");
    }
}
