package app.delight.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import app.delight.clients.ClientJournal;
import app.delight.clients.DelightCards;
import app.delight.clients.Today;
import app.delight.domain.Client;
import app.delight.domain.FollowUp;
import app.delight.domain.FreeWork;
import app.delight.domain.UserText;
import app.delight.engine.Card;
import app.delight.engine.CommandText;
import app.delight.engine.DueDate;
import app.delight.i18n.Messages;
import app.delight.nudge.DetractorAlerts;
import com.slack.api.model.block.LayoutBlock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Carries out {@code /delight <client> <verb> <rest>} once the client is known, and says what happened. */
public final class SubCommands {
    private final DelightCards cards;
    private final ClientJournal journal;
    private final Today today;
    private final Messages messages;
    private final CardMessage cardMessage;
    private final PastDateQuestion pastDateQuestion;

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
        this.pastDateQuestion = new PastDateQuestion(messages);
    }

    /** Who asked, from where: the workspace every read and write is scoped to. */
    public record Caller(String teamId, String userId) {
    }

    public Reply run(Caller caller, Client client, String verb, String rest) {
        switch (verb) {
            case "":
                return rest.isEmpty() ? card(caller, client) : notASubCommand(client, firstWord(rest), Optional.empty());
            case "log":
                return checked("log", rest).orElseGet(() -> confirmWithCard(caller, client, logTouchpoint(caller, client, rest)));
            case "followup":
                return followUp(caller, client, rest);
            case "struggle":
                return checked("struggle", rest).orElseGet(() -> confirmWithCard(caller, client, noteStruggle(caller, client, rest)));
            case "nps":
                return nps(caller, client, rest);
            case "free":
                return free(caller, client, rest);
            case "incident":
                return checked("incident", rest).orElseGet(() -> Reply.say(recordIncident(caller, client, rest)));
            default:
                return notASubCommand(client, verb, Optional.empty());
        }
    }

    /** {@code /delight acme foo}: the word is no sub-command; the answer lists them, in the team's words. */
    public Reply notASubCommand(Client client, String word, Optional<String> closest) {
        String words = CommandText.subCommandWords(messages.language()).stream().map(w -> "`" + w + "`")
                .collect(Collectors.joining(", "));
        String answer = messages.get("command.notASubCommand", Mrkdwn.escape(word.replace("`", "")),
                Mrkdwn.escape(client.name()), words);
        return Reply.say(closest.map(verb -> answer + " " + messages.get("command.didYouMean", verb)).orElse(answer));
    }

    /** The team's language, in which sub-commands and dates are also read. */
    public Locale language() {
        return messages.language();
    }

    public Reply card(Caller caller, Client client) {
        Card card = cards.cardFor(caller.teamId(), client);
        return new Reply(cardMessage.fallbackText(card), cardMessage.blocks(card));
    }

    /** What was just recorded, then the card as it is now. */
    public Reply confirmWithCard(Caller caller, Client client, String confirmation) {
        Card card = cards.cardFor(caller.teamId(), client);
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(CardMessage.truncate(confirmation, CardMessage.MAX_SECTION_TEXT)))));
        blocks.addAll(cardMessage.blocks(card));
        return new Reply(confirmation, blocks);
    }

    // ---- the writes, the same whether typed or entered in a modal; each returns what to tell the user ----

    public String logTouchpoint(Caller caller, Client client, String text) {
        journal.logTouchpoint(caller.teamId(), client.id(), caller.userId(), text);
        return messages.get("logged.touchpoint", Mrkdwn.escape(client.name()), Mrkdwn.escape(text));
    }

    public String addFollowUp(Caller caller, Client client, String text, LocalDate dueOrNull) {
        FollowUp added = journal.addFollowUp(caller.teamId(), client.id(), caller.userId(), text, dueOrNull);
        String name = Mrkdwn.escape(client.name());
        return added.dueOn() == null ? messages.get("logged.followUpNoDate", name, Mrkdwn.escape(added.text()))
                : messages.get("logged.followUp", name, added.dueOn(), Mrkdwn.escape(added.text()));
    }

    public String noteStruggle(Caller caller, Client client, String text) {
        journal.noteStruggle(caller.teamId(), client.id(), caller.userId(), text);
        return messages.get("logged.struggle", Mrkdwn.escape(client.name()), Mrkdwn.escape(text));
    }

    /** A detractor's answer (0–6) also alerts the owners and the managers at once. */
    public String recordNps(Caller caller, Client client, int score, String commentOrNull) {
        journal.recordNps(caller.teamId(), client.id(), caller.userId(), score, commentOrNull);
        scoreWatch.mayHaveMoved(caller.teamId(), client.id());
        String confirmation = messages.get("logged.nps", Mrkdwn.escape(client.name()), score);
        if (DetractorAlerts.isDetractor(score)) {
            detractorAlerts.alert(client, score, commentOrNull, caller.userId());
            confirmation += " " + messages.get("logged.detractor");
        }
        return confirmation;
    }

    public String recordFreeWork(Caller caller, Client client, BigDecimal hours, FreeWork.Kind kind, String text) {
        journal.recordFreeWork(caller.teamId(), client.id(), caller.userId(), hours, kind, text);
        return messages.get("logged.free", Mrkdwn.escape(client.name()), hours,
                messages.get("logged.free." + kind.code()), Mrkdwn.escape(text));
    }

    public String recordIncident(Caller caller, Client client, String text) {
        journal.recordIncident(caller.teamId(), client.id(), caller.userId(), text);
        scoreWatch.mayHaveMoved(caller.teamId(), client.id());
        return messages.get("logged.incident", Mrkdwn.escape(client.name()));
    }

    // ---- the text form's arguments --------------------------------------------------------------

    /** A date in the past is asked about before anything is saved. */
    private Reply followUp(Caller caller, Client client, String rest) {
        LocalDate day = today.of(client);
        DueDate.FollowUpText parsed = DueDate.split(rest, day, messages.language());
        if (parsed instanceof DueDate.FollowUpText.BadDate bad) {
            return Reply.say(Mrkdwn.escape(bad.problem().in(messages)));
        }
        DueDate.FollowUpText.Parsed followUp = (DueDate.FollowUpText.Parsed) parsed;
        Optional<DueDate.PastDate> past = followUp.due().flatMap(due -> DueDate.past(due, day));
        return checked("followup", followUp.text()).orElseGet(() -> past.isPresent()
                ? pastDateQuestion.ask(client, followUp.text(), past.get())
                : confirmWithCard(caller, client, addFollowUp(caller, client, followUp.text(), followUp.due().orElse(null))));
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
        return confirmWithCard(caller, client, recordNps(caller, client, answer.score(), comment));
    }

    private Reply free(Caller caller, Client client, String rest) {
        CommandText.FreeWorkArgs args = CommandText.parseFree(rest, messages.language());
        if (args instanceof CommandText.FreeWorkArgs.Invalid invalid) {
            return Reply.say(Mrkdwn.escape(invalid.problem().in(messages)));
        }
        CommandText.FreeWorkArgs.Valid work = (CommandText.FreeWorkArgs.Valid) args;
        return checked("free", work.text()).orElseGet(() ->
                confirmWithCard(caller, client, recordFreeWork(caller, client, work.hours(), work.kind(), work.text())));
    }

    /** A reply refusing the text, or empty when it can be stored. */
    private Optional<Reply> checked(String verb, String text) {
        return UserText.check(text).map(problem -> Reply.say(messages.get("text." + problem.name(),
                problem == UserText.Problem.EMPTY ? CommandText.wordFor(verb, messages.language()) : String.format(Locale.ROOT, "%,d", text.length()),
                String.format(Locale.ROOT, "%,d", UserText.MAX_LENGTH))));
    }

    private static String firstWord(String text) {
        String[] words = text.strip().split("\\s+", 2);
        return words[0];
    }

}
