package app.delight.domain;

import java.time.Instant;

/** A meeting with a client's people, as read from a calendar and kept: the card prepares the team for it. */
public record Meeting(long id, long clientId, String title, Instant startsAt, Instant endsAt) {
}
