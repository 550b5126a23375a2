package app.delight.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.domain.Client;
import app.delight.domain.PromptKind;
import app.delight.domain.PromptResponse;
import app.delight.domain.Stage;
import app.delight.engine.Digest.Verdict;
import app.delight.playbook.Playbook;
import app.delight.playbook.PlaybookLoader;
import app.delight.playbook.QuietPeriod;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Quiet digests on plain data: what a recipient is shown again, and when a digest is worth sending at all. */
class DigestRulesTest {
    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final NudgeCalendar WEEKDAYS = new NudgeCalendar(LocalTime.of(9, 0),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of(LocalDate.of(2026, 11, 26)));
    private static final Playbook PLAYBOOK = PlaybookLoader.builtIn();
    private static final Client ACME = new Client(7, "Acme", List.of(), "C1", List.of("U1"), "saas", Stage.ACTIVE,
            LocalDate.of(2020, 3, 1), null, BigDecimal.TEN, null);

    private final DigestRules rules = new DigestRules(PLAYBOOK, WEEKDAYS);

    private static final Prompt TIP = new Prompt("tip:email-authentication", PromptKind.TIP, "Set up DMARC.", "Spam.", null);
    private static final Prompt SURPRISE = new Prompt("surprise:loom-walkthrough", PromptKind.SURPRISE, "Record a video.", "Help.",
            null);
    private static final Prompt STRUGGLE = new Prompt("struggle:3", PromptKind.STRUGGLE, "Re-keys the report.", null,
            MONDAY.minusDays(30));
    private static final Prompt RENEWAL = new Prompt("anticipation:renewal-conversation:2026-11-20", PromptKind.ANTICIPATION,
            "Open the renewal conversation.", "Time.", LocalDate.of(2026, 11, 20));

    private static Prompt meetingOn(LocalDate day) {
        return new Prompt("meeting:11", PromptKind.MEETING, "QBR with Acme: prepare the recap", "Mon 7 Dec, 14:00–15:00", day);
    }

    private static Prompt followUpDue(LocalDate due) {
        return new Prompt("follow_up:1", PromptKind.FOLLOW_UP, "Send the deck.", null, due);
    }

    private final List<PromptResponse> responses = new ArrayList<>();
    private Integer score = 80;

    private ClientHistory history() {
        return new ClientHistory(ACME, ZoneOffset.UTC, null, LocalDate.of(2026, 1, 5), null, List.of(), List.of(), List.of(),
                List.of(), responses, score, null, List.of());
    }

    private static Shown shown(LocalDate day, Prompt... prompts) {
        Map<String, LocalDate> last = new HashMap<>();
        for (Prompt prompt : prompts) {
            last.put(prompt.key(), day);
        }
        return new Shown(last, day, 80);
    }

    private Digest decide(List<Prompt> due, Shown shown, LocalDate today) {
        return rules.decide(history(), due, shown, today);
    }

    private List<Verdict> verdicts(List<Prompt> due, Shown shown, LocalDate today) {
        return decide(due, shown, today).items().stream().map(Digest.Item::verdict).toList();
    }

    @Test
    void aRecipientThatWasShownNothingGetsEverythingAsNews() {
        Digest digest = decide(List.of(TIP, SURPRISE), Shown.NOTHING, MONDAY);

        assertThat(digest.items()).extracting(Digest.Item::verdict).containsOnly(Verdict.NEW);
        assertThat(digest.worthSending()).isTrue();
        assertThat(digest.prompts()).containsExactly(TIP, SURPRISE);
    }

    @Test
    void aTipAndASurpriseShownYesterdayAreQuietAndSendNothing() {
        Digest digest = decide(List.of(TIP, SURPRISE), shown(MONDAY, TIP, SURPRISE), MONDAY.plusDays(1));

        assertThat(digest.prompts()).isEmpty();
        assertThat(digest.worthSending()).isFalse();
    }

