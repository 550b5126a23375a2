package app.delight.store;

import app.delight.config.DatabaseUrl;
import app.delight.config.Secret;
import app.delight.config.Settings;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's PostgreSQL: the server at {@code DATABASE_URL}, or an embedded one whose files live in
 * {@code DELIGHT_DATA_DIR}. Owns the one connection pool (shared later with Quartz) and brings the
 * schema up to date with Flyway on open.
 */
public final class Database implements AutoCloseable {
    /** The most connections the app holds to PostgreSQL, Quartz's included. */
    public static final int POOL_CONNECTIONS = 10;
    private static final Logger log = LoggerFactory.getLogger(Database.class);
    /** Short, so a request meets a database outage with a clear answer inside Slack's 3 seconds. */
    private static final Duration CONNECTION_TIMEOUT = Duration.ofMillis(1500);

    private final EmbeddedPostgres embedded;
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final Store store;

    private Database(EmbeddedPostgres embedded, HikariDataSource pool) {
        this.embedded = embedded;
        this.pool = pool;
        this.jdbi = Mappings.register(Jdbi.create(pool).installPlugin(new SqlObjectPlugin()).installPlugin(new PostgresPlugin()));
        this.store = new Store(jdbi);
    }

    public static Database open(Settings settings) {
        return settings.databaseUrl()
                .map(Database::connect)
                .orElseGet(() -> startEmbedded(settings.dataDir()));
    }

    public static Database connect(DatabaseUrl url) {
        HikariConfig config = poolConfig(url.jdbcUrl());
        url.user().ifPresent(config::setUsername);
        url.password().map(Secret::reveal).ifPresent(config::setPassword);
        return migrated(new Database(null, new HikariDataSource(config)));
    }

    private static Database startEmbedded(Path dataDir) {
        Path pgData = dataDir.resolve("postgres");
        Optional<Integer> running = portOfRunningServer(pgData);
        if (running.isPresent()) {
            // Another Delight (the app, while this is an import) already runs PostgreSQL on these files.
            log.info("Using the embedded PostgreSQL already running on port {} for {}", running.get(), pgData.toAbsolutePath());
            return migrated(new Database(null, new HikariDataSource(poolConfig(embeddedJdbcUrl(running.get())))));
        }
        EmbeddedPostgres embedded;
        try {
            Files.createDirectories(pgData);
            embedded = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + pgData.toAbsolutePath()
                    + " (is another Delight using that DELIGHT_DATA_DIR?): " + e.getMessage(), e);
        }
        log.info("Embedded PostgreSQL on port {} with its files in {}", embedded.getPort(), pgData.toAbsolutePath());
        HikariConfig config = poolConfig(embeddedJdbcUrl(embedded.getPort()));
        return migrated(new Database(embedded, new HikariDataSource(config)));
    }

    private static String embeddedJdbcUrl(int port) {
        return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
    }

    /**
     * The port of a live PostgreSQL on these files, read from the {@code postmaster.pid} it keeps
     * there (line 1 its process id, line 4 its port, line 8 its status).
     */
    private static Optional<Integer> portOfRunningServer(Path pgData) {
        Path pidFile = pgData.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() < 8 || !lines.get(7).strip().equals("ready")) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).strip());
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            return alive ? Optional.of(Integer.parseInt(lines.get(3).strip())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static HikariConfig poolConfig(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("delight");
        config.setMaximumPoolSize(POOL_CONNECTIONS);
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        // Start even while the server is briefly away; requests and /healthz report it meanwhile.
        config.setInitializationFailTimeout(-1);
        return config;
    }

    private static Database migrated(Database database) {
        try {
            Flyway.configure()
                    .dataSource(database.pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Reports the pool's use (connections active, idle, pending, timeouts) to the app's metrics. */
    public void reportPoolTo(MeterRegistry registry) {
        pool.setMetricRegistry(registry);
    }

    /** What the app reads and writes through. */
    public Store store() {
        return store;
    }

    /** JDBI itself, for this package and for tests that set up rows the app never writes. */
    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return pool;
    }

    /** True when a connection answers a trivial query now. */
    public boolean isReachable() {
        try (Connection connection = pool.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        pool.close();
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                log.warn("The embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
            }
        }
    }
}
