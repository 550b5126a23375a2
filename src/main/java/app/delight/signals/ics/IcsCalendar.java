package app.delight.signals.ics;

import app.delight.signals.CalendarEvent;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.io.TimezoneInfo;
import biweekly.property.Attendee;
import biweekly.property.DateOrDateTimeProperty;
import biweekly.property.Organizer;
import biweekly.util.ICalDate;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.io.InputStreamReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;

/**
 * Reads an iCalendar file (RFC 5545, as Google Calendar, Outlook and Apple Calendar export and
 * publish it) into {@link CalendarEvent}s, with the biweekly library: time zones from the file's
 * {@code VTIMEZONE}s or their IANA names, recurrence rules with their exceptions ({@code EXDATE}),
 * occurrences changed on their own ({@code RECURRENCE-ID}) and cancellations
 * ({@code STATUS:CANCELLED}). A time with no zone ("floating") is read in {@code floatingZone}, as
 * is an all-day event, which lasts its day.
 */
public final class IcsCalendar {
    /** A series repeating every minute must not make a million occurrences: a calendar has no need of more than this in a window. */
    static final int MAX_OCCURRENCES = 2_000;
    private static final int MAX_TITLE = 300;

    /** The file is not an iCalendar. */
    public static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    private IcsCalendar() {
    }

    /** The events of an iCalendar in UTF-8, as every calendar writes them. */
    public static List<CalendarEvent> read(InputStream ics, ZoneId floatingZone) throws Unreadable, IOException {
        return read(new InputStreamReader(ics, StandardCharsets.UTF_8), floatingZone);
    }

    public static List<CalendarEvent> read(Reader ics, ZoneId floatingZone) throws Unreadable, IOException {
        List<ICalendar> calendars = Biweekly.parse(ics).all();
        if (calendars.isEmpty()) {
            throw new Unreadable("it holds no calendar: an iCalendar file starts with BEGIN:VCALENDAR");
        }
        List<CalendarEvent> events = new ArrayList<>();
        for (ICalendar calendar : calendars) {
            Times times = new Times(calendar.getTimezoneInfo(), floatingZone);
            for (VEvent event : calendar.getEvents()) {
                event(event, times).ifPresent(events::add);
            }
        }
        return events;
    }

    private static Optional<CalendarEvent> event(VEvent event, Times times) {
        if (event.getDateStart() == null || event.getDateStart().getValue() == null) {
            return Optional.empty();
        }
        Instant start = times.instant(event.getDateStart());
        String uid = event.getUid() != null && event.getUid().getValue() != null && !event.getUid().getValue().isBlank()
                ? event.getUid().getValue().strip()
                // Without a UID an event is known by what it is: its title and start.
                : "no-uid/" + title(event) + "/" + start;
        Duration duration = duration(event, times, start);
        Set<String> people = people(event);
        boolean cancelled = event.getStatus() != null && event.getStatus().isCancelled();
        if (event.getRecurrenceId() != null && event.getRecurrenceId().getValue() != null) {
            return Optional.of(CalendarEvent.occurrence(uid, times.instant(event.getRecurrenceId()), title(event), start, duration,
                    people, cancelled));
        }
        if (event.getRecurrenceRule() == null && event.getRecurrenceDates().isEmpty()) {
            return Optional.of(CalendarEvent.single(uid, title(event), start, duration, people, cancelled));
        }
        TimeZone zone = times.zoneOf(event.getDateStart());
        boolean floating = times.isFloating(event.getDateStart());
        return Optional.of(CalendarEvent.series(uid, title(event), start, duration, people, cancelled,
                (from, to) -> starts(event.getDateIterator(zone), from, to, floating, times)));
    }

    /** The series' starts in the window, as the library computes them in the start's own zone (so 09:00 stays 09:00 across a change of clocks). */
    private static List<Instant> starts(DateIterator iterator, Instant from, Instant to, boolean floating, Times times) {
        List<Instant> starts = new ArrayList<>();
        iterator.advanceTo(Date.from(floating ? times.asDefaultZone(from) : from));
        while (iterator.hasNext() && starts.size() < MAX_OCCURRENCES) {
            Instant next = iterator.next().toInstant();
            Instant start = floating ? times.fromDefaultZone(next) : next;
            if (!start.isBefore(to)) {
                break;
            }
            if (!start.isBefore(from)) {
                starts.add(start);
            }
        }
        return starts;
    }

    private static Duration duration(VEvent event, Times times, Instant start) {
        if (event.getDateEnd() != null && event.getDateEnd().getValue() != null) {
            return Duration.between(start, times.instant(event.getDateEnd()));
        }
        if (event.getDuration() != null && event.getDuration().getValue() != null) {
            return Duration.ofMillis(event.getDuration().getValue().toMillis());
        }
        // RFC 5545: an all-day event without an end lasts its day; a timed one, no time at all.
        return event.getDateStart().getValue().hasTime() ? Duration.ZERO : Duration.ofDays(1);
    }

    /** The e-mails of the attendees and the organiser, in lower case. */
    private static Set<String> people(VEvent event) {
        Set<String> people = new LinkedHashSet<>();
        for (Attendee attendee : event.getAttendees()) {
            email(attendee.getEmail(), attendee.getUri()).ifPresent(people::add);
        }
        Organizer organizer = event.getOrganizer();
        if (organizer != null) {
            email(organizer.getEmail(), organizer.getUri()).ifPresent(people::add);
        }
        return people;
    }

    private static Optional<String> email(String email, String uri) {
        String address = email != null ? email : uri != null && uri.regionMatches(true, 0, "mailto:", 0, 7) ? uri.substring(7) : null;
        return address == null || !address.contains("@") ? Optional.empty() : Optional.of(address.strip().toLowerCase(Locale.ROOT));
    }

    private static String title(VEvent event) {
        String summary = event.getSummary() == null || event.getSummary().getValue() == null ? "" : event.getSummary().getValue();
        String title = summary.strip().replaceAll("\\s+", " ");
        if (title.isEmpty()) {
            return "Meeting";
        }
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1) + "…";
    }

    /**
     * Instants of the file's date properties. The library reads a time with a zone as its instant,
     * and a floating time (or a date) as the JVM's local time, which is read again here as
     * {@code floatingZone}'s.
     */
    private static final class Times {
        private final TimezoneInfo zones;
        private final ZoneId floatingZone;

        Times(TimezoneInfo zones, ZoneId floatingZone) {
            this.zones = zones;
            this.floatingZone = floatingZone;
        }

        Instant instant(DateOrDateTimeProperty property) {
            Instant read = property.getValue().toInstant();
            return isFloating(property) ? fromDefaultZone(read) : read;
        }

        boolean isFloating(DateOrDateTimeProperty property) {
            ICalDate value = property.getValue();
            return !value.hasTime() || zones.getTimezone(property) == null && zones.isFloating(property);
        }

        /** The zone a series is computed in: its start's, or for a floating start the JVM's, as the library read it. */
        TimeZone zoneOf(DateOrDateTimeProperty property) {
            if (isFloating(property)) {
                return TimeZone.getDefault();
            }
            TimezoneAssignment assigned = zones.getTimezone(property);
            return assigned == null ? TimeZone.getTimeZone("UTC") : assigned.getTimeZone();
        }

        Instant fromDefaultZone(Instant read) {
            return LocalDateTime.ofInstant(read, ZoneId.systemDefault()).atZone(floatingZone).toInstant();
        }

        Instant asDefaultZone(Instant instant) {
            return LocalDateTime.ofInstant(instant, floatingZone).atZone(ZoneId.systemDefault()).toInstant();
        }
    }
}
