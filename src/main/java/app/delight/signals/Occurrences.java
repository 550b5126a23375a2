package app.delight.signals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The meetings a calendar's events make within a window: a single event once; a series once per
 * start, except the starts one of its occurrences replaces (moved, retitled or cancelled on its
 * own); a cancelled series or occurrence stays, marked cancelled, so a meeting read before is
 * cancelled too.
 */
public final class Occurrences {
    private Occurrences() {
    }

    /** The occurrences starting from {@code from} (inclusive) to {@code to} (exclusive), by start. */
    public static List<MeetingOccurrence> within(List<CalendarEvent> events, Instant from, Instant to) {
        Map<String, List<CalendarEvent>> byUid = events.stream()
                .collect(Collectors.groupingBy(CalendarEvent::uid, LinkedHashMap::new, Collectors.toList()));
        List<MeetingOccurrence> occurrences = new ArrayList<>();
        byUid.forEach((uid, sameUid) -> occurrences.addAll(ofOneUid(uid, sameUid, from, to)));
        occurrences.sort(Comparator.comparing(MeetingOccurrence::start).thenComparing(MeetingOccurrence::key));
        return occurrences;
    }

    private static List<MeetingOccurrence> ofOneUid(String uid, List<CalendarEvent> events, Instant from, Instant to) {
        Optional<CalendarEvent> main = events.stream().filter(event -> event.recurrenceId().isEmpty()).findFirst();
        List<CalendarEvent> changed = events.stream().filter(event -> event.recurrenceId().isPresent()).toList();
        Set<Instant> replaced = changed.stream().map(event -> event.recurrenceId().get()).collect(Collectors.toSet());
        boolean seriesCancelled = main.map(CalendarEvent::cancelled).orElse(false);
        List<MeetingOccurrence> occurrences = new ArrayList<>();
        main.ifPresent(event -> {
            if (event.recurrence().isEmpty()) {
                if (within(event.start(), from, to)) {
                    occurrences.add(occurrence(uid, event, event.start(), event.cancelled()));
                }
                return;
            }
            event.recurrence().get().startsBetween(from, to).stream()
                    .filter(start -> !replaced.contains(start))
                    .forEach(start -> occurrences.add(occurrence(key(uid, start), event, start, event.cancelled())));
        });
        for (CalendarEvent event : changed) {
            if (within(event.start(), from, to)) {
                occurrences.add(occurrence(key(uid, event.recurrenceId().get()), event, event.start(),
                        event.cancelled() || seriesCancelled));
            }
        }
        return occurrences;
    }

    private static MeetingOccurrence occurrence(String key, CalendarEvent event, Instant start, boolean cancelled) {
        return new MeetingOccurrence(key, event.title(), start, start.plus(event.duration()), event.people(), cancelled);
    }

    private static String key(String uid, Instant originalStart) {
        return uid + "/" + originalStart;
    }

    private static boolean within(Instant start, Instant from, Instant to) {
        return !start.isBefore(from) && start.isBefore(to);
    }
}
