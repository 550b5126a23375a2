package app.delight.schedule;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.spi.InstanceIdGenerator;
import org.quartz.spi.JobFactory;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node of the clustered Quartz scheduler: a JDBC job store ({@code JobStoreTX} with the
 * PostgreSQL delegate) on the app's own connection pool, so every running Delight shares one
 * schedule and each trigger fires on exactly one of them. Job data is stored as strings only
 * ({@code useProperties}); jobs are built by the {@link JobFactory} given here, which is how they
 * get their dependencies.
 *
 * <p><b>Several schedulers in one JVM.</b> Quartz keys schedulers JVM-wide by
 * {@code org.quartz.scheduler.instanceName} in {@link SchedulerRepository}, and that name is also
 * the {@code SCHED_NAME} that makes nodes one cluster, so it must be {@value #NAME} everywhere.
 * {@code StdSchedulerFactory.getScheduler()} first looks the name up and, if a live scheduler is
 * bound, silently returns <em>that</em> one (a second node in the same JVM would be the first
 * node again); {@code DirectSchedulerFactory} binds too and throws "Scheduler with name 'delight'
 * already exists" after having built the scheduler. Nothing else in Quartz reads the repository
 * (only the factories' look-ups and remote/JMX access, which we do not use), and
 * {@code QuartzScheduler.shutdown} merely removes the name. So each scheduler is built by
 * {@code StdSchedulerFactory} under one JVM-wide lock and unbound straight away: the repository
 * never holds a Delight scheduler, each {@code ClusteredScheduler} owns its own, and the cluster
 * name stays the same. Also JVM-wide: {@link DBConnectionManager}, keyed by data source name (so
 * each scheduler registers its {@link PooledConnections} under a name of its own, and it can never
 * be removed again), and the instance id, which {@link NodeIds} makes unique (Quartz's default,
 * host name + current millisecond, repeats for two schedulers built in the same millisecond, and
 * a cluster takes two nodes with one id for one node).
 */
public final class ClusteredScheduler implements AutoCloseable {
    /** The cluster: {@code SCHED_NAME} in the {@code qrtz_} tables, the same on every node. */
    public static final String NAME = "delight";
    static final Duration CLUSTER_CHECKIN_INTERVAL = Duration.ofSeconds(15);
    private static final Duration MISFIRE_THRESHOLD = Duration.ofSeconds(60);
    private static final int THREADS = 3;

    private static final Logger log = LoggerFactory.getLogger(ClusteredScheduler.class);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** Guards Quartz's JVM-wide maps while a scheduler is built and unbound. */
    private static final Object JVM_WIDE = new Object();

    private final PooledConnections connections;
    private final Scheduler quartz;

    /** A node on the app's pool; {@code jobFactory} builds every job (see {@link #jobs(Map)}). */
    public ClusteredScheduler(DataSource dataSource, JobFactory jobFactory) {
        this(dataSource, jobFactory, CLUSTER_CHECKIN_INTERVAL);
    }

    /** For tests: a shorter {@code clusterCheckinInterval} (how often a node checks in and looks for dead ones). */
    ClusteredScheduler(DataSource dataSource, JobFactory jobFactory, Duration clusterCheckinInterval) {
        if (jobFactory == null) {
            throw new IllegalArgumentException("jobFactory is required");
        }
        int number = SEQUENCE.incrementAndGet();
        String dataSourceName = NAME + "-" + number;
        this.connections = new PooledConnections(dataSource);
        Scheduler scheduler = null;
        try {
            synchronized (JVM_WIDE) {
                DBConnectionManager.getInstance().addConnectionProvider(dataSourceName, connections);
                scheduler = buildUnbound(properties(number, dataSourceName, clusterCheckinInterval));
            }
            scheduler.setJobFactory(jobFactory);
        } catch (SchedulerException | RuntimeException e) {
            if (scheduler != null) {
                shutDownQuietly(scheduler, false);
            }
            connections.shutdown();
            throw new IllegalStateException("Could not set up the Quartz scheduler: " + e.getMessage(), e);
        }
        this.quartz = scheduler;
    }

    private static Scheduler buildUnbound(Properties properties) throws SchedulerException {
        SchedulerRepository repository = SchedulerRepository.getInstance();
        Scheduler foreign = repository.lookup(NAME);
        if (foreign != null && !foreign.isShutdown()) {
            // Some other code bound a scheduler by this name; getScheduler() would hand us that one.
            throw new SchedulerException("Another Quartz scheduler named '" + NAME + "' is registered in this JVM");
        }
        Scheduler scheduler = new StdSchedulerFactory(properties).getScheduler();
        repository.remove(NAME);
        return scheduler;
    }

    private static Properties properties(int number, String dataSourceName, Duration clusterCheckinInterval) {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", NAME);
        p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        p.setProperty("org.quartz.scheduler.instanceIdGenerator.class", NodeIds.class.getName());
        p.setProperty("org.quartz.scheduler.threadName", "quartz-" + number + "-scheduler");
        // Quartz 2.5 has no update checker left, so this is a no-op, kept to say so.
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.scheduler.jmx.export", "false");
        p.setProperty("org.quartz.scheduler.rmi.export", "false");
        p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        p.setProperty("org.quartz.threadPool.threadCount", Integer.toString(THREADS));
        p.setProperty("org.quartz.threadPool.threadNamePrefix", "quartz-" + number + "-worker");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
        // Unquoted in Quartz's SQL and in V2__quartz.sql, so PostgreSQL reads both as qrtz_….
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.useProperties", "true");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", Long.toString(clusterCheckinInterval.toMillis()));
        p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        p.setProperty("org.quartz.jobStore.misfireThreshold", Long.toString(MISFIRE_THRESHOLD.toMillis()));
        return p;
    }

    /**
     * A job factory from a small registry: each job class with the code that builds it. A fire of
     * a class not listed fails, and Quartz puts its trigger in the ERROR state.
     */
    public static JobFactory jobs(Map<Class<? extends Job>, Supplier<? extends Job>> builders) {
        Map<Class<? extends Job>, Supplier<? extends Job>> known = Map.copyOf(builders);
        return (bundle, scheduler) -> {
            Class<? extends Job> type = bundle.getJobDetail().getJobClass();
            Supplier<? extends Job> builder = known.get(type);
            if (builder == null) {
                throw new SchedulerException("No job factory knows " + type.getName());
            }
            return builder.get();
        };
    }

    /** Starts firing triggers (and checking in with the cluster). */
    public void start() {
        try {
            quartz.start();
            log.info("Quartz node {} of cluster '{}' started", instanceId(), NAME);
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not start the Quartz scheduler: " + e.getMessage(), e);
        }
    }

    /** Started, and neither shut down nor in standby. */
    public boolean isRunning() {
        try {
            return quartz.isStarted() && !quartz.isShutdown() && !quartz.isInStandbyMode();
        } catch (SchedulerException e) {
            return false;
        }
    }

    /** The Quartz scheduler, to schedule and look up jobs and triggers. */
    public Scheduler quartz() {
        return quartz;
    }

    /** This node's id in the cluster ({@code instance_name} in {@code qrtz_scheduler_state}). */
    public String instanceId() {
        try {
            return quartz.getSchedulerInstanceId();
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Graceful: stops taking triggers and waits for running jobs to finish. Leaves the app's pool open. */
    @Override
    public void close() {
        shutDownQuietly(quartz, true);
        connections.shutdown();
    }

    private static void shutDownQuietly(Scheduler scheduler, boolean waitForJobs) {
        try {
            if (!scheduler.isShutdown()) {
                scheduler.shutdown(waitForJobs);
            }
        } catch (SchedulerException e) {
            log.warn("The Quartz scheduler did not shut down cleanly: {}", e.getMessage());
        }
    }

    /**
     * Instance ids for {@code instanceId=AUTO}: host name, start millisecond and a JVM-wide
     * counter, so no two nodes share one even when built in the same millisecond. Kept short:
     * Quartz appends a 13-digit counter to it for {@code qrtz_fired_triggers.entry_id}, VARCHAR(95).
     */
    public static final class NodeIds implements InstanceIdGenerator {
        private static final AtomicLong COUNTER = new AtomicLong();

        @Override
        public String generateInstanceId() {
            String host;
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                host = "unknown-host";
            }
            if (host.length() > 40) {
                host = host.substring(0, 40);
            }
            return host + "-" + System.currentTimeMillis() + "-" + COUNTER.incrementAndGet();
        }
    }
}
