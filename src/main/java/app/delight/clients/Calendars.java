package app.delight.clients;

import app.delight.domain.Client;
import app.delight.signals.CalendarEvent;
import app.delight.signals.ClientMeeting;
import app.delight.signals.ClientMeetings;
import app.delight.signals.MeetingOccurrence;
import app.delight.signals.Occurrences;
import app.delight.store.MeetingRepository;
import app.delight.store.Store;
import app.delight.store.Workspaces;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    private static final Logger log = LoggerFactory.getLogger(Calendars.class);

    private final Store store;
    private final Clock clock;

    public Calendars(Store store, Clock clock) {
        this.store = store;
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
        return store.inTransaction(repositories -> {
            List<Client> clients = repositories.clients().all(teamId);
            List<ClientMeeting> meetings = ClientMeetings.of(occurrences, clients);
            MeetingRepository repository = repositories.meetings();
            MeetingRepository.Saved saved = repository.save(teamId, source, meetings, whole, now);
            int recorded = repository.recordTakenPlace(teamId, now);
            return new Outcome(occurrences.size(), (int) meetings.stream().map(ClientMeeting::key).distinct().count(), saved,
                    recorded);
        });
    }

    /** A calendar read from its address. */
    @FunctionalInterface
    public interface Feed {
        List<CalendarEvent> read(URI address) throws Exception;
    }

    /**
     * Reads each calendar address whole and takes its meetings into every workspace that has
     * clients (the addresses are the install's, as its settings are), then records the meetings of
     * every workspace that have taken place, those of files imported before included. A calendar
     * that cannot be read is logged by its host alone (its address is a secret) and tried again next
     * time; the others are read all the same.
     *
     * @return how many calendars were read
     */
    public int readAll(List<URI> addresses, Feed feed) {
        int read = 0;
        for (int i = 0; i < addresses.size(); i++) {
            URI address = addresses.get(i);
            String name = "calendar " + (i + 1) + " (" + (address.getHost() == null ? "?" : address.getHost()) + ")";
            try {
                List<CalendarEvent> events = feed.read(address);
                for (String team : new Workspaces(store).teamsWithClients()) {
                    Outcome outcome = take(team, source(address), events, true);
                    log.info("{}: {} meetings, {} with clients of {}: {} new, {} changed, {} gone; {} recorded", name,
                            outcome.meetings(), outcome.withClients(), team, outcome.saved().added(), outcome.saved().changed(),
                            outcome.saved().gone(), outcome.recorded());
                }
                read++;
            } catch (Exception e) {
                log.warn("Could not read {}; it is read again next time: {}", name, e.getMessage());
            }
        }
        int recorded = recordTakenPlace();
        if (recorded > 0) {
            log.info("Recorded {} meetings that took place as touchpoints", recorded);
        }
        return read;
    }

    /** A calendar's name in the database: a digest of its address, never the address itself. */
    static String source(URI address) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(address.toString().getBytes(StandardCharsets.UTF_8));
            return "url:" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Every workspace's meetings that have taken place since they were read become touchpoints. */
    public int recordTakenPlace() {
        Instant now = clock.instant();
        List<String> teams = store.withConnection(repositories -> repositories.meetings().teamsWithMeetingsToRecord(now));
        int recorded = 0;
        for (String team : teams) {
            recorded += store.inTransaction(repositories -> repositories.meetings().recordTakenPlace(team, now));
        }
        return recorded;
    }
}
