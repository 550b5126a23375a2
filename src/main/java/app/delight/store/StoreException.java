package app.delight.store;

/**
 * The database did not do what was asked: it could not be reached, or a statement failed. The one
 * exception the store lets out, so the adapters that answer users catch this and nothing of JDBI.
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean unreachable;

    StoreException(String message, Throwable cause, boolean unreachable) {
        super(message, cause);
        this.unreachable = unreachable;
    }

    /** True when no connection could be had (the database is away), rather than a statement failing. */
    public boolean unreachable() {
        return unreachable;
    }
}
