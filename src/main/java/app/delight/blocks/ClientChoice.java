package app.delight.blocks;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import app.delight.domain.Client;
import app.delight.i18n.Messages;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The answers when the typed client is not one known client: a list to pick from, each button
 * carrying the pending sub-command, or the closest names.
 */
public final class ClientChoice {
    /** Slack caps a button's value at 2,000 characters. */
    private static final int MAX_VALUE = 2000;
    private static final char SEPARATOR = '|';

    private final Messages messages;

    public ClientChoice(Messages messages) {
        this.messages = messages;
    }

    /** A picked client and the sub-command to run for it. */
    public record Pick(long clientId, String verb, String rest) {
        String encode() {
            return clientId + String.valueOf(SEPARATOR) + verb + SEPARATOR + rest;
        }

        public static Optional<Pick> decode(String value) {
            String[] parts = value == null ? new String[0] : value.split("\\|", 3);
            if (parts.length != 3) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Pick(Long.parseLong(parts[0]), parts[1], parts[2]));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    public Reply several(String typed, List<Client> candidates, String verb, String rest) {
        return pickList(typed, candidates, ActionIds.PICK_CLIENT, client -> {
            String value = new Pick(client.id(), verb, rest).encode();
            return value.length() > MAX_VALUE ? new Pick(client.id(), "", "").encode() : value;
        });
    }

    /** A manager's {@code /client-health} text matches several clients: a button each, for its health. */
    public Reply severalForHealth(String typed, List<Client> candidates) {
        return pickList(typed, candidates, ActionIds.HEALTH_PICK, client -> String.valueOf(client.id()));
    }

    private Reply pickList(String typed, List<Client> candidates, String actionPrefix, Function<Client, String> value) {
        String question = messages.get("match.several", Mrkdwn.escape(typed));
        List<LayoutBlock> blocks = List.of(section(s -> s.text(markdownText(question))), buttons(candidates, actionPrefix, value));
        return new Reply(question, blocks);
    }

    private static LayoutBlock buttons(List<Client> clients, String actionPrefix, Function<Client, String> value) {
        List<BlockElement> buttons = new ArrayList<>();
        for (Client client : clients) {
            buttons.add(button(b -> b.actionId(actionPrefix + "_" + client.id())
                    .text(plainText(CardMessage.truncate(client.name(), 75))).value(value.apply(client))));
        }
        return actions("pick-client", buttons);
    }

    /** {@code /delight zzzz}: no such client; the nearest names are buttons that show their cards. */
    public Reply none(String typed, List<Client> nearest) {
        return none(typed, nearest, ActionIds.PICK_CLIENT, client -> new Pick(client.id(), "", "").encode(), "clients.hint");
    }

    /** {@code /client-health zzzz}: no such client; the nearest names are buttons that show their health. */
    public Reply noneForHealth(String typed, List<Client> nearest) {
        return none(typed, nearest, ActionIds.HEALTH_PICK, client -> String.valueOf(client.id()), "health.none.hint");
    }

    private Reply none(String typed, List<Client> nearest, String actionPrefix, Function<Client, String> value, String hintKey) {
        String unknown = messages.get("match.none", Mrkdwn.escape(typed));
        String hint = nearest.isEmpty() ? messages.get("match.noClients")
                : messages.get("match.closest", nearest.stream().map(client -> "*" + Mrkdwn.escape(client.name()) + "*")
                        .collect(Collectors.joining(", ")));
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(unknown + "\n" + hint))));
        if (!nearest.isEmpty()) {
            blocks.add(buttons(nearest, actionPrefix, value));
        }
        blocks.add(context(c -> c.elements(List.of(markdownText(Mrkdwn.escape(messages.get(hintKey)))))));
        return new Reply(unknown + " " + hint, blocks);
    }

    /** {@code /delight} alone: the caller's clients first, then the others. */
    public Reply list(List<Client> ownedFirst, String userId) {
        if (ownedFirst.isEmpty()) {
            String none = messages.get("clients.none");
            return Reply.say(none);
        }
        List<String> mine = ownedFirst.stream().filter(c -> c.owners().contains(userId)).map(c -> Mrkdwn.escape(c.name())).toList();
        List<String> others = ownedFirst.stream().filter(c -> !c.owners().contains(userId)).map(c -> Mrkdwn.escape(c.name())).toList();
        List<LayoutBlock> blocks = new ArrayList<>();
        if (!mine.isEmpty()) {
            blocks.add(section(s -> s.text(markdownText(CardMessage.truncate("*" + messages.get("clients.title") + "*\n"
                    + String.join(" · ", mine), CardMessage.MAX_SECTION_TEXT)))));
        }
        if (!others.isEmpty()) {
            blocks.add(section(s -> s.text(markdownText(CardMessage.truncate("*" + messages.get("clients.others") + "*\n"
                    + String.join(" · ", others), CardMessage.MAX_SECTION_TEXT)))));
        }
        blocks.add(context(c -> c.elements(List.of(markdownText(Mrkdwn.escape(messages.get("clients.hint")))))));
        return new Reply(messages.get("clients.title"), blocks);
    }
}
