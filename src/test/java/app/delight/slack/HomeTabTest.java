package app.delight.slack;

import app.delight.i18n.Messages;

import static app.delight.support.RunningDelight.selected;
import static app.delight.support.RunningDelight.selectedConversation;
import static app.delight.support.RunningDelight.selectedDate;
import static app.delight.support.RunningDelight.textInput;
import static org.assertj.core.api.Assertions.assertThat;

import app.delight.blocks.ActionIds;
import app.delight.support.DelightExtension;
import app.delight.support.RunningDelight;
import app.delight.support.SlackCall;
import app.delight.support.SlackMessage;
import app.delight.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The app's Home tab, its "Card" buttons and its "Add client" modal, through signed HTTP. */
class HomeTabTest {
    @RegisterExtension
    static final DelightExtension delight = new DelightExtension()
            .withClients("five-clients.csv", "fifty-clients-of-one-owner.csv").forgettingCallsBeforeEach();

    private static final String ADA = "U0TEST0001";
    private static final String BOB = "U0TEST0002";
    private static final String NOBODY = "U0TEST0009";
    private static final String PORTFOLIO_OWNER = "U0TEST0050";
    private static final Duration WAIT = Duration.ofSeconds(5);

    private static String acmeId;

    @BeforeAll
    static void clientsWithHealthAndFollowUps() {
        acmeId = query("SELECT id FROM clients WHERE name = 'Acme Corp'").get(0);
        String harborId = query("SELECT id FROM clients WHERE name = 'Blue Harbor, Ltd'").get(0);
        // Stored scores are history: the Home tab shows the score /client-health gives now.
        snapshot(acmeId, "CURRENT_DATE - 40", 20);
        snapshot(acmeId, "CURRENT_DATE - 1", 82);
        snapshot(harborId, "CURRENT_DATE - 1", 35);
        // Acme keeps its own day (New York): five days late there, whatever the database's zone.
        LocalDate acmeToday = LocalDate.now(ZoneId.of("America/New_York"));
        followUp(acmeId, ADA, "Send the <Q3> deck", acmeToday.minusDays(5));
        followUp(acmeId, ADA, "Plan the spring review", acmeToday.plusDays(3));
        followUp(acmeId, BOB, "Bob's own late promise", acmeToday.minusDays(9));
        // Fifty clients of one owner, thirty of them with a late follow-up of theirs.
        LocalDate utcToday = LocalDate.now(ZoneOffset.UTC);
        for (String id : query("SELECT id FROM clients WHERE name LIKE 'Portfolio Client%' ORDER BY name LIMIT 30")) {
            followUp(id, PORTFOLIO_OWNER, "Chase the signed order", utcToday.minusDays(2 + Long.parseLong(id) % 7));
        }
    }

    @Test
    void openingTheHomeTabPublishesTheUsersClientsOverdueFollowUpsAndPrompts() throws Exception {
        HttpResponse<String> acked = delight.app().openHomeTab(RunningDelight.TEAM_ID, ADA);
        assertThat(acked.statusCode()).isEqualTo(200);

        SlackCall publish = delight.slack().awaitCall("views.publish", WAIT);
        assertThat(publish.param("user_id")).isEqualTo(ADA);
        JsonNode view = publish.paramJson("view");
        assertThat(view.path("type").asText()).isEqualTo("home");
        assertThat(view.path("blocks").size()).isLessThanOrEqualTo(100);
        String text = SlackMessage.parse(view.toString()).mrkdwn();
        // Ada's clients, each with its score as of now, not the stored one; not the clients of others. Acme's two
        // late follow-ups (5 and 9 days: that part is 32) hold it to 67; Blue Harbor has said nothing yet.
        assertThat(text).contains(":large_yellow_circle: *Acme Corp* · Active · health 67")
                .contains(":large_green_circle: *Blue Harbor, Ltd* · Onboarding · health 84")
                .doesNotContain("Globex").doesNotContain("Northwind").doesNotContain("Société Générale");
        assertThat(cardButtonValues(view)).contains(acmeId);
        // Her one late follow-up, escaped; not the one due later, nor Bob's.
        String overdue = text.substring(text.indexOf("*Your overdue follow-ups*"), text.indexOf("*Today's prompts*"));
        assertThat(overdue).contains("*Your overdue follow-ups* (1)")
                .contains("*Acme Corp* · 5 days late (due " + Messages.forLocale(Locale.ENGLISH).date(LocalDate.now(ZoneId.of("America/New_York")).minusDays(5))
                        + ")\nSend the &lt;Q3&gt; deck")
                .doesNotContain("Plan the spring review").doesNotContain("Bob's own late promise");
        // Today's prompts: the top of each card, which is the team's: Bob's follow-up is later still.
        assertThat(text.substring(text.indexOf("*Today's prompts*")))
                .contains(":alarm_clock: *Acme Corp*: Bob's own late promise")
                .contains(":crystal_ball: *Blue Harbor, Ltd*: ");
        assertThat(buttonActionIds(view)).contains(ActionIds.HOME_ADD_CLIENT);
    }

