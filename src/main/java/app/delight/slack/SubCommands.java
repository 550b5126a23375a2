package app.delight.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import app.delight.clients.ClientJournal;
import app.delight.clients.DelightCards;
import app.delight.clients.Today;
import app.delight.domain.Client;
import app.delight.domain.FollowUp;
import app.delight.domain.UserText;
import app.delight.engine.Card;
import app.delight.engine.CommandText;
import app.delight.engine.DueDate;
import app.delight.i18n.Messages;
import app.delight.nudge.DetractorAlerts;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Carries out {@code /delight <client> <verb> <rest>} once the client is known, and says what happened. */
public final class SubCommands {
    private final DelightCards cards;
    private final ClientJournal journal;
    private final Today today;
    private final Messages messages;
    private final CardMessage cardMessage;

    private final DetractorAlerts detractorAlerts;
    private final ScoreWatch scoreWatch;

    /** Told when something a user recorded may have moved a client's health score. */
    @FunctionalInterface
    public interface ScoreWatch {
        void mayHaveMoved(String teamId, long clientId);
    }

    public SubCommands(DelightCards cards, ClientJournal journal, Today today, Messages messages,
            DetractorAlerts detractorAlerts, ScoreWatch scoreWatch) {
        this.detractorAlerts = detractorAlerts;
        this.scoreWatch = scoreWatch;
        this.cards = cards;
        this.journal = journal;
        this.today = today;
        this.messages = messages;
        this.cardMessage = new CardMessage(messages);
    }

    /** Who asked, from where: the workspace every read and write is scoped to. */
    public record Caller(String teamId, String userId) {
    }

    public Reply run(Caller caller, Client client, String verb, String rest) {
        String name = Mrkdwn.escape(client.name());
        switch (verb) {
            case "":
                return rest.isEmpty() ? card(caller, client) : Reply.say(messages.get("command.notAVerb", Mrkdwn.escape(firstWord(rest)), name));
            case "log":
                return checked("log", rest).orElseGet(() -> {
                    journal.logTouchpoint(caller.teamId(), client.id(), caller.userId(), rest);
                    return confirmWithCard(caller, client, messages.get("logged.touchpoint", name, Mrkdwn.escape(rest)));
                });
            case "followup":
                return followUp(caller, client, rest);
            case "struggle":
                return checked("struggle", rest).orElseGet(() -> {
                    journal.noteStruggle(caller.teamId(), client.id(), caller.userId(), rest);
                    return confirmWithCard(caller, client, messages.get("logged.struggle", name, Mrkdwn.escape(rest)));
                });
            case "nps":
                return nps(caller, client, rest);
            case "free":
                return free(caller, client, rest);
            case "incident":
                return checked("incident", rest).orElseGet(() -> {
                    journal.recordIncident(caller.teamId(), client.id(), caller.userId(), rest);
                    scoreWatch.mayHaveMoved(caller.teamId(), client.id());
                    return Reply.say(messages.get("logged.incident", name));
                });
            default:
                return Reply.say(messages.get("command.notAVerb", Mrkdwn.escape(verb), name));
        }
    }

    public Reply card(Caller caller, Client client) {
        Card card = cards.cardFor(caller.teamId(), client);
        return new Reply(cardMessage.fallbackText(card), cardMessage.blocks(card));
    }

    private Reply followUp(Caller caller, Client client, String rest) {
        DueDate.FollowUpText parsed = DueDate.split(rest, today.of(client));
        if (parsed instanceof DueDate.FollowUpText.BadDate bad) {
            return Reply.say(Mrkdwn.escape(bad.problem().in(messages)));
        }
        DueDate.FollowUpText.Parsed followUp = (DueDate.FollowUpText.Parsed) parsed;
        Optional<Reply> problem = checked("followup", followUp.text());
        if (problem.isPresent()) {
            return problem.get();
        }
        FollowUp added = journal.addFollowUp(caller.teamId(), client.id(), caller.userId(), followUp.text(),
                followUp.due().orElse(null));
        String name = Mrkdwn.escape(client.name());
        String text = Mrkdwn.escape(added.text());
        return confirmWithCard(caller, client, added.dueOn() == null
                ? messages.get("logged.followUpNoDate", name, text)
                : messages.get("logged.followUp", name, added.dueOn(), text));
    }

    private Reply nps(Caller caller, Client client, String rest) {
        CommandText.NpsArgs args = CommandText.parseNps(rest);
        if (args instanceof CommandText.NpsArgs.Invalid invalid) {
            return Reply.say(Mrkdwn.escape(invalid.problem().in(messages)));
        }
        CommandText.NpsArgs.Valid answer = (CommandText.NpsArgs.Valid) args;
        if (!answer.comment().isEmpty()) {
            Optional<Reply> problem = checked("nps", answer.comment());
            if (problem.isPresent()) {
                return problem.get();
            }
        }
        String comment = answer.comment().isEmpty() ? null : answer.comment();
        journal.recordNps(caller.teamId(), client.id(), caller.userId(), answer.score(), comment);
        scoreWatch.mayHaveMoved(caller.teamId(), client.id());
        String confirmation = messages.get("logged.nps", Mrkdwn.escape(client.name()), answer.score());
        if (DetractorAlerts.isDetractor(answer.score())) {
            detractorAlerts.alert(client, answer.score(), comment, caller.userId());
            confirmation += " " + messages.get("logged.detractor");
        }
        return confirmWithCard(caller, client, confirmation);
    }

    private Reply free(Caller caller, Client client, String rest) {
        CommandText.FreeWorkArgs args = CommandText.parseFree(rest);
        if (args instanceof CommandText.FreeWorkArgs.Invalid invalid) {
            return Reply.say(Mrkdwn.escape(invalid.problem().in(messages)));
        }
        CommandText.FreeWorkArgs.Valid work = (CommandText.FreeWorkArgs.Valid) args;
        Optional<Reply> problem = checked("free", work.text());
        if (problem.isPresent()) {
            return problem.get();
        }
        journal.recordFreeWork(caller.teamId(), client.id(), caller.userId(), work.hours(), work.kind(), work.text());
        String kind = messages.get("logged.free." + work.kind().name().toLowerCase(Locale.ROOT));
        return confirmWithCard(caller, client, messages.get("logged.free", Mrkdwn.escape(client.name()),
                work.hours().stripTrailingZeros().toPlainString(), kind, Mrkdwn.escape(work.text())));
    }

    /** A reply refusing the text, or empty when it can be stored. */
    private Optional<Reply> checked(String verb, String text) {
        return UserText.check(text).map(problem -> Reply.say(messages.get("text." + problem.name(),
                problem == UserText.Problem.EMPTY ? verb : String.format(Locale.ROOT, "%,d", text.length()),
                String.format(Locale.ROOT, "%,d", UserText.MAX_LENGTH))));
    }

    private Reply confirmWithCard(Caller caller, Client client, String confirmation) {
        Card card = cards.cardFor(caller.teamId(), client);
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(CardMessage.truncate(confirmation, CardMessage.MAX_SECTION_TEXT)))));
        blocks.addAll(cardMessage.blocks(card));
        return new Reply(confirmation, blocks);
    }

    private static String firstWord(String text) {
        String[] words = text.strip().split("\\s+", 2);
        return words[0];
    }

}
