package app.delight.engine;

import app.delight.domain.Meeting;
import app.delight.domain.PromptKind;
import app.delight.i18n.Messages;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The meetings with a client's people in the next {@value #DAYS_AHEAD} days, each a prompt to
 * prepare for it: "QBR with Acme on Thursday at 14:00: prepare the recap", soonest first, in the
 * client's time. A meeting that recurs is prepared one occurrence at a time (the next of each
 * title), and at most {@value #AT_MOST} meetings take room on the card, which keeps room for the rest.
 */
public final class MeetingPrompts {
    public static final int DAYS_AHEAD = 14;
    static final int AT_MOST = 2;
    /** Within a week a day name is clear ("on Thursday"); further off it needs its date. */
    private static final int DAYS_NAMED = 6;

    private final Messages messages;
    private final DateTimeFormatter time;
    private final DateTimeFormatter weekday;

    MeetingPrompts(Messages messages) {
        this.messages = messages;
        Locale language = messages.language();
        this.time = DateTimeFormatter.ofPattern("HH:mm", language);
        this.weekday = DateTimeFormatter.ofPattern("EEEE", language);
    }

    List<Prompt> toPrepare(ClientHistory history, LocalDate today, ResponseLedger ledger) {
        return history.upcomingMeetings().stream()
                .filter(meeting -> {
                    LocalDate on = LocalDate.ofInstant(meeting.startsAt(), history.zone());
                    return !on.isBefore(today) && !on.isAfter(today.plusDays(DAYS_AHEAD));
                })
                .sorted(Comparator.comparing(Meeting::startsAt).thenComparing(Meeting::id))
                .filter(nextOfItsTitle())
                .map(meeting -> prompt(meeting, history, today))
                .filter(prompt -> !ledger.hides(prompt.key(), today))
                .limit(AT_MOST)
                .toList();
    }

    /** True for the first meeting of each title, ignoring case and spaces, in the order given. */
    private static Predicate<Meeting> nextOfItsTitle() {
        Set<String> seen = new HashSet<>();
        return meeting -> seen.add(meeting.title().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip());
    }

    private Prompt prompt(Meeting meeting, ClientHistory history, LocalDate today) {
        ZonedDateTime start = meeting.startsAt().atZone(history.zone());
        ZonedDateTime end = meeting.endsAt().atZone(history.zone());
        String client = history.client().name();
        String when = when(start, today);
        String text = meeting.title().toLowerCase(Locale.ROOT).contains(client.toLowerCase(Locale.ROOT))
                ? messages.get("card.meeting.textNamed", meeting.title(), when)
                : messages.get("card.meeting.text", meeting.title(), client, when);
        String why = messages.get("card.meeting.why", start.toLocalDate(), time.format(start), time.format(end));
        return new Prompt(PromptKeys.meeting(meeting.id()), PromptKind.MEETING, text, why, start.toLocalDate());
    }

    private String when(ZonedDateTime start, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, start.toLocalDate());
        if (days == 0) {
            return messages.get("card.meeting.today", time.format(start));
        }
        if (days == 1) {
            return messages.get("card.meeting.tomorrow", time.format(start));
        }
        if (days <= DAYS_NAMED) {
            return messages.get("card.meeting.weekday", weekday.format(start), time.format(start));
        }
        return messages.get("card.meeting.date", start.toLocalDate());
    }
}