    @Test
    void tipsAndSurprisesComeBackAfterAWeekButARepeatAloneSendsNothing() {
        Shown lastMonday = shown(MONDAY, TIP, SURPRISE);

        assertThat(verdicts(List.of(TIP, SURPRISE), lastMonday, MONDAY.plusDays(6))).containsOnly(Verdict.QUIET);
        Digest aWeekLater = decide(List.of(TIP, SURPRISE), lastMonday, MONDAY.plusDays(7));
        assertThat(aWeekLater.items()).extracting(Digest.Item::verdict).containsOnly(Verdict.AGAIN);
        assertThat(aWeekLater.worthSending()).isFalse();
    }

    @Test
    void aRepeatRidesAlongWithNews() {
        Digest digest = decide(List.of(STRUGGLE, TIP), shown(MONDAY, TIP), MONDAY.plusDays(7));

        assertThat(digest.items()).extracting(Digest.Item::verdict).containsExactly(Verdict.NEW, Verdict.AGAIN);
        assertThat(digest.worthSending()).isTrue();
        assertThat(digest.prompts()).containsExactly(STRUGGLE, TIP);
    }

    @Test
    void newsDoesNotBringBackWhatIsStillQuiet() {
        Digest digest = decide(List.of(STRUGGLE, TIP), shown(MONDAY, TIP), MONDAY.plusDays(2));

        assertThat(digest.prompts()).containsExactly(STRUGGLE);
    }

    @Test
    void anAnticipationComesBackEveryThreeWorkdaysWhileItsWindowIsOpenHolidaysAside() {
        Shown monday = shown(MONDAY, RENEWAL);

        assertThat(verdicts(List.of(RENEWAL), monday, MONDAY.plusDays(2))).containsExactly(Verdict.QUIET);
        // Tuesday, Wednesday, and Friday: Thursday the 26th is a holiday.
        assertThat(verdicts(List.of(RENEWAL), monday, MONDAY.plusDays(3))).containsExactly(Verdict.QUIET);
        assertThat(verdicts(List.of(RENEWAL), monday, MONDAY.plusDays(4))).containsExactly(Verdict.AGAIN);
    }

    @Test
    void aFollowUpThatBecameOverdueIsNewsAndEachFurtherWorkdayOfLatenessIsNewsAgain() {
        Prompt dueMonday = followUpDue(MONDAY);
        assertThat(verdicts(List.of(dueMonday), Shown.NOTHING, MONDAY)).containsExactly(Verdict.NEW);

        Digest tuesday = decide(List.of(dueMonday), shown(MONDAY, dueMonday), MONDAY.plusDays(1));
        assertThat(tuesday.items()).extracting(Digest.Item::verdict).containsExactly(Verdict.CHANGED);
        assertThat(tuesday.worthSending()).isTrue();

        // Shown Friday, the weekend adds no workday of lateness: quiet until Monday.
        LocalDate friday = MONDAY.plusDays(4);
        assertThat(verdicts(List.of(dueMonday), shown(friday, dueMonday), friday.plusDays(1))).containsExactly(Verdict.QUIET);
        assertThat(verdicts(List.of(dueMonday), shown(friday, dueMonday), friday.plusDays(3))).containsExactly(Verdict.CHANGED);
    }

    @Test
    void aMeetingIsShownWhenItEntersTheWindowThenQuietUntilTheLastWorkdayBeforeIt() {
        Prompt qbr = meetingOn(MONDAY.plusDays(14));
        assertThat(verdicts(List.of(qbr), Shown.NOTHING, MONDAY)).containsExactly(Verdict.NEW);

        Shown monday = shown(MONDAY, qbr);
        assertThat(MONDAY.plusDays(1).datesUntil(MONDAY.plusDays(11)))
                .allSatisfy(day -> assertThat(verdicts(List.of(qbr), monday, day)).as(day.toString()).containsExactly(Verdict.QUIET));
        // The meeting is on a Monday: its eve is the Friday before.
        Digest friday = decide(List.of(qbr), monday, MONDAY.plusDays(11));
        assertThat(friday.items()).extracting(Digest.Item::verdict).containsExactly(Verdict.CHANGED);
        assertThat(friday.worthSending()).isTrue();

        assertThat(verdicts(List.of(qbr), shown(MONDAY.plusDays(11), qbr), MONDAY.plusDays(14))).containsExactly(Verdict.QUIET);
    }

