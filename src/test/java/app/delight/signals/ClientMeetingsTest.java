package app.delight.signals;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.domain.Client;
import app.delight.domain.Stage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which meetings are with which client, by the e-mail domains of the people in them. */
class ClientMeetingsTest {
    private static final Instant NINE = Instant.parse("2026-03-26T09:00:00Z");
    private static final Client ACME = client(1, "Acme", List.of("acme.com", "acme.fr"));
    private static final Client GLOBEX = client(2, "Globex", List.of("globex.com"));
    private static final Client NO_DOMAINS = client(3, "Initech", List.of());

    private static Client client(long id, String name, List<String> domains) {
        return new Client(id, name, List.of(), null, List.of(), "general", Stage.ACTIVE, null, null, BigDecimal.ZERO, null, null,
                List.of(), domains, null, null);
    }

    private static MeetingOccurrence with(String... people) {
        return new MeetingOccurrence("m", "Call", NINE, NINE.plusSeconds(1800), Set.of(people), false);
    }

    private static List<Long> clientsOf(MeetingOccurrence meeting) {
        return ClientMeetings.of(List.of(meeting), List.of(ACME, GLOBEX, NO_DOMAINS)).stream().map(ClientMeeting::clientId).toList();
    }

    @Test
    void anAttendeeAtOneOfTheClientsDomainsOrASubdomainMakesItAMeetingWithTheClient() {
        assertThat(clientsOf(with("jane@agency.example", "wile@acme.fr"))).containsExactly(1L);
        assertThat(clientsOf(with("jane@agency.example", "wile@eu.acme.com"))).containsExactly(1L);
    }

    @Test
    void aDomainThatOnlyEndsLikeTheClientsIsNotTheClients() {
        assertThat(clientsOf(with("someone@notacme.com", "x@acme.com.evil.example"))).isEmpty();
    }

    @Test
    void aMeetingOnlyAmongTheTeamIsWithNoClient() {
        assertThat(clientsOf(with("jane@agency.example", "marc@agency.example"))).isEmpty();
    }

    @Test
    void aMeetingWithThePeopleOfTwoClientsIsAMeetingWithEach() {
        assertThat(clientsOf(with("wile@acme.com", "hank@globex.com"))).containsExactly(1L, 2L);
    }

    @Test
    void aMeetingHasTakenPlaceOnceItIsOverAndOnlyIfNotCancelled() {
        ClientMeeting meeting = new ClientMeeting(1, "m", "Call", NINE, NINE.plusSeconds(1800), false);
        assertThat(meeting.hasTakenPlace(NINE.plusSeconds(1799))).isFalse();
        assertThat(meeting.hasTakenPlace(NINE.plusSeconds(1800))).isTrue();
        assertThat(new ClientMeeting(1, "m", "Call", NINE, NINE.plusSeconds(1800), true).hasTakenPlace(NINE.plusSeconds(9999)))
                .isFalse();
    }
}
