package app.delight.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.quartz.utils.ConnectionProvider;

/**
 * Hands Quartz connections from the app's own pool. Quartz 2.5 brings no pool of its own, and the
 * app's one Hikari pool is shared: Quartz borrows a connection per transaction and closing it
 * returns it to the pool (Quartz restores auto-commit first).
 *
 * <p>The pool belongs to the app, so {@link #shutdown()} does not close it; it only cuts this
 * provider off. Quartz's {@code DBConnectionManager} has no way to remove a provider, so after
 * shutdown this provider also lets go of the data source rather than keep the pool reachable from
 * that JVM-wide map.
 */
public final class PooledConnections implements ConnectionProvider {
    private volatile DataSource dataSource;

    public PooledConnections(DataSource dataSource) {
        if (dataSource == null) {
            throw new IllegalArgumentException("dataSource is required");
        }
        this.dataSource = dataSource;
    }

    @Override
    public Connection getConnection() throws SQLException {
        DataSource current = dataSource;
        if (current == null) {
            throw new SQLException("The Quartz scheduler using these connections has shut down");
        }
        return current.getConnection();
    }

    /** Called by Quartz when its job store shuts down; leaves the app's pool open. */
    @Override
    public void shutdown() {
        dataSource = null;
    }

    @Override
    public void initialize() {
        // nothing to set up: the app opened the pool already
    }
}
