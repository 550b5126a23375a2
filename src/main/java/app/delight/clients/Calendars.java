package app.delight.clients;

import app.delight.domain.Client;
import app.delight.signals.CalendarEvent;
import app.delight.signals.ClientMeeting;
import app.delight.signals.ClientMeetings;
import app.delight.signals.MeetingOccurrence;
import app.delight.signals.Occurrences;
import app.delight.store.ClientRepository;
import app.delight.store.MeetingRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * What a calendar tells about a workspace's clients: its meetings with their people are kept, each
 * becomes a touchpoint once it has taken place, and those to come are prepared on the card.
 * Reading the same calendar again records nothing new.
 */
public final class Calendars {
    /** A year back gives last contact and recent touchpoints a past; three months ahead covers what is planned. */
    static final Duration BACK = Duration.ofDays(365);
    static final Duration AHEAD = Duration.ofDays(90);
    /** The {@code source} of meetings from files: never read whole, so a meeting missing from one is not cancelled. */
    public static final String FILE = "file";

    private final Jdbi jdbi;
    private final Clock clock;

    public Calendars(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * @param meetings the calendar's occurrences in the window (a year back, three months ahead)
     * @param withClients how many of them are with a client's people
     * @param recorded the touchpoints recorded now, for meetings that have taken place
     */
    public record Outcome(int meetings, int withClients, MeetingRepository.Saved saved, int recorded) {
    }

    /**
     * Takes a calendar's events into the team's meetings, in one transaction. {@code whole}: the
     * calendar was read whole (from its address), so a meeting to come it no longer lists was
     * deleted and is cancelled.
     */
    public Outcome take(String teamId, String source, List<CalendarEvent> events, boolean whole) {
        Instant now = clock.instant();
        List<MeetingOccurrence> occurrences = Occurrences.within(events, now.minus(BACK), now.plus(AHEAD));
        return jdbi.inTransaction(handle -> {
            List<Client> clients = new ClientRepository(handle).all(teamId);
            List<ClientMeeting> meetings = ClientMeetings.of(occurrences, clients);
            MeetingRepository repository = new MeetingRepository(handle);
            MeetingRepository.Saved saved = repository.save(teamId, source, meetings, whole, now);
            int recorded = repository.recordTakenPlace(teamId, now);
            return new Outcome(occurrences.size(), (int) meetings.stream().map(ClientMeeting::key).distinct().count(), saved,
                    recorded);
        });
    }

    /** Every workspace's meetings that have taken place since they were read become touchpoints. */
    public int recordTakenPlace() {
        Instant now = clock.instant();
        List<String> teams = jdbi.withHandle(handle -> new MeetingRepository(handle).teamsWithMeetingsToRecord(now));
        int recorded = 0;
        for (String team : teams) {
            recorded += jdbi.inTransaction(handle -> new MeetingRepository(handle).recordTakenPlace(team, now));
        }
        return recorded;
    }
}
