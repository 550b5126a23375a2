package app.delight.blocks;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import app.delight.domain.PromptKind;
import app.delight.engine.Card;
import app.delight.engine.Prompt;
import app.delight.i18n.Messages;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The delight card as Block Kit: who the client is, then the prompts with their buttons. */
public final class CardMessage {
    /** Slack refuses a section text over 3,000 characters. */
    public static final int MAX_SECTION_TEXT = 3000;
    private static final int MAX_HEADER_TEXT = 150;

    private final Messages messages;

    public CardMessage(Messages messages) {
        this.messages = messages;
    }

    /** The card as an answer seen by the caller only. */
    public Reply reply(Card card) {
        return new Reply(fallbackText(card), blocks(card));
    }

    /** What was just recorded, then the card as it is now. */
    public Reply confirmed(String confirmation, Card card) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(truncate(confirmation, MAX_SECTION_TEXT)))));
        blocks.addAll(blocks(card));
        return new Reply(confirmation, blocks);
    }

    /** The card as an answer seen by the caller only, which they may share in the channel. */
    public List<LayoutBlock> blocks(Card card) {
        List<LayoutBlock> blocks = postedBlocks(card);
        blocks.add(actions("card-share", List.of(labelled(ActionIds.SHARE_CARD, "card.button.share",
                String.valueOf(card.client().id()), null))));
        return blocks;
    }

    /** The card as posted where its readers already see it (a digest in a channel, a DM): nothing to share. */
    public List<LayoutBlock> postedBlocks(Card card) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(truncate(card.client().name(), MAX_HEADER_TEXT)))));
        blocks.add(context(c -> c.elements(List.of(markdownText(summary(card))))));
        blocks.add(divider());
        if (card.prompts().isEmpty()) {
            blocks.add(section(s -> s.text(markdownText(messages.get("card.nothingDue", Mrkdwn.escape(card.client().name()))))));
        }
        for (int i = 0; i < card.prompts().size(); i++) {
            Prompt prompt = card.prompts().get(i);
            blocks.add(section(s -> s.text(markdownText(truncate(describe(prompt, card), MAX_SECTION_TEXT)))));
            blocks.add(actions("prompt-" + i, buttons(card.client().id(), prompt)));
        }
        blocks.add(divider());
        String client = String.valueOf(card.client().id());
        blocks.add(actions("card-actions", List.of(
                labelled(ActionIds.LOG_TOUCHPOINT, "card.button.logTouchpoint", client, null),
                labelled(ActionIds.ADD_FOLLOW_UP, "card.button.addFollowUp", client, null),
                labelled(ActionIds.NOTE_STRUGGLE, "card.button.noteStruggle", client, null),
                labelled(ActionIds.RECORD_NPS, "card.button.recordNps", client, null),
                labelled(ActionIds.LOG_FREE_WORK, "card.button.logFreeWork", client, null),
                labelled(ActionIds.RECORD_INCIDENT, "card.button.recordIncident", client, null))));
        return blocks;
    }

    public String fallbackText(Card card) {
        return messages.get("card.fallback", card.client().name(), card.prompts().size());
    }

    private String summary(Card card) {
        List<String> parts = new ArrayList<>();
        parts.add(messages.get("card.stage." + card.client().stage().code()));
        parts.add(lastContact(card));
        if (card.healthScore() != null) {
            parts.add(messages.get("card.health." + card.healthColour().name(), card.healthScore()));
        }
        if (card.openFollowUps() > 0) {
            parts.add(messages.get("card.openFollowUps", card.openFollowUps()));
        }
        return String.join(" · ", parts);
    }

    private String lastContact(Card card) {
        if (card.lastContact() == null) {
            return messages.get("card.lastContact.never");
        }
        return messages.get("card.lastContact.days", Math.max(0, ChronoUnit.DAYS.between(card.lastContact(), card.today())));
    }

    private String describe(Prompt prompt, Card card) {
        String title = icon(prompt.kind()) + " *" + Mrkdwn.escape(prompt.text()) + "*";
        return title + "\n" + Mrkdwn.escape(reason(prompt, card));
    }

    private String reason(Prompt prompt, Card card) {
        switch (prompt.kind()) {
            case FOLLOW_UP:
                return messages.get("card.followUp.late", Math.max(0, ChronoUnit.DAYS.between(prompt.date(), card.today())),
                        prompt.date());
            case STRUGGLE:
                return messages.get("card.struggle.since", prompt.date());
            default:
                return messages.get("card.kind.line", messages.get("card.kind." + prompt.kind().code()), prompt.why());
        }
    }

    static String icon(PromptKind kind) {
        switch (kind) {
            case FOLLOW_UP:
                return ":alarm_clock:";
            case MEETING:
                return ":calendar:";
            case ANTICIPATION:
                return ":crystal_ball:";
            case STRUGGLE:
                return ":hammer_and_wrench:";
            case TIP:
                return ":bulb:";
            default:
                return ":gift:";
        }
    }

    private List<BlockElement> buttons(long clientId, Prompt prompt) {
        String value = new PromptAction(clientId, prompt.key()).encode();
        List<BlockElement> buttons = new ArrayList<>();
        if (prompt.kind() == PromptKind.STRUGGLE) {
            buttons.add(labelled(ActionIds.REMOVED, "card.button.removed", value, "primary"));
            buttons.add(labelled(ActionIds.KEPT, "card.button.kept", value, null));
        } else if (prompt.kind() == PromptKind.TIP) {
            buttons.add(labelled(ActionIds.SHARED, "card.button.shared", value, "primary"));
        } else {
            buttons.add(labelled(ActionIds.DONE, "card.button.done", value, "primary"));
        }
        buttons.add(labelled(ActionIds.SNOOZE, "card.button.snooze", value, null));
        if (prompt.kind() != PromptKind.STRUGGLE) {
            buttons.add(labelled(ActionIds.NOT_RELEVANT, "card.button.notRelevant", value, null));
        }
        return buttons;
    }

    private BlockElement labelled(String actionId, String label, String value, String style) {
        return button(
                b -> b.actionId(actionId).text(plainText(messages.get(label))).value(value).style(style));
    }

    public static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

}
