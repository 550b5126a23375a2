package app.delight.engine;

import app.delight.domain.HealthColour;
import app.delight.domain.PromptKind;
import app.delight.playbook.Playbook;
import app.delight.playbook.QuietPeriod;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Quiet by design: decides, per recipient, what of a client's due prompts a digest shows, and whether it is
 * sent at all. A pure function of what was shown when and what changed since.
 * <ul>
 * <li><b>Nothing repeats without a reason.</b> A prompt shown to a recipient and not acted on is not shown to it
 *     again until its kind's quiet period (the playbook's {@code quiet-periods}) has passed.</li>
 * <li><b>A digest needs something new:</b> a prompt the recipient was never shown (or not in the last
 *     {@value #REMEMBERED_DAYS} days), an overdue follow-up later by another quiet period than when it was last
 *     shown, a prompt the team snoozed that is back, a meeting to prepare come to its eve (the last nudge day
 *     before it), or a fall in the client's health since the recipient's last digest. Repeats ride along with
 *     news; alone they send nothing.</li>
 * </ul>
 * The card ({@code /delight acme}) is not filtered: it shows everything due.
 */
public final class DigestRules {
    /** A fall in score that is news on its own, beside a fall to a worse colour. */
    public static final int HEALTH_DROP = 10;
    /** How far back what a recipient was shown is remembered: older than this, a prompt is new to it again. */
    public static final int REMEMBERED_DAYS = 90;

    private final Playbook playbook;
    private final NudgeCalendar calendar;

    public DigestRules(Playbook playbook, NudgeCalendar calendar) {
        this.playbook = playbook;
        this.calendar = calendar;
    }

    /**
     * @param history what the client's prompts were made from: its responses and zone, its health score today
     * @param due     the client's prompts due today, in the card's order (all of them, not only the card's top few)
     * @param shown   what this recipient was shown before today
     */
    public Digest decide(ClientHistory history, List<Prompt> due, Shown shown, LocalDate today) {
        List<Digest.Item> items = new ArrayList<>();
        for (Prompt prompt : due) {
            items.add(new Digest.Item(prompt, verdict(history, prompt, shown, today)));
        }
        return new Digest(items, healthFell(shown.lastScore(), history.healthScore()));
    }

    private Digest.Verdict verdict(ClientHistory history, Prompt prompt, Shown shown, LocalDate today) {
        LocalDate last = shown.lastShown().get(prompt.key());
        if (last == null || !last.isBefore(today)) {
            // Shown later than today is a pass re-run for an earlier day: what it showed then is no news today.
            return last == null ? Digest.Verdict.NEW : Digest.Verdict.QUIET;
        }
        if (actedOnSince(history, prompt.key(), last)) {
            return Digest.Verdict.CHANGED;
        }
        if (prompt.kind() == PromptKind.MEETING && eveReachedSince(prompt.date(), last, today)) {
            return Digest.Verdict.CHANGED;
        }
        Optional<QuietPeriod> period = playbook.quietPeriod(prompt.kind());
        boolean over = period.map(quiet -> passed(quiet, last, today)).orElse(true);
        if (!over) {
            return Digest.Verdict.QUIET;
        }
        return prompt.kind() == PromptKind.FOLLOW_UP && prompt.date().isBefore(today) ? Digest.Verdict.CHANGED
                : Digest.Verdict.AGAIN;
    }

    /** A response on or after the day it was last shown: the team snoozed it and it is back, a reason to show it. */
    private static boolean actedOnSince(ClientHistory history, String key, LocalDate lastShown) {
        return history.responses().stream().anyMatch(response -> response.promptKey().equals(key)
                && !LocalDate.ofInstant(response.respondedAt(), history.zone()).isBefore(lastShown));
    }

    /**
     * The meeting's eve, the last nudge day before it, has come since it was last shown: a meeting shown when it
     * entered the card's window is shown once more when there is still a workday to prepare it.
     */
    private boolean eveReachedSince(LocalDate meetingDay, LocalDate lastShown, LocalDate today) {
        LocalDate eve = meetingDay.minusDays(1);
        while (eve.isAfter(lastShown) && !calendar.isNudgeDay(eve)) {
            eve = eve.minusDays(1);
        }
        return lastShown.isBefore(eve) && !today.isBefore(eve);
    }

    private boolean passed(QuietPeriod quiet, LocalDate last, LocalDate today) {
        if (quiet.unit() == QuietPeriod.Unit.DAYS) {
            return ChronoUnit.DAYS.between(last, today) >= quiet.length();
        }
        long workdays = last.plusDays(1).datesUntil(today.plusDays(1)).filter(calendar::isNudgeDay).count();
        return workdays >= quiet.length();
    }

    static boolean healthFell(Integer before, Integer now) {
        if (before == null || now == null) {
            return false;
        }
        return before - now >= HEALTH_DROP || HealthColour.of(now).compareTo(HealthColour.of(before)) > 0;
    }
}
