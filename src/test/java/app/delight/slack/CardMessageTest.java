package app.delight.slack;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.domain.Client;
import app.delight.domain.PromptKind;
import app.delight.domain.Stage;
import app.delight.engine.Card;
import app.delight.engine.Prompt;
import app.delight.i18n.Messages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.util.json.GsonFactory;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The card's Block Kit, checked against a golden file that was read and approved by eye. */
class CardMessageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Client ACME = new Client(42, "Acme <Corp>", List.of("acme"), "C0ACME001", List.of("U1"), "retail",
            Stage.ACTIVE, LocalDate.of(2025, 3, 1), LocalDate.of(2027, 2, 20), new BigDecimal("12000"), null);

    private final CardMessage message = new CardMessage(Messages.forLocale(Locale.ENGLISH,
            Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC)));

    private static Card card(List<Prompt> prompts) {
        return new Card(ACME, TODAY, TODAY.minusDays(3), 72, prompts, 2);
    }

    private static final List<Prompt> ONE_OF_EACH = List.of(
            new Prompt("follow_up:7", PromptKind.FOLLOW_UP, "Send the Q3 deck", null, TODAY.minusDays(3)),
            new Prompt("anticipation:renewal-value-recap:2026-11-22", PromptKind.ANTICIPATION, "Send a value recap",
                    "Renewal is 90 days away.", TODAY.minusDays(1)),
            new Prompt("struggle:3", PromptKind.STRUGGLE, "They re-key the weekly report by hand", null, TODAY.minusDays(40)),
            new Prompt("tip:general-dmarc", PromptKind.TIP, "Set up DMARC", "Mail lands in spam without it.", null),
            new Prompt("surprise:handwritten-note", PromptKind.SURPRISE, "Send a handwritten note", "Nobody writes any more.", null));

    @Test
    void aCardWithOnePromptOfEachKindMatchesTheGoldenFile() throws Exception {
        JsonNode rendered = JSON.readTree(GsonFactory.createSnakeCase().toJson(Map.of("blocks", message.blocks(card(ONE_OF_EACH)))));

        try (InputStream golden = getClass().getResourceAsStream("/golden/card.json")) {
            assertThat(rendered).isEqualTo(JSON.readTree(golden));
        }
    }

    @Test
    void aCardStaysWithinSlacksLimitsWhateverTheTexts() throws Exception {
        String huge = "x".repeat(5000);
        List<Prompt> many = Collections.nCopies(20, new Prompt("follow_up:1", PromptKind.FOLLOW_UP, huge, null, TODAY));

        JsonNode blocks = JSON.readTree(GsonFactory.createSnakeCase().toJson(message.blocks(card(many))));

        assertThat(blocks.size()).isLessThanOrEqualTo(50);
        blocks.forEach(block -> assertThat(block.path("text").path("text").asText().length()).isLessThanOrEqualTo(3000));
    }

    @Test
    void aClientNameIsShownAsTypedButCannotFormatTheCard() {
        assertThat(message.fallbackText(card(ONE_OF_EACH))).contains("Acme <Corp>");
    }
}
