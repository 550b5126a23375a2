package app.delight.slack;

import app.delight.blocks.CardMessage;
import app.delight.blocks.Confirmations;
import app.delight.blocks.Mrkdwn;
import app.delight.blocks.PastDateQuestion;
import app.delight.blocks.Reply;
import app.delight.clients.Caller;
import app.delight.clients.ClientJournal;
import app.delight.clients.DelightCards;
import app.delight.clients.Today;
import app.delight.domain.Client;
import app.delight.domain.UserText;
import app.delight.engine.CommandText;
import app.delight.engine.DueDate;
import app.delight.i18n.Messages;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code /delight <client> <verb> <rest>} once the client is known: reads the verb's arguments,
 * records through the journal, and answers with what was recorded and the card as it is now.
 */
public final class SubCommands {
    private final DelightCards cards;
    private final ClientJournal journal;
    private final Today today;
    private final Messages messages;
    private final CardMessage cardMessage;
    private final Confirmations confirmations;
    private final PastDateQuestion pastDateQuestion;

    public SubCommands(DelightCards cards, ClientJournal journal, Today today, Messages messages) {
        this.cards = cards;
        this.journal = journal;
        this.today = today;
        this.messages = messages;
        this.cardMessage = new CardMessage(messages);
        this.confirmations = new Confirmations(messages);
        this.pastDateQuestion = new PastDateQuestion(messages);
    }

    public Reply run(Caller caller, Client client, String verb, String rest) {
        switch (verb) {
            case "":
                return rest.isEmpty() ? card(caller, client) : notASubCommand(client, firstWord(rest), Optional.empty());
            case "log":
                return checked("log", rest).orElseGet(() -> confirmWithCard(caller, client,
                        confirmations.touchpoint(client, journal.logTouchpoint(caller, client, rest))));
            case "followup":
                return followUp(caller, client, rest);
            case "struggle":
                return checked("struggle", rest).orElseGet(() -> confirmWithCard(caller, client,
                        confirmations.struggle(client, journal.noteStruggle(caller, client, rest))));
            case "nps":
                return nps(caller, client, rest);
            case "free":
                return free(caller, client, rest);
            case "incident":
                return checked("incident", rest).orElseGet(() -> Reply.say(
                        confirmations.incident(client, journal.recordIncident(caller, client, rest))));
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

    /** The client's card as it is now, for the caller's workspace. */
    public Reply card(Caller caller, Client client) {
        return cardMessage.reply(cards.cardFor(caller.teamId(), client));
    }

    /** What was just recorded, then the card as it is now. */
    public Reply confirmWithCard(Caller caller, Client client, String confirmation) {
        return cardMessage.confirmed(confirmation, cards.cardFor(caller.teamId(), client));
    }

    /** Adds a follow-up whose text and date are settled, typed or chosen with a button, and shows the card. */
    public Reply addFollowUp(Caller caller, Client client, String text, LocalDate dueOrNull) {
        return confirmWithCard(caller, client, confirmations.followUp(client, journal.addFollowUp(caller, client, text, dueOrNull)));
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
                : addFollowUp(caller, client, followUp.text(), followUp.due().orElse(null)));
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
        return confirmWithCard(caller, client, confirmations.nps(client, journal.recordNps(caller, client, answer.score(), comment)));
    }

    private Reply free(Caller caller, Client client, String rest) {
        CommandText.FreeWorkArgs args = CommandText.parseFree(rest, messages.language());
        if (args instanceof CommandText.FreeWorkArgs.Invalid invalid) {
            return Reply.say(Mrkdwn.escape(invalid.problem().in(messages)));
        }
        CommandText.FreeWorkArgs.Valid work = (CommandText.FreeWorkArgs.Valid) args;
        return checked("free", work.text()).orElseGet(() -> confirmWithCard(caller, client, confirmations.freeWork(client,
                journal.recordFreeWork(caller, client, work.hours(), work.kind(), work.text()))));
    }

    /** A reply refusing the text, or empty when it can be stored. */
    private Optional<Reply> checked(String verb, String text) {
        return UserText.check(text).map(problem -> Reply.say(messages.get("text." + problem.name(),
                problem == UserText.Problem.EMPTY ? CommandText.wordFor(verb, messages.language())
                        : String.format(Locale.ROOT, "%,d", text.length()),
                String.format(Locale.ROOT, "%,d", UserText.MAX_LENGTH))));
    }

    private static String firstWord(String text) {
        String[] words = text.strip().split("\\s+", 2);
        return words[0];
    }
}
