package app.delight.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.domain.Client;
import app.delight.domain.FollowUp;
import app.delight.domain.Incident;
import app.delight.domain.NpsAnswer;
import app.delight.domain.PromptKind;
import app.delight.domain.PromptResponse;
import app.delight.domain.PromptResponse.Response;
import app.delight.domain.Stage;
import app.delight.domain.Struggle;
import app.delight.domain.Touchpoint;
import app.delight.i18n.Messages;
import app.delight.playbook.Anticipation;
import app.delight.playbook.HealthWeights;
import app.delight.playbook.Occasion;
import app.delight.playbook.Playbook;
import app.delight.playbook.Surprise;
import app.delight.playbook.Targets;
import app.delight.playbook.Tip;
import app.delight.playbook.Trigger;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PromptEngineTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final Set<Stage> LIVE = EnumSet.complementOf(EnumSet.of(Stage.CHURNED));

    private static final Playbook PLAYBOOK = new Playbook(
            new HealthWeights(0.3, 0.25, 0.2, 0.05, 0.1, 0.1),
            new Targets(0.8, 50),
            cadence(),
            Map.of(),
            "US",
            Map.of("eu", Set.of("FR", "DE")),
            Set.of("general", "retail", "saas", "healthcare"),
            List.of(
                    rule("renewal-value-recap", new Trigger.BeforeRenewal(90), 14, "general"),
                    rule("first-week-check-in", new Trigger.AfterStart(5), 7, "general"),
                    rule("quiet-client", new Trigger.Quiet(), 30, "general"),
                    rule("low-nps-call", new Trigger.LowNps(6), 14, "general", Anticipation.Mood.REPAIR),
                    rule("retail-holiday-prep", new Trigger.Season(MonthDay.of(11, 24), 90), 30, "retail"),
                    rule("anniversary-thanks", new Trigger.Anniversary(), 7, "general", Anticipation.Mood.CELEBRATION),
                    rule("renewal-stage-kickoff", new Trigger.StageEntered(Stage.RENEWAL), 14, "general"),
                    rule("active-handover", new Trigger.StageEntered(Stage.ACTIVE), 7, "general"),
                    rule("promoter-ask", new Trigger.HighNps(9), 7, "general", Anticipation.Mood.CELEBRATION),
                    rule("repair-plan", new Trigger.Unhappy(), 14, "general", Anticipation.Mood.REPAIR),
                    rule("did-we-do-our-part", new Trigger.RedFor(90), 21, "general", Anticipation.Mood.REPAIR),
                    new Anticipation("open-enrollment", new Trigger.Season(MonthDay.of(10, 15), 60), 14, LIVE,
                            Set.of("healthcare"), "Do open-enrollment", "Because open-enrollment", Set.of("US"),
                            Anticipation.Mood.ANY)),
            List.of(
                    new Tip("general-backups", Set.of("general"), Set.of(), "Test your backups.", "Untested backups fail.", Set.of()),
                    new Tip("retail-returns", Set.of("retail"), Set.of(Stage.ACTIVE), "Publish the returns policy.", "Buyers check it.",
                            Set.of()),
                    new Tip("general-dmarc", Set.of("general"), Set.of(), "Set up DMARC.", "Mail lands in spam without it.", Set.of()),
                    new Tip("healthcare-baa", Set.of("healthcare"), Set.of(), "Sign a BAA.", "HIPAA asks for it.", Set.of("US")),
                    new Tip("healthcare-consent", Set.of("healthcare"), Set.of(), "Ask consent for cookies.", "GDPR.",
                            Set.of("eu"))),
            List.of(
                    surprise("handwritten-note"),
                    surprise("loom-walkthrough"),
                    surprise("intro-a-contact"),
                    surprise("anniversary-card", Occasion.ANNIVERSARY),
                    surprise("launch-treat", Occasion.LAUNCH),
                    surprise("struggle-gone-note", Occasion.STRUGGLE_REMOVED),
                    surprise("promoter-spotlight", Occasion.PROMOTER),
                    surprise("milestone-post", Occasion.MILESTONE)));

    private static Map<Stage, Integer> cadence() {
        Map<Stage, Integer> days = new EnumMap<>(Stage.class);
        Arrays.stream(Stage.values()).forEach(stage -> days.put(stage, 14));
        return days;
    }

    private static Anticipation rule(String key, Trigger trigger, int window, String industry) {
        return rule(key, trigger, window, industry, Anticipation.Mood.ANY);
    }

    private static Anticipation rule(String key, Trigger trigger, int window, String industry, Anticipation.Mood mood) {
        return new Anticipation(key, trigger, window, LIVE, Set.of(industry), "Do " + key, "Because " + key, Set.of(), mood);
    }

    private static Surprise surprise(String key, Occasion... occasions) {
        return new Surprise(key, "Do " + key, "Because " + key, Set.of(occasions), Set.of());
    }

    private final PromptEngine engine = new PromptEngine(PLAYBOOK, Messages.forLocale(Locale.ENGLISH));

    /** A client with nothing due from its dates: started long ago, renewal far off, contacted yesterday. */
    private static final class History {
        Client client = new Client(7, "Acme", List.of(), "C1", List.of("U1"), "saas", Stage.ACTIVE,
                LocalDate.of(2020, 3, 1), LocalDate.of(2027, 9, 1), BigDecimal.TEN, null);
        LocalDate stageChangedOn = LocalDate.of(2020, 3, 1);
        LocalDate inStageSince = LocalDate.of(2024, 6, 1);
        Instant lastContact = at(TODAY.minusDays(1));
        String lastContactText = "Weekly call";
        List<FollowUp> followUps = new ArrayList<>();
        List<Struggle> struggles = new ArrayList<>();
        List<NpsAnswer> nps = new ArrayList<>();
        List<Incident> incidents = new ArrayList<>();
        List<PromptResponse> responses = new ArrayList<>();
        Integer healthScore = 80;
        LocalDate redSince;

        History with(Client changed) {
            client = changed;
            return this;
        }

        History followUp(long id, LocalDate due) {
            return followUp(id, due, "Follow-up " + id);
        }

        History followUp(long id, LocalDate due, String text) {
            followUps.add(new FollowUp(id, client.id(), "U1", text, due, FollowUp.Status.OPEN, at(TODAY.minusDays(20))));
            return this;
        }

        History nps(int score, LocalDate day) {
            nps.add(new NpsAnswer(nps.size() + 1, client.id(), score, null, "U1", at(day)));
            return this;
        }

        History incident(LocalDate day) {
            incidents.add(new Incident(incidents.size() + 1, client.id(), "Shouted at our designer", "U1", at(day)));
            return this;
        }

        History red(int score, LocalDate since) {
            healthScore = score;
            redSince = since;
            return this;
        }

        History struggle(long id, LocalDate noted) {
            struggles.add(new Struggle(id, client.id(), "U1", "Struggle " + id, at(noted), Struggle.Status.OPEN));
            return this;
        }

        History respond(String key, Response response, LocalDate snoozedUntil) {
            return respondOn(key, response, snoozedUntil, TODAY.minusDays(1));
        }

        History respondOn(String key, Response response, LocalDate snoozedUntil, LocalDate day) {
            responses.add(new PromptResponse(client.id(), key, PromptKeys.kindOf(key), response, snoozedUntil, "U1", at(day)));
            return this;
        }

        History respond(String key, Response response) {
            return respond(key, response, null);
        }

        ClientHistory build() {
            Touchpoint last = lastContact == null ? null
                    : new Touchpoint(1, client.id(), "U1", lastContactText, lastContact, Touchpoint.Kind.LOG);
            return new ClientHistory(client, UTC, stageChangedOn, inStageSince, last, followUps, struggles, nps, incidents,
                    responses, healthScore, redSince, List.of());
        }
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }

    private static Client renewingOn(LocalDate renewal) {
        return new Client(7, "Acme", List.of(), "C1", List.of("U1"), "saas", Stage.ACTIVE, LocalDate.of(2020, 3, 1),
                renewal, BigDecimal.TEN, null);
    }

    private List<String> keys(History history, LocalDate day) {
        return engine.promptsFor(history.build(), day).stream().map(Prompt::key).toList();
    }

    private List<String> keys(History history) {
        return keys(history, TODAY);
    }

    @Test
    void delightCardListsOverdueFollowUpFirstMostLateFirst() {
        History history = new History().followUp(1, TODAY.minusDays(1)).followUp(2, TODAY.minusDays(3));

        List<Prompt> prompts = engine.promptsFor(history.build(), TODAY);

        assertThat(prompts.get(0).key()).isEqualTo("follow_up:2");
        assertThat(prompts.get(0).date()).isEqualTo(TODAY.minusDays(3));
        assertThat(prompts.get(1).key()).isEqualTo("follow_up:1");
    }

    @Test
    void aFollowUpNotYetDueIsNotAPrompt() {
        assertThat(keys(new History().followUp(1, TODAY.plusDays(2)).followUp(2, null))).noneMatch(key -> key.startsWith("follow_up"));
    }

    @Test
    void promptsRankFollowUpsThenAnticipationsThenStrugglesThenOneTipThenOneSurprise() {
        History history = new History().with(renewingOn(TODAY.plusDays(90)))
                .followUp(1, TODAY.minusDays(3))
                .struggle(5, TODAY.minusDays(40));

        assertThat(engine.promptsFor(history.build(), TODAY)).extracting(Prompt::kind).containsExactly(
                PromptKind.FOLLOW_UP, PromptKind.ANTICIPATION, PromptKind.STRUGGLE, PromptKind.TIP, PromptKind.SURPRISE);
    }

    @Test
    void aRenewalNinetyDaysAwayCallsForTheValueRecap() {
        List<Prompt> prompts = engine.promptsFor(new History().with(renewingOn(TODAY.plusDays(90))).build(), TODAY);

        assertThat(prompts).filteredOn(prompt -> prompt.kind() == PromptKind.ANTICIPATION).singleElement()
                .satisfies(prompt -> {
                    assertThat(prompt.key()).isEqualTo("anticipation:renewal-value-recap:" + TODAY);
                    assertThat(prompt.why()).isEqualTo("Because renewal-value-recap");
                });
    }

    @Test
    void anAnticipationPastItsWindowIsNoLongerDue() {
        assertThat(keys(new History().with(renewingOn(TODAY.plusDays(90 - 14))))).noneMatch(key -> key.startsWith("anticipation"));
        assertThat(keys(new History().with(renewingOn(TODAY.plusDays(90 - 13))))).anyMatch(key -> key.startsWith("anticipation:renewal"));
    }

    @Test
    void doneRemovesAPrompt() {
        History history = new History().followUp(1, TODAY.minusDays(3)).respond("follow_up:1", Response.DONE);

        assertThat(keys(history)).doesNotContain("follow_up:1");
    }

    @Test
    void aSnoozedPromptIsHiddenUntilItsDateAndThenComesBack() {
        History history = new History().followUp(1, TODAY.minusDays(3))
                .respond("follow_up:1", Response.SNOOZED, TODAY.plusDays(7));

        assertThat(keys(history, TODAY)).doesNotContain("follow_up:1");
        assertThat(keys(history, TODAY.plusDays(6))).doesNotContain("follow_up:1");
        assertThat(keys(history, TODAY.plusDays(7))).startsWith("follow_up:1");
    }

    @Test
    void notRelevantHidesAPromptForGood() {
        History history = new History().respond("tip:general-backups", Response.NOT_RELEVANT);

        assertThat(keys(history, TODAY.plusYears(1))).doesNotContain("tip:general-backups").contains("tip:general-dmarc");
    }

    @Test
    void threeNotRelevantOnOneKindStopThatKindForTheClient() {
        History history = new History()
                .respond("surprise:handwritten-note", Response.NOT_RELEVANT)
                .respond("surprise:loom-walkthrough", Response.NOT_RELEVANT);
        assertThat(keys(history)).contains("surprise:intro-a-contact");

        history.respond("surprise:intro-a-contact", Response.NOT_RELEVANT);

        assertThat(engine.promptsFor(history.build(), TODAY)).extracting(Prompt::kind).doesNotContain(PromptKind.SURPRISE);
    }

    @Test
    void aSharedTipIsNeverOfferedAgainAndTheNextOneComes() {
        History history = new History();
        assertThat(keys(history)).contains("tip:general-backups");

        history.respond("tip:general-backups", Response.SHARED);

        assertThat(keys(history, TODAY.plusYears(2))).doesNotContain("tip:general-backups").contains("tip:general-dmarc");
    }

    @Test
    void aTipForTheClientsIndustryAndStageComesBeforeAGeneralOne() {
        Client retail = new Client(7, "Shop", List.of(), null, List.of(), "retail", Stage.ACTIVE, LocalDate.of(2020, 3, 1),
                null, BigDecimal.ONE, null);

        assertThat(keys(new History().with(retail))).contains("tip:retail-returns").doesNotContain("tip:general-backups");
    }

    @Test
    void struggleIsListedOldestFirstAndClosesWhenRemovedOrKept() {
        History history = new History().struggle(5, TODAY.minusDays(2)).struggle(6, TODAY.minusDays(30));
        assertThat(keys(history)).containsSubsequence("struggle:6", "struggle:5");

        history.respond("struggle:6", Response.REMOVED).respond("struggle:5", Response.KEPT);

        assertThat(keys(history)).noneMatch(key -> key.startsWith("struggle"));
    }

    @Test
    void aClientQuietLongerThanItsCadenceCallsForContactAndATouchpointRestartsTheClock() {
        History history = new History();
        history.lastContact = at(TODAY.minusDays(20));
        assertThat(keys(history)).contains("anticipation:quiet-client:" + TODAY.minusDays(5));

        history.lastContact = at(TODAY.minusDays(1));

        assertThat(keys(history)).noneMatch(key -> key.startsWith("anticipation:quiet-client"));
    }

    @Test
    void aLowNpsAnswerWithinThirtyDaysCallsForACall() {
        History history = new History();
        history.nps.add(new NpsAnswer(1, 7, 4, "slow", "U1", at(TODAY.minusDays(3))));
        assertThat(keys(history)).contains("anticipation:low-nps-call:" + TODAY.minusDays(3));

        assertThat(keys(history, TODAY.plusDays(40))).noneMatch(key -> key.startsWith("anticipation:low-nps-call"));
    }

    @Test
    void aRetailClientHearsOfTheHolidaySeasonNinetyDaysAheadAndOthersDoNot() {
        Client retail = new Client(7, "Shop", List.of(), null, List.of(), "retail", Stage.ACTIVE, LocalDate.of(2020, 3, 1),
                null, BigDecimal.ONE, null);
        LocalDate leadIn = LocalDate.of(2026, 8, 26);

        assertThat(keys(new History().with(retail), leadIn)).contains("anticipation:retail-holiday-prep:2026-08-26");
        assertThat(keys(new History(), leadIn)).noneMatch(key -> key.contains("retail-holiday-prep"));
    }

    @Test
    void anAnniversaryDoneThisYearComesBackNextYear() {
        Client client = new Client(7, "Acme", List.of(), null, List.of(), "saas", Stage.ACTIVE, LocalDate.of(2024, 11, 20),
                LocalDate.of(2027, 9, 1), BigDecimal.ONE, null);
        History history = new History().with(client).respond("anticipation:anniversary-thanks:2026-11-20", Response.DONE);

        assertThat(keys(history)).noneMatch(key -> key.contains("anniversary"));
        assertThat(keys(history, LocalDate.of(2027, 11, 21))).contains("anticipation:anniversary-thanks:2027-11-20");
    }

    @Test
    void enteringTheRenewalStageCallsForTheKickoff() {
        Client renewing = new Client(7, "Acme", List.of(), null, List.of(), "saas", Stage.RENEWAL, LocalDate.of(2020, 3, 1),
                LocalDate.of(2027, 9, 1), BigDecimal.ONE, null);
        History history = new History().with(renewing);
        history.stageChangedOn = TODAY.minusDays(2);

        assertThat(keys(history)).contains("anticipation:renewal-stage-kickoff:" + TODAY.minusDays(2));
    }

    @Test
    void theFirstWeekCheckInIsDueFiveDaysAfterTheStart() {
        Client fresh = new Client(7, "New Co", List.of(), null, List.of(), "saas", Stage.ONBOARDING, TODAY.minusDays(5), null,
                BigDecimal.ONE, null);

        assertThat(keys(new History().with(fresh))).contains("anticipation:first-week-check-in:" + TODAY);
    }

    @Test
    void churnedClientsGetNoAnticipationsOutsideTheirStages() {
        Client churned = new Client(7, "Gone", List.of(), null, List.of(), "saas", Stage.CHURNED, LocalDate.of(2020, 3, 1),
                TODAY.plusDays(90), BigDecimal.ONE, null);

        assertThat(keys(new History().with(churned))).noneMatch(key -> key.startsWith("anticipation"));
    }

    @Test
    void theSameInputGivesTheSamePrompts() {
        History history = new History().with(renewingOn(TODAY.plusDays(85))).followUp(1, TODAY).struggle(3, TODAY.minusDays(9));

        assertThat(engine.promptsFor(history.build(), TODAY)).isEqualTo(engine.promptsFor(history.build(), TODAY));
    }

    // ---- stage rules fire on a real change of stage ----------------------------------------------

    @Test
    void aClientAddedInItsStageGetsNoStageRuleButALaterChangeOfStageDoes() {
        History imported = new History();
        imported.stageChangedOn = null;
        assertThat(keys(imported)).noneMatch(key -> key.contains("active-handover"));

        History changed = new History();
        changed.stageChangedOn = TODAY.minusDays(1);
        assertThat(keys(changed)).contains("anticipation:active-handover:" + TODAY.minusDays(1));
    }

    @Test
    void aClientAddedWithAStartDateLongPastIsNotQuietForYearsButFromTheDayItWasAdded() {
        History imported = new History();
        imported.stageChangedOn = LocalDate.of(2020, 3, 1);
        imported.inStageSince = TODAY.minusDays(3);
        imported.lastContact = null;

        assertThat(keys(imported)).noneMatch(key -> key.contains("quiet-client") || key.contains("active-handover"));
        assertThat(keys(imported, TODAY.plusDays(12))).contains("anticipation:quiet-client:" + TODAY.plusDays(12));
    }

    // ---- no celebrations for an unhappy client ---------------------------------------------------

    private static Client startedOn(LocalDate start) {
        return new Client(7, "Acme", List.of(), "C1", List.of("U1"), "saas", Stage.ACTIVE, start, LocalDate.of(2027, 9, 1),
                BigDecimal.TEN, null);
    }

    @Test
    void aHappyClientsAnniversaryCallsForThanksAndASurpriseMadeForIt() {
        History history = new History().with(startedOn(TODAY.minusYears(2).minusDays(1)));

        assertThat(keys(history)).contains("anticipation:anniversary-thanks:" + TODAY.minusDays(1))
                .anyMatch(key -> key.startsWith("surprise:"));
    }

    @Test
    void aRedClientGetsNoAnniversaryNoSurpriseButTheRepairPlan() {
        History history = new History().with(startedOn(TODAY.minusYears(2).minusDays(1))).red(35, TODAY.minusDays(4));

        assertThat(keys(history)).noneMatch(key -> key.contains("anniversary") || key.startsWith("surprise:"))
                .contains("anticipation:repair-plan:" + TODAY.minusDays(4));
    }

    @Test
    void anIncidentWithinNinetyDaysMakesAClientUnhappyEvenWhenItsScoreIsGreen() {
        History history = new History().with(startedOn(TODAY.minusYears(2).minusDays(1))).incident(TODAY.minusDays(60));

        assertThat(keys(history)).noneMatch(key -> key.contains("anniversary") || key.startsWith("surprise:"));
        assertThat(keys(history, TODAY.plusDays(31))).noneMatch(key -> key.contains("anniversary")).anyMatch(key -> key.startsWith("surprise:"));
    }

    @Test
    void aDetractorsAnswerWithinNinetyDaysHoldsBackCelebrationsAndCallsForRepair() {
        History history = new History().nps(5, TODAY.minusDays(2));

        List<String> keys = keys(history);

        assertThat(keys).contains("anticipation:low-nps-call:" + TODAY.minusDays(2), "anticipation:repair-plan:" + TODAY.minusDays(2))
                .noneMatch(key -> key.startsWith("surprise:"));
    }

    @Test
    void repairPromptsNeverReachAHappyClient() {
        assertThat(keys(new History())).noneMatch(key -> key.contains("repair-plan") || key.contains("did-we-do-our-part"));
    }

    @Test
    void afterNinetyDaysInRedTheFrankConversationIsDue() {
        History history = new History().red(30, TODAY.minusDays(88));
        assertThat(keys(history)).noneMatch(key -> key.contains("did-we-do-our-part"));

        history.redSince = TODAY.minusDays(89);
        assertThat(keys(history)).contains("anticipation:did-we-do-our-part:" + TODAY);

        history.redSince = TODAY.minusDays(89 + 21);
        assertThat(keys(history)).noneMatch(key -> key.contains("did-we-do-our-part"));
    }

    // ---- promoters -------------------------------------------------------------------------------

    @Test
    void aPromotersAnswerCallsForAReferralCaseStudyOrReviewWithinTheWeek() {
        History history = new History().nps(9, TODAY.minusDays(2));

        assertThat(keys(history)).contains("anticipation:promoter-ask:" + TODAY.minusDays(2));
        assertThat(keys(history, TODAY.plusDays(5))).noneMatch(key -> key.contains("promoter-ask"));
        assertThat(keys(new History().nps(8, TODAY.minusDays(2)))).noneMatch(key -> key.contains("promoter-ask"));
    }

    // ---- surprises fit the moment ----------------------------------------------------------------

    private Prompt surpriseFor(History history, LocalDate day) {
        return engine.promptsFor(history.build(), day).stream().filter(prompt -> prompt.kind() == PromptKind.SURPRISE)
                .findFirst().orElseThrow();
    }

    @Test
    void anAnniversaryComingUpBringsTheSurpriseMadeForIt() {
        History history = new History().with(startedOn(TODAY.plusDays(10).minusYears(3)));

        assertThat(surpriseFor(history, TODAY).key()).isEqualTo("surprise:anniversary-card");
        assertThat(surpriseFor(history, TODAY.minusDays(5)).key()).isNotEqualTo("surprise:anniversary-card");
    }

    @Test
    void aStruggleJustRemovedBringsTheSurpriseMadeForItForTwoWeeks() {
        History history = new History().struggle(5, TODAY.minusDays(40))
                .respondOn("struggle:5", Response.REMOVED, null, TODAY.minusDays(1));

        assertThat(surpriseFor(history, TODAY).key()).isEqualTo("surprise:struggle-gone-note");
        assertThat(surpriseFor(history, TODAY.plusDays(13)).key()).isNotEqualTo("surprise:struggle-gone-note");
    }

    @Test
    void aPromotersAnswerAMilestoneAndALaunchEachBringTheirSurprise() {
        assertThat(surpriseFor(new History().nps(10, TODAY.minusDays(3)), TODAY).key()).isEqualTo("surprise:promoter-spotlight");
        assertThat(surpriseFor(new History().with(startedOn(TODAY.minusDays(100))), TODAY).key())
                .isEqualTo("surprise:milestone-post");
        assertThat(surpriseFor(new History().followUp(1, TODAY.plusDays(6), "Check the launch-day landing page"), TODAY).key())
                .isEqualTo("surprise:launch-treat");
        History touchpoint = new History();
        touchpoint.lastContactText = "Préparation du lancement de la boutique";
        assertThat(surpriseFor(touchpoint, TODAY).key()).isEqualTo("surprise:launch-treat");
    }

    @Test
    void withNoOccasionOpenAGeneralIdeaComesAndNeverOneMadeForAnOccasion() {
        for (long id = 1; id <= 40; id++) {
            History history = new History().with(new Client(id, "Client " + id, List.of(), null, List.of(), "saas", Stage.ACTIVE,
                    LocalDate.of(2020, 3, 1), LocalDate.of(2027, 9, 1), BigDecimal.ONE, null));
            assertThat(surpriseFor(history, TODAY).key()).isIn("surprise:handwritten-note", "surprise:loom-walkthrough",
                    "surprise:intro-a-contact");
        }
    }

    @Test
    void aPortfolioDoesNotAllGetTheSameGeneralIdeaAndEachClientKeepsItsOwnUntilItIsActedOn() {
        Set<String> ideas = new java.util.HashSet<>();
        for (long id = 1; id <= 40; id++) {
            History history = new History().with(new Client(id, "Client " + id, List.of(), null, List.of(), "saas", Stage.ACTIVE,
                    LocalDate.of(2020, 3, 1), LocalDate.of(2027, 9, 1), BigDecimal.ONE, null));
            String today = surpriseFor(history, TODAY).key();
            assertThat(surpriseFor(history, TODAY.plusDays(7)).key()).isEqualTo(today);
            ideas.add(today);
            history.respond(today, Response.DONE);
            assertThat(surpriseFor(history, TODAY).key()).isNotEqualTo(today);
        }
        assertThat(ideas).hasSize(3);
    }

    // ---- regional rules --------------------------------------------------------------------------

    private static Client healthcareIn(String country) {
        return new Client(7, "Clinic", List.of(), null, List.of(), "healthcare", Stage.ACTIVE, LocalDate.of(2020, 3, 1),
                LocalDate.of(2027, 9, 1), BigDecimal.ONE, null, null, List.of(), List.of(), country, null);
    }

    @Test
    void aFrenchHealthcareClientNeverGetsAUsRule() {
        LocalDate leadIn = LocalDate.of(2026, 8, 16);
        History french = new History().with(healthcareIn("FR"));

        assertThat(keys(french, leadIn)).noneMatch(key -> key.contains("open-enrollment") || key.contains("healthcare-baa"))
                .contains("tip:healthcare-consent");
        assertThat(keys(new History().with(healthcareIn("US")), leadIn))
                .contains("anticipation:open-enrollment:2026-08-16", "tip:healthcare-baa");
    }

    @Test
    void aClientWithoutACountryIsInTheTeamsCountry() {
        assertThat(keys(new History().with(healthcareIn(null)))).contains("tip:healthcare-baa");

        PromptEngine french = new PromptEngine(new Playbook(PLAYBOOK.weights(), PLAYBOOK.targets(), PLAYBOOK.cadenceDays(),
                PLAYBOOK.quietPeriods(), "FR", PLAYBOOK.regions(), PLAYBOOK.industries(), PLAYBOOK.anticipations(),
                PLAYBOOK.tips(), PLAYBOOK.surprises()), Messages.forLocale(Locale.ENGLISH));
        assertThat(french.promptsFor(new History().with(healthcareIn(null)).build(), TODAY)).extracting(Prompt::key)
                .contains("tip:healthcare-consent").doesNotContain("tip:healthcare-baa");
    }
}
