package app.delight.engine.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import app.delight.domain.Client;
import app.delight.domain.FollowUp;
import app.delight.domain.FreeWork;
import app.delight.domain.HealthColour;
import app.delight.domain.Incident;
import app.delight.domain.NpsAnswer;
import app.delight.domain.Stage;
import app.delight.domain.Struggle;
import app.delight.playbook.HealthWeights;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HealthModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final ZoneId UTC = ZoneOffset.UTC;
    static final HealthWeights BUILT_IN = new HealthWeights(0.30, 0.25, 0.20, 0.05, 0.10, 0.10);
    /** Only recency counts: the score is the recency part, which is easy to set to any value. */
    static final HealthWeights RECENCY_ONLY = new HealthWeights(0, 1, 0, 0, 0, 0);
    static final HealthModel MODEL = new HealthModel(BUILT_IN);

    // ---- plain data ----

    static Client client(String name, String revenue, LocalDate startDate) {
        return new Client(1, name, List.of(), "C1", List.of("U1"), "general", Stage.ACTIVE, startDate, null,
                new BigDecimal(revenue), null);
    }

    /** Noon UTC, {@code daysAgo} days before today. */
    static Instant daysAgo(long daysAgo) {
        return TODAY.minusDays(daysAgo).atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
    }

    static NpsAnswer nps(int score, long daysAgo) {
        return new NpsAnswer(0, 1, score, null, "U1", daysAgo(daysAgo));
    }

    static List<NpsAnswer> answers(int... scores) {
        List<NpsAnswer> answers = new ArrayList<>();
        for (int score : scores) {
            answers.add(nps(score, 10));
        }
        return answers;
    }

    static FollowUp followUp(LocalDate dueOn) {
        return new FollowUp(0, 1, "U1", "send the report", dueOn, FollowUp.Status.OPEN, daysAgo(60));
    }

    static Struggle struggle(long daysAgo) {
        return new Struggle(0, 1, "U1", "re-keys the report", daysAgo(daysAgo), Struggle.Status.OPEN);
    }

    static Incident incident(long daysAgo) {
        return new Incident(0, 1, "shouted at the designer", "U9", daysAgo(daysAgo));
    }

    static FreeWork freeWork(FreeWork.Kind kind, long daysAgo) {
        return new FreeWork(0, 1, new BigDecimal("3"), kind, "extra banner", "U1", daysAgo(daysAgo));
    }

    /** A healthy client by default (contacted today, nothing open, nothing said); change one thing at a time. */
    static final class Given {
        Client client = client("Acme", "1000", null);
        LocalDate today = TODAY;
        LocalDate lastContactDay = TODAY;
        LocalDate stageEnteredOn = TODAY.minusDays(400);
        int cadenceDays = 14;
        List<NpsAnswer> nps = new ArrayList<>();
        List<FollowUp> followUps = new ArrayList<>();
        int actedOn;
        int ignored;
        List<Struggle> struggles = new ArrayList<>();
        List<Incident> incidents = new ArrayList<>();
        List<FreeWork> freeWork = new ArrayList<>();
        ZoneId zone = UTC;
        Integer scoreThirtyDaysAgo;
        List<DailyScore> history = new ArrayList<>();

        Given lastContact(long daysAgo, int cadence) {
            lastContactDay = TODAY.minusDays(daysAgo);
            cadenceDays = cadence;
            return this;
        }

        HealthInput input() {
            return new HealthInput(client, today, lastContactDay, stageEnteredOn, cadenceDays, nps, followUps, actedOn,
                    ignored, struggles, incidents, freeWork, zone, scoreThirtyDaysAgo, DailyScores.of(history));
        }

        ClientHealth assess() {
            return assess(MODEL, new BigDecimal("10000"));
        }

        ClientHealth assess(HealthModel model, BigDecimal portfolioRevenue) {
            return model.assess(input(), portfolioRevenue);
        }

        Integer part(Part part) {
            return assess().part(part);
        }
    }

    static Given given() {
        return new Given();
    }

    // ---- parts ----

    @Nested
    class Recency {
        @Test
        void isFullUpToTheCadence() {
            assertThat(given().lastContact(14, 14).part(Part.RECENCY)).isEqualTo(100);
            assertThat(given().lastContact(0, 14).part(Part.RECENCY)).isEqualTo(100);
        }

        @Test
        void fallsInAStraightLineToHalfAtOneAndAHalfCadences() {
            assertThat(given().lastContact(15, 14).part(Part.RECENCY)).isEqualTo(93); // 100 × 13 / 14 = 92.9
            assertThat(given().lastContact(21, 14).part(Part.RECENCY)).isEqualTo(50);
            assertThat(given().lastContact(24, 14).part(Part.RECENCY)).isEqualTo(29); // 100 × 4 / 14 = 28.6
        }

        @Test
        void isZeroAtTwiceTheCadenceAndAfter() {
            assertThat(given().lastContact(27, 14).part(Part.RECENCY)).isEqualTo(7); // 100 × 1 / 14 = 7.1
            assertThat(given().lastContact(28, 14).part(Part.RECENCY)).isZero();
            assertThat(given().lastContact(400, 14).part(Part.RECENCY)).isZero();
        }

        @Test
        void countsFromTheDayTheClientEnteredItsStageWhenNeverContacted() {
            Given given = given();
            given.lastContactDay = null;
            given.stageEnteredOn = TODAY.minusDays(21);
            assertThat(given.part(Part.RECENCY)).isEqualTo(50);
        }

        @Test
        void isUnknownWithNoDayToCountFrom() {
            assertThat(HealthParts.recency(null, TODAY, 14)).isNull();
        }
    }

    @Nested
    class FollowUps {
        @Test
        void oneFollowUpThreeDaysLateCosts20AndTwoPerDay() {
            Given given = given();
            given.followUps.add(followUp(TODAY.minusDays(3)));
            assertThat(given.part(Part.FOLLOW_UPS)).isEqualTo(74);
        }

        @Test
        void noneOverdueIsFull() {
            Given given = given();
            given.followUps.add(followUp(TODAY));
            given.followUps.add(followUp(TODAY.plusDays(5)));
            given.followUps.add(followUp(null));
            assertThat(given.part(Part.FOLLOW_UPS)).isEqualTo(100);
        }

        @Test
        void daysLateAreSummedOverEveryOverdueFollowUp() {
            Given given = given();
            given.followUps.add(followUp(TODAY.minusDays(1)));
            given.followUps.add(followUp(TODAY.minusDays(10)));
            assertThat(given.part(Part.FOLLOW_UPS)).isEqualTo(100 - 40 - 2 - 20);
        }

        @Test
        void neverGoesBelowZero() {
            Given given = given();
            given.followUps.add(followUp(TODAY.minusDays(60)));
            assertThat(given.part(Part.FOLLOW_UPS)).isZero();
        }

        @Test
        void closedFollowUpsDoNotCount() {
            FollowUp done = new FollowUp(0, 1, "U1", "x", TODAY.minusDays(5), FollowUp.Status.DONE, daysAgo(9));
            assertThat(HealthParts.followUps(List.of(done), TODAY)).isEqualTo(100);
        }
    }

    @Nested
    class Engagement {
        @Test
        void isTheShareOfRemindersActedOn() {
            Given given = given();
            given.actedOn = 3;
            given.ignored = 1;
            assertThat(given.part(Part.ENGAGEMENT)).isEqualTo(75);
            assertThat(HealthParts.engagement(2, 1)).isEqualTo(67);
            assertThat(HealthParts.engagement(0, 4)).isZero();
            assertThat(HealthParts.engagement(4, 0)).isEqualTo(100);
        }

        @Test
        void isUnknownWithNoReminderAtAll() {
            ClientHealth health = given().assess();
            assertThat(health.parts()).doesNotContainKey(Part.ENGAGEMENT);
            assertThat(health.part(Part.ENGAGEMENT)).isNull();
        }
    }

    @Nested
    class Struggles {
        @Test
        void eachOpenStruggleCostsTenPoints() {
            Given given = given();
            given.struggles.add(struggle(0));
            given.struggles.add(struggle(14));
            assertThat(given.part(Part.STRUGGLES)).isEqualTo(80);
        }

        @Test
        void andOnePointPerFullFifteenDaysOfAge() {
            assertThat(HealthParts.struggles(List.of(struggle(15)), TODAY, UTC)).isEqualTo(89);
            assertThat(HealthParts.struggles(List.of(struggle(29)), TODAY, UTC)).isEqualTo(89);
            assertThat(HealthParts.struggles(List.of(struggle(30)), TODAY, UTC)).isEqualTo(88);
            assertThat(HealthParts.struggles(List.of(struggle(150)), TODAY, UTC)).isEqualTo(80);
        }

        @Test
        void neverGoesBelowZeroAndClosedOnesDoNotCount() {
            List<Struggle> many = new ArrayList<>();
            for (int i = 0; i < 11; i++) {
                many.add(struggle(0));
            }
            assertThat(HealthParts.struggles(many, TODAY, UTC)).isZero();
            Struggle removed = new Struggle(0, 1, "U1", "x", daysAgo(40), Struggle.Status.REMOVED);
            assertThat(HealthParts.struggles(List.of(removed), TODAY, UTC)).isEqualTo(100);
        }

        @Test
        void noneIsFull() {
            assertThat(given().part(Part.STRUGGLES)).isEqualTo(100);
        }
    }

    @Nested
    class Incidents {
        @Test
        void eachIncidentOfTheLast90DaysCosts40Points() {
            Given given = given();
            given.incidents.add(incident(0));
            assertThat(given.part(Part.INCIDENTS)).isEqualTo(60);
            assertThat(HealthParts.incidents(List.of(incident(89)), TODAY, UTC)).isEqualTo(60);
            assertThat(HealthParts.incidents(List.of(incident(10), incident(20)), TODAY, UTC)).isEqualTo(20);
        }

        @Test
        void olderIncidentsNoLongerCount() {
            assertThat(HealthParts.incidents(List.of(incident(90)), TODAY, UTC)).isEqualTo(100);
        }

        @Test
        void neverGoesBelowZero() {
            assertThat(HealthParts.incidents(List.of(incident(1), incident(2), incident(3)), TODAY, UTC)).isZero();
        }
    }

    @Nested
    class Nps {
        @Test
        void isPercentPromotersMinusPercentDetractors() {
            Given given = given();
            given.nps.addAll(answers(9, 10, 9, 10, 9, 7, 8, 8, 6, 0));
            ClientHealth health = given.assess();
            assertThat(health.nps()).isEqualTo(30);
            assertThat(health.part(Part.NPS)).isEqualTo(65); // (30 + 100) / 2
        }

        @Test
        void mapsMinus100To0And100To100() {
            assertThat(HealthParts.nps(answers(0, 6), TODAY, UTC)).isZero();
            assertThat(HealthParts.nps(answers(9, 10), TODAY, UTC)).isEqualTo(100);
            assertThat(HealthParts.nps(answers(7, 8), TODAY, UTC)).isEqualTo(50);
        }

        @Test
        void roundsTheNpsHalfAwayFromZeroAndThePartFromTheUnroundedNps() {
            assertThat(HealthParts.netPromoterScore(answers(9, 7, 7))).isEqualTo(33);
            assertThat(HealthParts.netPromoterScore(answers(9, 7, 7, 7, 7, 7, 7, 7))).isEqualTo(13); // 12.5
            assertThat(HealthParts.netPromoterScore(answers(3, 7, 7, 7, 7, 7, 7, 7))).isEqualTo(-13); // -12.5
            assertThat(HealthParts.nps(answers(3, 7, 7, 7, 7, 7, 7, 7), TODAY, UTC)).isEqualTo(44); // 43.75
        }

        @Test
        void countsOnlyTheAnswersOfTheLast180Days() {
            Given given = given();
            given.nps.add(nps(10, 179));
            given.nps.add(nps(0, 180));
            given.nps.add(nps(0, -1)); // a day still to come is not counted either
            ClientHealth health = given.assess();
            assertThat(health.nps()).isEqualTo(100);
            assertThat(health.part(Part.NPS)).isEqualTo(100);
        }

        @Test
        void turnsInstantsIntoDaysInTheGivenZone() {
            Instant lateEveningUtc = TODAY.minusDays(180).atTime(23, 30).toInstant(ZoneOffset.UTC);
            NpsAnswer answer = new NpsAnswer(0, 1, 10, null, "U1", lateEveningUtc);
            assertThat(HealthParts.nps(List.of(answer), TODAY, UTC)).isNull();
            assertThat(HealthParts.nps(List.of(answer), TODAY, ZoneId.of("Europe/Paris"))).isEqualTo(100);
        }

        @Test
        void isUnknownWithNoAnswer() {
            ClientHealth health = given().assess();
            assertThat(health.parts()).doesNotContainKey(Part.NPS);
            assertThat(health.nps()).isNull();
        }
    }

    // ---- the score ----

    @Nested
    class Score {
        @Test
        void weighsEachPartByThePlaybooksWeights() {
            Given given = given().lastContact(21, 14); // recency 50
            given.nps.addAll(answers(9, 10, 9, 10, 9, 7, 8, 8, 6, 0)); // nps 65
            given.followUps.add(followUp(TODAY.minusDays(3))); // follow-ups 74
            given.actedOn = 3; // engagement 75
            given.ignored = 1;
            given.struggles.add(struggle(0)); // struggles 90
            given.incidents.add(incident(5)); // incidents 60
            ClientHealth health = given.assess();

            assertThat(health.parts()).containsExactly(entry(Part.NPS, 65), entry(Part.RECENCY, 50),
                    entry(Part.FOLLOW_UPS, 74), entry(Part.ENGAGEMENT, 75), entry(Part.STRUGGLES, 90),
                    entry(Part.INCIDENTS, 60));
            // 0.30×65 + 0.25×50 + 0.20×74 + 0.05×75 + 0.10×90 + 0.10×60 = 65.55; the worst part, 50, holds it to 85
            assertThat(health.score()).isEqualTo(66);
            assertThat(health.colour()).isEqualTo(HealthColour.YELLOW);
        }

        @Test
        void anUnknownEngagementDropsOutAndTheOthersAreRescaled() {
            Given given = given().lastContact(21, 14);
            given.nps.addAll(answers(9, 10, 9, 10, 9, 7, 8, 8, 6, 0));
            given.followUps.add(followUp(TODAY.minusDays(3)));
            given.struggles.add(struggle(0));
            given.incidents.add(incident(5));
            ClientHealth health = given.assess();

            assertThat(health.parts()).doesNotContainKey(Part.ENGAGEMENT);
            // (0.30×65 + 0.25×50 + 0.20×74 + 0.10×90 + 0.10×60) / 0.95 = 61.8 / 0.95 = 65.05
            assertThat(health.score()).isEqualTo(65);
        }

        @Test
        void anUnknownNpsCountsAsAPassivesFiftySoNoNewsIsNotAPerfectScore() {
            ClientHealth health = given().assess();
            assertThat(health.nps()).isNull();
            assertThat(health.parts()).doesNotContainKey(Part.NPS);
            // (0.30×50 + 0.25×100 + 0.20×100 + 0.10×100 + 0.10×100) / 0.95 = 84.2
            assertThat(health.score()).isEqualTo(84);
            assertThat(health.colour()).isEqualTo(HealthColour.GREEN);
        }

        @Test
        void aClientAtNpsMinusHundredIsRedWhateverElseIsFine() {
            Given given = given();
            given.nps.addAll(answers(6));
            ClientHealth health = given.assess();

            // the mean, (0 + 25 + 20 + 10 + 10) / 0.95 = 68, is held to 35 above the worst part, 0
            assertThat(health.score()).isEqualTo(35);
            assertThat(health.colour()).isEqualTo(HealthColour.RED);
        }

        @Test
        void aClientUnheardOfForTwoCadencesIsRedEvenAfterAPromotersAnswer() {
            Given given = given().lastContact(28, 14);
            given.nps.addAll(answers(10));

            assertThat(given.assess().score()).isEqualTo(35);
        }

        @Test
        void engagementIsTheTeamsDoingAndDoesNotHoldTheScoreDown() {
            Given given = given();
            given.ignored = 5;
            ClientHealth health = given.assess();

            assertThat(health.part(Part.ENGAGEMENT)).isZero();
            // 0.30×50 + 0.25×100 + 0.20×100 + 0.05×0 + 0.10×100 + 0.10×100 = 80, not held to 35
            assertThat(health.score()).isEqualTo(80);
        }

        @Test
        void aPartOfWeightZeroDoesNotHoldTheScoreDown() {
            HealthModel recencyOnly = new HealthModel(RECENCY_ONLY);
            assertThat(recencyOnly.score(Map.of(Part.RECENCY, 90, Part.INCIDENTS, 0))).isEqualTo(90);
        }

        @Test
        void isFiftyWhenNoPartIsKnown() {
            assertThat(MODEL.score(Map.of())).isEqualTo(50);
            HealthModel npsOnly = new HealthModel(new HealthWeights(1, 0, 0, 0, 0, 0));
            assertThat(npsOnly.score(Map.of(Part.RECENCY, 0, Part.INCIDENTS, 0))).isEqualTo(50);
        }

        @Test
        void roundsHalfUp() {
            HealthModel halves = new HealthModel(new HealthWeights(0.5, 0.5, 0, 0, 0, 0));
            assertThat(halves.score(Map.of(Part.NPS, 50, Part.RECENCY, 51))).isEqualTo(51); // 50.5
            assertThat(halves.score(Map.of(Part.NPS, 1, Part.RECENCY, 2))).isEqualTo(2); // 1.5
        }

        @Test
        void colourBandsAreGreenFrom70YellowFrom40AndRedBelow() {
            HealthModel model = new HealthModel(RECENCY_ONLY);
            // cadence 100: recency = 100 × (200 − d) / 100
            assertThat(colourAfter(model, 130)).containsExactly(70, HealthColour.GREEN);
            assertThat(colourAfter(model, 131)).containsExactly(69, HealthColour.YELLOW);
            assertThat(colourAfter(model, 160)).containsExactly(40, HealthColour.YELLOW);
            assertThat(colourAfter(model, 161)).containsExactly(39, HealthColour.RED);
        }

        private Object[] colourAfter(HealthModel model, int daysSinceContact) {
            ClientHealth health = given().lastContact(daysSinceContact, 100).assess(model, BigDecimal.ZERO);
            return new Object[] {health.score(), health.colour()};
        }
    }

    @Nested
    class Trends {
        @Test
        void isUpFromFivePointsAboveTheScoreOf30DaysBefore() {
            Given given = given(); // 84
            given.scoreThirtyDaysAgo = 79;
            ClientHealth health = given.assess();
            assertThat(health.trend()).isEqualTo(Trend.UP);
            assertThat(health.trendDelta()).isEqualTo(5);
        }

        @Test
        void isFlatWithinFourPointsEitherWay() {
            Given given = given();
            given.scoreThirtyDaysAgo = 80;
            assertThat(given.assess().trend()).isEqualTo(Trend.FLAT);
            assertThat(Trend.of(4)).isEqualTo(Trend.FLAT);
            assertThat(Trend.of(0)).isEqualTo(Trend.FLAT);
            assertThat(Trend.of(-4)).isEqualTo(Trend.FLAT);
        }

        @Test
        void isDownFromFivePointsBelow() {
            HealthModel model = new HealthModel(RECENCY_ONLY);
            Given given = given().lastContact(21, 14); // 50
            given.scoreThirtyDaysAgo = 55;
            ClientHealth health = given.assess(model, BigDecimal.ZERO);
            assertThat(health.trend()).isEqualTo(Trend.DOWN);
            assertThat(health.trendDelta()).isEqualTo(-5);
        }

        @Test
        void isUnknownWithNoStoredScore() {
            ClientHealth health = given().assess();
            assertThat(health.trend()).isEqualTo(Trend.UNKNOWN);
            assertThat(health.trendDelta()).isNull();
        }
    }

    // ---- flags ----

    @Nested
    class Flags {
        @Test
        void exactlyTwentyPercentOfRevenueIsNotConcentration() {
            Given given = given();
            given.client = client("Acme", "2000", null);
            assertThat(given.assess(MODEL, new BigDecimal("10000")).flags())
                    .doesNotContain(HealthFlag.REVENUE_CONCENTRATION);
        }

        @Test
        void aboveTwentyPercentOfRevenueIsConcentration() {
            Given given = given();
            given.client = client("Acme", "2001", null); // 20.01 %
            assertThat(given.assess(MODEL, new BigDecimal("10000")).flags())
                    .contains(HealthFlag.REVENUE_CONCENTRATION);
        }

        @Test
        void aPortfolioWithNoRevenueHasNoConcentration() {
            Given given = given();
            assertThat(given.assess(MODEL, BigDecimal.ZERO).flags()).doesNotContain(HealthFlag.REVENUE_CONCENTRATION);
            assertThat(given.assess(MODEL, null).flags()).doesNotContain(HealthFlag.REVENUE_CONCENTRATION);
        }

        @Test
        void secretFreeWorkOfTheLast90DaysIsFlagged() {
            Given given = given();
            given.freeWork.add(freeWork(FreeWork.Kind.SECRET, 89));
            assertThat(given.assess().flags()).containsExactly(HealthFlag.SECRET_FREE_WORK);
        }

        @Test
        void olderSecretWorkAndStrategicWorkAreNot() {
            Given given = given();
            given.freeWork.add(freeWork(FreeWork.Kind.SECRET, 90));
            given.freeWork.add(freeWork(FreeWork.Kind.STRATEGIC, 1));
            assertThat(given.assess().flags()).isEmpty();
        }

        @Test
        void aClientIsNewForItsFirst90Days() {
            assertThat(newOn(TODAY)).isTrue();
            assertThat(newOn(TODAY.minusDays(89))).isTrue();
            assertThat(newOn(TODAY.minusDays(90))).isFalse();
            assertThat(newOn(TODAY.plusDays(1))).isFalse();
            assertThat(newOn(null)).isFalse();
        }

        private boolean newOn(LocalDate startDate) {
            Given given = given();
            given.client = client("Acme", "1000", startDate);
            return given.assess().has(HealthFlag.NEW_CLIENT);
        }

        @Test
        void redEveryDayOfTheLast90DaysIsFlagged() {
            Given given = redToday();
            for (int day = 1; day <= 89; day++) {
                given.history.add(new DailyScore(TODAY.minusDays(day), 20));
            }
            ClientHealth health = given.assess(new HealthModel(RECENCY_ONLY), BigDecimal.ZERO);
            assertThat(health.colour()).isEqualTo(HealthColour.RED);
            assertThat(health.flags()).containsExactly(HealthFlag.RED_FOR_90_DAYS);
        }

        @Test
        void aHistoryShorterThan90DaysIsNotEnough() {
            Given given = redToday();
            for (int day = 1; day <= 88; day++) {
                given.history.add(new DailyScore(TODAY.minusDays(day), 20));
            }
            assertThat(given.assess(new HealthModel(RECENCY_ONLY), BigDecimal.ZERO).flags()).isEmpty();
        }

        @Test
        void oneDayOutOfTheRedInTheWindowClearsIt() {
            Given given = redToday();
            for (int day = 1; day <= 89; day++) {
                given.history.add(new DailyScore(TODAY.minusDays(day), day == 45 ? 40 : 20));
            }
            assertThat(given.assess(new HealthModel(RECENCY_ONLY), BigDecimal.ZERO).flags()).isEmpty();
        }

        @Test
        void todaysScoreCountsAsTodaysDay() {
            List<DailyScore> history = new ArrayList<>();
            for (int day = 0; day <= 89; day++) {
                history.add(new DailyScore(TODAY.minusDays(day), 20));
            }
            assertThat(HealthModel.redForNinetyDays(history, TODAY, 20)).isTrue();
            assertThat(HealthModel.redForNinetyDays(history, TODAY, 40)).isFalse();
        }

        @Test
        void aStoredScoreHoldsUntilTheNextOne() {
            List<DailyScore> history = List.of(new DailyScore(TODAY.minusDays(120), 10),
                    new DailyScore(TODAY.minusDays(30), 30));
            assertThat(HealthModel.redForNinetyDays(history, TODAY, 20)).isTrue();
            List<DailyScore> yellowBefore = List.of(new DailyScore(TODAY.minusDays(120), 45),
                    new DailyScore(TODAY.minusDays(30), 30));
            assertThat(HealthModel.redForNinetyDays(yellowBefore, TODAY, 20)).isFalse();
        }

        @Test
        void aRedRunStartsAfterTheLastDayThatWasNotRed() {
            List<DailyScore> history = List.of(new DailyScore(TODAY.minusDays(50), 45), new DailyScore(TODAY.minusDays(40), 30),
                    new DailyScore(TODAY.minusDays(10), 35));
            assertThat(HealthModel.redSince(history, TODAY, 20)).isEqualTo(TODAY.minusDays(40));
            assertThat(HealthModel.redSince(history, TODAY, 40)).isNull();
            assertThat(HealthModel.redSince(List.of(), TODAY, 20)).isEqualTo(TODAY);
            assertThat(HealthModel.redSince(history.subList(1, 3), TODAY, 20)).isEqualTo(TODAY.minusDays(40));
        }

        private Given redToday() {
            return given().lastContact(28, 14); // recency 0: red under recency-only weights
        }
    }

    // ---- early warning ----

    @Nested
    class EarlyWarnings {
        private ClientHealth now(int score, Map<Part, Integer> parts) {
            return new ClientHealth(client("Acme", "1000", null), TODAY, score, HealthColour.of(score), parts,
                    Trend.UNKNOWN, null, java.util.Set.of(), null);
        }

        private Map<Part, Integer> parts(Object... partsAndValues) {
            Map<Part, Integer> parts = new EnumMap<>(Part.class);
            for (int i = 0; i < partsAndValues.length; i += 2) {
                parts.put((Part) partsAndValues[i], (Integer) partsAndValues[i + 1]);
            }
            return parts;
        }

        @Test
        void aDropOfExactly15PointsWithin7DaysWarnsWithThePartsThatMoved() {
            HealthSnapshot before = new HealthSnapshot(TODAY.minusDays(7), 80,
                    parts(Part.NPS, 80, Part.RECENCY, 100, Part.FOLLOW_UPS, 100, Part.STRUGGLES, 90));
            ClientHealth now = now(65, parts(Part.RECENCY, 50, Part.FOLLOW_UPS, 74, Part.STRUGGLES, 90,
                    Part.ENGAGEMENT, 20));

            Optional<EarlyWarning> warning = HealthModel.earlyWarning(now, before);

            assertThat(warning).isPresent();
            assertThat(warning.get().drop()).isEqualTo(15);
            assertThat(warning.get().since()).isEqualTo(TODAY.minusDays(7));
            assertThat(warning.get().moved()).containsExactly(
                    new PartChange(Part.RECENCY, 100, 50),
                    new PartChange(Part.FOLLOW_UPS, 100, 74),
                    new PartChange(Part.NPS, 80, null),
                    new PartChange(Part.ENGAGEMENT, null, 20));
            assertThat(warning.get().moved().get(0).change()).isEqualTo(-50);
        }

        @Test
        void aDropOf14PointsDoesNotWarn() {
            HealthSnapshot before = new HealthSnapshot(TODAY.minusDays(3), 79, Map.of());
            assertThat(HealthModel.earlyWarning(now(65, Map.of()), before)).isEmpty();
        }

        @Test
        void aScoreFromMoreThan7DaysBeforeDoesNotCount() {
            HealthSnapshot before = new HealthSnapshot(TODAY.minusDays(8), 90, Map.of());
            assertThat(HealthModel.earlyWarning(now(50, Map.of()), before)).isEmpty();
            HealthSnapshot sameDay = new HealthSnapshot(TODAY, 90, Map.of());
            assertThat(HealthModel.earlyWarning(now(50, Map.of()), sameDay)).isEmpty();
        }

        @Test
        void comparesWithAnEarlierAssessmentToo() {
            ClientHealth weekAgo = new ClientHealth(client("Acme", "1000", null), TODAY.minusDays(7), 90,
                    HealthColour.GREEN, parts(Part.RECENCY, 90), Trend.UNKNOWN, null, java.util.Set.of(), null);
            assertThat(HealthModel.earlyWarning(now(70, parts(Part.RECENCY, 70)), weekAgo.snapshot()))
                    .hasValueSatisfying(warning -> assertThat(warning.moved())
                            .containsExactly(new PartChange(Part.RECENCY, 90, 70)));
        }

        @Test
        void overSeveralSnapshotsComparesWithTheHighestOfTheLastSevenDays() {
            List<HealthSnapshot> week = List.of(
                    new HealthSnapshot(TODAY.minusDays(10), 100, Map.of()),
                    new HealthSnapshot(TODAY.minusDays(6), 78, Map.of()),
                    new HealthSnapshot(TODAY.minusDays(4), 72, Map.of()),
                    new HealthSnapshot(TODAY.minusDays(1), 66, Map.of()));
            Optional<EarlyWarning> warning = HealthModel.earlyWarning(now(62, Map.of()), week);
            assertThat(warning).isPresent();
            assertThat(warning.get().before()).isEqualTo(78);
            assertThat(warning.get().since()).isEqualTo(TODAY.minusDays(6));
            assertThat(HealthModel.earlyWarning(now(64, Map.of()), week)).isEmpty();
        }
    }

    @Test
    void storedSnapshotPartsRoundTripThroughTheirKeys() {
        for (Part part : Part.values()) {
            assertThat(Part.fromKey(part.key())).contains(part);
        }
        assertThat(Part.FOLLOW_UPS.key()).isEqualTo("followups");
        assertThat(Part.FOLLOW_UPS.weightIn(BUILT_IN)).isEqualTo(0.20);
    }
}
