package app.delight.delivery;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Objects;

/**
 * One message to post.
 *
 * @param id      the caller's id for it (the outbox row), echoed back in every callback
 * @param channel a channel id (or a user id, for a DM from the bot)
 * @param text    the notification / fallback text
 * @param blocks  Block Kit layout; empty for a text-only message
 */
public record Outgoing(long id, String channel, String text, List<LayoutBlock> blocks) {

    public Outgoing {
        Objects.requireNonNull(channel, "channel");
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }

    public static Outgoing text(long id, String channel, String text) {
        return new Outgoing(id, channel, text, List.of());
    }

    /** A message known by its id and channel only: its listener reads the content when it claims it. */
    public static Outgoing contentReadWhenClaimed(long id, String channel) {
        return new Outgoing(id, channel, "", List.of());
    }
}
