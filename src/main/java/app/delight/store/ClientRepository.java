package app.delight.store;

import app.delight.domain.Client;
import app.delight.domain.Stage;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/** Clients of one workspace. Every statement is scoped to the team, so workspaces never mix. */
public final class ClientRepository {
    private static final String COLUMNS = "id, name, aliases, channel_id, owners, industry, stage, start_date, renewal_date, "
            + "monthly_revenue, timezone, shared_channel_id, contacts, domains, country, locale";
    /**
     * The day a client entered its stage, or was added if that is later: what its contact is counted from when
     * it was never contacted. A client added today with a start date years ago has not been silent for years.
     */
    public static final String IN_STAGE_SINCE = "GREATEST(stage_changed_on, created_at::date)";

    private final Handle handle;

    public ClientRepository(Handle handle) {
        this.handle = handle;
    }

    /**
     * Holds, until the transaction ends, the workspace's lock on client names: an import, an added
     * client and the demo take it, so a name check and the insert after it cannot interleave with
     * another creating the same name.
     */
    public void lockNames(String teamId) {
        handle.execute("SELECT pg_advisory_xact_lock(hashtext('client-import:' || ?))", teamId);
    }

    /** The team's client list version, moved by the database on any change to its clients (V3); 0 before the first. */
    public long listVersion(String teamId) {
        return handle.createQuery("SELECT version FROM client_list_versions WHERE team_id = :team")
                .bind("team", teamId)
                .mapTo(Long.class)
                .findOne()
                .orElse(0L);
    }

    public List<Client> all(String teamId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM clients WHERE team_id = :team ORDER BY lower(name)")
                .bind("team", teamId)
                .map(ClientRepository::client)
                .list();
    }

    public Optional<Client> byId(String teamId, long id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM clients WHERE team_id = :team AND id = :id")
                .bind("team", teamId)
                .bind("id", id)
                .map(ClientRepository::client)
                .findOne();
    }

    /** Every client of the team keyed by its lower-cased name, the key imports match on. */
    public Map<String, Client> byNameKey(String teamId) {
        return all(teamId).stream().collect(Collectors.toMap(client -> nameKey(client.name()), Function.identity()));
    }

    public static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Adds a client in its stage since its start date, as far as anyone can tell: that is no change of stage, so
     * the stage's rules fire only for a start date still to come or just past (none without a start date).
     */
    public Client insert(String teamId, Client client) {
        Update insert = handle.createUpdate("INSERT INTO clients (team_id, name, aliases, channel_id, owners, industry, stage, "
                        + "stage_changed_on, start_date, renewal_date, monthly_revenue, timezone, shared_channel_id, contacts, domains, "
                        + "country, locale) VALUES (:team, :name, :aliases, :channel, :owners, :industry, :stage, :start, :start, "
                        + ":renewal, :revenue, :timezone, :sharedChannel, :contacts, :domains, :country, :locale)")
                .bind("team", teamId);
        long id = bindFacts(insert, client)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        return client.withId(id);
    }

    /** Overwrites the stored facts; the stage's date moves only when the stage itself changes. */
    public void update(String teamId, Client client) {
        Update update = handle.createUpdate("UPDATE clients SET name = :name, aliases = :aliases, channel_id = :channel, owners = :owners, "
                        + "industry = :industry, "
                        + "stage_changed_on = CASE WHEN stage = :stage THEN stage_changed_on ELSE CURRENT_DATE END, "
                        + "stage = :stage, start_date = :start, renewal_date = :renewal, monthly_revenue = :revenue, "
                        + "timezone = :timezone, shared_channel_id = :sharedChannel, contacts = :contacts, domains = :domains, "
                        + "country = :country, locale = :locale, updated_at = now() WHERE team_id = :team AND id = :id")
                .bind("team", teamId)
                .bind("id", client.id());
        bindFacts(update, client).execute();
    }

    /** The client with everything about it: its history, snapshots and outbox rows go with it (ON DELETE CASCADE). */
    public void delete(String teamId, long id) {
        handle.createUpdate("DELETE FROM clients WHERE team_id = :team AND id = :id")
                .bind("team", teamId)
                .bind("id", id)
                .execute();
    }

    private static Update bindFacts(Update update, Client client) {
        return update.bind("name", client.name())
                .bindArray("aliases", String.class, client.aliases())
                .bind("channel", client.channel())
                .bindArray("owners", String.class, client.owners())
                .bind("industry", client.industry())
                .bind("stage", client.stage().code())
                .bind("start", client.startDate())
                .bind("renewal", client.renewalDate())
                .bind("revenue", client.monthlyRevenue())
                .bind("timezone", client.timezone() == null ? null : client.timezone().getId())
                .bind("sharedChannel", client.sharedChannel())
                .bindArray("contacts", String.class, client.contacts())
                .bindArray("domains", String.class, client.domains())
                .bind("country", client.country())
                .bind("locale", client.locale() == null ? null : client.locale().getLanguage());
    }

    private static Client client(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Client(
                rs.getLong("id"),
                rs.getString("name"),
                strings(rs.getArray("aliases")),
                rs.getString("channel_id"),
                strings(rs.getArray("owners")),
                rs.getString("industry"),
                Stage.fromCode(rs.getString("stage")).orElseThrow(),
                date(rs.getDate("start_date")),
                date(rs.getDate("renewal_date")),
                rs.getBigDecimal("monthly_revenue"),
                rs.getString("timezone") == null ? null : ZoneId.of(rs.getString("timezone")),
                rs.getString("shared_channel_id"),
                strings(rs.getArray("contacts")),
                strings(rs.getArray("domains")),
                rs.getString("country"),
                rs.getString("locale") == null ? null : Locale.forLanguageTag(rs.getString("locale")));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
