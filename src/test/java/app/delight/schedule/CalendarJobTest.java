package app.delight.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.clients.Calendars;
import app.delight.config.DatabaseUrl;
import app.delight.signals.ics.IcsFeed;
import app.delight.store.Database;
import app.delight.support.CapturedLogs;
import app.delight.support.FakeSlackApi;
import app.delight.support.RunningDelight;
import app.delight.support.MutableClock;
import app.delight.support.TestData;
import app.delight.support.TestPostgres;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The calendars of {@code DELIGHT_CALENDAR_URLS}, read by the scheduled job from a local server that
 * publishes them as Google Calendar does, at a secret address.
 */
class CalendarJobTest {
    private static final String TEAM = "T0CALJOB01";
    private static final String SECRET_PATH = "/calendar/ical/jane/private-9f8e7d6c5b4a/basic.ics";
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-20T12:00:00Z"));
    private static final AtomicReference<String> published = new AtomicReference<>();
    private static HttpServer server;
    private static String databaseUrl;
    private static Database database;

    @BeforeAll
    static void start() throws Exception {
        databaseUrl = TestPostgres.newDatabase("calendarjob");
        database = Database.connect(DatabaseUrl.parse("DATABASE_URL", databaseUrl));
        TestData.importClients(databaseUrl, Path.of(Objects.requireNonNull(CalendarJobTest.class.getResource(
                "/clients/acme-and-globex-with-domains.csv")).toURI()), TEAM);
        published.set(Files.readString(Path.of(Objects.requireNonNull(CalendarJobTest.class.getResource(
                "/calendar/acme-meetings.ics")).toURI())));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            boolean known = exchange.getRequestURI().getPath().equals(SECRET_PATH);
            byte[] body = (known ? published.get() : "Not Found").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", known ? "text/calendar; charset=UTF-8" : "text/plain");
            exchange.sendResponseHeaders(known ? 200 : 404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        database.close();
    }

    private static URI address(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static void runTheJob(URI... addresses) {
        new CalendarJob(new Calendars(database.store(), CLOCK), List.of(addresses), new IcsFeed(ZoneId.of("Europe/Paris"))::read)
                .execute(null);
    }

    private static List<String> query(String sql) {
        return TestData.query(databaseUrl, sql);
    }

    @Test
    void aPublishedCalendarIsReadAndAMeetingDeletedFromItIsCancelledAndAnUnreadableOneIsNamedByItsHostAlone() throws IOException {
        try (CapturedLogs logs = CapturedLogs.start()) {
            runTheJob(address("/calendar/ical/jane/private-0000000000/basic.ics"), address(SECRET_PATH));

            assertThat(query("SELECT kind || ' ' || text FROM touchpoints")).containsExactly("meeting Weekly sync");
            assertThat(query("SELECT title FROM meetings WHERE NOT cancelled AND starts_at > TIMESTAMPTZ '2026-03-20 12:00Z' ORDER BY starts_at, title"))
                    .containsExactly("Weekly sync", "QBR", "Weekly sync (moved)", "Weekly sync");
            assertThat(query("SELECT DISTINCT source FROM meetings")).singleElement().asString().startsWith("url:")
                    .doesNotContain("private");
            assertThat(logs.lines()).anyMatch(line -> line.startsWith("Could not read calendar 1 (127.0.0.1)")
                    && line.contains("HTTP 404"));
            assertThat(logs.lines()).noneMatch(line -> line.contains("private-"));
        }

        published.set(published.get().replace("UID:qbr-acme-2026q1@google.com", "UID:qbr-acme-2026q1-moved@google.com")
                .replace("DTSTART:20260326T150000Z", "DTSTART:20260101T150000Z").replace("DTEND:20260326T160000Z", "DTEND:20260101T160000Z"));
        runTheJob(address(SECRET_PATH));

        assertThat(query("SELECT title || ' ' || cancelled FROM meetings WHERE event_key = 'qbr-acme-2026q1@google.com'"))
                .as("no longer in the calendar, read whole").containsExactly("QBR true");
        assertThat(query("SELECT kind || ' ' || text FROM touchpoints ORDER BY occurred_at"))
                .as("the QBR now on 1 January took place; the cancelled one never will")
                .containsExactly("meeting QBR", "meeting Weekly sync");
    }

    @Test
    void theAppSchedulesTheJobEveryQuarterOfAnHour() throws Exception {
        try (FakeSlackApi slack = FakeSlackApi.start(); RunningDelight running = RunningDelight.start(slack, databaseUrl, Map.of(), CLOCK)) {
            assertThat(TestData.query(running.databaseUrl(), "SELECT t.cron_expression FROM qrtz_cron_triggers t "
                    + "WHERE t.trigger_name = 'calendars-every-quarter-hour'")).containsExactly("0 */15 * * * ?");
        }
    }
}
