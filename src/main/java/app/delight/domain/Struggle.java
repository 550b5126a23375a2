package app.delight.domain;

import java.time.Instant;

/** A small friction the client has come to accept; open until removed or kept by the client's choice. */
public record Struggle(long id, long clientId, String authorId, String text, Instant observedAt, Status status) {

    public enum Status { OPEN, REMOVED, KEPT }
}
