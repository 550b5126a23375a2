package app.delight.engine;

import java.util.List;

/**
 * What a client's digest to one recipient holds on a day, item by item, and whether it is worth sending: only
 * when it holds something new or changed for that recipient (or the client's health fell since its last digest).
 *
 * @param items      every prompt due, in the card's order, each with what it is to this recipient
 * @param healthFell the score fell by {@link DigestRules#HEALTH_DROP} points or more, or to a worse colour, since
 *                   the recipient's last digest
 */
public record Digest(List<Item> items, boolean healthFell) {
    public enum Verdict {
        /** Never shown to this recipient (or not for a long while): news. */
        NEW,
        /**
         * Shown before, and changed since: a follow-up later by another quiet period, a prompt back from a snooze, a
         * meeting come to its eve.
         */
        CHANGED,
        /** Shown before and unchanged, its quiet period over: may ride along with news, never sent alone. */
        AGAIN,
        /** Shown within its quiet period and not acted on since: left out of the digest; the card still shows it. */
        QUIET;

        boolean isNews() {
            return this == NEW || this == CHANGED;
        }
    }

    public record Item(Prompt prompt, Verdict verdict) {
    }

    public Digest {
        items = List.copyOf(items);
    }

    /** What the digest shows: every item but the quiet ones, in order. */
    public List<Prompt> prompts() {
        return items.stream().filter(item -> item.verdict() != Verdict.QUIET).map(Item::prompt).toList();
    }

    /** Something to show, and at least one reason to show it now. */
    public boolean worthSending() {
        return !prompts().isEmpty() && (healthFell || items.stream().anyMatch(item -> item.verdict().isNews()));
    }
}
