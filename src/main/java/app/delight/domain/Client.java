package app.delight.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A client of the agency. Optional facts are {@code null}: a client may have no channel, no
 * start or renewal date and no time zone of its own (then the team's applies).
 */
public record Client(
        long id,
        String name,
        List<String> aliases,
        String channel,
        List<String> owners,
        String industry,
        Stage stage,
        LocalDate startDate,
        LocalDate renewalDate,
        BigDecimal monthlyRevenue,
        ZoneId timezone) {

    public static final long NEW = 0;
    public static final String DEFAULT_INDUSTRY = "general";

    public Client {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stage, "stage");
        // Money is kept to the cent, as the database does, so 1200 and 1200.00 are the same revenue.
        monthlyRevenue = Objects.requireNonNull(monthlyRevenue, "monthlyRevenue").setScale(2, RoundingMode.HALF_UP);
        aliases = List.copyOf(aliases);
        owners = List.copyOf(owners);
        industry = industry == null ? DEFAULT_INDUSTRY : industry;
    }

    public Client withId(long newId) {
        return new Client(newId, name, aliases, channel, owners, industry, stage, startDate, renewalDate, monthlyRevenue, timezone);
    }

    /** The same facts, whatever the database id: what an import compares to decide if anything changed. */
    public boolean sameFactsAs(Client other) {
        return withId(NEW).equals(other.withId(NEW));
    }
}
