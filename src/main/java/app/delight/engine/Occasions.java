package app.delight.engine;

import app.delight.domain.Client;
import app.delight.domain.FollowUp;
import app.delight.domain.PromptKind;
import app.delight.domain.PromptResponse;
import app.delight.domain.Stage;
import app.delight.domain.Touchpoint;
import app.delight.playbook.Occasion;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The moments open for a surprise on a day, each for {@value #DAYS} days:
 * <ul>
 * <li>{@code anniversary}: the {@value #DAYS} days up to each anniversary of the start date, the first one on
 *     (a card or a video must be ready on the day);</li>
 * <li>{@code milestone}: from the 100th day with the client, and from its renewal date when it is still served
 *     (a new term begins);</li>
 * <li>{@code struggle-removed}: from the day the team marked one of the client's struggles removed;</li>
 * <li>{@code promoter}: from the day of an answer of 9 or 10;</li>
 * <li>{@code launch}: while an open follow-up that names a launch is due within {@value #DAYS} days (or was
 *     in the last 3), or the last touchpoint, in the last 7 days, named one.</li>
 * </ul>
 */
final class Occasions {
    static final int DAYS = 14;
    static final int MILESTONE_DAY = 100;
    private static final int LAUNCH_JUST_PAST_DAYS = 3;
    private static final int LAUNCH_TOUCHPOINT_DAYS = 7;
    /** The words that name a launch, in the two languages teams write in, accents and case aside. */
    private static final Pattern LAUNCH = Pattern.compile(
            "\\b(launch\\w*|go[- ]live|goes live|lancements?|mise en ligne|mise en production)\\b");

    private Occasions() {
    }

    static Set<Occasion> open(ClientHistory history, LocalDate today) {
        Set<Occasion> open = EnumSet.noneOf(Occasion.class);
        Client client = history.client();
        if (client.startDate() != null && anniversaryComing(client.startDate(), today)) {
            open.add(Occasion.ANNIVERSARY);
        }
        if (milestone(client, today)) {
            open.add(Occasion.MILESTONE);
        }
        if (history.responses().stream().anyMatch(response -> response.kind() == PromptKind.STRUGGLE
                && response.response() == PromptResponse.Response.REMOVED
                && within(LocalDate.ofInstant(response.respondedAt(), history.zone()), today))) {
            open.add(Occasion.STRUGGLE_REMOVED);
        }
        if (history.recentNps().stream().anyMatch(answer -> answer.isPromoter()
                && within(LocalDate.ofInstant(answer.answeredAt(), history.zone()), today))) {
            open.add(Occasion.PROMOTER);
        }
        if (launch(history, today)) {
            open.add(Occasion.LAUNCH);
        }
        return open;
    }

    /** Today is one of the {@value #DAYS} days up to an anniversary, the anniversary itself included. */
    private static boolean anniversaryComing(LocalDate start, LocalDate today) {
        LocalDate next = start.withYear(today.getYear());
        if (next.isBefore(today)) {
            next = next.plusYears(1);
        }
        return !next.isBefore(start.plusYears(1)) && ChronoUnit.DAYS.between(today, next) < DAYS;
    }

    private static boolean milestone(Client client, LocalDate today) {
        boolean hundredDays = client.startDate() != null && within(client.startDate().plusDays(MILESTONE_DAY), today);
        boolean served = client.stage() != Stage.CHURNED && client.stage() != Stage.PAUSED;
        return hundredDays || served && client.renewalDate() != null && within(client.renewalDate(), today);
    }

    private static boolean launch(ClientHistory history, LocalDate today) {
        boolean followUp = history.openFollowUps().stream()
                .filter(open -> open.dueOn() != null)
                .filter(open -> !open.dueOn().isBefore(today.minusDays(LAUNCH_JUST_PAST_DAYS))
                        && open.dueOn().isBefore(today.plusDays(DAYS)))
                .map(FollowUp::text)
                .anyMatch(Occasions::namesALaunch);
        Touchpoint last = history.lastTouchpoint();
        boolean touchpoint = last != null
                && ChronoUnit.DAYS.between(LocalDate.ofInstant(last.occurredAt(), history.zone()), today) < LAUNCH_TOUCHPOINT_DAYS
                && namesALaunch(last.text());
        return followUp || touchpoint;
    }

    static boolean namesALaunch(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return LAUNCH.matcher(plain).find();
    }

    /** {@code day} is today or one of the {@value #DAYS} − 1 days before. */
    private static boolean within(LocalDate day, LocalDate today) {
        long age = ChronoUnit.DAYS.between(day, today);
        return age >= 0 && age < DAYS;
    }
}
