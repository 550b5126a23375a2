package app.delight.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** An answer to a user: the plain text Slack shows in notifications, and the blocks it draws. */
public record Reply(String text, List<LayoutBlock> blocks) {
    public Reply {
        blocks = List.copyOf(blocks);
    }
}
