package app.delight.domain;

import java.time.Instant;

/** A contact with the client that the team logged; the latest one is the client's "last contact". */
public record Touchpoint(long id, long clientId, String authorId, String text, Instant occurredAt) {
}