    @Test
    void theCardButtonSendsTheClientsCardByDirectMessage() throws Exception {
        delight.app().clickHomeButton(ActionIds.HOME_SHOW_CARD, acmeId);

        SlackCall card = delight.slack().awaitCall("chat.postMessage", WAIT);
        assertThat(card.param("channel")).isEqualTo(ADA);
        assertThat(SlackMessage.parse("{\"blocks\":" + card.param("blocks") + "}").visibleText())
                .contains("Acme Corp").contains("Send the <Q3> deck").contains("Log touchpoint");
    }

    @Test
    void aUserWithNoClientsIsToldHowToStart() throws Exception {
        delight.app().openHomeTab(RunningDelight.TEAM_ID, NOBODY);

        JsonNode view = delight.slack().awaitCall("views.publish", WAIT).paramJson("view");
        String text = SlackMessage.parse(view.toString()).mrkdwn();
        assertThat(text).contains("*Your clients* (0)").contains("You don't own any clients yet")
                .contains("*Add client*").contains("`/delight`")
                .doesNotContain("Today's prompts").doesNotContain("Acme Corp");
        assertThat(buttonActionIds(view)).containsExactly(ActionIds.HOME_ADD_CLIENT);
    }

    @Test
    void openingTheMessagesTabPublishesNothing() throws Exception {
        RunningDelight app = delight.app();
        app.postSignedJson(app.homeOpenedBody(RunningDelight.TEAM_ID, BOB, "messages"), java.time.Instant.now().getEpochSecond());
        app.openHomeTab(RunningDelight.TEAM_ID, NOBODY);

        assertThat(delight.slack().awaitCall("views.publish", WAIT).param("user_id")).isEqualTo(NOBODY);
        Thread.sleep(300);
        assertThat(delight.slack().calls("views.publish")).hasSize(1);
    }

    @Test
    void addClientOpensAModal() throws Exception {
        delight.app().clickHomeButton(ActionIds.HOME_ADD_CLIENT, "add");

        SlackCall open = delight.slack().awaitCall("views.open", WAIT);
        assertThat(open.param("trigger_id")).isEqualTo("1234567890.1234567890.abcdef");
        JsonNode view = open.paramJson("view");
        assertThat(view.path("type").asText()).isEqualTo("modal");
        assertThat(view.path("callback_id").asText()).isEqualTo(ActionIds.ADD_CLIENT_VIEW);
        Map<String, JsonNode> inputs = new LinkedHashMap<>();
        view.path("blocks").forEach(block -> {
            if (block.path("type").asText().equals("input")) {
                inputs.put(block.path("block_id").asText(), block);
            }
        });
        assertThat(inputs).containsOnlyKeys("name", "aliases", "stage", "industry", "channel", "start_date", "renewal_date",
                "monthly_revenue");
        assertThat(inputs.get("name").path("optional").asBoolean(false)).isFalse();
        assertThat(inputs.get("name").path("element").path("max_length").asInt()).isEqualTo(200);
        assertThat(inputs.get("stage").path("element").path("type").asText()).isEqualTo("static_select");
        assertThat(inputs.get("stage").path("element").path("initial_option").path("value").asText()).isEqualTo("active");
        assertThat(inputs.get("stage").path("element").path("options").findValuesAsText("value"))
                .containsExactly("prospect", "onboarding", "active", "renewal", "paused", "churned");
        assertThat(inputs.get("channel").path("element").path("type").asText()).isEqualTo("conversations_select");
        assertThat(inputs.get("start_date").path("element").path("type").asText()).isEqualTo("datepicker");
        assertThat(inputs.get("renewal_date").path("element").path("type").asText()).isEqualTo("datepicker");
        assertThat(inputs.get("monthly_revenue").path("optional").asBoolean()).isTrue();
    }

