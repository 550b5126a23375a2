package app.delight.blocks;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import app.delight.i18n.Messages;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;

/** The {@code /delight help} answer: every sub-command of the design, in the team's language. */
public final class HelpMessage {
    private final Messages messages;

    public HelpMessage(Messages messages) {
        this.messages = messages;
    }

    public List<LayoutBlock> blocks() {
        return List.of(
                header(h -> h.text(plainText(messages.get("help.title")))),
                section(s -> s.text(markdownText(Mrkdwn.escape(messages.get("help.intro"))))),
                section(s -> s.text(markdownText(Mrkdwn.escape(messages.get("help.commands"))))),
                context(c -> c.elements(List.of(markdownText(Mrkdwn.escape(messages.get("help.matching")))))));
    }

    /** Help after a command it could not read, quoting that command back harmlessly. */
    public List<LayoutBlock> blocksAfterUnknown(String typed) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(messages.get("help.unknown", Mrkdwn.escape(typed))))));
        blocks.addAll(blocks());
        return blocks;
    }

    /** The plain text Slack shows in notifications and where blocks cannot be drawn. */
    public String fallbackText() {
        return messages.get("help.intro");
    }
}
