package app.delight.blocks;

import static app.delight.blocks.CardSamples.ONE_OF_EACH;
import static app.delight.blocks.CardSamples.TODAY;
import static app.delight.blocks.CardSamples.card;
import static org.assertj.core.api.Assertions.assertThat;

import app.delight.domain.PromptKind;
import app.delight.engine.Prompt;
import app.delight.i18n.Messages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.util.json.GsonFactory;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The card's Block Kit within Slack's limits; its golden file is checked with the other views' ({@link GoldenViewsTest}). */
class CardMessageTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CardMessage message = new CardMessage(Messages.forLocale(Locale.ENGLISH));


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