    @Test
    void anAddClientWithADuplicateNameShowsTheErrorBesideTheName() throws Exception {
        HttpResponse<String> refused = delight.app().submitViewState(ActionIds.ADD_CLIENT_VIEW, "",
                Map.of("name", textInput("  ACME corp "), "stage", selected("active")));

        JsonNode body = SlackMessage.parse(refused.body()).json();
        assertThat(body.path("response_action").asText()).isEqualTo("errors");
        assertThat(body.path("errors").path("name").asText()).contains("\"Acme Corp\"");
        assertThat(query("SELECT count(*) FROM clients WHERE lower(name) = 'acme corp'")).containsExactly("1");
        assertThat(delight.slack().calls("views.publish")).isEmpty();
    }

    @Test
    void anAddClientWithoutANameOrWithBadDatesOrRevenueShowsEachErrorBesideItsField() throws Exception {
        List<String> before = query("SELECT count(*) FROM clients");
        HttpResponse<String> refused = delight.app().submitViewState(ActionIds.ADD_CLIENT_VIEW, "", Map.of(
                "name", textInput("   "),
                "start_date", selectedDate("2026-06-01"),
                "renewal_date", selectedDate("2026-05-31"),
                "monthly_revenue", textInput("1,200.505")));

        JsonNode errors = SlackMessage.parse(refused.body()).json().path("errors");
        assertThat(errors.path("name").asText()).contains("name");
        assertThat(errors.path("renewal_date").asText()).contains("before the start date (" + Messages.forLocale(Locale.ENGLISH).date(LocalDate.of(2026, 6, 1)) + ")");
        assertThat(errors.path("monthly_revenue").asText()).contains("1200.50");
        assertThat(query("SELECT count(*) FROM clients")).isEqualTo(before);
    }

