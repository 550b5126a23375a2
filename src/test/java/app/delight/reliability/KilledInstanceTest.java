package app.delight.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.support.FakeSlackApi;
import app.delight.support.RunningDelight;
import app.delight.support.SlackCall;
import app.delight.support.TestData;
import app.delight.support.TestPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the app, as separate processes, behind one database through a nudge pass; the one
 * doing the pass is killed in the middle of it. The other finishes the day: no nudge twice, and every
 * nudge posted except, at most, one that was on the wire at the kill (at most once).
 */
class KilledInstanceTest {
    private static final int CLIENTS = 24;
    private static final int CHANNELS = 3;

    @TempDir
    Path dir;

    @Test
    void aNodeKilledMidPassLeavesNoNudgeTwiceAndTheOtherFinishesTheDay() throws Exception {
        try (FakeSlackApi slack = FakeSlackApi.start()) {
            slack.enforcePerChannelRate(Duration.ofMillis(950));
            String url = TestPostgres.newDatabase("killed");
            importClientsWhoseMorningIsNow(url);
            List<Process> nodes = new ArrayList<>();
            try {
                nodes.add(startNode(slack, url));
                nodes.add(startNode(slack, url));
                List<SlackCall> firstFew = slack.awaitCalls("chat.postMessage", 6, Duration.ofSeconds(120));
                assertThat(firstFew).isNotEmpty();
                Process posting = nodePosting(nodes, url);
                posting.destroyForcibly().waitFor();

                awaitSettled(url, Duration.ofSeconds(150));
            } finally {
                nodes.forEach(Process::destroy);
            }
            List<String> posted = slack.delivered("chat.postMessage").stream().map(call -> call.param("channel") + " "
                    + call.param("text")).toList();
            assertThat(posted).doesNotHaveDuplicates();
            List<String> statuses = TestData.query(url, "SELECT status FROM nudge_outbox");
            assertThat(statuses).hasSize(CLIENTS);
            assertThat(statuses.stream().filter(status -> !status.equals("sent")).count()).isLessThanOrEqualTo(CHANNELS);
            assertThat(posted.size()).isGreaterThanOrEqualTo(CLIENTS - CHANNELS);
        }
    }

    /** Clients in a time zone where it is mid-morning now, so they are due whatever the hour of the test run. */
    private void importClientsWhoseMorningIsNow(String url) throws IOException {
        int hour = ZonedDateTime.now(ZoneOffset.UTC).getHour();
        int offset = ((10 - hour) % 24 + 24) % 24;
        if (offset > 14) {
            offset -= 24;
        }
        String zone = ZoneOffset.ofHours(offset).getId();
        StringBuilder csv = new StringBuilder("name,aliases,channel,owners,industry,stage,start_date,renewal_date,monthly_revenue,timezone\n");
        for (int i = 0; i < CLIENTS; i++) {
            csv.append(String.format("Client %02d,,C0KILL%03d,U0TEST0001,general,active,2024-01-01,2027-01-01,100,%s%n", i,
                    i % CHANNELS, zone));
        }
        Path file = dir.resolve("clients.csv");
        Files.writeString(file, csv);
        TestData.importClients(url, file);
    }

    private static Process startNode(FakeSlackApi slack, String url) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "app.delight.Main", "serve");
        Map<String, String> env = new HashMap<>(RunningDelight.environment(slack, url));
        env.put("PORT", String.valueOf(port));
        env.put("DELIGHT_WORKDAYS", "MON-SUN");
        env.put("DELIGHT_NUDGE_TIME", "00:00");
        builder.environment().putAll(env);
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process node = builder.start();
        awaitHealthy(port);
        return node;
    }

    private static void awaitHealthy(int port) throws IOException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            sleep(250);
        }
        throw new AssertionError("a node did not become healthy on port " + port);
    }

    /** The node whose Quartz instance is running the pass, from the scheduler's own table. */
    private static Process nodePosting(List<Process> nodes, String url) {
        List<String> firing = TestData.query(url, "SELECT instance_name FROM qrtz_fired_triggers WHERE state = 'EXECUTING'");
        assertThat(firing).as("a pass in progress").isNotEmpty();
        // Instance ids start with the host name; both nodes share it, so tell them apart by start order.
        List<String> instances = TestData.query(url, "SELECT instance_name FROM qrtz_scheduler_state ORDER BY instance_name");
        int index = instances.indexOf(firing.get(0));
        return nodes.get(Math.max(0, Math.min(index, nodes.size() - 1)));
    }

    private static void awaitSettled(String url, Duration limit) {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            List<String> pending = TestData.query(url, "SELECT count(*) FROM nudge_outbox WHERE status = 'pending'");
            List<String> all = TestData.query(url, "SELECT count(*) FROM nudge_outbox");
            if (all.get(0).equals(String.valueOf(CLIENTS)) && pending.get(0).equals("0")) {
                return;
            }
            sleep(1000);
        }
        throw new AssertionError("the surviving node did not finish the day's nudges");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
