package app.delight.store;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The database as the rest of the app uses it: work done through the {@link Repositories} on one
 * pooled connection, or in one transaction. Whatever goes wrong in the database comes out as a
 * {@link StoreException}; nothing outside this package sees JDBI.
 */
public final class Store {
    private final Jdbi jdbi;

    public Store(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Runs {@code work} on one connection, each statement committed as it runs. */
    public <T> T withConnection(Function<Repositories, T> work) {
        return withHandle(handle -> work.apply(new Repositories(handle)));
    }

    public void useConnection(Consumer<Repositories> work) {
        withConnection(repositories -> {
            work.accept(repositories);
            return null;
        });
    }

    /** Runs {@code work} in one transaction: what it writes is kept whole, or not at all. */
    public <T> T inTransaction(Function<Repositories, T> work) {
        return inHandleTransaction(handle -> work.apply(new Repositories(handle)));
    }

    public void useTransaction(Consumer<Repositories> work) {
        inTransaction(repositories -> {
            work.accept(repositories);
            return null;
        });
    }

    /** For this package's own statements that no repository holds. */
    <T> T withHandle(Function<Handle, T> work) {
        return translated(() -> jdbi.withHandle(work::apply));
    }

    <T> T inHandleTransaction(Function<Handle, T> work) {
        return translated(() -> jdbi.inTransaction(work::apply));
    }

    private static <T> T translated(Supplier<T> work) {
        try {
            return work.get();
        } catch (ConnectionException e) {
            throw new StoreException("the database did not answer: " + e.getMessage(), e, true);
        } catch (JdbiException e) {
            throw new StoreException("a database statement failed: " + e.getMessage(), e, false);
        }
    }
}
