package app.delight.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.domain.Client;
import app.delight.domain.FollowUp;
import app.delight.domain.Meeting;
import app.delight.domain.PromptKind;
import app.delight.domain.PromptResponse;
import app.delight.domain.Stage;
import app.delight.domain.Touchpoint;
import app.delight.i18n.Messages;
import app.delight.playbook.PlaybookLoader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Meetings with the client's people in the next two weeks are prompts to prepare, in the client's time. */
class MeetingPromptsTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Friday 20 March 2026. */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    private static final Client ACME = new Client(7, "Acme", List.of(), "C1", List.of("U1"), "saas", Stage.ACTIVE,
            LocalDate.of(2020, 3, 1), LocalDate.of(2027, 9, 1), BigDecimal.TEN, PARIS);

    private static Meeting meeting(long id, String title, String start) {
        Instant at = Instant.parse(start);
        return new Meeting(id, ACME.id(), title, at, at.plusSeconds(3600));
    }

    private static List<Prompt> prompts(Locale locale, List<Meeting> meetings, List<FollowUp> followUps,
            List<PromptResponse> responses) {
        PromptEngine engine = new PromptEngine(PlaybookLoader.builtIn(locale),
                Messages.forLocale(locale, Clock.fixed(TODAY.atStartOfDay(PARIS).toInstant(), PARIS)));
        Touchpoint call = new Touchpoint(1, ACME.id(), "U1", "call", TODAY.atStartOfDay(PARIS).toInstant(), Touchpoint.Kind.LOG);
        ClientHistory history = new ClientHistory(ACME, PARIS, LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 1), call,
                followUps, List.of(), List.of(), List.of(), responses, null, null, meetings);
        return engine.promptsFor(history, TODAY);
    }

    private static List<Prompt> meetingPrompts(Locale locale, Meeting... meetings) {
        return prompts(locale, List.of(meetings), List.of(), List.of()).stream()
                .filter(prompt -> prompt.kind() == PromptKind.MEETING).toList();
    }

    @Test
    void aMeetingThisWeekSaysItsDayAndTimeInTheClientsZone() {
        Prompt qbr = meetingPrompts(Locale.ENGLISH, meeting(11, "QBR", "2026-03-26T15:00:00Z")).get(0);

        assertThat(qbr.text()).isEqualTo("QBR with Acme on Thursday at 16:00: prepare the recap");
        assertThat(qbr.why()).isEqualTo("Thursday 26 March, 16:00–17:00");
        assertThat(qbr.key()).isEqualTo("meeting:11");
        assertThat(qbr.date()).isEqualTo(LocalDate.of(2026, 3, 26));
    }

    @Test
    void todayTomorrowAndFurtherOffAreWordedAsPeopleSayThem() {
        assertThat(meetingPrompts(Locale.ENGLISH, meeting(1, "Kick-off", "2026-03-20T16:00:00Z"),
                meeting(2, "Review", "2026-03-21T08:30:00Z"))).extracting(Prompt::text).containsExactly(
                        "Kick-off with Acme today at 17:00: prepare the recap",
                        "Review with Acme tomorrow at 09:30: prepare the recap");
        assertThat(meetingPrompts(Locale.ENGLISH, meeting(3, "Workshop", "2026-04-02T08:00:00Z"))).extracting(Prompt::text)
                .containsExactly("Workshop with Acme on Thursday 2 April: prepare the recap");
    }

    @Test
    void aTitleThatNamesTheClientIsNotFollowedByItsNameAgain() {
        assertThat(meetingPrompts(Locale.ENGLISH, meeting(1, "QBR with ACME", "2026-03-26T15:00:00Z")).get(0).text())
                .isEqualTo("QBR with ACME on Thursday at 16:00: prepare the recap");
    }

    @Test
    void inFrenchTheMeetingIsPromptedInFrench() {
        Prompt qbr = meetingPrompts(Locale.FRENCH, meeting(11, "QBR", "2026-03-26T15:00:00Z")).get(0);

        assertThat(qbr.text()).isEqualTo("QBR avec Acme jeudi à 16:00\u202f: préparez le récapitulatif");
        assertThat(qbr.why()).isEqualTo("jeudi 26 mars, 16:00–17:00");
        assertThat(meetingPrompts(Locale.FRENCH, meeting(12, "Atelier", "2026-04-01T07:00:00Z")).get(0).text())
                .isEqualTo("Atelier avec Acme le mercredi 1er avril\u202f: préparez le récapitulatif");
    }

    @Test
    void aRecurringMeetingIsPreparedOneOccurrenceAtATimeAndAtMostTwoMeetingsTakeRoom() {
        assertThat(meetingPrompts(Locale.ENGLISH, meeting(1, "Weekly sync", "2026-03-26T09:00:00Z"),
                meeting(2, "Weekly  SYNC", "2026-04-02T08:00:00Z"), meeting(3, "QBR", "2026-03-27T15:00:00Z"),
                meeting(4, "Workshop", "2026-03-30T08:00:00Z"))).extracting(Prompt::key).containsExactly("meeting:1", "meeting:3");
    }

    @Test
    void onceThisWeeksOccurrenceIsPreparedTheNextWaitsForItsTurn() {
        PromptResponse done = new PromptResponse(ACME.id(), "meeting:1", PromptKind.MEETING, PromptResponse.Response.DONE, null,
                "U1", Instant.parse("2026-03-20T10:00:00Z"));

        assertThat(prompts(Locale.ENGLISH, List.of(meeting(1, "Weekly sync", "2026-03-26T09:00:00Z"),
                meeting(2, "Weekly sync", "2026-04-02T08:00:00Z")), List.of(), List.of(done)))
                .extracting(Prompt::kind).doesNotContain(PromptKind.MEETING);
    }

    @Test
    void onlyTheNextFourteenDaysArePrompted() {
        assertThat(meetingPrompts(Locale.ENGLISH, meeting(1, "In two weeks", "2026-04-03T09:00:00Z"),
                meeting(2, "In fifteen days", "2026-04-04T09:00:00Z"))).extracting(Prompt::key).containsExactly("meeting:1");
    }

    @Test
    void aMeetingToPrepareComesAfterLateFollowUpsAndBeforeThePlaybooksPrompts() {
        FollowUp late = new FollowUp(5, ACME.id(), "U1", "Send the deck", TODAY.minusDays(2), FollowUp.Status.OPEN,
                Instant.parse("2026-03-01T10:00:00Z"));

        List<Prompt> prompts = prompts(Locale.ENGLISH, List.of(meeting(12, "Later", "2026-03-30T09:00:00Z"),
                meeting(11, "QBR", "2026-03-26T15:00:00Z"), meeting(13, "Even later", "2026-03-31T09:00:00Z")), List.of(late),
                List.of());

        assertThat(prompts).extracting(Prompt::key).startsWith("follow_up:5", "meeting:11", "meeting:12");
        assertThat(prompts.subList(3, prompts.size())).extracting(Prompt::kind).doesNotContain(PromptKind.MEETING);
    }

    @Test
    void aMeetingPromptDoneOrSnoozedIsHiddenLikeAnyOther() {
        PromptResponse done = new PromptResponse(ACME.id(), "meeting:11", PromptKind.MEETING, PromptResponse.Response.DONE, null,
                "U1", Instant.parse("2026-03-19T10:00:00Z"));

        assertThat(prompts(Locale.ENGLISH, List.of(meeting(11, "QBR", "2026-03-26T15:00:00Z")), List.of(), List.of(done)))
                .extracting(Prompt::kind).doesNotContain(PromptKind.MEETING);
    }
}
