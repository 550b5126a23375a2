package app.delight.signals;

import java.time.Instant;
import java.util.Set;

/**
 * One meeting at one time: a single event, or one occurrence of a series. {@code key} names it
 * for good, however often the calendar is read: the event's UID, and for an occurrence of a series
 * the start it was planned at, so a moved occurrence keeps its key.
 */
public record MeetingOccurrence(String key, String title, Instant start, Instant end, Set<String> people, boolean cancelled) {
    public MeetingOccurrence {
        people = Set.copyOf(people);
    }
}
