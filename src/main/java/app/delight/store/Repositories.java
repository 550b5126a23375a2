package app.delight.store;

import org.jdbi.v3.core.Handle;

/** The repositories over one connection (and its transaction, when there is one), as {@link Store} hands them out. */
public final class Repositories {
    private final Handle handle;

    Repositories(Handle handle) {
        this.handle = handle;
    }

    public ClientRepository clients() {
        return new ClientRepository(handle);
    }

    public HistoryRepository history() {
        return new HistoryRepository(handle);
    }

    public PortfolioRepository portfolio() {
        return new PortfolioRepository(handle);
    }

    public HealthSnapshotRepository healthSnapshots() {
        return new HealthSnapshotRepository(handle);
    }

    public EarlyWarningRepository earlyWarnings() {
        return new EarlyWarningRepository(handle);
    }

    public OutboxRepository outbox() {
        return new OutboxRepository(handle);
    }

    public NudgePassRepository nudgePasses() {
        return new NudgePassRepository(handle);
    }

    public ProcessedEventRepository processedEvents() {
        return new ProcessedEventRepository(handle);
    }
}
