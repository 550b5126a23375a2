package app.delight.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A client of the agency. Optional facts are {@code null}: a client may have no channel, no
 * start or renewal date and no time zone of its own (then the team's applies), no country and no
 * language of its own (then the team's too).
 *
 * <p>{@code channel} is the team's internal channel about the client; {@code sharedChannel} is the
 * channel the team shares with the client's people (Slack Connect), read for signals and never
 * posted to but for the NPS survey and a recap the owner chose to post. {@code contacts} are the
 * client's people's Slack user IDs, {@code domains} their e-mail domains (for meetings),
 * {@code country} an ISO 3166 alpha-2 code (for regional playbook rules) and {@code locale} the
 * language of what the client reads.
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
        ZoneId timezone,
        String sharedChannel,
        List<String> contacts,
        List<String> domains,
        String country,
        Locale locale) {

    public static final long NEW = 0;
    public static final String DEFAULT_INDUSTRY = "general";

    public Client {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stage, "stage");
        // Money is kept to the cent, as the database does, so 1200 and 1200.00 are the same revenue.
        monthlyRevenue = Objects.requireNonNull(monthlyRevenue, "monthlyRevenue").setScale(2, RoundingMode.HALF_UP);
        aliases = List.copyOf(aliases);
        owners = List.copyOf(owners);
        contacts = List.copyOf(contacts);
        domains = List.copyOf(domains);
        industry = industry == null ? DEFAULT_INDUSTRY : industry;
    }

    /** A client known only by the facts every clients file has: no shared channel, contacts, domains, country or language. */
    public Client(long id, String name, List<String> aliases, String channel, List<String> owners, String industry, Stage stage,
            LocalDate startDate, LocalDate renewalDate, BigDecimal monthlyRevenue, ZoneId timezone) {
        this(id, name, aliases, channel, owners, industry, stage, startDate, renewalDate, monthlyRevenue, timezone, null, List.of(),
                List.of(), null, null);
    }

    public Client withId(long newId) {
        return new Client(newId, name, aliases, channel, owners, industry, stage, startDate, renewalDate, monthlyRevenue, timezone,
                sharedChannel, contacts, domains, country, locale);
    }

    /** The same facts, whatever the database id: what an import compares to decide if anything changed. */
    public boolean sameFactsAs(Client other) {
        return withId(NEW).equals(other.withId(NEW));
    }
}
