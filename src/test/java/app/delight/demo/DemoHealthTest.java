package app.delight.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.domain.FollowUp;
import app.delight.domain.FreeWork;
import app.delight.domain.HealthColour;
import app.delight.domain.Incident;
import app.delight.domain.NpsAnswer;
import app.delight.domain.Stage;
import app.delight.domain.Struggle;
import app.delight.engine.health.ClientHealth;
import app.delight.engine.health.DailyScore;
import app.delight.engine.health.DailyScores;
import app.delight.engine.health.HealthInput;
import app.delight.engine.health.HealthModel;
import app.delight.playbook.Playbook;
import app.delight.playbook.PlaybookLoader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demo story's intended colours, written down, and the built-in health model held to them. Each client is
 * scored as the app scores it the day the demo is loaded: added that day, no reminder sent yet.
 */
class DemoHealthTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final Playbook PLAYBOOK = PlaybookLoader.builtIn();
    private static final HealthModel MODEL = new HealthModel(PLAYBOOK.weights());

    /** What the story means each client to be, and why. Old Mill Bakery is churned: not served, not scored. */
    private static final Map<String, HealthColour> INTENDED = intended();

    private static Map<String, HealthColour> intended() {
        Map<String, HealthColour> colours = new LinkedHashMap<>();
        colours.put("Acme Corp", HealthColour.GREEN); // busy and well served, a passive's 8, one follow-up three days late
        colours.put("Northwind Clinics", HealthColour.RED); // incidents, detractors, late follow-ups: red for months
        colours.put("Brightpath Academy", HealthColour.GREEN); // onboarded three days ago, all on track
        colours.put("Société Générale", HealthColour.GREEN); // a promoter renewing, in touch on its cadence
        colours.put("Harbor View Hotels", HealthColour.GREEN); // satisfied and in touch; the secret work is a flag beside
        colours.put("Greenleaf Foundation", HealthColour.GREEN); // the promoter
        colours.put("Pixelforge", HealthColour.RED); // six weeks of silence after "fine, nothing special"
        colours.put("Keystone Realty", HealthColour.GREEN); // a prospect in touch
        colours.put("Ironclad Manufacturing", HealthColour.RED); // its one answer, a 6, is NPS -100; a follow-up late again
        colours.put("Bloom & Co", HealthColour.GREEN); // paused, in touch within its paused cadence, a check-in planned
        colours.put("Lakeside Dental", HealthColour.GREEN); // a promoter seen last week
        return colours;
    }

    private static Instant noon(LocalDate day) {
        return day.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
    }

    private static ClientHealth assess(DemoClient demo) {
        LocalDate lastContact = demo.touchpoints().stream().map(DemoClient.Contact::day).max(LocalDate::compareTo).orElse(null);
        HealthInput input = new HealthInput(demo.client(), TODAY, lastContact, TODAY,
                PLAYBOOK.cadenceDays(demo.client().stage()),
                demo.npsAnswers().stream().map(a -> new NpsAnswer(0, 0, a.score(), a.comment(), a.recordedBy(), noon(a.day()))).toList(),
                demo.followUps().stream().filter(promise -> !promise.done())
                        .map(p -> new FollowUp(0, 0, p.author(), p.text(), p.due(), FollowUp.Status.OPEN, noon(TODAY.minusDays(60))))
                        .toList(),
                0, 0,
                demo.struggles().stream().filter(f -> f.status() == Struggle.Status.OPEN)
                        .map(f -> new Struggle(0, 0, f.author(), f.text(), noon(f.observed()), f.status())).toList(),
                demo.incidents().stream().map(t -> new Incident(0, 0, t.text(), t.recordedBy(), noon(t.day()))).toList(),
                demo.freeWork().stream().map(g -> new FreeWork(0, 0, g.hours(), g.kind(), g.text(), g.recordedBy(), noon(g.day())))
                        .toList(),
                ZoneOffset.UTC, null,
                DailyScores.of(demo.snapshots().stream().map(s -> new DailyScore(s.day(), s.score())).toList()));
        return MODEL.assess(input, BigDecimal.valueOf(68_000));
    }

    private static Map<String, ClientHealth> served() {
        Map<String, ClientHealth> health = new LinkedHashMap<>();
        DemoData.asOf(TODAY).stream().filter(demo -> demo.client().stage() != Stage.CHURNED)
                .forEach(demo -> health.put(demo.name(), assess(demo)));
        return health;
    }

    @Test
    void everyDemoClientHasTheColourItsStoryMeans() {
        Map<String, HealthColour> actual = new LinkedHashMap<>();
        served().forEach((name, health) -> actual.put(name, health.colour()));

        assertThat(actual).containsExactlyInAnyOrderEntriesOf(INTENDED);
    }

    @Test
    void aClientAtNpsMinusHundredIsNotYellowAndOneUnheardOfForWeeksIsNotAHundred() {
        Map<String, ClientHealth> health = served();

        assertThat(health.get("Ironclad Manufacturing").nps()).isEqualTo(-100);
        assertThat(health.get("Ironclad Manufacturing").colour()).isEqualTo(HealthColour.RED);
        assertThat(health.get("Pixelforge").colour()).isEqualTo(HealthColour.RED);
        assertThat(health.get("Bloom & Co").score()).isLessThan(100);
        assertThat(health.values()).filteredOn(client -> client.nps() == null).allMatch(client -> client.score() < 90);
    }

    @Test
    void theRedClientIsFlaggedForTheFrankConversation() {
        assertThat(served().get("Northwind Clinics").flags()).contains(app.delight.engine.health.HealthFlag.RED_FOR_90_DAYS);
    }
}
