package app.delight.blocks;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;

/** An answer to a user: the plain text Slack shows in notifications, and the blocks it draws. */
public record Reply(String text, List<LayoutBlock> blocks) {
    public Reply {
        blocks = List.copyOf(blocks);
    }

    /** This reply under a line of context, such as who shared it. */
    public Reply under(String line) {
        List<LayoutBlock> under = new ArrayList<>();
        under.add(context(c -> c.elements(List.of(markdownText(line)))));
        under.addAll(blocks);
        return new Reply(text, under);
    }

    /** A reply of one mrkdwn section, cut to what Slack accepts in one. */
    public static Reply say(String text) {
        String shown = CardMessage.truncate(text, CardMessage.MAX_SECTION_TEXT);
        return new Reply(text, List.of(section(s -> s.text(markdownText(shown)))));
    }
}
