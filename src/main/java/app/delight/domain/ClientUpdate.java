package app.delight.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What one row of a clients file says about a client. An empty value means "keep what is
 * stored", so a file can update one column without repeating the others.
 */
public record ClientUpdate(
        String name,
        Optional<List<String>> aliases,
        Optional<String> channel,
        Optional<List<String>> owners,
        Optional<String> industry,
        Optional<Stage> stage,
        Optional<LocalDate> startDate,
        Optional<LocalDate> renewalDate,
        Optional<BigDecimal> monthlyRevenue,
        Optional<ZoneId> timezone,
        Optional<String> sharedChannel,
        Optional<List<String>> contacts,
        Optional<List<String>> domains,
        Optional<String> country,
        Optional<Locale> locale) {

    /** A client that did not exist yet: what the row leaves empty takes the defaults. */
    public Client newClient() {
        return new Client(Client.NEW, name, aliases.orElse(List.of()), channel.orElse(null), owners.orElse(List.of()),
                industry.orElse(Client.DEFAULT_INDUSTRY), stage.orElse(Stage.ACTIVE), startDate.orElse(null),
                renewalDate.orElse(null), monthlyRevenue.orElse(BigDecimal.ZERO), timezone.orElse(null),
                sharedChannel.orElse(null), contacts.orElse(List.of()), domains.orElse(List.of()), country.orElse(null),
                locale.orElse(null));
    }

    /** The stored client with this row's non-empty values laid over it; the stored name's spelling follows the file. */
    public Client applyTo(Client stored) {
        return new Client(stored.id(), name, aliases.orElse(stored.aliases()), channel.orElse(stored.channel()),
                owners.orElse(stored.owners()), industry.orElse(stored.industry()), stage.orElse(stored.stage()),
                startDate.orElse(stored.startDate()), renewalDate.orElse(stored.renewalDate()),
                monthlyRevenue.orElse(stored.monthlyRevenue()), timezone.orElse(stored.timezone()),
                sharedChannel.orElse(stored.sharedChannel()), contacts.orElse(stored.contacts()), domains.orElse(stored.domains()),
                country.orElse(stored.country()), locale.orElse(stored.locale()));
    }
}
