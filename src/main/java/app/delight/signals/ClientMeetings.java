package app.delight.signals;

import app.delight.domain.Client;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which meetings are with which client: those where someone has an e-mail at one of the client's
 * {@code domains}, or at a subdomain of one ({@code jane@eu.acme.com} for {@code acme.com}). A
 * meeting with the people of two clients is a meeting with each.
 */
public final class ClientMeetings {
    private ClientMeetings() {
    }

    public static List<ClientMeeting> of(List<MeetingOccurrence> occurrences, List<Client> clients) {
        List<ClientMeeting> meetings = new ArrayList<>();
        for (MeetingOccurrence occurrence : occurrences) {
            for (Client client : clients) {
                if (occurrence.people().stream().anyMatch(email -> atOneOf(email, client.domains()))) {
                    meetings.add(new ClientMeeting(client.id(), occurrence.key(), occurrence.title(), occurrence.start(),
                            occurrence.end(), occurrence.cancelled()));
                }
            }
        }
        return meetings;
    }

    static boolean atOneOf(String email, List<String> domains) {
        int at = email.lastIndexOf('@');
        if (at < 0) {
            return false;
        }
        String domain = email.substring(at + 1).toLowerCase(Locale.ROOT);
        return domains.stream().anyMatch(clientDomain -> domain.equals(clientDomain) || domain.endsWith("." + clientDomain));
    }
}
