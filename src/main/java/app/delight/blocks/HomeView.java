package app.delight.blocks;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.view.Views.view;

import app.delight.clients.HomeOverview;
import app.delight.domain.HealthColour;
import app.delight.domain.PromptKind;
import app.delight.i18n.Messages;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;

/**
 * The Home tab as Block Kit: the user's clients with their health and a "Card" button, their overdue
 * follow-ups, today's top prompts, and "Add client". Each list is cut at its cap with an
 * "…and N more" line, so the view stays under Slack's 100 blocks whatever the portfolio.
 */
public final class HomeView {
    /** Slack refuses a Home tab of more than 100 blocks. */
    static final int MAX_BLOCKS = 100;
    private static final int MAX_HEADER_TEXT = 150;
    private static final int MAX_CONTEXT_TEXT = 2000;
    /**
     * A row's text is a pointer to the card, which shows it whole. Slack sends the whole tab back
     * with every click on it, and the request guard refuses a body over 64 KiB: at full length, the
     * rows of a full tab were more than that.
     */
    static final int ROW_EXCERPT = 150;

    private final Messages messages;

    public HomeView(Messages messages) {
        this.messages = messages;
    }

    public View render(String userId, HomeOverview.Overview overview) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(CardMessage.truncate(messages.get("home.title"), MAX_HEADER_TEXT)))));
        blocks.add(section(s -> s.text(markdownText(messages.get("home.intro", userId))).accessory(addClientButton())));
        blocks.add(divider());
        clients(overview, blocks);
        blocks.add(divider());
        overdue(overview, blocks);
        if (overview.ownedCount() > 0) {
            blocks.add(divider());
            prompts(overview, blocks);
            blocks.add(context(c -> c.elements(List.of(markdownText(messages.get("home.footer"))))));
        }
        return home(blocks);
    }

    /** What the tab shows while the database does not answer, so the user is not left with a stale or blank tab. */
    public View unavailable() {
        return home(List.of(
                header(h -> h.text(plainText(messages.get("home.title")))),
                section(s -> s.text(markdownText(messages.get("unavailable"))))));
    }

    private static View home(List<LayoutBlock> blocks) {
        // The caps keep the view well under the limit; this only guards against a future change to them.
        List<LayoutBlock> capped = blocks.size() <= MAX_BLOCKS ? blocks : blocks.subList(0, MAX_BLOCKS);
        return view(v -> v.type("home").blocks(List.copyOf(capped)));
    }

    private void clients(HomeOverview.Overview overview, List<LayoutBlock> blocks) {
        blocks.add(section(s -> s.text(markdownText(messages.get("home.clients.title", overview.ownedCount())))));
        if (overview.ownedCount() == 0) {
            blocks.add(section(s -> s.text(markdownText(messages.get("home.clients.none")))));
            return;
        }
        for (HomeOverview.OwnedClient owned : overview.clients()) {
            String health = owned.healthScore() == null ? messages.get("home.client.noHealth")
                    : messages.get("home.client.health", owned.healthScore());
            String text = messages.get("home.client.row", colourEmoji(owned.colour()), Mrkdwn.escape(owned.client().name()),
                    messages.get("card.stage." + owned.client().stage().code()), health);
            blocks.add(section(s -> s.text(markdownText(CardMessage.truncate(text, CardMessage.MAX_SECTION_TEXT)))
                    .accessory(button(b -> b.actionId(ActionIds.HOME_SHOW_CARD)
                            .text(plainText(messages.get("home.button.card")))
                            .value(String.valueOf(owned.client().id()))))));
        }
        more(blocks, overview.ownedCount() - overview.clients().size(), "home.clients.more");
    }

    private void overdue(HomeOverview.Overview overview, List<LayoutBlock> blocks) {
        blocks.add(section(s -> s.text(markdownText(messages.get("home.overdue.title", overview.overdueCount())))));
        if (overview.overdueCount() == 0) {
            blocks.add(context(c -> c.elements(List.of(markdownText(messages.get("home.overdue.none"))))));
            return;
        }
        for (HomeOverview.Overdue late : overview.overdue()) {
            String lateness = messages.get("home.overdue.late", late.daysLate(), late.followUp().dueOn());
            String text = messages.get("home.overdue.row", Mrkdwn.escape(late.client().name()), lateness,
                    Mrkdwn.escape(CardMessage.truncate(late.followUp().text(), ROW_EXCERPT)));
            blocks.add(section(s -> s.text(markdownText(CardMessage.truncate(text, CardMessage.MAX_SECTION_TEXT)))));
        }
        more(blocks, overview.overdueCount() - overview.overdue().size(), "home.overdue.more");
    }

    private void prompts(HomeOverview.Overview overview, List<LayoutBlock> blocks) {
        blocks.add(section(s -> s.text(markdownText(messages.get("home.prompts.title")))));
        if (overview.prompts().isEmpty()) {
            blocks.add(context(c -> c.elements(List.of(markdownText(messages.get("home.prompts.none"))))));
        }
        for (HomeOverview.TopPrompt top : overview.prompts()) {
            String text = messages.get("home.prompts.row", CardMessage.icon(top.prompt().kind()), Mrkdwn.escape(top.client().name()),
                    Mrkdwn.escape(CardMessage.truncate(top.prompt().text(), ROW_EXCERPT)));
            blocks.add(section(s -> s.text(markdownText(CardMessage.truncate(text, CardMessage.MAX_SECTION_TEXT)))));
        }
        more(blocks, overview.ownedCount() - overview.promptClientsChecked(), "home.prompts.more");
    }

    private void more(List<LayoutBlock> blocks, int left, String key) {
        if (left > 0) {
            String text = CardMessage.truncate(messages.get(key, left), MAX_CONTEXT_TEXT);
            blocks.add(context(c -> c.elements(List.of(markdownText(text)))));
        }
    }

    private BlockElement addClientButton() {
        return button(b -> b.actionId(ActionIds.HOME_ADD_CLIENT).style("primary")
                .text(plainText(messages.get("home.button.addClient"))).value("add"));
    }

    /** Green 70 and up, yellow 40–69, red under 40, white while no score has been stored. */
    static String colourEmoji(HealthColour colour) {
        return colour == null ? ":white_circle:" : HealthMessage.colour(colour);
    }

}
