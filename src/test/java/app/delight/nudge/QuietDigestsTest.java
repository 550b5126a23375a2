package app.delight.nudge;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.cli.RootCommand;
import app.delight.support.DelightExtension;
import app.delight.support.MutableClock;
import app.delight.support.RunningDelight;
import app.delight.support.SlackCall;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two weeks of one client's channel, day by day through the fake Slack: each workday's pass ({@code nudge --date},
 * the morning) and what the team types and clicks (the running app, the evening, when no nudge is due). A
 * digest goes out only with something new to the channel; nothing is shown again within its quiet period.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuietDigestsTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final String CHANNEL = "C0QUIET01";
    private static final MutableClock EVENING = new MutableClock(evening(MONDAY));

    @RegisterExtension
    static final DelightExtension delight = new DelightExtension(Map.of(), EVENING).withClients("quiet-client.csv");

    private static Instant evening(LocalDate day) {
        return day.atTime(20, 0).toInstant(ZoneOffset.UTC);
    }

    /** The morning pass of {@code day}; the messages it posted. The app's own scheduler sends nothing in the evening. */
    private static List<SlackCall> morningOf(LocalDate day) {
        int before = delight.slack().delivered("chat.postMessage").size();
        Clock morning = Clock.fixed(day.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        StringWriter out = new StringWriter();
        var commandLine = RootCommand.commandLine(RunningDelight.environment(delight.slack(), delight.app().databaseUrl()), morning);
        commandLine.setOut(new PrintWriter(out, true));
        assertThat(commandLine.execute("nudge", "--date", day.toString())).as(out.toString()).isZero();
        List<SlackCall> all = delight.slack().delivered("chat.postMessage");
        EVENING.advance(Duration.between(EVENING.instant(), evening(day)));
        return new ArrayList<>(all.subList(before, all.size()));
    }

    private static String text(SlackCall post) {
        return post.param("blocks");
    }

    private static List<String> channelTexts(List<SlackCall> posts) {
        return posts.stream().filter(post -> post.param("channel").equals(CHANNEL)).map(QuietDigestsTest::text).toList();
    }

    private static void type(String command) throws Exception {
        assertThat(delight.app().slashCommand("/delight", command).statusCode()).isEqualTo(200);
    }

    /** Clicks a button of the post, on the prompt whose key starts so, as Slack posts a click on a message. */
    private static void click(SlackCall post, String label, String keyPrefix) throws Exception {
        for (JsonNode block : post.paramJson("blocks")) {
            for (JsonNode element : block.path("elements")) {
                if (element.path("text").path("text").asText().equals(label)
                        && element.path("value").asText().contains("|" + keyPrefix)) {
                    int before = delight.slack().calls("response_url").size();
                    assertThat(delight.app().clickButton(element.path("action_id").asText(), element.path("value").asText())
                            .statusCode()).isEqualTo(200);
                    delight.slack().awaitCalls("response_url", before + 1, Duration.ofSeconds(10));
                    return;
                }
            }
        }
        throw new AssertionError("no " + label + " button on a " + keyPrefix + " prompt in " + text(post));
    }

    private static List<SlackCall> wednesdaysDigest;
    private static List<SlackCall> thursdaysPosts;

    @Test
    @Order(1)
    void theFirstDigestIsPostedForItIsAllNewToTheChannel() {
        List<SlackCall> monday = morningOf(MONDAY);

        assertThat(channelTexts(monday)).singleElement().asString().contains("|tip:", "|surprise:");
    }

    @Test
    @Order(2)
    void theNextDayTheSameTipAndSurpriseAloneSendNothing() {
        assertThat(morningOf(MONDAY.plusDays(1))).isEmpty();
    }

    @Test
    @Order(3)
    void aFollowUpDueTodayIsNewsAndTheTipStillInItsQuietWeekStaysOut() throws Exception {
        type("quietco followup send the renewal deck by " + MONDAY.plusDays(2));

        wednesdaysDigest = morningOf(MONDAY.plusDays(2));

        assertThat(channelTexts(wednesdaysDigest)).singleElement().asString().contains("send the renewal deck")
                .doesNotContain("|tip:", "|surprise:");
    }

    @Test
    @Order(4)
    void aFollowUpOneWorkdayLateIsNewsAgainAndItsAuthorIsToldToo() {
        thursdaysPosts = morningOf(MONDAY.plusDays(3));

        assertThat(channelTexts(thursdaysPosts)).singleElement().asString().contains("send the renewal deck");
        assertThat(thursdaysPosts).extracting(post -> post.param("channel")).containsExactlyInAnyOrder(CHANNEL, "U0TEST0001");
    }

    @Test
    @Order(5)
    void onceTheFollowUpIsDoneTheChannelHearsNothingUntilSomethingNewHappens() throws Exception {
        SlackCall digest = thursdaysPosts.stream().filter(post -> post.param("channel").equals(CHANNEL)).findFirst().orElseThrow();
        click(digest, "Done", "follow_up:");

        assertThat(morningOf(MONDAY.plusDays(4))).isEmpty();
        // A week after the tip and the surprise were shown they may be shown again, but a repeat alone sends nothing.
        assertThat(morningOf(MONDAY.plusDays(7))).isEmpty();
    }

    @Test
    @Order(6)
    void aNewStruggleIsNewsAndTheRepeatsWhoseWeekIsOverRideAlong() throws Exception {
        type("quietco struggle they re-key our weekly report by hand");

        List<SlackCall> tuesday = morningOf(MONDAY.plusDays(8));

        assertThat(channelTexts(tuesday)).singleElement().asString().contains("re-key our weekly report", "|tip:", "|surprise:");
        assertThat(morningOf(MONDAY.plusDays(9))).isEmpty();
    }

    @Test
    @Order(7)
    void theCardStillShowsEverythingDue() throws Exception {
        String card = delight.app().slashCommand("/delight", "quietco").body();

        assertThat(card).contains("re-key our weekly report", "|tip:", "|surprise:");
    }
}
