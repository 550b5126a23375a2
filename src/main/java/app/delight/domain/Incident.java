package app.delight.domain;

import java.time.Instant;

/** Client behaviour that crossed a line, recorded so the team is backed. Seen by managers only. */
public record Incident(long id, long clientId, String text, String recordedBy, Instant occurredAt) {
}
