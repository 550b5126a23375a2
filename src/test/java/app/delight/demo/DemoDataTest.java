package app.delight.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.domain.Client;
import app.delight.domain.FreeWork;
import app.delight.domain.Stage;
import app.delight.engine.health.HealthSnapshot;
import app.delight.store.ClientRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The demo portfolio as plain data: the story it tells, dated from any day. */
class DemoDataTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 11);
    private final List<DemoClient> demo = DemoData.asOf(TODAY);

    private DemoClient named(String name) {
        return demo.stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void coversEveryIndustryAndStageWithUniqueNamesAndChannels() {
        assertThat(demo).hasSize(12);
        assertThat(demo).extracting(d -> ClientRepository.nameKey(d.name())).doesNotHaveDuplicates();
        assertThat(demo).extracting(d -> d.client().channel()).doesNotHaveDuplicates().allMatch(channel -> channel.startsWith("C0DEMO"));
        assertThat(demo).extracting(d -> d.client().industry()).containsAll(List.of("retail", "education", "healthcare", "saas",
                "hospitality", "nonprofit", "finance", "real-estate", "manufacturing", "general"));
        assertThat(demo).extracting(d -> d.client().stage()).containsAll(List.of(Stage.values()));
    }

    @Test
    void theSandboxUserOwnsHalfTheClientsAndTwoColleaguesTheRest() {
        assertThat(demo).filteredOn(d -> d.client().owners().equals(List.of(DemoData.SANDBOX_USER))).hasSize(6);
        assertThat(demo).flatExtracting(d -> d.client().owners())
                .containsOnly(DemoData.SANDBOX_USER, DemoData.COLLEAGUE, DemoData.OTHER_COLLEAGUE);
    }

    @Test
    void acmeAnswersToTheSandboxExampleAndOneNameHasAccents() {
        assertThat(named("Acme Corp").client().aliases()).contains("acme");
        assertThat(named("Société Générale").client().timezone()).isNotNull();
    }

    @Test
    void theQuietClientHasHadNoContactForFortyDays() {
        assertThat(named("Pixelforge").touchpoints()).allMatch(contact -> !contact.day().isAfter(TODAY.minusDays(40)));
    }

    @Test
    void theRedClientHasSnapshotsUnderFortyEveryDayForFourMonths() {
        List<HealthSnapshot> snapshots = named("Northwind Clinics").snapshots();
        assertThat(snapshots).hasSize(120).allMatch(snapshot -> snapshot.score() < 40);
        assertThat(snapshots.get(0).day()).isEqualTo(TODAY.minusDays(120));
        assertThat(snapshots.get(snapshots.size() - 1).day()).isEqualTo(TODAY.minusDays(1));
        assertThat(named("Northwind Clinics").npsAnswers()).anyMatch(answer -> answer.score() <= 6);
    }

    @Test
    void hasPromotersPassivesAndDetractorsAndBothKindsOfFreeWork() {
        List<Integer> scores = demo.stream().flatMap(d -> d.npsAnswers().stream()).map(DemoClient.Answer::score).toList();
        assertThat(scores).anyMatch(score -> score >= 9).anyMatch(score -> score == 7 || score == 8).anyMatch(score -> score <= 6);
        assertThat(demo).flatExtracting(DemoClient::freeWork).extracting(DemoClient.Gift::kind)
                .contains(FreeWork.Kind.SECRET, FreeWork.Kind.STRATEGIC);
    }

    @Test
    void historyIsDatedBeforeTodayAndFollowsTheDayGiven() {
        Set<LocalDate> days = demo.stream().flatMap(d -> Stream.of(
                        d.touchpoints().stream().map(DemoClient.Contact::day),
                        d.struggles().stream().map(DemoClient.Friction::observed),
                        d.npsAnswers().stream().map(DemoClient.Answer::day),
                        d.freeWork().stream().map(DemoClient.Gift::day),
                        d.incidents().stream().map(DemoClient.Trouble::day)).flatMap(s -> s))
                .collect(java.util.stream.Collectors.toSet());
        assertThat(days).allMatch(day -> day.isBefore(TODAY));

        Client later = DemoData.asOf(TODAY.plusDays(100)).get(0).client();
        assertThat(later.startDate()).isEqualTo(named(later.name()).client().startDate().plusDays(100));
    }
}
