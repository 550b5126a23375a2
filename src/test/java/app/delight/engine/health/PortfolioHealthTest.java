package app.delight.engine.health;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.domain.Client;
import app.delight.domain.HealthColour;
import app.delight.domain.NpsAnswer;
import app.delight.domain.Stage;
import app.delight.playbook.Targets;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortfolioHealthTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final Targets TARGETS = new Targets(0.80, 50);
    private long nextId = 1;

    ClientHealth health(String name, int score, HealthFlag... flags) {
        Client client = new Client(nextId++, name, List.of(), null, List.of(), "general", Stage.ACTIVE, null, null,
                BigDecimal.ZERO, null);
        Set<HealthFlag> set = flags.length == 0 ? Set.of() : EnumSet.of(flags[0], flags);
        return new ClientHealth(client, TODAY, score, HealthColour.of(score), Map.of(Part.RECENCY, score), Trend.UNKNOWN,
                null, set, null);
    }

    static List<NpsAnswer> answers(int... scores) {
        List<NpsAnswer> answers = new ArrayList<>();
        for (int score : scores) {
            answers.add(new NpsAnswer(0, 1, score, null, "U1", Instant.parse("2026-06-01T10:00:00Z")));
        }
        return answers;
    }

    List<ClientHealth> clients(int green, int yellow, int red) {
        List<ClientHealth> clients = new ArrayList<>();
        for (int i = 0; i < green; i++) {
            clients.add(health("Green " + i, 80));
        }
        for (int i = 0; i < yellow; i++) {
            clients.add(health("Yellow " + i, 50));
        }
        for (int i = 0; i < red; i++) {
            clients.add(health("Red " + i, 20));
        }
        return clients;
    }

    @Test
    void countsTheShareOfClientsGreenAndHowManyAreShortOfTheTarget() {
        PortfolioHealth portfolio = PortfolioHealth.of(clients(8, 3, 2), List.of(), TARGETS);

        assertThat(portfolio.clients()).isEqualTo(13);
        assertThat(portfolio.green()).isEqualTo(8);
        assertThat(portfolio.yellow()).isEqualTo(3);
        assertThat(portfolio.red()).isEqualTo(2);
        assertThat(portfolio.greenShare()).isCloseTo(8.0 / 13, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(portfolio.greenPercent()).isEqualTo(62);
        assertThat(portfolio.targetPercent()).isEqualTo(80);
        assertThat(portfolio.greenNeeded()).isEqualTo(11); // 0.8 × 13 = 10.4, rounded up
        assertThat(portfolio.greenShort()).isEqualTo(3);
        assertThat(portfolio.onTarget()).isFalse();
    }

    @Test
    void meetingTheTargetIsEnoughNoPushToAHundredPercent() {
        PortfolioHealth portfolio = PortfolioHealth.of(clients(4, 1, 0), answers(9, 9, 9, 7), TARGETS);
        assertThat(portfolio.greenShort()).isZero();
        assertThat(portfolio.npsShort()).isZero();
        assertThat(portfolio.onTarget()).isTrue();
    }

    @Test
    void aTargetThatIsAWholeNumberOfClientsIsMetExactly() {
        PortfolioHealth portfolio = PortfolioHealth.of(clients(7, 3, 0), List.of(), new Targets(0.7, 0));
        assertThat(portfolio.greenNeeded()).isEqualTo(7);
        assertThat(portfolio.greenShort()).isZero();
    }

    @Test
    void portfolioNpsIsPercentPromotersMinusPercentDetractorsOverAllAnswers() {
        PortfolioHealth portfolio = PortfolioHealth.of(clients(1, 0, 0), answers(9, 10, 9, 10, 9, 7, 8, 8, 6, 0),
                TARGETS);
        assertThat(portfolio.nps()).isEqualTo(30);
        assertThat(portfolio.npsAnswers()).isEqualTo(10);
        assertThat(portfolio.npsShort()).isEqualTo(20);
    }

    @Test
    void portfolioNpsIsUnknownWithNoAnswer() {
        PortfolioHealth portfolio = PortfolioHealth.of(clients(1, 0, 0), List.of(), TARGETS);
        assertThat(portfolio.nps()).isNull();
        assertThat(portfolio.npsShort()).isNull();
        assertThat(portfolio.onTarget()).isTrue();
    }

    @Test
    void sortsClientsWorstFirstThenByName() {
        ClientHealth beta = health("Beta", 80);
        ClientHealth zeta = health("zeta", 20);
        ClientHealth alpha = health("Alpha", 20);
        ClientHealth gamma = health("Gamma", 55);
        PortfolioHealth portfolio = PortfolioHealth.of(List.of(beta, zeta, alpha, gamma), List.of(), TARGETS);
        assertThat(portfolio.worstFirst()).containsExactly(alpha, zeta, gamma, beta);
    }

    @Test
    void listsConcentrationThenSecretFreeWorkThenLongRedAsRisksWorstClientFirst() {
        ClientHealth big = health("Big", 75, HealthFlag.REVENUE_CONCENTRATION);
        ClientHealth bigAndSecret = health("Bigger", 45, HealthFlag.REVENUE_CONCENTRATION, HealthFlag.SECRET_FREE_WORK);
        ClientHealth longRed = health("Stuck", 10, HealthFlag.RED_FOR_90_DAYS);
        ClientHealth fresh = health("Fresh", 90, HealthFlag.NEW_CLIENT);
        PortfolioHealth portfolio = PortfolioHealth.of(List.of(big, fresh, bigAndSecret, longRed), List.of(), TARGETS);

        assertThat(portfolio.risks()).containsExactly(
                new PortfolioHealth.Risk(HealthFlag.REVENUE_CONCENTRATION, bigAndSecret),
                new PortfolioHealth.Risk(HealthFlag.REVENUE_CONCENTRATION, big),
                new PortfolioHealth.Risk(HealthFlag.SECRET_FREE_WORK, bigAndSecret),
                new PortfolioHealth.Risk(HealthFlag.RED_FOR_90_DAYS, longRed));
        assertThat(portfolio.risks(HealthFlag.SECRET_FREE_WORK)).extracting(PortfolioHealth.Risk::client)
                .containsExactly(bigAndSecret);
    }

    @Test
    void anEmptyPortfolioIsNotShortOfAnything() {
        PortfolioHealth portfolio = PortfolioHealth.of(List.of(), List.of(), TARGETS);
        assertThat(portfolio.clients()).isZero();
        assertThat(portfolio.greenShare()).isZero();
        assertThat(portfolio.greenShort()).isZero();
        assertThat(portfolio.risks()).isEmpty();
    }

    @Test
    void worksOnTheModelsOwnAssessments() {
        HealthModel model = new HealthModel(HealthModelTest.BUILT_IN);
        HealthModelTest.Given quiet = HealthModelTest.given().lastContact(42, 14);
        HealthModelTest.Given fine = HealthModelTest.given();
        fine.client = HealthModelTest.client("Zed", "9000", null);
        BigDecimal total = new BigDecimal("10000");
        PortfolioHealth portfolio = PortfolioHealth.of(
                List.of(fine.assess(model, total), quiet.assess(model, total)), List.of(), TARGETS);
        assertThat(portfolio.worstFirst()).extracting(health -> health.client().name()).containsExactly("Acme", "Zed");
        assertThat(portfolio.worstFirst()).extracting(ClientHealth::score).containsExactly(35, 84);
        assertThat(portfolio.risks()).extracting(risk -> risk.client().client().name()).containsExactly("Zed");
    }
}
