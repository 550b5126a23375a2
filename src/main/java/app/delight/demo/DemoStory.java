package app.delight.demo;

import app.delight.domain.Client;
import app.delight.domain.FreeWork;
import app.delight.domain.Stage;
import app.delight.domain.Struggle;
import app.delight.engine.health.HealthSnapshot;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds one {@link DemoClient} in days counted from {@code today}: {@code daysAgo} for what happened,
 * {@code dueInDays} for follow-ups (negative: overdue). History is written by the client's first owner.
 */
final class DemoStory {
    private final LocalDate today;
    private final String name;
    private final String channel;
    private final List<String> owners;
    private final String industry;
    private final Stage stage;
    private final BigDecimal revenue;
    private List<String> aliases = List.of();
    private LocalDate start;
    private LocalDate renewal;
    private ZoneId timezone;
    private final List<DemoClient.Contact> touchpoints = new ArrayList<>();
    private final List<DemoClient.Promise> followUps = new ArrayList<>();
    private final List<DemoClient.Friction> struggles = new ArrayList<>();
    private final List<DemoClient.Answer> nps = new ArrayList<>();
    private final List<DemoClient.Gift> freeWork = new ArrayList<>();
    private final List<DemoClient.Trouble> incidents = new ArrayList<>();
    private final List<HealthSnapshot> snapshots = new ArrayList<>();

    DemoStory(LocalDate today, String name, String channel, List<String> owners, String industry, Stage stage, int monthlyRevenue) {
        this.today = today;
        this.name = name;
        this.channel = channel;
        this.owners = List.copyOf(owners);
        this.industry = industry;
        this.stage = stage;
        this.revenue = BigDecimal.valueOf(monthlyRevenue);
    }

    DemoStory aliases(String... more) {
        aliases = List.of(more);
        return this;
    }

    DemoStory started(int daysAgo) {
        start = today.minusDays(daysAgo);
        return this;
    }

    DemoStory renews(int inDays) {
        renewal = today.plusDays(inDays);
        return this;
    }

    DemoStory timezone(String zone) {
        timezone = ZoneId.of(zone);
        return this;
    }

    DemoStory touchpoint(int daysAgo, String text) {
        touchpoints.add(new DemoClient.Contact(author(), past(daysAgo), text));
        return this;
    }

    DemoStory followUp(int dueInDays, String text) {
        followUps.add(new DemoClient.Promise(author(), today.plusDays(dueInDays), text, false));
        return this;
    }

    DemoStory followUpWithoutDate(String text) {
        followUps.add(new DemoClient.Promise(author(), null, text, false));
        return this;
    }

    DemoStory followUpDone(int dueDaysAgo, String text) {
        followUps.add(new DemoClient.Promise(author(), past(dueDaysAgo), text, true));
        return this;
    }

    DemoStory struggle(int daysAgo, String text) {
        struggles.add(new DemoClient.Friction(author(), past(daysAgo), text, Struggle.Status.OPEN));
        return this;
    }

    DemoStory struggleRemoved(int daysAgo, String text) {
        struggles.add(new DemoClient.Friction(author(), past(daysAgo), text, Struggle.Status.REMOVED));
        return this;
    }

    DemoStory nps(int daysAgo, int score, String comment) {
        nps.add(new DemoClient.Answer(author(), past(daysAgo), score, comment));
        return this;
    }

    DemoStory freeWork(int daysAgo, String hours, FreeWork.Kind kind, String text) {
        freeWork.add(new DemoClient.Gift(author(), past(daysAgo), new BigDecimal(hours), kind, text));
        return this;
    }

    DemoStory incident(int daysAgo, String text) {
        incidents.add(new DemoClient.Trouble(author(), past(daysAgo), text));
        return this;
    }

    DemoStory snapshots(List<HealthSnapshot> daily) {
        snapshots.addAll(daily);
        return this;
    }

    DemoClient build() {
        Client client = new Client(Client.NEW, name, aliases, channel, owners, industry, stage, start, renewal, revenue, timezone);
        return new DemoClient(client, touchpoints, followUps, struggles, nps, freeWork, incidents, snapshots);
    }

    private String author() {
        return owners.get(0);
    }

    /** History is dated yesterday at the latest, so nothing lies in the future whatever the hour. */
    private LocalDate past(int daysAgo) {
        if (daysAgo < 1) {
            throw new IllegalArgumentException("demo history is dated 1 day ago or earlier, got " + daysAgo);
        }
        return today.minusDays(daysAgo);
    }
}
