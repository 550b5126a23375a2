package app.delight.domain;

import java.time.Instant;
import java.util.Locale;

/**
 * A contact with the client; the latest one is the client's "last contact". {@code kind} says
 * where it came from: what the team logged, a meeting with the client's people read from a
 * calendar, or the team writing in the client's shared channel.
 */
public record Touchpoint(long id, long clientId, String authorId, String text, Instant occurredAt, Kind kind) {

    public enum Kind {
        LOG, MEETING, SLACK;

        /** The name in the database. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
