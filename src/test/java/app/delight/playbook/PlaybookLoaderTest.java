package app.delight.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.delight.domain.Stage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaybookLoaderTest {
    private static final String WHOLE_PLAYBOOK = """
            version: 1
            mode: replace
            health:
              weights: {nps: 0.5, recency: 0.1, followups: 0.1, engagement: 0.1, struggles: 0.1, incidents: 0.1}
              targets: {healthy-share: 0.9, nps: 40}
            cadence-days: {prospect: 10, onboarding: 5, active: 10, renewal: 5, paused: 30, churned: 90}
            industries: [general, legal]
            anticipations:
              - key: kickoff
                when: {after-start-days: 1}
                window-days: 3
                text: "Hold the kickoff."
                why: "Agreeing early avoids friction."
              - key: renewal-call
                when: {before-renewal-days: 60}
                window-days: 14
                stages: [renewal]
                text: "Call about the renewal."
                why: "Time to adapt the offer."
              - key: anniversary-note
                when: {anniversary: true}
                window-days: 7
                text: "Say thank you."
                why: "Being remembered matters."
              - key: paused-terms
                when: {stage-entered: paused}
                window-days: 7
                text: "Agree the pause in writing."
                why: "Vague pauses become endings."
              - key: quiet-check-in
                when: {quiet: true}
                window-days: 7
                text: "Check in."
                why: "Silence is rarely good news."
              - key: detractor-call
                when: {low-nps: 6}
                window-days: 3
                text: "Call the detractor."
                why: "Fast answers turn critics around."
              - key: court-recess
                when: {season: {starts: "07-15", lead-days: 30}}
                window-days: 14
                industries: [legal]
                text: "Plan around the court recess."
                why: "Lawyers are away in summer."
            tips:
              - key: conflict-check
                industries: [legal]
                text: "Run a conflict check before publishing case studies."
                why: "Clients rarely think of it."
            surprises:
              - key: handwritten-card
                text: "Send a handwritten card."
                why: "People keep them."
            """;

    @TempDir
    Path dir;

    private Path teamFile(String yaml) throws IOException {
        return Files.writeString(dir.resolve("team.yml"), yaml, StandardCharsets.UTF_8);
    }

    private List<String> problemsOf(Path file) {
        try {
            PlaybookLoader.load(file);
        } catch (PlaybookException e) {
            assertThat(e.getMessage().lines().toList()).isEqualTo(e.problems());
            return e.problems();
        }
        throw new AssertionError("expected " + file + " to be refused");
    }

    private List<String> problemsOf(String yaml) throws IOException {
        return problemsOf(teamFile(yaml));
    }

    private String problem(String line) {
        return dir.resolve("team.yml") + ": " + line;
    }

    @Test
    void theBuiltInPlaybookLoadsWithEnoughRulesTipsAndSurprises() {
        Playbook playbook = PlaybookLoader.builtIn();

        assertThat(playbook.anticipations()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(playbook.tips()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(playbook.surprises()).hasSizeGreaterThanOrEqualTo(25);
        Set<String> tipIndustries = playbook.tips().stream().flatMap(tip -> tip.industries().stream())
                .filter(industry -> !industry.equals(Playbook.GENERAL)).collect(Collectors.toSet());
        assertThat(tipIndustries).hasSizeGreaterThanOrEqualTo(6);
        Set<Class<?>> triggerTypes = playbook.anticipations().stream()
                .<Class<?>>map(rule -> rule.trigger().getClass()).collect(Collectors.toSet());
        assertThat(triggerTypes).containsExactlyInAnyOrder(Trigger.class.getPermittedSubclasses());
        Stream.of(playbook.anticipations().stream().flatMap(rule -> Stream.of(rule.text(), rule.why())),
                        playbook.tips().stream().flatMap(tip -> Stream.of(tip.text(), tip.why())),
                        playbook.surprises().stream().flatMap(surprise -> Stream.of(surprise.text(), surprise.why())))
                .flatMap(texts -> texts)
                .forEach(text -> assertThat(text).isNotBlank().hasSizeLessThan(300));
        assertThat(playbook.industries()).contains(Playbook.GENERAL);
        assertThat(playbook.cadenceDays()).containsOnlyKeys(Stage.values());
        assertThat(playbook.weights().sum()).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void omittedStagesAndIndustriesTakeTheirDefaults() {
        Playbook playbook = PlaybookLoader.builtIn();

        Anticipation detractorCall = playbook.anticipations().stream()
                .filter(rule -> rule.key().equals("detractor-call")).findFirst().orElseThrow();
        assertThat(detractorCall.trigger()).isEqualTo(new Trigger.LowNps(6));
        assertThat(detractorCall.stages()).isEqualTo(EnumSet.complementOf(EnumSet.of(Stage.CHURNED)));
        assertThat(detractorCall.industries()).containsExactly(Playbook.GENERAL);
        Tip anyStage = playbook.tips().stream().filter(tip -> tip.key().equals("domain-auto-renew")).findFirst()
                .orElseThrow();
        assertThat(anyStage.stages()).isEmpty();
    }

    @Test
    void aTeamFileWithOnlyItsVersionIsTheBuiltInPlaybook() throws IOException {
        assertThat(PlaybookLoader.load(teamFile("version: 1\n"))).isEqualTo(PlaybookLoader.builtIn());
        assertThat(PlaybookLoader.load(teamFile("version: 1\nmode: extend\n"))).isEqualTo(PlaybookLoader.builtIn());
    }

    @Test
    void aTeamFileExtendsTheBuiltInPlaybookByKey() throws IOException {
        Playbook builtIn = PlaybookLoader.builtIn();
        Playbook playbook = PlaybookLoader.load(teamFile("""
                version: 1
                health:
                  weights: {nps: 0.35, recency: 0.20}
                  targets: {nps: 30}
                cadence-days: {active: 10}
                industries: [legal]
                anticipations:
                  - key: first-week-check-in
                    when: {after-start-days: 7}
                    window-days: 5
                    stages: [onboarding]
                    text: "Our own first-week call."
                    why: "We call on day seven."
                  - key: court-recess
                    when: {season: {starts: "07-15", lead-days: 30}}
                    window-days: 14
                    industries: [legal]
                    text: "Plan around the court recess."
                    why: "Lawyers are away in summer."
                tips:
                  - key: conflict-check
                    industries: [legal]
                    stages: [onboarding]
                    text: "Run a conflict check before publishing case studies."
                    why: "Clients rarely think of it."
                """));

        int replacedAt = indexOf(builtIn.anticipations(), "first-week-check-in");
        Anticipation replaced = playbook.anticipations().get(replacedAt);
        assertThat(replaced.key()).isEqualTo("first-week-check-in");
        assertThat(replaced.text()).isEqualTo("Our own first-week call.");
        assertThat(replaced.trigger()).isEqualTo(new Trigger.AfterStart(7));
        assertThat(replaced.stages()).containsExactly(Stage.ONBOARDING);
        assertThat(playbook.anticipations()).hasSize(builtIn.anticipations().size() + 1);
        assertThat(playbook.anticipations().get(playbook.anticipations().size() - 1).trigger())
                .isEqualTo(new Trigger.Season(MonthDay.of(7, 15), 30));
        assertThat(playbook.anticipations().subList(0, builtIn.anticipations().size()))
                .filteredOn(rule -> !rule.key().equals("first-week-check-in"))
                .isEqualTo(builtIn.anticipations().stream().filter(rule -> !rule.key().equals("first-week-check-in"))
                        .toList());
        assertThat(playbook.tips()).hasSize(builtIn.tips().size() + 1).last()
                .isEqualTo(new Tip("conflict-check", Set.of("legal"), Set.of(Stage.ONBOARDING),
                        "Run a conflict check before publishing case studies.", "Clients rarely think of it.", Set.of()));
        assertThat(playbook.surprises()).isEqualTo(builtIn.surprises());
        assertThat(playbook.industries()).containsAll(builtIn.industries()).contains("legal");

        assertThat(playbook.weights().nps()).isEqualTo(0.35);
        assertThat(playbook.weights().recency()).isEqualTo(0.20);
        assertThat(playbook.weights().followUps()).isEqualTo(builtIn.weights().followUps());
        assertThat(playbook.targets()).isEqualTo(new Targets(builtIn.targets().healthyShare(), 30));
        assertThat(playbook.cadenceDays(Stage.ACTIVE)).isEqualTo(10);
        assertThat(playbook.cadenceDays(Stage.PAUSED)).isEqualTo(builtIn.cadenceDays(Stage.PAUSED));
    }

    @Test
    void aTeamFileInReplaceModeIsTheWholePlaybook() throws IOException {
        Playbook playbook = PlaybookLoader.load(teamFile(WHOLE_PLAYBOOK));

        assertThat(playbook.anticipations()).extracting(Anticipation::trigger).containsExactly(
                new Trigger.AfterStart(1), new Trigger.BeforeRenewal(60), new Trigger.Anniversary(),
                new Trigger.StageEntered(Stage.PAUSED), new Trigger.Quiet(), new Trigger.LowNps(6),
                new Trigger.Season(MonthDay.of(7, 15), 30));
        assertThat(playbook.anticipations().get(1).stages()).containsExactly(Stage.RENEWAL);
        assertThat(playbook.anticipations().get(6).industries()).containsExactly("legal");
        assertThat(playbook.tips()).extracting(Tip::key).containsExactly("conflict-check");
        assertThat(playbook.surprises()).extracting(Surprise::key).containsExactly("handwritten-card");
        assertThat(playbook.industries()).containsExactlyInAnyOrder("general", "legal");
        assertThat(playbook.weights()).isEqualTo(new HealthWeights(0.5, 0.1, 0.1, 0.1, 0.1, 0.1));
        assertThat(playbook.targets()).isEqualTo(new Targets(0.9, 40));
        assertThat(playbook.cadenceDays(Stage.CHURNED)).isEqualTo(90);
    }

    @Test
    void aReplacingFileMustBeComplete() throws IOException {
        assertThat(problemsOf("""
                version: 1
                mode: replace
                health:
                  weights: {nps: 1}
                cadence-days: {active: 14}
                industries: [retail]
                """)).containsExactly(
                problem("health.weights.recency is missing"),
                problem("health.weights.followups is missing"),
                problem("health.weights.engagement is missing"),
                problem("health.weights.struggles is missing"),
                problem("health.weights.incidents is missing"),
                problem("health.targets is missing"),
                problem("cadence-days.prospect is missing"),
                problem("cadence-days.onboarding is missing"),
                problem("cadence-days.renewal is missing"),
                problem("cadence-days.paused is missing"),
                problem("cadence-days.churned is missing"),
                problem("industries must include general, the industry that matches every client"),
                problem("the playbook needs at least one anticipation, and anticipations is missing or empty"),
                problem("the playbook needs at least one tip, and tips is missing or empty"),
                problem("the playbook needs at least one surprise, and surprises is missing or empty"));
    }

    @Test
    void aRemovedKeyIsGone() throws IOException {
        Playbook builtIn = PlaybookLoader.builtIn();
        Playbook playbook = PlaybookLoader.load(teamFile("""
                version: 1
                anticipations:
                  - {key: first-day-welcome, remove: true}
                tips:
                  - key: domain-auto-renew
                    remove: true
                surprises:
                  - {key: loom-walkthrough, remove: true}
                """));

        assertThat(playbook.anticipations()).hasSize(builtIn.anticipations().size() - 1)
                .extracting(Anticipation::key).doesNotContain("first-day-welcome");
        assertThat(playbook.tips()).hasSize(builtIn.tips().size() - 1)
                .extracting(Tip::key).doesNotContain("domain-auto-renew");
        assertThat(playbook.surprises()).hasSize(builtIn.surprises().size() - 1)
                .extracting(Surprise::key).doesNotContain("loom-walkthrough");
    }

    @Test
    void removingAKeyThatIsNotThereIsRefused() throws IOException {
        assertThat(problemsOf("""
                version: 1
                tips:
                  - {key: domain-auto-renewal, remove: true}
                  - {key: email-authentication, remove: false}
                  - {key: two-factor-everywhere, remove: true, text: "Still here?"}
                """)).containsExactly(
                problem("tips[0] (domain-auto-renewal): there is no built-in tip \"domain-auto-renewal\" to remove"),
                problem("tips[1] (email-authentication): remove must be true, got false"),
                problem("tips[2] (two-factor-everywhere): \"text\" cannot be given with remove: true; "
                        + "an entry is either removed or given"));
    }

    @Test
    void removingEveryEntryOfAListIsRefused() throws IOException {
        String removals = PlaybookLoader.builtIn().surprises().stream()
                .map(surprise -> "  - {key: " + surprise.key() + ", remove: true}\n").collect(Collectors.joining());

        assertThat(problemsOf("version: 1\nsurprises:\n" + removals)).containsExactly(
                problem("the playbook needs at least one surprise, and this file removes them all"));
    }

    @Test
    void aTypoInAFieldNameIsNamedWithItsEntry() throws IOException {
        assertThat(problemsOf("""
                version: 1
                anticipations:
                  - key: first-week-check-in
                    when: {after-start-days: 5}
                    windows-days: 7
                    text: "Call to ask how the first week felt."
                    why: "Opinions form in the first days."
                """)).containsExactly(
                problem("anticipations[0] (first-week-check-in): unknown field \"windows-days\" "
                        + "(did you mean \"window-days\"?)"),
                problem("anticipations[0] (first-week-check-in): window-days is missing"));
    }

    @Test
    void everyProblemOfTheFileIsReported() throws IOException {
        assertThat(problemsOf("""
                version: 2
                colour: blue
                health:
                  targets: {nps: 150}
                cadence-days: {active: 0}
                anticipations:
                  - key: first-week-check-in
                    when: {after-start-days: 5}
                    window-days: soon
                    text: "Call to ask how the first week felt."
                    why: "Opinions form in the first days."
                  - key: Tax_Time
                    when: {season: {starts: "13-01", lead-days: 400}}
                    window-days: 7
                    stages: [actve]
                    text: ""
                    why: 3
                  - key: two-triggers
                    when: {quiet: true, low-nps: 11}
                    window-days: 7
                    industries: [fintech]
                    text: "t"
                    why: "w"
                  - key: never
                    when: {anniversary: false}
                    window-days: 7
                    text: "%s"
                    why: "w"
                tips:
                  - key: two-triggers
                    industries: [general]
                    text: "t"
                    why: "w"
                surprises:
                  - not-a-mapping
                """.formatted("x".repeat(301)))).containsExactly(
                problem("unknown field \"colour\"; expected version, mode, health, cadence-days, quiet-periods, "
                        + "country, regions, industries, anticipations, tips, surprises"),
                problem("version must be 1, got 2"),
                problem("health.targets.nps must be a whole number from -100 to 100, got 150"),
                problem("cadence-days.active must be a whole number from 1 to 365, got 0"),
                problem("anticipations[0] (first-week-check-in): window-days must be a whole number from 1 to 366, "
                        + "got \"soon\""),
                problem("anticipations[1] (Tax_Time): key must be lowercase kebab-case like first-week-check-in, "
                        + "got \"Tax_Time\""),
                problem("anticipations[1] (Tax_Time): when.season.starts must be a day of the year \"MM-DD\" like "
                        + "\"11-24\", got \"13-01\""),
                problem("anticipations[1] (Tax_Time): when.season.lead-days must be a whole number from 0 to 366, "
                        + "got 400"),
                problem("anticipations[1] (Tax_Time): stages has an unknown stage \"actve\"; expected one of "
                        + Stage.codes()),
                problem("anticipations[1] (Tax_Time): a season rule must name its industries"),
                problem("anticipations[1] (Tax_Time): text must not be empty"),
                problem("anticipations[1] (Tax_Time): why must be text, got 3"),
                problem("anticipations[2] (two-triggers): when names 2 triggers (quiet, low-nps); a rule takes "
                        + "exactly one"),
                problem("anticipations[2] (two-triggers): industries has \"fintech\", which is not in the top-level "
                        + "industries list"),
                problem("anticipations[3] (never): when.anniversary must be true, got false"),
                problem("anticipations[3] (never): text must be at most 300 characters, got 301"),
                problem("tips[0] (two-triggers): key \"two-triggers\" is already used by anticipations[2] "
                        + "(two-triggers)"),
                problem("surprises[0]: must be a mapping of fields, got \"not-a-mapping\""));
    }

    @Test
    void keysAreUniqueAcrossRulesTipsAndSurprises() throws IOException {
        assertThat(problemsOf("""
                version: 1
                tips:
                  - key: first-day-welcome
                    industries: [general]
                    text: "t"
                    why: "w"
                """)).containsExactly(problem("tips[0] (first-day-welcome): key \"first-day-welcome\" is already "
                + "used by the built-in anticipation \"first-day-welcome\"; keys must be unique across anticipations, "
                + "tips and surprises"));
    }

    @Test
    void weightsThatDoNotSumToOneAreRefused() throws IOException {
        assertThat(problemsOf("""
                version: 1
                health:
                  weights: {nps: 0.5}
                """)).containsExactly(
                problem("health.weights must sum to 1, got 1.2 with the built-in weights this file does not change"));
        assertThat(problemsOf(WHOLE_PLAYBOOK.replace("nps: 0.5,", "nps: 0.4,")))
                .containsExactly(problem("health.weights must sum to 1, got 0.9"));
        assertThat(problemsOf(WHOLE_PLAYBOOK.replace("nps: 0.5,", "nps: 1.5,")))
                .containsExactly(problem("health.weights.nps must be a number from 0 to 1, got 1.5"));
    }

    @Test
    void anIndustryMustBeInTheVocabularyWhichMustHoldGeneral() throws IOException {
        assertThat(problemsOf(WHOLE_PLAYBOOK.replace("industries: [general, legal]", "industries: [legal]")))
                .containsExactly(problem("industries must include general, the industry that matches every client"));
        assertThat(problemsOf(WHOLE_PLAYBOOK.replace("industries: [general, legal]", "industries: [general]")))
                .containsExactly(
                        problem("anticipations[6] (court-recess): industries has \"legal\", which is not in the "
                                + "top-level industries list"),
                        problem("tips[0] (conflict-check): industries has \"legal\", which is not in the top-level "
                                + "industries list"));
    }

    @Test
    void theModeIsExtendOrReplace() throws IOException {
        assertThat(problemsOf("version: 1\nmode: merge\n"))
                .containsExactly(problem("mode must be extend or replace, got \"merge\""));
    }

    @Test
    void brokenYamlNamesTheFileAndLine() throws IOException {
        assertThat(problemsOf("""
                version: 1
                tips:
                  - key: a
                   text: b
                """)).singleElement().asString()
                .startsWith(problem("line 4, column 4: not valid YAML: "));
        assertThat(problemsOf("version: 1\nversion: 1\n")).singleElement().asString()
                .startsWith(problem("line 2, column "))
                .contains("Duplicate field 'version'");
    }

    @Test
    void anEmptyOrMissingFileIsNamed() throws IOException {
        assertThat(problemsOf("# nothing yet\n")).containsExactly(problem("the file is empty"));
        assertThat(problemsOf(dir.resolve("absent.yml"))).containsExactly(dir.resolve("absent.yml") + ": no such file");
    }

    private static int indexOf(List<Anticipation> rules, String key) {
        return rules.stream().map(Anticipation::key).toList().indexOf(key);
    }

    // ---- right for the moment, and quiet -------------------------------------------------------------

    @Test
    void theBuiltInPlaybookTagsItsRegionalEntriesAndNamesTheTeamsCountry() {
        Playbook playbook = PlaybookLoader.builtIn();

        assertThat(playbook.country()).isEqualTo("US");
        assertThat(playbook.regions().get("eu")).contains("FR", "DE").doesNotContain("GB", "US");
        assertThat(anticipation(playbook, "healthcare-open-enrollment").regions()).containsExactly("US");
        assertThat(playbook.tips().stream().filter(tip -> tip.key().equals("finance-sec-testimonials")).findFirst().orElseThrow()
                .regions()).containsExactly("US");
        assertThat(playbook.tips().stream().filter(tip -> !tip.regions().isEmpty()).map(Tip::key)).contains("nonprofit-gift-aid",
                "healthcare-baa", "cookie-consent", "hospitality-allergen-info", "real-estate-special-ad-category");
        assertThat(playbook.appliesIn(Set.of("eu", "GB"), "FR")).isTrue();
        assertThat(playbook.appliesIn(Set.of("US"), "FR")).isFalse();
        assertThat(playbook.appliesIn(Set.of("US"), null)).isFalse();
        assertThat(playbook.appliesIn(Set.of(), null)).isTrue();
    }

    @Test
    void theBuiltInPlaybookKeepsCelebrationsFromUnhappyClientsAndHasRulesForThemAndForPromoters() {
        Playbook playbook = PlaybookLoader.builtIn();

        assertThat(anticipation(playbook, "anniversary-thank-you").mood()).isEqualTo(Anticipation.Mood.CELEBRATION);
        assertThat(anticipation(playbook, "anniversary-look-ahead").mood()).isEqualTo(Anticipation.Mood.CELEBRATION);
        assertThat(anticipation(playbook, "repair-plan")).satisfies(rule -> {
            assertThat(rule.trigger()).isEqualTo(new Trigger.Unhappy());
            assertThat(rule.mood()).isEqualTo(Anticipation.Mood.REPAIR);
        });
        assertThat(anticipation(playbook, "did-we-do-our-part").trigger()).isEqualTo(new Trigger.RedFor(90));
        assertThat(anticipation(playbook, "promoter-ask")).satisfies(rule -> {
            assertThat(rule.trigger()).isEqualTo(new Trigger.HighNps(9));
            assertThat(rule.windowDays()).isEqualTo(7);
        });
        assertThat(playbook.surprises().stream().filter(idea -> idea.key().equals("handwritten-anniversary-card")).findFirst()
                .orElseThrow().occasions()).containsExactly(Occasion.ANNIVERSARY);
        assertThat(playbook.surprises().stream().flatMap(idea -> idea.occasions().stream())).contains(Occasion.values());
        assertThat(playbook.surprises().stream().filter(idea -> idea.occasions().isEmpty())).hasSizeGreaterThan(10);
    }

    @Test
    void theBuiltInQuietPeriodsAreAWeekForIdeasAFewWorkdaysForAnticipationsAndAWorkdayForFollowUps() {
        Playbook playbook = PlaybookLoader.builtIn();

        assertThat(playbook.quietPeriod(app.delight.domain.PromptKind.TIP)).contains(QuietPeriod.days(7));
        assertThat(playbook.quietPeriod(app.delight.domain.PromptKind.SURPRISE)).contains(QuietPeriod.days(7));
        assertThat(playbook.quietPeriod(app.delight.domain.PromptKind.ANTICIPATION)).contains(QuietPeriod.workdays(3));
        assertThat(playbook.quietPeriod(app.delight.domain.PromptKind.FOLLOW_UP)).contains(QuietPeriod.workdays(1));
    }

    @Test
    void theBuiltInPlaybookQuietsEveryKindOfPromptAMeetingForTheCardsWindow() {
        Playbook playbook = PlaybookLoader.builtIn();

        assertThat(app.delight.domain.PromptKind.values())
                .allSatisfy(kind -> assertThat(playbook.quietPeriod(kind)).as(kind.code()).isPresent());
        assertThat(playbook.quietPeriod(app.delight.domain.PromptKind.MEETING))
                .contains(QuietPeriod.days(app.delight.engine.MeetingPrompts.DAYS_AHEAD));
    }

    @Test
    void aTeamSetsItsCountryRegionsQuietPeriodsAndTagsItsOwnEntries() throws IOException {
        Playbook playbook = PlaybookLoader.load(teamFile("""
                version: 1
                country: FR
                regions:
                  benelux: [BE, NL, LU]
                quiet-periods:
                  tips: {days: 14}
                anticipations:
                  - key: rgpd-register
                    when: {after-start-days: 30}
                    window-days: 14
                    regions: [eu]
                    mood: celebration
                    text: "Check their processing register."
                    why: "The CNIL asks for it."
                surprises:
                  - key: speculoos-box
                    occasions: [launch, promoter]
                    regions: [benelux]
                    text: "Send a box of speculoos."
                    why: "Local and kind."
                """));

        assertThat(playbook.country()).isEqualTo("FR");
        assertThat(playbook.regions()).containsKeys("eu", "benelux");
        assertThat(playbook.quietPeriod(app.delight.domain.PromptKind.TIP)).contains(QuietPeriod.days(14));
        assertThat(playbook.quietPeriod(app.delight.domain.PromptKind.ANTICIPATION)).contains(QuietPeriod.workdays(3));
        assertThat(anticipation(playbook, "rgpd-register").regions()).containsExactly("eu");
        assertThat(playbook.surprises().get(playbook.surprises().size() - 1))
                .isEqualTo(new Surprise("speculoos-box", "Send a box of speculoos.", "Local and kind.",
                        Set.of(Occasion.LAUNCH, Occasion.PROMOTER), Set.of("benelux")));
    }

    @Test
    void wrongCountriesRegionsMoodsOccasionsAndQuietPeriodsAreNamed() throws IOException {
        assertThat(problemsOf("""
                version: 1
                country: France
                regions:
                  Nordics: [SE]
                  dach: [DE, Austria]
                quiet-periods:
                  tips: {days: 7, workdays: 5}
                  memos: {days: 3}
                anticipations:
                  - key: local-rule
                    when: {high-nps: 11}
                    window-days: 7
                    regions: [us, nowhere]
                    mood: happy
                    text: "t"
                    why: "w"
                surprises:
                  - key: cake
                    occasions: [birthday]
                    text: "t"
                    why: "w"
                """)).containsExactly(
                problem("unknown field \"quiet-periods.memos\"; expected follow-ups, meetings, anticipations, struggles, tips, "
                        + "surprises"),
                problem("quiet-periods.tips must give either days or workdays, like {days: 7} or {workdays: 3}"),
                problem("country must be a two-letter country code in capitals like US or FR, got \"France\""),
                problem("regions.Nordics: a region's name must be lowercase kebab-case like eu, so it is never taken for a"
                        + " country code"),
                problem("regions.dach must be a list of two-letter country codes in capitals like [FR, DE], got Austria"),
                problem("anticipations[0] (local-rule): when.high-nps must be a whole number from 0 to 10, got 11"),
                problem("anticipations[0] (local-rule): regions has \"us\", which is neither a two-letter country code like"
                        + " US nor a region of the top-level regions (eu)"),
                problem("anticipations[0] (local-rule): regions has \"nowhere\", which is neither a two-letter country code"
                        + " like US nor a region of the top-level regions (eu)"),
                problem("anticipations[0] (local-rule): mood must be celebration or repair, got \"happy\""),
                problem("surprises[0] (cake): occasions has an unknown occasion \"birthday\"; expected one of anniversary,"
                        + " milestone, struggle-removed, promoter, launch"));
    }

    private static Anticipation anticipation(Playbook playbook, String key) {
        return playbook.anticipations().stream().filter(rule -> rule.key().equals(key)).findFirst().orElseThrow();
    }
}