    @Test
    void anAddedClientIsStoredWithTheUserAsOwnerAndTheHomeTabIsRepublished() throws Exception {
        Map<String, ObjectNode> inputs = new LinkedHashMap<>();
        inputs.put("name", textInput(" Initech <Labs> "));
        inputs.put("aliases", textInput("ini; Initech Corp;; "));
        inputs.put("stage", selected("onboarding"));
        inputs.put("industry", textInput("Software"));
        inputs.put("channel", selectedConversation("C0INITECH1"));
        inputs.put("start_date", selectedDate("2026-01-15"));
        inputs.put("renewal_date", selectedDate("2027-01-15"));
        inputs.put("monthly_revenue", textInput("1500.5"));

        HttpResponse<String> saved = delight.app().submitViewState(ActionIds.ADD_CLIENT_VIEW, "", inputs);

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).doesNotContain("errors");
        assertThat(query("SELECT concat_ws(' | ', name, array_to_string(aliases, ';'), array_to_string(owners, ';'), stage, "
                + "industry, channel_id, start_date, renewal_date, monthly_revenue, coalesce(timezone, 'team'), team_id) "
                + "FROM clients WHERE name LIKE 'Initech%'"))
                .containsExactly("Initech <Labs> | ini;Initech Corp | U0TEST0001 | onboarding | software | C0INITECH1 | "
                        + "2026-01-15 | 2027-01-15 | 1500.50 | team | " + RunningDelight.TEAM_ID);
        SlackCall republished = delight.slack().awaitCall("views.publish", WAIT);
        assertThat(republished.param("user_id")).isEqualTo(ADA);
        assertThat(SlackMessage.parse(republished.paramJson("view").toString()).mrkdwn())
                .contains(":large_green_circle: *Initech &lt;Labs&gt;* · Onboarding · health 84");
    }

    @Test
    void anotherWorkspacesHomeTabShowsNoneOfOurClients() throws Exception {
        delight.app().openHomeTab("T0OTHER001", ADA);

        SlackCall publish = delight.slack().awaitCall("views.publish", WAIT);
        assertThat(publish.param("user_id")).isEqualTo(ADA);
        String text = SlackMessage.parse(publish.paramJson("view").toString()).mrkdwn();
        assertThat(text).contains("*Your clients* (0)").contains("*Your overdue follow-ups* (0)")
                .doesNotContain("Acme Corp").doesNotContain("Blue Harbor").doesNotContain("Q3");
        assertThat(cardButtonValues(publish.paramJson("view"))).isEmpty();
    }

    @Test
    void aUserWithFiftyClientsGetsACappedTabWithinASecond() throws Exception {
        long cold = timeToPublish(PORTFOLIO_OWNER);
        delight.slack().reset();
        long warm = timeToPublish(PORTFOLIO_OWNER);

        JsonNode view = delight.slack().lastCall("views.publish").paramJson("view");
        assertThat(view.path("blocks").size()).isLessThanOrEqualTo(100);
        String text = SlackMessage.parse(view.toString()).mrkdwn();
        assertThat(text).contains("*Your clients* (50)").contains("…and 10 more. Type `/delight <client>`")
                .contains("*Your overdue follow-ups* (30)").contains("…and 10 more, the least late")
                .contains("…and 40 more clients");
        assertThat(cardButtonValues(view)).hasSize(40);
        assertThat(warm).as("warm publish in ms (cold: %d ms)", cold).isLessThan(1000);
        assertThat(cold).as("cold publish in ms").isLessThan(3000);
    }

    private static long timeToPublish(String userId) throws Exception {
        long start = System.nanoTime();
        delight.app().openHomeTab(RunningDelight.TEAM_ID, userId);
        delight.slack().awaitCall("views.publish", WAIT);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static List<String> cardButtonValues(JsonNode view) {
        List<String> values = new ArrayList<>();
        view.path("blocks").forEach(block -> {
            JsonNode accessory = block.path("accessory");
            if (accessory.path("action_id").asText().equals(ActionIds.HOME_SHOW_CARD)) {
                values.add(accessory.path("value").asText());
            }
        });
        return values;
    }

    private static List<String> buttonActionIds(JsonNode view) {
        List<String> ids = new ArrayList<>();
        view.path("blocks").forEach(block -> {
            if (block.path("accessory").path("type").asText().equals("button")) {
                ids.add(block.path("accessory").path("action_id").asText());
            }
            block.path("elements").forEach(element -> {
                if (element.path("type").asText().equals("button")) {
                    ids.add(element.path("action_id").asText());
                }
            });
        });
        return ids;
    }

    private static void snapshot(String clientId, String day, int score) {
        query("INSERT INTO health_snapshots (team_id, client_id, taken_on, score, parts) VALUES ('" + RunningDelight.TEAM_ID
                + "', " + clientId + ", " + day + ", " + score + ", '{}') RETURNING score");
    }

    private static void followUp(String clientId, String author, String text, LocalDate due) {
        TestData.followUp(delight.app().databaseUrl(), clientId, author, text, due);
    }

    private static List<String> query(String sql) {
        return TestData.query(delight.app().databaseUrl(), sql);
    }
}
