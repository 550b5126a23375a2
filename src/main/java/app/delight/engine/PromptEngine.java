package app.delight.engine;

import app.delight.domain.Client;
import app.delight.domain.FollowUp;
import app.delight.domain.PromptKind;
import app.delight.domain.Struggle;
import app.delight.i18n.Messages;
import app.delight.playbook.Anticipation;
import app.delight.playbook.Playbook;
import app.delight.playbook.Surprise;
import app.delight.playbook.Tip;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which prompts are due for a client on a day, best first: overdue follow-ups (most late first),
 * meetings with the client's people to prepare (soonest first), anticipations in their window
 * (earliest first), open struggles (oldest first), then one tip the client has not had and one
 * surprise idea. A pure function of its input.
 */
public final class PromptEngine {
    private final Playbook playbook;
    private final TriggerDates triggers;
    private final MeetingPrompts meetings;

    /** {@code messages} words the prompts the engine writes itself, such as a meeting to prepare. */
    public PromptEngine(Playbook playbook, Messages messages) {
        this.playbook = playbook;
        this.triggers = new TriggerDates(playbook);
        this.meetings = new MeetingPrompts(messages);
    }

    public List<Prompt> promptsFor(ClientHistory history, LocalDate today) {
        ResponseLedger ledger = new ResponseLedger(history.responses());
        List<Prompt> prompts = new ArrayList<>();
        prompts.addAll(followUpsDue(history, today, ledger));
        prompts.addAll(meetings.toPrepare(history, today, ledger));
        prompts.addAll(anticipationsDue(history, today, ledger));
        prompts.addAll(openStruggles(history, today, ledger));
        tip(history.client(), today, ledger).ifPresent(prompts::add);
        surprise(history.client(), today, ledger).ifPresent(prompts::add);
        return prompts;
    }

    private static List<Prompt> followUpsDue(ClientHistory history, LocalDate today, ResponseLedger ledger) {
        return history.openFollowUps().stream()
                .filter(followUp -> followUp.dueOn() != null && !followUp.dueOn().isAfter(today))
                .sorted(Comparator.comparing(FollowUp::dueOn).thenComparing(FollowUp::id))
                .map(followUp -> new Prompt(PromptKeys.followUp(followUp.id()), PromptKind.FOLLOW_UP, followUp.text(),
                        null, followUp.dueOn()))
                .filter(prompt -> !ledger.hides(prompt.key(), today))
                .toList();
    }

    private List<Prompt> anticipationsDue(ClientHistory history, LocalDate today, ResponseLedger ledger) {
        if (ledger.stopped(PromptKind.ANTICIPATION)) {
            return List.of();
        }
        Client client = history.client();
        return playbook.anticipations().stream()
                .filter(rule -> rule.stages().contains(client.stage()) && fitsIndustry(rule.industries(), client))
                .flatMap(rule -> triggers.lastFired(rule.trigger(), history, today)
                        .filter(fired -> today.isBefore(fired.plusDays(rule.windowDays())))
                        .map(fired -> anticipation(rule, fired))
                        .stream())
                .filter(prompt -> !ledger.hides(prompt.key(), today))
                .sorted(Comparator.comparing(Prompt::date).thenComparing(Prompt::key))
                .toList();
    }

    private static Prompt anticipation(Anticipation rule, LocalDate fired) {
        return new Prompt(PromptKeys.anticipation(rule.key(), fired), PromptKind.ANTICIPATION, rule.text(), rule.why(), fired);
    }

    private static List<Prompt> openStruggles(ClientHistory history, LocalDate today, ResponseLedger ledger) {
        return history.openStruggles().stream()
                .sorted(Comparator.comparing(Struggle::observedAt).thenComparing(Struggle::id))
                .map(struggle -> new Prompt(PromptKeys.struggle(struggle.id()), PromptKind.STRUGGLE, struggle.text(), null,
                        LocalDate.ofInstant(struggle.observedAt(), history.zone())))
                .filter(prompt -> !ledger.hides(prompt.key(), today))
                .toList();
    }

    /** The best-fitting tip not yet shared: one for the client's industry before a general one. */
    private Optional<Prompt> tip(Client client, LocalDate today, ResponseLedger ledger) {
        if (ledger.stopped(PromptKind.TIP)) {
            return Optional.empty();
        }
        Comparator<Tip> bestFirst = Comparator.comparing((Tip tip) -> !tip.industries().contains(client.industry()))
                .thenComparing(tip -> tip.stages().isEmpty());
        return playbook.tips().stream()
                .filter(tip -> fitsIndustry(tip.industries(), client))
                .filter(tip -> tip.stages().isEmpty() || tip.stages().contains(client.stage()))
                .sorted(bestFirst)
                .map(tip -> new Prompt(PromptKeys.tip(tip.key()), PromptKind.TIP, tip.text(), tip.why(), null))
                .filter(prompt -> !ledger.hides(prompt.key(), today))
                .findFirst();
    }

    /** One surprise idea; each client starts at a different idea so a portfolio does not get the same one. */
    private Optional<Prompt> surprise(Client client, LocalDate today, ResponseLedger ledger) {
        List<Surprise> ideas = playbook.surprises();
        if (ledger.stopped(PromptKind.SURPRISE) || ideas.isEmpty()) {
            return Optional.empty();
        }
        int start = (int) Math.floorMod(client.id(), (long) ideas.size());
        return Stream.concat(ideas.subList(start, ideas.size()).stream(), ideas.subList(0, start).stream())
                .map(idea -> new Prompt(PromptKeys.surprise(idea.key()), PromptKind.SURPRISE, idea.text(), idea.why(), null))
                .filter(prompt -> !ledger.hides(prompt.key(), today))
                .findFirst();
    }

    private static boolean fitsIndustry(Set<String> industries, Client client) {
        return industries.contains(Playbook.GENERAL) || industries.contains(client.industry());
    }
}
