package app.delight.signals.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import app.delight.signals.CalendarEvent;
import app.delight.signals.MeetingOccurrence;
import app.delight.signals.Occurrences;
import java.io.InputStream;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** An iCalendar file as Google Calendar exports it, read through the biweekly library. */
class IcsCalendarTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-06-01T00:00:00Z");

    private static List<MeetingOccurrence> occurrences(String resource) throws Exception {
        try (InputStream ics = Objects.requireNonNull(IcsCalendarTest.class.getResourceAsStream("/calendar/" + resource))) {
            return Occurrences.within(IcsCalendar.read(ics, PARIS), FROM, TO);
        }
    }

    private static List<MeetingOccurrence> occurrences(String resource, String uid) throws Exception {
        return occurrences(resource).stream().filter(meeting -> meeting.key().startsWith(uid)).toList();
    }

    @Test
    void aWeeklyMeetingStaysAtTenInParisAcrossTheChangeOfClocksWithItsExceptionCancellationAndMove() throws Exception {
        List<MeetingOccurrence> sync = occurrences("acme-meetings.ics", "weekly-sync-acme@google.com");

        // Thursdays at 10:00 Paris: 09:00 UTC in March (CET), 08:00 UTC after the clocks go forward on 29 March (CEST).
        assertThat(sync).extracting(MeetingOccurrence::start, MeetingOccurrence::cancelled, MeetingOccurrence::title).containsExactly(
                tuple(Instant.parse("2026-03-12T09:00:00Z"), false, "Weekly sync"),
                tuple(Instant.parse("2026-03-19T09:00:00Z"), true, "Weekly sync"),
                tuple(Instant.parse("2026-03-26T09:00:00Z"), false, "Weekly sync"),
                // 2 April is an EXDATE: not there at all. 9 April was moved to 14:00 Paris.
                tuple(Instant.parse("2026-04-09T12:00:00Z"), false, "Weekly sync (moved)"),
                tuple(Instant.parse("2026-04-16T08:00:00Z"), false, "Weekly sync"));
        assertThat(sync.get(3).key()).isEqualTo("weekly-sync-acme@google.com/2026-04-09T08:00:00Z");
        assertThat(sync.get(4).end()).isEqualTo(Instant.parse("2026-04-16T08:30:00Z"));
        assertThat(sync.get(0).people()).containsExactlyInAnyOrder("jane.doe@agency.example", "wile@eu.acme.com");
    }

    @Test
    void attendeesAndTheOrganiserAreReadInLowerCaseAndCancelledMeetingsAreMarked() throws Exception {
        assertThat(occurrences("acme-meetings.ics", "qbr-acme")).singleElement().satisfies(qbr -> {
            assertThat(qbr.start()).isEqualTo(Instant.parse("2026-03-26T15:00:00Z"));
            assertThat(qbr.people()).containsExactlyInAnyOrder("road.runner@acme.com", "marc.petit@agency.example");
        });
        assertThat(occurrences("acme-meetings.ics", "globex-intro")).singleElement().extracting(MeetingOccurrence::cancelled)
                .isEqualTo(true);
    }

    @Test
    void aTimeWithoutZoneIsTheTeamsAndAnAllDayEventLastsItsDay() throws Exception {
        List<CalendarEvent> events = IcsCalendar.read(new StringReader(String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0",
                "BEGIN:VEVENT", "UID:floating", "DTSTART:20260715T100000", "DTEND:20260715T110000", "SUMMARY:Floating",
                "ATTENDEE:mailto:wile@acme.com", "END:VEVENT",
                "BEGIN:VEVENT", "UID:all-day", "DTSTART;VALUE=DATE:20260716", "SUMMARY:Workshop day",
                "ATTENDEE:mailto:wile@acme.com", "END:VEVENT", "END:VCALENDAR", "")), PARIS);

        assertThat(Occurrences.within(events, FROM, Instant.parse("2026-12-31T00:00:00Z")))
                .extracting(MeetingOccurrence::key, MeetingOccurrence::start, MeetingOccurrence::end).containsExactly(
                        tuple("floating", Instant.parse("2026-07-15T08:00:00Z"), Instant.parse("2026-07-15T09:00:00Z")),
                        tuple("all-day", Instant.parse("2026-07-15T22:00:00Z"), Instant.parse("2026-07-16T22:00:00Z")));
    }

    @Test
    void aFileThatIsNotACalendarIsRefusedSayingWhatACalendarStartsWith() {
        assertThatThrownBy(() -> IcsCalendar.read(new StringReader("name,stage\nAcme,active\n"), PARIS))
                .isInstanceOf(IcsCalendar.Unreadable.class).hasMessageContaining("BEGIN:VCALENDAR");
    }
}
