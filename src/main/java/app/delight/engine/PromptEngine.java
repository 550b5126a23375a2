package app.delight.engine;

import app.delight.domain.Client;
import app.delight.domain.FollowUp;
import app.delight.domain.PromptKind;
import app.delight.domain.Struggle;
import app.delight.engine.health.HealthModel;
import app.delight.i18n.Messages;
import app.delight.playbook.Anticipation;
import app.delight.playbook.Occasion;
import app.delight.playbook.Playbook;
import app.delight.playbook.Surprise;
import app.delight.playbook.Tip;
import app.delight.playbook.Trigger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which prompts are due for a client on a day, best first: overdue follow-ups (most late first),
 * meetings with the client's people to prepare (soonest first), anticipations in their window
 * (earliest first), open struggles (oldest first), then one tip the client has not had and one
 * surprise idea. A pure function of its input.
 *
 * <p>Right for the moment: an entry tagged with regions reaches only clients in them (the client's country,
 * else the team's); an unhappy client (see {@link Unhappiness}) gets the playbook's repair rules and no
 * celebration, anniversary or surprise; a surprise made for an occasion open today comes before a general idea.
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

    /**
     * How many days of stored health scores the engine needs to date a red run's start well enough: a run older
     * than that has outlived every red-days rule's window, whenever it began.
     */
    public int healthHistoryDays() {
        int days = HealthModel.RED_DAYS;
        for (Anticipation rule : playbook.anticipations()) {
            if (rule.trigger() instanceof Trigger.RedFor red) {
                days = Math.max(days, red.days() + rule.windowDays());
            }
        }
        return days;
    }

    public List<Prompt> promptsFor(ClientHistory history, LocalDate today) {
        ResponseLedger ledger = new ResponseLedger(history.responses());
        boolean unhappy = Unhappiness.unhappy(history, today);
        String country = playbook.countryOf(history.client());
        List<Prompt> prompts = new ArrayList<>();
        prompts.addAll(followUpsDue(history, today, ledger));
        prompts.addAll(meetings.toPrepare(history, today, ledger));
        prompts.addAll(anticipationsDue(history, today, ledger, unhappy, country));
        prompts.addAll(openStruggles(history, today, ledger));
        tip(history.client(), today, ledger, country).ifPresent(prompts::add);
        if (!unhappy) {
            surprise(history, today, ledger, country).ifPresent(prompts::add);
        }
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

    private List<Prompt> anticipationsDue(ClientHistory history, LocalDate today, ResponseLedger ledger, boolean unhappy,
            String country) {
        if (ledger.stopped(PromptKind.ANTICIPATION)) {
            return List.of();
        }
        Client client = history.client();
        return playbook.anticipations().stream()
                .filter(rule -> rule.stages().contains(client.stage()) && fitsIndustry(rule.industries(), client))
                .filter(rule -> playbook.appliesIn(rule.regions(), country) && suitsMood(rule.mood(), unhappy))
                .flatMap(rule -> triggers.lastFired(rule.trigger(), history, today)
                        .filter(fired -> today.isBefore(fired.plusDays(rule.windowDays())))
                        .map(fired -> anticipation(rule, fired))
                        .stream())
                .filter(prompt -> !ledger.hides(prompt.key(), today))
                .sorted(Comparator.comparing(Prompt::date).thenComparing(Prompt::key))
                .toList();
    }

    /** A celebration never reaches an unhappy client, and a repair only reaches one. */
    private static boolean suitsMood(Anticipation.Mood mood, boolean unhappy) {
        return switch (mood) {
            case ANY -> true;
            case CELEBRATION -> !unhappy;
            case REPAIR -> unhappy;
        };
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
    private Optional<Prompt> tip(Client client, LocalDate today, ResponseLedger ledger, String country) {
        if (ledger.stopped(PromptKind.TIP)) {
            return Optional.empty();
        }
        Comparator<Tip> bestFirst = Comparator.comparing((Tip tip) -> !tip.industries().contains(client.industry()))
                .thenComparing(tip -> tip.stages().isEmpty());
        return playbook.tips().stream()
                .filter(tip -> fitsIndustry(tip.industries(), client))
                .filter(tip -> tip.stages().isEmpty() || tip.stages().contains(client.stage()))
                .filter(tip -> playbook.appliesIn(tip.regions(), country))
                .sorted(bestFirst)
                .map(tip -> new Prompt(PromptKeys.tip(tip.key()), PromptKind.TIP, tip.text(), tip.why(), null))
                .filter(prompt -> !ledger.hides(prompt.key(), today))
                .findFirst();
    }

    /**
     * One surprise idea: one made for an occasion open today (in the playbook's order), else a general idea, the
     * next in the client's own order of them. That order is shuffled per client so a portfolio does not get the
     * same idea, and stays put: the client keeps its idea until the team does it or sets it aside, and a digest
     * does not pass a new idea off as news each week.
     */
    private Optional<Prompt> surprise(ClientHistory history, LocalDate today, ResponseLedger ledger, String country) {
        if (ledger.stopped(PromptKind.SURPRISE)) {
            return Optional.empty();
        }
        Set<Occasion> open = Occasions.open(history, today);
        List<Surprise> ideas = playbook.surprises().stream()
                .filter(idea -> playbook.appliesIn(idea.regions(), country))
                .filter(idea -> !ledger.hides(PromptKeys.surprise(idea.key()), today))
                .toList();
        Optional<Surprise> fitting = ideas.stream()
                .filter(idea -> !Collections.disjoint(idea.occasions(), open))
                .findFirst();
        long client = history.client().id();
        Optional<Surprise> chosen = fitting.or(() -> ideas.stream()
                .filter(idea -> idea.occasions().isEmpty())
                .min(Comparator.comparingInt((Surprise idea) -> (client + ":" + idea.key()).hashCode())
                        .thenComparing(Surprise::key)));
        return chosen.map(idea -> new Prompt(PromptKeys.surprise(idea.key()), PromptKind.SURPRISE, idea.text(), idea.why(),
                null));
    }

    private static boolean fitsIndustry(Set<String> industries, Client client) {
        return industries.contains(Playbook.GENERAL) || industries.contains(client.industry());
    }
}
