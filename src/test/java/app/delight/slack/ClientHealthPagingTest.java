package app.delight.slack;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.blocks.ActionIds;
import app.delight.blocks.HealthMessage;
import app.delight.cli.RootCommand;
import app.delight.support.DelightExtension;
import app.delight.support.RunningDelight;
import app.delight.support.SlackCall;
import app.delight.support.SlackMessage;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A portfolio larger than a message holds: pages with Next and Previous, every client on exactly one. */
class ClientHealthPagingTest {
    private static final int CLIENTS = 120;

    @RegisterExtension
    static final DelightExtension delight = new DelightExtension(Map.of("DELIGHT_MANAGERS", "U0TEST0001"), Clock.systemUTC());

    @BeforeAll
    static void import120Clients(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("name,aliases,channel,owners,industry,stage,start_date,renewal_date,monthly_revenue,timezone\n");
        for (int i = 0; i < CLIENTS; i++) {
            csv.append(String.format("Client %03d,,C0PAGE%03d,U0TEST0001,general,active,2024-01-01,2027-01-01,%d,%n", i, i, 100 + i));
        }
        Path file = dir.resolve("many.csv");
        Files.writeString(file, csv);
        assertThat(RootCommand.commandLine(Map.of("DATABASE_URL", delight.app().databaseUrl()), Clock.systemUTC())
                .execute("import", "clients", file.toString(), "--team", RunningDelight.TEAM_ID)).isZero();
    }

    private static List<String> clientsOn(SlackMessage page) {
        List<String> names = new ArrayList<>();
        page.visibleText().lines().filter(line -> line.matches(".*Client \\d{3}.*")).forEach(line ->
                names.add(line.replaceAll(".*(Client \\d{3}).*", "$1")));
        return names;
    }

    private static List<String> buttons(SlackMessage page) {
        List<String> ids = new ArrayList<>();
        for (JsonNode block : page.json().path("blocks")) {
            block.path("elements").forEach(element -> {
                if (element.has("action_id")) {
                    ids.add(element.path("action_id").asText());
                }
            });
        }
        return ids;
    }

    private static SlackMessage click(String actionId, String value) throws Exception {
        delight.slack().reset();
        delight.app().clickButton(actionId, value);
        SlackCall redraw = delight.slack().awaitCall("response_url", Duration.ofSeconds(10));
        return SlackMessage.parse(redraw.rawBody());
    }

    @Test
    void a120ClientPortfolioPagesWithNextAndPreviousAndShowsEveryClientOnce() throws Exception {
        SlackMessage first = SlackMessage.parse(delight.app().slashCommand("/client-health", "").body());
        assertThat(first.json().path("blocks").size()).isLessThanOrEqualTo(50);
        assertThat(buttons(first)).containsExactly(ActionIds.HEALTH_NEXT);
        assertThat(first.visibleText()).contains("Page 1 of 3");

        SlackMessage second = click(ActionIds.HEALTH_NEXT, "1");
        assertThat(buttons(second)).containsExactly(ActionIds.HEALTH_PREVIOUS, ActionIds.HEALTH_NEXT);
        SlackMessage third = click(ActionIds.HEALTH_NEXT, "2");
        assertThat(buttons(third)).containsExactly(ActionIds.HEALTH_PREVIOUS);
        SlackMessage backToSecond = click(ActionIds.HEALTH_PREVIOUS, "1");

        Set<String> seen = new HashSet<>();
        for (SlackMessage page : List.of(first, second, third)) {
            assertThat(clientsOn(page)).hasSizeLessThanOrEqualTo(HealthMessage.PAGE_SIZE).allMatch(seen::add);
        }
        assertThat(seen).hasSize(CLIENTS);
        assertThat(clientsOn(backToSecond)).isEqualTo(clientsOn(second));
    }
}
