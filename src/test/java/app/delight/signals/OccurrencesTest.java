package app.delight.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Which meetings a calendar's events make, with plain data: a weekly series given by its starts. */
class OccurrencesTest {
    private static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-05-01T00:00:00Z");
    private static final Set<String> PEOPLE = Set.of("wile@acme.com");
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    /** Every Thursday at 09:00 UTC from 12 March, as a library would give the starts. */
    private static final CalendarEvent.Recurrence THURSDAYS = (from, to) -> Stream
            .iterate(Instant.parse("2026-03-12T09:00:00Z"), start -> start.plus(Duration.ofDays(7)))
            .dropWhile(start -> start.isBefore(from)).takeWhile(start -> start.isBefore(to)).toList();

    private static CalendarEvent weekly(boolean cancelled) {
        return CalendarEvent.series("sync", "Weekly sync", Instant.parse("2026-03-12T09:00:00Z"), HALF_HOUR, PEOPLE, cancelled,
                THURSDAYS);
    }

    @Test
    void aSeriesOccursAtEachOfItsStartsWithinTheWindow() {
        List<MeetingOccurrence> meetings = Occurrences.within(List.of(weekly(false)), FROM, Instant.parse("2026-03-27T00:00:00Z"));

        assertThat(meetings).extracting(MeetingOccurrence::start).containsExactly(Instant.parse("2026-03-12T09:00:00Z"),
                Instant.parse("2026-03-19T09:00:00Z"), Instant.parse("2026-03-26T09:00:00Z"));
        assertThat(meetings.get(0).end()).isEqualTo(Instant.parse("2026-03-12T09:30:00Z"));
        assertThat(meetings.get(0).key()).isEqualTo("sync/2026-03-12T09:00:00Z");
    }

    @Test
    void aCancelledOccurrenceReplacesItsStartAndStaysMarkedCancelled() {
        CalendarEvent cancelled = CalendarEvent.occurrence("sync", Instant.parse("2026-03-19T09:00:00Z"), "Weekly sync",
                Instant.parse("2026-03-19T09:00:00Z"), HALF_HOUR, PEOPLE, true);

        List<MeetingOccurrence> meetings = Occurrences.within(List.of(weekly(false), cancelled), FROM,
                Instant.parse("2026-03-27T00:00:00Z"));

        assertThat(meetings).extracting(MeetingOccurrence::key, MeetingOccurrence::cancelled).containsExactly(
                org.assertj.core.groups.Tuple.tuple("sync/2026-03-12T09:00:00Z", false),
                org.assertj.core.groups.Tuple.tuple("sync/2026-03-19T09:00:00Z", true),
                org.assertj.core.groups.Tuple.tuple("sync/2026-03-26T09:00:00Z", false));
    }

    @Test
    void aMovedOccurrenceKeepsTheKeyOfTheStartItWasPlannedAt() {
        CalendarEvent moved = CalendarEvent.occurrence("sync", Instant.parse("2026-03-19T09:00:00Z"), "Weekly sync (moved)",
                Instant.parse("2026-03-20T14:00:00Z"), Duration.ofHours(1), PEOPLE, false);

        List<MeetingOccurrence> meetings = Occurrences.within(List.of(moved, weekly(false)), FROM,
                Instant.parse("2026-03-27T00:00:00Z"));

        assertThat(meetings).extracting(MeetingOccurrence::start).containsExactly(Instant.parse("2026-03-12T09:00:00Z"),
                Instant.parse("2026-03-20T14:00:00Z"), Instant.parse("2026-03-26T09:00:00Z"));
        MeetingOccurrence friday = meetings.get(1);
        assertThat(friday.key()).isEqualTo("sync/2026-03-19T09:00:00Z");
        assertThat(friday.title()).isEqualTo("Weekly sync (moved)");
        assertThat(friday.end()).isEqualTo(Instant.parse("2026-03-20T15:00:00Z"));
    }

    @Test
    void aCancelledSeriesCancelsEveryOccurrenceEvenOneChangedOnItsOwn() {
        CalendarEvent moved = CalendarEvent.occurrence("sync", Instant.parse("2026-03-19T09:00:00Z"), "Weekly sync",
                Instant.parse("2026-03-20T14:00:00Z"), HALF_HOUR, PEOPLE, false);

        assertThat(Occurrences.within(List.of(weekly(true), moved), FROM, TO)).allMatch(MeetingOccurrence::cancelled);
    }

    @Test
    void aSingleMeetingIsKnownByItsUidAndOnlyWithinTheWindow() {
        CalendarEvent qbr = CalendarEvent.single("qbr", "QBR", Instant.parse("2026-03-26T15:00:00Z"), Duration.ofHours(1), PEOPLE,
                false);
        CalendarEvent old = CalendarEvent.single("kick-off", "Kick-off", Instant.parse("2025-01-10T15:00:00Z"), HALF_HOUR, PEOPLE,
                false);

        assertThat(Occurrences.within(List.of(qbr, old), FROM, TO)).extracting(MeetingOccurrence::key).containsExactly("qbr");
    }
}
