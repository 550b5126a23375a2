package app.delight.bench;

import app.delight.clients.ClientDirectory;
import app.delight.clients.HealthReports;
import app.delight.clients.Today;
import app.delight.config.DatabaseUrl;
import app.delight.i18n.Messages;
import app.delight.playbook.Playbook;
import app.delight.playbook.PlaybookLoader;
import app.delight.blocks.DigestMessage;
import app.delight.blocks.HealthMessage;
import app.delight.blocks.Reply;
import app.delight.store.ClientRepository;
import app.delight.store.Database;
import app.delight.store.HealthSnapshotRepository;
import app.delight.store.PortfolioRepository;
import app.delight.support.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code /client-health} at scale: 10,000 clients and 1,000,000 touchpoints. Times the portfolio
 * answer (facts, model, and the first page rendered to Slack's JSON), one client's detail, and each
 * query the portfolio reads, to show which dominates. Prints figures; asserts nothing on time.
 */
@Tag("bench")
class HealthBenchmark {
    private static final int WARM_UP = 5;
    /** Enough that the p99 is not simply the slowest run, as it is with fewer than 100. */
    private static final int RUNS = 200;
    private static final int DETAIL_RUNS = 20;
    private static final int QUERY_ROUNDS = 5;
    /** However slow the machine, each timed part stops after its budget (fewer runs then, as reported). */
    private static final Duration PORTFOLIO_BUDGET = Duration.ofSeconds(150);
    private static final Duration DETAIL_BUDGET = Duration.ofSeconds(45);
    private static final Duration QUERY_BUDGET = Duration.ofSeconds(45);

    @Test
    void portfolioOfTenThousandClients() {
        String url = TestPostgres.newDatabase("health_bench");
        try (Database database = Database.connect(DatabaseUrl.parse("DATABASE_URL", url))) {
            BenchData.Loaded loaded = BenchData.load(database.jdbi());
            System.out.printf("%nLoaded in %.1f s: %s%n", loaded.total().toMillis() / 1000.0, loaded.summary());
            loaded.time().forEach((table, took) -> System.out.printf("  %-17s %6.1f s%n", table, took.toMillis() / 1000.0));

            Playbook playbook = PlaybookLoader.builtIn();
            // As the app builds it from DELIGHT_TIMEZONE: a region, whose rules are kept, where an offset makes new ones at every call.
            Today today = new Today(Clock.systemUTC(), ZoneId.of("UTC"));
            HealthReports reports = new HealthReports(database.store(), new ClientDirectory(database.store()), playbook,
                    today);
            HealthMessage message = new HealthMessage(Messages.forLocale(Locale.ENGLISH), playbook.weights());
            for (int i = 0; i < WARM_UP; i++) {
                message.portfolio(reports.portfolio(BenchData.TEAM), 0, today.ofTeam());
            }
            long deadline = System.nanoTime() + PORTFOLIO_BUDGET.toNanos();
            long[] gcBefore = garbageCollection();
            Samples facts = new Samples();
            Samples render = new Samples();
            Samples total = new Samples();
            long allocatedBytes = 0;
            int clientsShown = 0;
            int pages = 0;
            int bytes = 0;
            for (int i = 0; i < RUNS && System.nanoTime() < deadline; i++) {
                long allocatedBefore = allocatedByThisThread();
                long start = System.nanoTime();
                HealthReports.Portfolio portfolio = reports.portfolio(BenchData.TEAM);
                long built = System.nanoTime();
                allocatedBytes += allocatedByThisThread() - allocatedBefore;
                Reply page = message.portfolio(portfolio, 0, today.ofTeam());
                String json = DigestMessage.toJson(page);
                long end = System.nanoTime();
                facts.add(built - start);
                render.add(end - built);
                total.add(end - start);
                clientsShown = portfolio.health().clients();
                pages = HealthMessage.pages(portfolio.health());
                bytes = json.getBytes(StandardCharsets.UTF_8).length;
            }

            long[] gcAfter = garbageCollection();
            List<Long> ids = database.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT id FROM clients WHERE team_id = :team AND stage <> 'churned' ORDER BY id")
                    .bind("team", BenchData.TEAM).mapTo(Long.class).list());
            Random random = new Random(42);
            for (int i = 0; i < 3; i++) {
                reports.detail(BenchData.TEAM, ids.get(random.nextInt(ids.size())));
            }
            deadline = System.nanoTime() + DETAIL_BUDGET.toNanos();
            Samples detail = new Samples();
            Samples detailRender = new Samples();
            for (int i = 0; i < DETAIL_RUNS && System.nanoTime() < deadline; i++) {
                long id = ids.get(random.nextInt(ids.size()));
                long start = System.nanoTime();
                Optional<HealthReports.Detail> one = reports.detail(BenchData.TEAM, id);
                long built = System.nanoTime();
                DigestMessage.toJson(message.detail(one.orElseThrow()));
                detail.add(built - start);
                detailRender.add(System.nanoTime() - built);
            }

            Map<String, Samples> queries = profileQueries(database, today, System.nanoTime() + QUERY_BUDGET.toNanos());

            String command = "mvn -q -B -o -Pbench -Dbuild.dir=/tmp/build-bench test -Dtest=HealthBenchmark";
            System.out.printf("%n`%s`%n%n", command);
            System.out.printf("| /client-health, %,d clients (%,d served), %,d touchpoints | p50 / p99 / max (ms) | runs |%n",
                    BenchData.CLIENTS, clientsShown, BenchData.TOUCHPOINTS);
            System.out.println("|---|---|---|");
            System.out.printf("| portfolio: facts + health model (`HealthReports.portfolio`) | %s | %d |%n", facts.summary(), facts.count());
            System.out.printf("| first page rendered (`HealthMessage.portfolio`, to JSON: %,d bytes, page 1 of %d) | %s | %d |%n",
                    bytes, pages, render.summary(), render.count());
            System.out.printf("| **portfolio answer, total** (target p99 < 500 ms; Slack's limit 3 s; %d warm-up runs first) | **%s** | %d |%n",
                    WARM_UP, total.summary(), total.count());
            System.out.printf("| garbage collection during those runs (%s, heap max %,d MB) | %,d collections, %,d ms in all | |%n",
                    String.join(" + ", java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                            .map(java.lang.management.GarbageCollectorMXBean::getName).toList()),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024), gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1]);
            System.out.printf("| heap allocated by a portfolio's facts and model, mean (what its garbage collection clears) | %.1f MB | %d |%n",
                    allocatedBytes / (double) Math.max(1, facts.count()) / (1024 * 1024), facts.count());
            System.out.printf("| one client's detail (`HealthReports.detail`, random clients) | %s | %d |%n", detail.summary(), detail.count());
            System.out.printf("| one client's detail rendered to JSON | %s | %d |%n", detailRender.summary(), detailRender.count());
            double sumOfQueries = 0;
            for (Map.Entry<String, Samples> query : queries.entrySet()) {
                System.out.printf("| · query: %s | %s | %d |%n", query.getKey(), query.getValue().summary(), query.getValue().count());
                sumOfQueries += query.getKey().startsWith("past scores") ? 0 : query.getValue().percentileMs(50);
            }
            System.out.printf("| · sum of the portfolio's queries' p50 (past scores aside) / portfolio p50 | %.0f ms / %.0f ms (the rest: "
                    + "grouping, the model, garbage collection) | |%n%n",
                    sumOfQueries, facts.percentileMs(50));
            printPlans(database);
        }
    }

    /** Bytes this thread has allocated on the heap so far: the portfolio is built on the calling thread. */
    private static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean())
                .getCurrentThreadAllocatedBytes();
    }

    /** Collections so far and the milliseconds they took, over all of the JVM's collectors. */
    private static long[] garbageCollection() {
        long count = 0;
        long millis = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    /** Each read of {@code HealthReports.Facts}, timed alone, in one transaction as the portfolio reads them. */
    private static Map<String, Samples> profileQueries(Database database, Today today, long deadline) {
        Map<String, Function<Handle, Object>> reads = new LinkedHashMap<>();
        String team = BenchData.TEAM;
        Instant now = today.clock().instant();
        reads.put("clients (`ClientRepository.all`)", h -> new ClientRepository(h).all(team));
        reads.put("last contact (`lastContactByClient`: kept by a trigger on touchpoints)", h -> new PortfolioRepository(h).lastContactByClient(team));
        reads.put("in stage since", h -> new PortfolioRepository(h).inStageSince(team));
        reads.put("NPS of 180 days", h -> new PortfolioRepository(h).npsOfTeamSince(team, now.minus(Duration.ofDays(180))));
        reads.put("open follow-ups", h -> new PortfolioRepository(h).openFollowUpsOfTeam(team));
        reads.put("open struggles", h -> new PortfolioRepository(h).openStrugglesOfTeam(team));
        reads.put("incidents of 90 days", h -> new PortfolioRepository(h).incidentsOfTeamSince(team, now.minus(Duration.ofDays(90))));
        reads.put("free work of 90 days", h -> new PortfolioRepository(h).freeWorkOfTeamSince(team, now.minus(Duration.ofDays(90))));
        reads.put("engagement of 30 days (responses + prompt deliveries kept by triggers)", h -> new PortfolioRepository(h).engagementSince(team,
                now.minus(Duration.ofDays(30))));
        reads.put("past scores of 91 days (`scoresSince`; read once a day per team, then kept)", h -> new HealthSnapshotRepository(h)
                .scoresSince(team, LocalDate.ofInstant(now, ZoneId.of("UTC")).minusDays(91)));
        Map<String, Samples> samples = new LinkedHashMap<>();
        reads.keySet().forEach(name -> samples.put(name, new Samples()));
        for (int round = 0; round <= QUERY_ROUNDS && System.nanoTime() < deadline; round++) {
            boolean warmUp = round == 0;
            database.jdbi().useTransaction(handle -> reads.forEach((name, read) -> {
                long start = System.nanoTime();
                read.apply(handle);
                if (!warmUp) {
                    samples.get(name).add(System.nanoTime() - start);
                }
            }));
        }
        return samples;
    }

    /** The plans of the heaviest reads, for the report: copies of the repositories' SQL. */
    private static void printPlans(Database database) {
        List<String> statements = new ArrayList<>();
        statements.add("SELECT client_id, last_contact_at FROM client_last_contacts WHERE team_id = '" + BenchData.TEAM + "'");
        statements.add("SELECT client_id, taken_on, score FROM health_snapshots WHERE team_id = '"
                + BenchData.TEAM + "' AND taken_on >= current_date - 91 ORDER BY client_id, taken_on");
        statements.add("SELECT client_id, count(*) AS n FROM prompt_deliveries WHERE team_id = '" + BenchData.TEAM
                + "' AND last_sent_at >= now() - interval '30 days' AND NOT answered GROUP BY client_id");
        database.jdbi().useHandle(handle -> {
            for (String sql : statements) {
                System.out.println("EXPLAIN (ANALYZE, BUFFERS) " + sql);
                handle.createQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql).mapTo(String.class).list()
                        .forEach(line -> System.out.println("    " + line));
                System.out.println();
            }
        });
    }
}
