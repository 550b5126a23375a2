package app.delight.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Something the team promised the client. {@code dueOn} is null when no date was given. */
public record FollowUp(long id, long clientId, String authorId, String text, LocalDate dueOn, Status status,
        Instant createdAt) {

    public enum Status { OPEN, DONE, CANCELLED }

    /** Days past the due date on {@code today}; zero or less when not late. */
    public long daysLate(LocalDate today) {
        return dueOn == null ? 0 : ChronoUnit.DAYS.between(dueOn, today);
    }
}
