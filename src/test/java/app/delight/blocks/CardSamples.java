package app.delight.blocks;

import app.delight.domain.Client;
import app.delight.domain.PromptKind;
import app.delight.domain.Stage;
import app.delight.engine.Card;
import app.delight.engine.Prompt;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A client whose name Slack would read as markup, and its card with a prompt of each kind, as the views' tests draw them. */
final class CardSamples {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Client ACME = new Client(42, "Acme <Corp>", List.of("acme"), "C0ACME001", List.of("U1"), "retail",
            Stage.ACTIVE, LocalDate.of(2025, 3, 1), LocalDate.of(2027, 2, 20), new BigDecimal("12000"), null);
    static final List<Prompt> ONE_OF_EACH = List.of(
            new Prompt("follow_up:7", PromptKind.FOLLOW_UP, "Send the Q3 deck", null, TODAY.minusDays(3)),
            new Prompt("anticipation:renewal-value-recap:2026-11-22", PromptKind.ANTICIPATION, "Send a value recap",
                    "Renewal is 90 days away.", TODAY.minusDays(1)),
            new Prompt("struggle:3", PromptKind.STRUGGLE, "They re-key the weekly report by hand", null, TODAY.minusDays(40)),
            new Prompt("tip:general-dmarc", PromptKind.TIP, "Set up DMARC", "Mail lands in spam without it.", null),
            new Prompt("surprise:handwritten-note", PromptKind.SURPRISE, "Send a handwritten note", "Nobody writes any more.", null));

    private CardSamples() {
    }

    /** Acme's card on {@link #TODAY}: last contact 3 days ago, health 72, 2 open follow-ups. */
    static Card card(List<Prompt> prompts) {
        return new Card(ACME, TODAY, TODAY.minusDays(3), 72, prompts, 2);
    }
}
