package app.delight.delivery;

/**
 * Makes one attempt to post one message and says how it went. {@link SlackPoster} is the real
 * one; {@link Delivery} only needs this, so it can be tested with stubs.
 *
 * <p>Implementations must be thread-safe (several channels are posted to at once) and should
 * not throw: a {@code RuntimeException} is treated by {@link Delivery} as {@link PostResult.Transient}.
 */
@FunctionalInterface
public interface Poster {

    PostResult post(Outgoing message);
}
