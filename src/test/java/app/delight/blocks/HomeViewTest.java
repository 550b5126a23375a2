package app.delight.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.clients.HomeOverview;
import app.delight.domain.Client;
import app.delight.domain.FollowUp;
import app.delight.domain.PromptKind;
import app.delight.domain.Stage;
import app.delight.engine.Prompt;
import app.delight.i18n.Messages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Home tab's blocks for the largest portfolios: within Slack's limits, with what was cut counted. */
class HomeViewTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private final HomeView view = new HomeView(Messages.forLocale(Locale.ENGLISH,
            Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC)));

    @Test
    void aHugePortfolioStaysWithinSlacksLimitsAndSaysHowManyMoreThereAre() throws Exception {
        List<HomeOverview.OwnedClient> clients = new ArrayList<>();
        List<HomeOverview.Overdue> overdue = new ArrayList<>();
        List<HomeOverview.TopPrompt> prompts = new ArrayList<>();
        for (int i = 0; i < HomeOverview.MAX_CLIENT_ROWS; i++) {
            Client client = client(i, "<!channel> " + "x".repeat(189) + i);
            clients.add(new HomeOverview.OwnedClient(client, i * 2));
        }
        for (int i = 0; i < HomeOverview.MAX_OVERDUE_ROWS; i++) {
            FollowUp followUp = new FollowUp(i, i, "U1", "<@U2> " + "y".repeat(2994), TODAY.minusDays(i + 1),
                    FollowUp.Status.OPEN, Instant.EPOCH);
            overdue.add(new HomeOverview.Overdue(clients.get(i).client(), followUp, i + 1));
        }
        for (int i = 0; i < HomeOverview.MAX_PROMPT_CLIENTS; i++) {
            prompts.add(new HomeOverview.TopPrompt(clients.get(i).client(),
                    new Prompt("tip:" + i, PromptKind.TIP, "z".repeat(3000), "why", null), TODAY));
        }

        JsonNode json = render(new HomeOverview.Overview(clients, 500, overdue, 321, prompts, HomeOverview.MAX_PROMPT_CLIENTS));

        assertThat(json.path("type").asText()).isEqualTo("home");
        assertThat(json.path("blocks").size()).isLessThanOrEqualTo(HomeView.MAX_BLOCKS);
        for (JsonNode block : json.path("blocks")) {
            assertThat(block.path("text").path("text").asText().length()).isLessThanOrEqualTo(3000);
            block.path("elements").forEach(element -> assertThat(element.path("text").asText().length()).isLessThanOrEqualTo(3000));
        }
        String text = json.toString();
        assertThat(text).contains("…and 460 more. Type").contains("…and 301 more, the least late").contains("…and 490 more clients")
                .contains("&lt;!channel&gt;").doesNotContain("<!channel>").contains("&lt;@U2&gt;").doesNotContain("<@U2>");
    }

    @Test
    void eachClientShowsTheColourOfItsScore() throws Exception {
        List<HomeOverview.OwnedClient> clients = List.of(
                new HomeOverview.OwnedClient(client(1, "Seventy"), 70),
                new HomeOverview.OwnedClient(client(2, "Sixty-nine"), 69),
                new HomeOverview.OwnedClient(client(3, "Forty"), 40),
                new HomeOverview.OwnedClient(client(4, "Thirty-nine"), 39),
                new HomeOverview.OwnedClient(client(5, "Unscored"), null));

        String text = render(new HomeOverview.Overview(clients, 5, List.of(), 0, List.of(), 5)).toString();

        assertThat(text).contains(":large_green_circle: *Seventy*").contains(":large_yellow_circle: *Sixty-nine*")
                .contains(":large_yellow_circle: *Forty*").contains(":red_circle: *Thirty-nine*")
                .contains(":white_circle: *Unscored*").contains("Nothing is due today for your clients.")
                .doesNotContain("more");
    }

    private JsonNode render(HomeOverview.Overview overview) throws Exception {
        View home = view.render("U1", overview);
        return new ObjectMapper().readTree(GsonFactory.createSnakeCase().toJson(home));
    }

    private static Client client(long id, String name) {
        return new Client(id, name, List.of(), null, List.of("U1"), null, Stage.ACTIVE, null, null, BigDecimal.ZERO, null);
    }
}