    @Test
    void aMeetingFirstShownOnItsEveIsNotShownAgainAndAHolidayMovesTheEveBack() {
        Prompt tomorrow = meetingOn(MONDAY.plusDays(1));
        assertThat(verdicts(List.of(tomorrow), shown(MONDAY, tomorrow), MONDAY.plusDays(1))).containsExactly(Verdict.QUIET);

        // Friday the 27th: its eve, Thursday the 26th, is a holiday, so Wednesday is.
        Prompt friday = meetingOn(MONDAY.plusDays(4));
        assertThat(verdicts(List.of(friday), shown(MONDAY, friday), MONDAY.plusDays(1))).containsExactly(Verdict.QUIET);
        assertThat(verdicts(List.of(friday), shown(MONDAY, friday), MONDAY.plusDays(2))).containsExactly(Verdict.CHANGED);
    }

    @Test
    void aPromptBackFromASnoozeIsNews() {
        responses.add(new PromptResponse(7, STRUGGLE.key(), PromptKind.STRUGGLE, PromptResponse.Response.SNOOZED,
                MONDAY.plusDays(7), "U1", MONDAY.atTime(11, 0).toInstant(ZoneOffset.UTC)));

        Digest digest = decide(List.of(STRUGGLE), shown(MONDAY, STRUGGLE), MONDAY.plusDays(7));

        assertThat(digest.items()).extracting(Digest.Item::verdict).containsExactly(Verdict.CHANGED);
        assertThat(digest.worthSending()).isTrue();
    }

    @Test
    void aFallInHealthSinceTheLastDigestIsNewsForWhatIsNotQuiet() {
        Shown lastWeek = shown(MONDAY, TIP);
        score = 69;

        Digest digest = decide(List.of(TIP), lastWeek, MONDAY.plusDays(7));

        assertThat(digest.healthFell()).isTrue();
        assertThat(digest.worthSending()).isTrue();
        assertThat(decide(List.of(TIP), lastWeek, MONDAY.plusDays(2)).worthSending()).isFalse();
    }

    @Test
    void healthFallsWhenTheColourWorsensOrTheScoreDropsTenPoints() {
        assertThat(DigestRules.healthFell(80, 71)).isFalse();
        assertThat(DigestRules.healthFell(80, 70)).isTrue();
        assertThat(DigestRules.healthFell(72, 69)).isTrue();
        assertThat(DigestRules.healthFell(50, 60)).isFalse();
        assertThat(DigestRules.healthFell(null, 20)).isFalse();
    }

    @Test
    void eachRecipientIsJudgedOnWhatItWasShown() {
        Shown channel = shown(MONDAY, TIP, SURPRISE);

        assertThat(decide(List.of(TIP, SURPRISE), channel, MONDAY.plusDays(1)).worthSending()).isFalse();
        assertThat(decide(List.of(TIP, SURPRISE), Shown.NOTHING, MONDAY.plusDays(1)).worthSending()).isTrue();
    }

    @Test
    void aKindTheTeamsPlaybookDoesNotQuietIsShownEachTimeButIsNoNews() {
        Playbook noQuiet = new Playbook(PLAYBOOK.weights(), PLAYBOOK.targets(), PLAYBOOK.cadenceDays(),
                Map.of(PromptKind.TIP, QuietPeriod.days(14)), PLAYBOOK.country(), PLAYBOOK.regions(), PLAYBOOK.industries(),
                PLAYBOOK.anticipations(), PLAYBOOK.tips(), PLAYBOOK.surprises());
        Digest digest = new DigestRules(noQuiet, WEEKDAYS).decide(history(), List.of(SURPRISE, TIP), shown(MONDAY, SURPRISE, TIP),
                MONDAY.plusDays(7));

        assertThat(digest.items()).extracting(Digest.Item::verdict).containsExactly(Verdict.AGAIN, Verdict.QUIET);
        assertThat(digest.worthSending()).isFalse();
    }
}
