package app.delight.bench;

import app.delight.config.DatabaseUrl;
import app.delight.store.Database;
import app.delight.support.FakeSlackApi;
import app.delight.support.RunningDelight;
import app.delight.support.SlackSigner;
import app.delight.support.TestPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The whole app under slash-command load, on 10,000 clients and 1,000,000 touchpoints: a bare
 * signed request (the signature check and Bolt's own answer) against {@code /delight <client>}
 * (the card) at 16 and 64 concurrent senders; {@code /client-health} one request after another; and
 * the app started as its own JVM for its start-up time and resident memory; and the card's parts
 * (load the clients, match the name, build the card) timed alone. {@code -Dbench.parts=ab} (any of
 * {@code abcdp}) runs only some. Every request goes to 127.0.0.1; every loop is bounded in count and
 * time. Prints figures, asserts nothing on time.
 */
@Tag("bench")
class CommandBenchmark {
    private static final int[] SENDERS = {16, 64};
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final Duration RUN = Duration.ofSeconds(15);
    private static final int MAX_REQUESTS_A_RUN = 200_000;
    /** Enough that the p99 is not simply the slowest answer. */
    private static final int HEALTH_REQUESTS = 100;
    private static final Duration HEALTH_BUDGET = Duration.ofSeconds(60);
    private static final int PROCESS_LOAD_REQUESTS = 2_000;
    private static final int PROCESS_LOAD_SENDERS = 16;
    private static final int PROCESS_HEALTH_REQUESTS = 30;
    private static final Duration PROCESS_LOAD_BUDGET = Duration.ofSeconds(60);
    private static final Duration START_UP_LIMIT = Duration.ofSeconds(120);
    private static final String MANAGER = "U0TEST0001";
    private static final int PROFILE_WARM_UP = 10;
    private static final int PROFILE_RUNS = 100;
    private static final Duration PROFILE_BUDGET = Duration.ofSeconds(90);
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String URL_VERIFICATION = "{\"type\":\"url_verification\",\"challenge\":\"abc\",\"token\":\"x\"}";

    private final SlackSigner signer = new SlackSigner(RunningDelight.SIGNING_SECRET);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** What one timed run gave: answers right, answers wrong or failed, and the wall time. */
    private record Run(int senders, Samples latency, long errors, Duration wall, String firstFailure) {
        double perSecond() {
            return latency.count() / (wall.toNanos() / 1e9);
        }
    }

    @Test
    void slashCommandsAtScale() throws Exception {
        // -Dbench.parts=abcdp by default: a, b, c and d of the class comment; p: the card's parts timed alone.
        String parts = System.getProperty("bench.parts", "abcdp");
        String url = TestPostgres.newDatabase("command_bench");
        BenchData.Loaded loaded;
        try (Database database = Database.connect(DatabaseUrl.parse("DATABASE_URL", url))) {
            loaded = BenchData.load(database.jdbi());
        }
        System.out.printf("%nLoaded in %.1f s: %s%n", loaded.total().toMillis() / 1000.0, loaded.summary());
        Map<String, String> env = new HashMap<>(quietSchedule());
        env.put("DELIGHT_MANAGERS", MANAGER);

        List<String> rows = new ArrayList<>();
        List<String> profileRows = new ArrayList<>();
        List<String> processRows = new ArrayList<>();
        Duration inProcessStart = null;
        try (FakeSlackApi fake = FakeSlackApi.start()) {
            if (parts.matches(".*[abc].*")) {
                long startNanos = System.nanoTime();
                RunningDelight app = RunningDelight.start(fake, url, env, Clock.systemUTC());
                inProcessStart = Duration.ofNanos(System.nanoTime() - startNanos);
                try {
                    URI events = app.uri("/slack/events");
                    Function<Integer, HttpRequest> baseline = i -> signedJson(events, URL_VERIFICATION);
                    Predicate<HttpResponse<String>> challengeAnswered = r -> r.statusCode() == 200 && r.body().contains("abc");
                    CardRequests cards = new CardRequests(app, events);
                    check("baseline", send(baseline.apply(0)), challengeAnswered);
                    check("card", send(cards.request(0)), cards::answered);

                    for (int senders : parts.matches(".*[ab].*") ? SENDERS : new int[0]) {
                        load(senders, baseline, challengeAnswered, WARM_UP, MAX_REQUESTS_A_RUN);
                        load(senders, cards::request, cards::answered, WARM_UP, MAX_REQUESTS_A_RUN);
                        fake.reset();
                        Run bare = load(senders, baseline, challengeAnswered, RUN, MAX_REQUESTS_A_RUN);
                        Run card = load(senders, cards::request, cards::answered, RUN, MAX_REQUESTS_A_RUN);
                        rows.add(row("(a) bare signed request (url_verification), " + senders + " senders", bare, ""));
                        rows.add(row("(b) `/delight <client>` (the card), " + senders + " senders", card,
                                String.format("card/bare throughput **%.4f** (target ≥ 0.5); Slack calls during the run: %d",
                                        card.perSecond() / bare.perSecond(), fake.calls().size())));
                    }
                    if (parts.contains("c")) {
                        Run health = clientHealth(app, events);
                        rows.add(row("(c) `/client-health` as a manager, one after another", health,
                                String.format("answers over Slack's 3 s: %d of %d", overThreeSeconds(health), health.latency().count())));
                    }
                } finally {
                    app.close();
                }
            }
            if (parts.contains("p")) {
                profileRows.addAll(cardParts(url));
            }
            if (parts.contains("d")) {
                for (List<String> jvmArgs : jvmFlagSets()) {
                    processRows.add(separateProcess(jvmArgs, fake, url, env));
                }
            }
        }

        String command = "mvn -q -B -o -Pbench -Dbuild.dir=/tmp/build-bench test -Dtest=CommandBenchmark"
                + (parts.equals("abcdp") ? "" : " -Dbench.parts=" + parts);
        System.out.printf("%n`%s`%n%n", command);
        System.out.printf("%,d clients, %,d touchpoints; %d s a run after %d s of warm-up for each kind; java.net.http "
                + "HTTP/1.1 senders (platform threads), each one request after another; the app, its PostgreSQL and the "
                + "senders share %d cores%n%n", BenchData.CLIENTS, BenchData.TOUCHPOINTS, RUN.toSeconds(), WARM_UP.toSeconds(),
                Runtime.getRuntime().availableProcessors());
        if (!rows.isEmpty()) {
            System.out.println("| run | requests/s | ack p50 (ms) | ack p99 (ms) | max (ms) | answered | errors | note |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            rows.forEach(System.out::println);
            System.out.printf("%nThe app started in-process (database migrated, Slack connected, scheduler up) in %d ms%n%n",
                    inProcessStart.toMillis());
        }
        if (!profileRows.isEmpty()) {
            System.out.println("| the card's parts, timed alone in the test JVM, one at a time | p50 / p99 / max (ms) | runs |");
            System.out.println("|---|---|---|");
            profileRows.forEach(System.out::println);
            System.out.println();
        }
        if (!processRows.isEmpty()) {
            System.out.println("| the app as its own JVM (`java -cp … app.delight.Main serve`) | heap settings | start-up to "
                    + "`/healthz` 200 | VmRSS idle (ready) | up to " + PROCESS_LOAD_REQUESTS + " cards (" + PROCESS_LOAD_SENDERS
                    + " senders, " + PROCESS_LOAD_BUDGET.toSeconds() + " s at most): req/s, p50 / p99 ms | then `/client-health` "
                    + PROCESS_HEALTH_REQUESTS + " times: answered, p50 / p99 / max ms | VmRSS after | VmHWM (peak) |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            processRows.forEach(System.out::println);
            System.out.println();
        }
    }

    // ---------------------------------------------------------------- p: where a card's time goes

    /** What {@code /delight <client>} does, piece by piece: load the team's clients, match the name, build the card. */
    private static List<String> cardParts(String url) {
        List<String> rows = new ArrayList<>();
        try (Database database = Database.connect(DatabaseUrl.parse("DATABASE_URL", url))) {
            app.delight.clients.ClientDirectory directory = new app.delight.clients.ClientDirectory(database.store());
            app.delight.clients.Today today = new app.delight.clients.Today(Clock.systemUTC(), ZoneId.of("UTC"));
            app.delight.clients.DelightCards cards = new app.delight.clients.DelightCards(database.store(),
                    app.delight.playbook.PlaybookLoader.builtIn(),
                    app.delight.i18n.Messages.forLocale(java.util.Locale.ENGLISH), today);
            Samples load = new Samples();
            Samples match = new Samples();
            Samples card = new Samples();
            Samples typo = new Samples();
            long deadline = System.nanoTime() + PROFILE_BUDGET.toNanos();
            java.util.Random random = new java.util.Random(7);
            for (int i = 0; i < PROFILE_WARM_UP + PROFILE_RUNS && System.nanoTime() < deadline; i++) {
                boolean timed = i >= PROFILE_WARM_UP;
                String typed = BenchData.name(random.nextInt(BenchData.CLIENTS)).toLowerCase(java.util.Locale.ROOT);
                long t0 = System.nanoTime();
                app.delight.engine.ClientMatcher clients = directory.matcher(BenchData.TEAM);
                long t1 = System.nanoTime();
                app.delight.engine.ClientMatcher.Match found = clients.match(typed);
                long t2 = System.nanoTime();
                app.delight.domain.Client client = ((app.delight.engine.ClientMatcher.Match.Found) found).client();
                cards.cardFor(BenchData.TEAM, client);
                long t3 = System.nanoTime();
                clients.match(swapped(typed));
                long t4 = System.nanoTime();
                if (timed) {
                    load.add(t1 - t0);
                    match.add(t2 - t1);
                    card.add(t3 - t2);
                    typo.add(t4 - t3);
                }
            }
            rows.add(String.format("| the team's %,d clients, checked current (`ClientDirectory.matcher`) | %s | %d |", BenchData.CLIENTS,
                    load.summary(), load.count()));
            rows.add(String.format("| match the typed name (`ClientMatcher.match`) | %s | %d |", match.summary(),
                    match.count()));
            rows.add(String.format("| build the card (`DelightCards.cardFor`: the client's history, the engine) | %s | %d |",
                    card.summary(), card.count()));
            rows.add(String.format("| match the name with two letters swapped (edit distances to every name) | %s | %d |",
                    typo.summary(), typo.count()));
        }
        return rows;
    }

    /** The name as typed in a hurry: its first two letters the other way round. */
    private static String swapped(String name) {
        return name.length() < 2 ? name : "" + name.charAt(1) + name.charAt(0) + name.substring(2);
    }

    // ---------------------------------------------------------------- (a), (b): concurrent senders

    /** {@code /delight <name>} for a random client, and whether the answer is that client's card. */
    private final class CardRequests {
        private final RunningDelight app;
        private final URI events;
        private final String[] names = new String[BenchData.CLIENTS];

        CardRequests(RunningDelight app, URI events) {
            this.app = app;
            this.events = events;
            Arrays.setAll(names, BenchData::name);
        }

        HttpRequest request(int ignored) {
            int k = ThreadLocalRandom.current().nextInt(names.length);
            // Typed as people type: lower case. The client's index rides along in a header the app ignores.
            String body = app.slashCommandBody("/delight", names[k].toLowerCase(java.util.Locale.ROOT));
            return signedForm(events, body, k);
        }

        boolean answered(HttpResponse<String> response) {
            int k = Integer.parseInt(response.request().headers().firstValue("X-Bench-Client").orElse("-1"));
            return response.statusCode() == 200 && k >= 0 && response.body().contains(names[k]) && response.body().contains("blocks");
        }
    }

    private Run load(int senders, Function<Integer, HttpRequest> request, Predicate<HttpResponse<String>> ok, Duration duration,
            int maxRequests) throws InterruptedException {
        AtomicLong sent = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        java.util.concurrent.atomic.AtomicReference<String> firstFailure = new java.util.concurrent.atomic.AtomicReference<>("");
        Samples[] latencies = new Samples[senders];
        CountDownLatch go = new CountDownLatch(1);
        Thread[] threads = new Thread[senders];
        long[] window = new long[1];
        for (int t = 0; t < senders; t++) {
            Samples mine = latencies[t] = new Samples();
            threads[t] = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                long deadline = window[0] + duration.toNanos();
                while (System.nanoTime() < deadline && sent.incrementAndGet() <= maxRequests) {
                    HttpRequest next = request.apply(0);
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(next, HttpResponse.BodyHandlers.ofString());
                        long took = System.nanoTime() - start;
                        if (ok.test(response)) {
                            mine.add(took);
                        } else {
                            errors.incrementAndGet();
                            firstFailure.compareAndSet("", describe(response));
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                        firstFailure.compareAndSet("", e.toString());
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-sender-" + t);
            threads[t].setDaemon(true);
            threads[t].start();
        }
        window[0] = System.nanoTime();
        go.countDown();
        for (Thread thread : threads) {
            // The deadline plus the client's 10 s request timeout: never waits forever.
            thread.join(duration.toMillis() + 15_000);
            thread.interrupt();
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - window[0]);
        Samples all = new Samples();
        for (Samples mine : latencies) {
            all.addAll(mine);
        }
        return new Run(senders, all, errors.get(), wall, firstFailure.get());
    }

    // ---------------------------------------------------------------- (c) /client-health

    private Run clientHealth(RunningDelight app, URI events) throws IOException, InterruptedException {
        Predicate<HttpResponse<String>> page = r -> r.statusCode() == 200 && r.body().contains("blocks")
                && r.body().contains("health-paging");
        check("client-health", send(healthRequest(app, events)), page);
        send(healthRequest(app, events));
        Samples latency = new Samples();
        long errors = 0;
        String firstFailure = "";
        long start = System.nanoTime();
        long deadline = start + HEALTH_BUDGET.toNanos();
        for (int i = 0; i < HEALTH_REQUESTS && System.nanoTime() < deadline; i++) {
            HttpRequest next = healthRequest(app, events);
            long sent = System.nanoTime();
            HttpResponse<String> response = send(next);
            long took = System.nanoTime() - sent;
            if (page.test(response)) {
                latency.add(took);
            } else {
                errors++;
                firstFailure = firstFailure.isEmpty() ? describe(response) : firstFailure;
            }
        }
        return new Run(1, latency, errors, Duration.ofNanos(System.nanoTime() - start), firstFailure);
    }

    private HttpRequest healthRequest(RunningDelight app, URI events) {
        return signed(events, FORM, app.slashCommandBody("/client-health", "")).timeout(Duration.ofSeconds(30)).build();
    }

    private static long overThreeSeconds(Run run) {
        return run.latency().countAboveMs(3000);
    }

    // ---------------------------------------------------------------- (d) a separate JVM

    /** A word of a flag set such as {@code MALLOC_ARENA_MAX=2}: a variable of the app's environment, not a JVM flag. */
    private static boolean isEnvironment(String word) {
        return word.matches("[A-Z_][A-Z0-9_]*=.*");
    }

    private String separateProcess(List<String> flagSet, FakeSlackApi fake, String databaseUrl, Map<String, String> quiet)
            throws Exception {
        List<String> jvmArgs = flagSet.stream().filter(word -> !isEnvironment(word)).toList();
        int port = freePort();
        Path log = Files.createTempFile("delight-bench-serve-", ".log");
        Map<String, String> env = new HashMap<>(RunningDelight.environment(fake, databaseUrl));
        env.putAll(quiet);
        env.put("DELIGHT_MANAGERS", MANAGER);
        env.put("PORT", String.valueOf(port));
        flagSet.stream().filter(CommandBenchmark::isEnvironment).map(word -> word.split("=", 2))
                .forEach(variable -> env.put(variable[0], variable[1]));
        ProcessBuilder builder = AppProcess.builder(jvmArgs, List.of("serve"), env, log);
        String heap = heapSettings(jvmArgs);

        long start = System.nanoTime();
        Process process = builder.start();
        try {
            URI healthz = URI.create("http://127.0.0.1:" + port + "/healthz");
            Duration startUp = null;
            long giveUp = start + START_UP_LIMIT.toNanos();
            while (startUp == null && System.nanoTime() < giveUp && process.isAlive()) {
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(healthz).timeout(Duration.ofSeconds(2)).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        startUp = Duration.ofNanos(System.nanoTime() - start);
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                if (startUp == null) {
                    Thread.sleep(25);
                }
            }
            if (startUp == null) {
                return String.format("| `%s` | %s | did not answer 200 within %d s (alive: %s); log: %s | | | | | |",
                        String.join(" ", flagSet), heap, START_UP_LIMIT.toSeconds(), process.isAlive(), log);
            }
            // /healthz says 200 once the web server and the database are up, before Bolt is in place behind
            // /slack/events (503 "starting" until then): ready is when a signed request is answered.
            URI events = URI.create("http://127.0.0.1:" + port + "/slack/events");
            Duration ready = null;
            String lastAnswer = "";
            while (ready == null && System.nanoTime() < giveUp && process.isAlive()) {
                try {
                    HttpResponse<String> response = send(signedJson(events, URL_VERIFICATION));
                    if (response.statusCode() == 200 && response.body().contains("abc")) {
                        ready = Duration.ofNanos(System.nanoTime() - start);
                    } else {
                        lastAnswer = describe(response);
                    }
                } catch (IOException e) {
                    lastAnswer = e.toString();
                }
                if (ready == null) {
                    Thread.sleep(25);
                }
            }
            if (ready == null) {
                return String.format("| `%s` | %s | %.1f s, then /slack/events not ready within %d s (last: %s); log: %s | | | | | |",
                        String.join(" ", flagSet), heap, startUp.toMillis() / 1000.0, START_UP_LIMIT.toSeconds(), lastAnswer, log);
            }
            long rssIdle = AppProcess.procStatus(process.pid(), "VmRSS");
            String[] names = new String[BenchData.CLIENTS];
            Arrays.setAll(names, BenchData::name);
            Run cards = load(PROCESS_LOAD_SENDERS, i -> {
                int k = ThreadLocalRandom.current().nextInt(names.length);
                return signedForm(events, RunningDelight.slashCommandBody(fake, "/delight", names[k].toLowerCase(java.util.Locale.ROOT)), k);
            }, r -> {
                int k = Integer.parseInt(r.request().headers().firstValue("X-Bench-Client").orElse("-1"));
                return r.statusCode() == 200 && k >= 0 && r.body().contains(names[k]);
            }, PROCESS_LOAD_BUDGET, PROCESS_LOAD_REQUESTS);
            // Then the heaviest answer for memory: the whole portfolio, a few times.
            Samples health = new Samples();
            for (int i = 0; i < PROCESS_HEALTH_REQUESTS; i++) {
                long sent = System.nanoTime();
                HttpResponse<String> answer = send(signedForm(events, RunningDelight.slashCommandBody(fake, "/client-health", ""), -1));
                if (answer.statusCode() == 200 && answer.body().contains("health-paging")) {
                    health.add(System.nanoTime() - sent);
                }
            }
            long rssAfter = AppProcess.procStatus(process.pid(), "VmRSS");
            long hwm = AppProcess.procStatus(process.pid(), "VmHWM");
            return String.format("| `%s` | %s | %.1f s (ready for Slack: %.1f s) | %d MB | %.1f req/s, %.1f / %.1f (%d answered, %d errors%s) "
                            + "| %d of %d, %s | **%d MB** | %d MB |",
                    flagSet.isEmpty() ? "(no flags)" : String.join(" ", flagSet), heap, startUp.toMillis() / 1000.0,
                    ready.toMillis() / 1000.0, rssIdle / 1024, cards.perSecond(), cards.latency().percentileMs(50), cards.latency().percentileMs(99),
                    cards.latency().count(), cards.errors(), cards.errors() == 0 ? "" : "; first: " + cards.firstFailure(),
                    health.count(), PROCESS_HEALTH_REQUESTS, health.summary(), rssAfter / 1024, hwm / 1024);
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * The flag sets (d) starts the app with: {@code -Dbench.jvm="A|B"}, each set split on spaces, an
     * empty one for the JVM's defaults; a word like {@code MALLOC_ARENA_MAX=2} goes to the environment. By default the defaults and the flags the README recommends.
     */
    private static List<List<String>> jvmFlagSets() {
        String sets = System.getProperty("bench.jvm", "|" + AppProcess.RECOMMENDED_JVM_FLAGS);
        return Arrays.stream(sets.split("\\|", -1))
                .map(set -> Arrays.stream(set.trim().split("\\s+")).filter(flag -> !flag.isEmpty()).toList())
                .toList();
    }

    /** The collector and heap the JVM picks with these flags, as {@code -XX:+PrintFlagsFinal} says. */
    private static String heapSettings(List<String> jvmArgs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.addAll(List.of("-XX:+PrintFlagsFinal", "-version"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Map<String, String> flags = new HashMap<>();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream()))) {
            lines.lines().map(String::trim).map(line -> line.split("\\s+")).filter(parts -> parts.length >= 4)
                    .forEach(parts -> flags.put(parts[1], parts[3]));
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        String gc = List.of("UseG1GC", "UseSerialGC", "UseParallelGC", "UseZGC", "UseShenandoahGC").stream()
                .filter(flag -> "true".equals(flags.get(flag))).findFirst().orElse("?").replace("Use", "");
        return String.format("%s, max heap %s, initial heap %s", gc, mb(flags.get("MaxHeapSize")), mb(flags.get("InitialHeapSize")));
    }

    private static String mb(String bytes) {
        try {
            return (Long.parseLong(bytes) >> 20) + " MB";
        } catch (RuntimeException e) {
            return "?";
        }
    }

    // ---------------------------------------------------------------- requests

    private HttpRequest signedJson(URI events, String body) {
        return signed(events, "application/json", body).build();
    }

    /** A signed form; the client's index rides along in a header the app ignores, for the check of the answer. */
    private HttpRequest signedForm(URI events, String body, int client) {
        return signed(events, FORM, body).header("X-Bench-Client", String.valueOf(client)).build();
    }

    /** A POST signed as Slack signs it, now, with a 10 s timeout. */
    private HttpRequest.Builder signed(URI events, String contentType, String body) {
        long now = System.currentTimeMillis() / 1000;
        return HttpRequest.newBuilder(events)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", String.valueOf(now))
                .header("X-Slack-Signature", signer.sign(now, body))
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A benchmark of wrong answers measures nothing: the one check this class makes. */
    private static void check(String what, HttpResponse<String> response, Predicate<HttpResponse<String>> ok) {
        if (!ok.test(response)) {
            throw new AssertionError(what + ": unexpected answer " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
    }

    private static String row(String name, Run run, String note) {
        String failure = run.errors() == 0 ? "" : (note.isEmpty() ? "" : "; ") + "first error: " + run.firstFailure();
        return String.format("| %s | %.1f | %.1f | %.1f | %.1f | %d | %d | %s%s |", name, run.perSecond(),
                run.latency().percentileMs(50), run.latency().percentileMs(99), run.latency().maxMs(), run.latency().count(),
                run.errors(), note, failure);
    }

    /** A wrong answer in a few words, for the table: its status and the start of its text. */
    private static String describe(HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body();
        java.util.regex.Matcher text = java.util.regex.Pattern.compile("\"text\":\"([^\"]{0,120})").matcher(body);
        String said = text.find() ? text.group(1) : body.substring(0, Math.min(120, body.length()));
        return response.statusCode() + " " + said.replace("|", "/").replace("\n", " ");
    }

    /**
     * No nudge pass or snapshot job during the benchmark: it is Monday midday as it runs, so with the
     * defaults (09:00, MON-FRI) the first minute would plan and post 10,000 digests in the background.
     */
    private static Map<String, String> quietSchedule() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String nudgeTime = LocalTime.now(ZoneOffset.UTC).plusHours(12).format(DateTimeFormatter.ofPattern("HH:mm"));
        return Map.of("DELIGHT_NUDGE_TIME", nudgeTime,
                "DELIGHT_HOLIDAYS", today.minusDays(1) + "," + today + "," + today.plusDays(1));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
