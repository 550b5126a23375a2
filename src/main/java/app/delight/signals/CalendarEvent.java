package app.delight.signals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An event as a calendar holds it: a single meeting, a recurring series, or one occurrence of a
 * series changed on its own ({@code recurrenceId}: the original start of the occurrence it
 * replaces). {@code people} are the e-mails of its attendees and organiser, in lower case;
 * {@code recurrence} gives a series' starts, its exceptions already taken out.
 */
public record CalendarEvent(String uid, String title, Instant start, Duration duration, Set<String> people, boolean cancelled,
        Optional<Instant> recurrenceId, Optional<Recurrence> recurrence) {

    public CalendarEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        duration = duration.isNegative() ? Duration.ZERO : duration;
        people = Set.copyOf(people);
    }

    /** The starts of a recurring series, computed by the calendar's library. */
    @FunctionalInterface
    public interface Recurrence {
        /** The series' starts from {@code from} (inclusive) to {@code to} (exclusive), in order. */
        List<Instant> startsBetween(Instant from, Instant to);
    }

    public static CalendarEvent single(String uid, String title, Instant start, Duration duration, Set<String> people,
            boolean cancelled) {
        return new CalendarEvent(uid, title, start, duration, people, cancelled, Optional.empty(), Optional.empty());
    }

    public static CalendarEvent series(String uid, String title, Instant start, Duration duration, Set<String> people,
            boolean cancelled, Recurrence recurrence) {
        return new CalendarEvent(uid, title, start, duration, people, cancelled, Optional.empty(), Optional.of(recurrence));
    }

    /** One occurrence of series {@code uid}, the one that was to start at {@code originalStart}, changed or cancelled. */
    public static CalendarEvent occurrence(String uid, Instant originalStart, String title, Instant start, Duration duration,
            Set<String> people, boolean cancelled) {
        return new CalendarEvent(uid, title, start, duration, people, cancelled, Optional.of(originalStart), Optional.empty());
    }
}
