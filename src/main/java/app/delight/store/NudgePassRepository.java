package app.delight.store;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The record of nudge passes, whichever instance ran them. */
public final class NudgePassRepository {
    private final Handle handle;

    public NudgePassRepository(Handle handle) {
        this.handle = handle;
    }

    public record Pass(Instant startedAt, Instant finishedAt, int clients, int enqueued, int sent, int failed) {
    }

    public void record(Pass pass) {
        handle.createUpdate("INSERT INTO nudge_passes (started_at, finished_at, clients, enqueued, sent, failed) "
                        + "VALUES (:startedAt, :finishedAt, :clients, :enqueued, :sent, :failed)")
                .bindMethods(pass)
                .execute();
    }

    public Optional<Pass> last() {
        return handle.createQuery("SELECT started_at, finished_at, clients, enqueued, sent, failed FROM nudge_passes "
                        + "ORDER BY finished_at DESC LIMIT 1")
                .map(row -> new Pass(row.getColumn("started_at", Instant.class), row.getColumn("finished_at", Instant.class),
                        row.getColumn("clients", Integer.class), row.getColumn("enqueued", Integer.class),
                        row.getColumn("sent", Integer.class), row.getColumn("failed", Integer.class)))
                .findOne();
    }
}
