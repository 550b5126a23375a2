package app.delight.signals;

import java.time.Instant;

/** A meeting with one client's people: an occurrence one of whose people has an e-mail at one of the client's domains. */
public record ClientMeeting(long clientId, String key, String title, Instant start, Instant end, boolean cancelled) {

    /** Over by {@code now}, and not cancelled: a contact with the client that happened. */
    public boolean hasTakenPlace(Instant now) {
        return !cancelled && !end.isAfter(now);
    }
}
