package app.delight.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.domain.Client;
import app.delight.domain.Stage;
import app.delight.engine.DueDate;
import app.delight.i18n.Messages;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.element.ButtonElement;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The question a follow-up typed with a date in the past gets: its buttons carry the whole follow-up. */
class PastDateQuestionTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Client ACME = new Client(42, "Acme", List.of(), null, List.of("U1"), null, Stage.ACTIVE, null, null,
            BigDecimal.ZERO, null);
    private static final PastDateQuestion QUESTION = new PastDateQuestion(Messages.forLocale(Locale.ENGLISH,
            Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC)));
    private static final DueDate.PastDate PAST = DueDate.past(LocalDate.of(2020, 1, 1), TODAY).orElseThrow();

    @Test
    void eachButtonCarriesTheClientTheDateAndTheTextAsTyped() {
        Reply reply = QUESTION.ask(ACME, "send the | deck", PAST);

        List<ButtonElement> buttons = ((ActionsBlock) reply.blocks().get(1)).getElements().stream()
                .map(ButtonElement.class::cast).toList();
        assertThat(buttons).extracting(ButtonElement::getValue).containsExactly("42|2027-01-01|send the | deck",
                "42|2020-01-01|send the | deck");
        assertThat(buttons.stream().map(button -> PastDateQuestion.Pending.decode(button.getValue()).orElseThrow()))
                .containsExactly(new PastDateQuestion.Pending(42, LocalDate.of(2027, 1, 1), "send the | deck"),
                        new PastDateQuestion.Pending(42, LocalDate.of(2020, 1, 1), "send the | deck"));
    }

    @Test
    void aFollowUpTooLongForAButtonIsAskedToBeSentAgain() {
        Reply reply = QUESTION.ask(ACME, "x".repeat(2990), PAST);

        assertThat(reply.blocks()).hasSize(1);
        assertThat(reply.text()).contains("was 6 years ago", "Nothing was saved: send it again with the date you mean.");
    }

    @Test
    void anUnreadableValueIsNoFollowUp() {
        assertThat(PastDateQuestion.Pending.decode("42|someday|text")).isEmpty();
        assertThat(PastDateQuestion.Pending.decode("x|2020-01-01|text")).isEmpty();
        assertThat(PastDateQuestion.Pending.decode(null)).isEmpty();
    }
}
