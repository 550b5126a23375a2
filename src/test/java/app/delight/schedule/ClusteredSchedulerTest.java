package app.delight.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quartz.CronScheduleBuilder.cronSchedule;
import static org.quartz.JobBuilder.newJob;
import static org.quartz.TriggerBuilder.newTrigger;

import app.delight.config.DatabaseUrl;
import app.delight.store.Database;
import app.delight.support.TestPostgres;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobPersistenceException;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.spi.JobFactory;

/** The Quartz scheduler on PostgreSQL, alone and as a two-node cluster on one database. */
class ClusteredSchedulerTest {
    /** Short, so nodes check in (and look for dead ones) several times during a test. */
    private static final Duration CHECKIN = Duration.ofSeconds(1);
    private static final long WAIT_SECONDS = 10;

    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void closeInReverse() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    @Test
    void aJobScheduledOnPostgresFires() throws Exception {
        Database database = newDatabase();
        CountDownLatch fired = new CountDownLatch(1);
        ClusteredScheduler scheduler = node(database, ClusteredScheduler.jobs(Map.of(Signal.class, () -> new Signal(fired))));
        assertThat(scheduler.isRunning()).isFalse();

        scheduler.start();
        scheduler.quartz().scheduleJob(newJob(Signal.class).withIdentity("hello").build(), newTrigger().startNow().build());

        assertThat(scheduler.isRunning()).isTrue();
        assertThat(fired.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("the job fired").isTrue();
        // Quartz's unquoted QRTZ_ names and the migration's meet as PostgreSQL's lower-case qrtz_.
        assertThat(query(database, "SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = current_schema() AND table_name LIKE 'qrtz%'"))
                .hasSize(11)
                .contains("qrtz_job_details", "qrtz_triggers", "qrtz_cron_triggers", "qrtz_locks", "qrtz_scheduler_state");
        assertThat(query(database, "SELECT sched_name || ' ' || instance_name FROM qrtz_scheduler_state"))
                .containsExactly(ClusteredScheduler.NAME + " " + scheduler.instanceId());
    }

    @Test
    void jobDataIsStoredAsStringsAndReadBack() throws Exception {
        Database database = newDatabase();
        Map<String, String> seen = new ConcurrentHashMap<>();
        CountDownLatch fired = new CountDownLatch(1);
        ClusteredScheduler scheduler = node(database, ClusteredScheduler.jobs(Map.of(ReadData.class, () -> new ReadData(seen, fired))));
        scheduler.start();

        JobDetail job = newJob(ReadData.class).withIdentity("data")
                .usingJobData("team", "T0QUARTZ1")
                .usingJobData("client", "Café & Co = \"ours\"")
                .storeDurably()
                .build();
        Trigger trigger = newTrigger().forJob(job).usingJobData("nudgeDate", "2026-03-02").startNow().build();
        scheduler.quartz().scheduleJob(job, trigger);

        assertThat(fired.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("the job fired").isTrue();
        assertThat(seen).isEqualTo(Map.of("team", "T0QUARTZ1", "client", "Café & Co = \"ours\"", "nudgeDate", "2026-03-02"));

        // Stored as a properties text, not as a serialized Java object.
        byte[] stored = database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT job_data FROM qrtz_job_details WHERE job_name = 'data'")
                .mapTo(byte[].class).one());
        Properties properties = new Properties();
        properties.load(new ByteArrayInputStream(stored));
        assertThat(properties).containsEntry("team", "T0QUARTZ1").containsEntry("client", "Café & Co = \"ours\"");

        JobDetail withANumber = newJob(ReadData.class).withIdentity("number").usingJobData("count", 3).storeDurably().build();
        assertThatThrownBy(() -> scheduler.quartz().addJob(withANumber, false))
                .isInstanceOf(JobPersistenceException.class)
                .hasMessageContaining("must be Strings");
    }

    @Test
    void twoSchedulersOnOneDatabaseFireEachTriggerOnce() throws Exception {
        String url = TestPostgres.newDatabase("quartz_cluster");
        // Each node with its own pool, as two app instances would have.
        Database first = connect(url);
        Database second = connect(url);
        Map<String, List<Fire>> firesByTrigger = new ConcurrentHashMap<>();
        JobFactory jobs = ClusteredScheduler.jobs(Map.of(Record.class, () -> new Record(firesByTrigger)));
        ClusteredScheduler one = node(first, jobs);
        ClusteredScheduler two = node(second, jobs);

        assertThat(one.quartz()).isNotSameAs(two.quartz());
        assertThat(one.quartz().getSchedulerName()).isEqualTo(two.quartz().getSchedulerName()).isEqualTo("delight");
        assertThat(one.instanceId()).isNotEqualTo(two.instanceId());

        int triggers = 20;
        Instant start = Instant.now().plusSeconds(2);
        for (int i = 0; i < triggers; i++) {
            one.quartz().scheduleJob(
                    newJob(Record.class).withIdentity("job-" + i).build(),
                    newTrigger().withIdentity("once-" + i).startAt(Date.from(start.plusMillis(100L * i))).build());
        }
        one.start();
        two.start();

        awaitTrue(() -> firesByTrigger.size() == triggers, "all " + triggers + " triggers fired");
        Thread.sleep(1500); // room for a double fire to show
        assertThat(firesByTrigger).hasSize(triggers);
        assertThat(firesByTrigger.values()).allSatisfy(nodes -> assertThat(nodes).hasSize(1));
        assertThat(query(first, "SELECT instance_name FROM qrtz_scheduler_state"))
                .containsExactlyInAnyOrder(one.instanceId(), two.instanceId());
        assertThat(query(first, "SELECT count(*)::text FROM qrtz_triggers")).containsExactly("0");
    }

    @Test
    void aTriggerMissedWhileDownFiresOnceOnStart() throws Exception {
        Database database = newDatabase();
        Map<String, List<Fire>> firesByTrigger = new ConcurrentHashMap<>();
        JobFactory jobs = ClusteredScheduler.jobs(Map.of(Record.class, () -> new Record(firesByTrigger)));
        ZoneId zone = ZoneId.of("Europe/Paris");
        // Daily at the local time an hour ago, since three days ago: four fires missed, the next ~23 h away.
        ZonedDateTime hourAgo = ZonedDateTime.now(zone).minusHours(1);
        String daily = "0 " + hourAgo.getMinute() + " " + hourAgo.getHour() + " * * ?";
        TriggerKey key = TriggerKey.triggerKey("daily-nudge");

        // Scheduled through a node that never starts: nothing runs while the fire times pass.
        try (ClusteredScheduler down = new ClusteredScheduler(database.dataSource(), jobs, CHECKIN)) {
            down.quartz().scheduleJob(
                    newJob(Record.class).withIdentity("daily-nudge").build(),
                    newTrigger().withIdentity(key)
                            .startAt(Date.from(hourAgo.minusDays(3).minusMinutes(1).toInstant()))
                            .withSchedule(cronSchedule(daily).inTimeZone(TimeZone.getTimeZone(zone))
                                    .withMisfireHandlingInstructionFireAndProceed())
                            .build());
            assertThat(down.isRunning()).isFalse();
        }

        ClusteredScheduler up = node(database, jobs);

        Instant started = Instant.now();
        up.start();

        awaitTrue(() -> firesByTrigger.containsKey("daily-nudge"), "the missed trigger fired");
        Thread.sleep(1500); // room for a second fire to show
        assertThat(firesByTrigger.get("daily-nudge")).hasSize(1);
        // The recovery fire reports itself as scheduled now: the missed time is not handed to the job.
        assertThat(firesByTrigger.get("daily-nudge").get(0).scheduled()).isAfterOrEqualTo(started.minusSeconds(1));
        Date next = up.quartz().getTrigger(key).getNextFireTime();
        assertThat(next.toInstant()).isAfter(Instant.now().plus(Duration.ofHours(22)));
    }

    @Test
    void closingWaitsForARunningJob() throws Exception {
        Database database = newDatabase();
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        ClusteredScheduler scheduler = node(database, ClusteredScheduler.jobs(Map.of(Slow.class, () -> new Slow(started, finished))));
        scheduler.start();
        scheduler.quartz().scheduleJob(newJob(Slow.class).withIdentity("slow").build(), newTrigger().startNow().build());
        assertThat(started.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("the job started").isTrue();

        scheduler.close();

        assertThat(finished).as("the job ran to its end before close returned").isTrue();
        assertThat(scheduler.isRunning()).isFalse();
        assertThat(scheduler.quartz().isShutdown()).isTrue();
        assertThat(query(database, "SELECT count(*)::text FROM qrtz_fired_triggers")).containsExactly("0");
        assertThat(database.isReachable()).as("the app's pool stays open").isTrue();
    }

    private Database newDatabase() {
        return connect(TestPostgres.newDatabase("quartz"));
    }

    private Database connect(String url) {
        Database database = Database.connect(DatabaseUrl.parse("DATABASE_URL", url));
        opened.add(database);
        return database;
    }

    private ClusteredScheduler node(Database database, JobFactory jobs) {
        ClusteredScheduler scheduler = new ClusteredScheduler(database.dataSource(), jobs, CHECKIN);
        opened.add(scheduler);
        return scheduler;
    }

    private static List<String> query(Database database, String sql) {
        return database.jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(String.class).list());
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " within " + WAIT_SECONDS + " s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    static final class Signal implements Job {
        private final CountDownLatch fired;

        Signal(CountDownLatch fired) {
            this.fired = fired;
        }

        @Override
        public void execute(JobExecutionContext context) {
            fired.countDown();
        }
    }

    static final class ReadData implements Job {
        private final Map<String, String> seen;
        private final CountDownLatch fired;

        ReadData(Map<String, String> seen, CountDownLatch fired) {
            this.seen = seen;
            this.fired = fired;
        }

        @Override
        public void execute(JobExecutionContext context) {
            JobDataMap data = context.getMergedJobDataMap();
            for (String key : data.getKeys()) {
                seen.put(key, data.getString(key));
            }
            fired.countDown();
        }
    }

    /** One execution: the node that ran it and the fire time Quartz says it was scheduled for. */
    record Fire(String node, Instant scheduled) {
    }

    /** Records each trigger's executions. */
    static final class Record implements Job {
        private final Map<String, List<Fire>> firesByTrigger;

        Record(Map<String, List<Fire>> firesByTrigger) {
            this.firesByTrigger = firesByTrigger;
        }

        @Override
        public void execute(JobExecutionContext context) {
            String node;
            try {
                node = context.getScheduler().getSchedulerInstanceId();
            } catch (SchedulerException e) {
                node = "?";
            }
            firesByTrigger.computeIfAbsent(context.getTrigger().getKey().getName(), k -> new CopyOnWriteArrayList<>())
                    .add(new Fire(node, context.getScheduledFireTime().toInstant()));
        }
    }

    static final class Slow implements Job {
        private final CountDownLatch started;
        private final AtomicBoolean finished;

        Slow(CountDownLatch started, AtomicBoolean finished) {
            this.started = started;
            this.finished = finished;
        }

        @Override
        public void execute(JobExecutionContext context) {
            started.countDown();
            try {
                Thread.sleep(1500);
                finished.set(true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
