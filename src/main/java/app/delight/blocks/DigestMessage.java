package app.delight.blocks;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import app.delight.engine.Card;
import app.delight.i18n.Messages;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import com.google.gson.Gson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The daily nudges as messages: a digest per client for its channel (or its owners by DM), and a DM
 * to the owner of late follow-ups. Both carry the card's buttons, so a click works as on the card.
 */
public final class DigestMessage {
    private static final Gson GSON = GsonFactory.createSnakeCase();

    private final Messages messages;
    private final CardMessage cardMessage;

    public DigestMessage(Messages messages) {
        this.messages = messages;
        this.cardMessage = new CardMessage(messages);
    }

    public Reply digest(Card card) {
        String name = Mrkdwn.escape(card.client().name());
        String intro = messages.get("digest.intro", name, card.prompts().size());
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(intro))));
        blocks.addAll(cardMessage.postedBlocks(card));
        blocks.add(context(c -> c.elements(List.of(markdownText(messages.get("digest.more", name))))));
        return new Reply(intro, blocks);
    }

    /** The late follow-ups of one owner: a card narrowed to them. */
    public Reply overdue(Card lateOnly) {
        String intro = messages.get("overdue.intro", Mrkdwn.escape(lateOnly.client().name()));
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(intro))));
        blocks.addAll(cardMessage.postedBlocks(lateOnly));
        return new Reply(intro, blocks);
    }

    /** The message as stored in the outbox, so a retry posts exactly what the pass decided. */
    public static String toJson(Reply reply) {
        return GSON.toJson(Map.of("text", reply.text(), "blocks", reply.blocks()));
    }

    public static Reply fromJson(String json) {
        Stored stored = GSON.fromJson(json, Stored.class);
        return new Reply(stored.text, stored.blocks);
    }

    private static final class Stored {
        String text;
        List<LayoutBlock> blocks;
    }
}
