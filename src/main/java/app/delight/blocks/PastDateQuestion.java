package app.delight.blocks;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import app.delight.domain.Client;
import app.delight.engine.DueDate;
import app.delight.i18n.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * A follow-up typed with a date in the past is not saved at once: the answer says how long ago that
 * was and offers two buttons, the date it likely meant and the date as typed. Each button carries the
 * whole follow-up, so nothing is kept anywhere while the user decides.
 */
public final class PastDateQuestion {
    /** Slack caps a button's value at 2,000 characters. */
    private static final int MAX_VALUE = 2000;

    private final Messages messages;

    public PastDateQuestion(Messages messages) {
        this.messages = messages;
    }

    /** The follow-up a button saves: for which client, due when, and its text. */
    public record Pending(long clientId, LocalDate due, String text) {
        String encode() {
            return clientId + "|" + due + "|" + text;
        }

        public static Optional<Pending> decode(String value) {
            String[] parts = value == null ? new String[0] : value.split("\\|", 3);
            if (parts.length != 3) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Pending(Long.parseLong(parts[0]), LocalDate.parse(parts[1]), parts[2]));
            } catch (NumberFormatException | DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    public Reply ask(Client client, String text, DueDate.PastDate past) {
        String warning = Mrkdwn.escape(past.warning().in(messages));
        String take = new Pending(client.id(), past.suggestion(), text).encode();
        String keep = new Pending(client.id(), past.due(), text).encode();
        if (Math.max(take.length(), keep.length()) > MAX_VALUE) {
            return Reply.say(warning + " " + messages.get("pastDate.retype"));
        }
        String question = warning + "\n" + messages.get("pastDate.choose");
        return new Reply(warning, List.of(section(s -> s.text(markdownText(question))), actions("past-date", List.of(
                button(b -> b.actionId(ActionIds.PAST_DATE_TAKE).style("primary").value(take)
                        .text(plainText(messages.get("pastDate.take", past.suggestion())))),
                button(b -> b.actionId(ActionIds.PAST_DATE_KEEP).value(keep)
                        .text(plainText(messages.get("pastDate.keep", past.due()))))))));
    }
}
