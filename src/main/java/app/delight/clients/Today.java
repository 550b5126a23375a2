package app.delight.clients;

import app.delight.domain.Client;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** What day it is for a client: in its own time zone when it has one, else in the team's. */
public final class Today {
    private final Clock clock;
    private final ZoneId teamZone;

    public Today(Clock clock, ZoneId teamZone) {
        this.clock = clock;
        this.teamZone = teamZone;
    }

    public ZoneId zoneOf(Client client) {
        return client.timezone() == null ? teamZone : client.timezone();
    }

    public LocalDate of(Client client) {
        return LocalDate.now(clock.withZone(zoneOf(client)));
    }

    public ZoneId teamZone() {
        return teamZone;
    }

    /** The team's day, for what concerns the whole portfolio rather than one client. */
    public LocalDate ofTeam() {
        return LocalDate.now(clock.withZone(teamZone));
    }

    public Clock clock() {
        return clock;
    }
}
