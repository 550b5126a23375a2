package app.delight.nudge;

import app.delight.blocks.DigestMessage;
import app.delight.clients.DelightCards;
import app.delight.clients.Today;
import app.delight.config.Settings;
import app.delight.delivery.Delivery;
import app.delight.engine.DigestRules;
import app.delight.engine.NudgeCalendar;
import app.delight.i18n.Messages;
import app.delight.metrics.Metrics;
import app.delight.playbook.Playbook;
import app.delight.store.Store;
import java.time.Clock;

/** Wires the nudge pass the same way for the app's scheduler and the {@code nudge} command. */
public final class Nudges {
    private Nudges() {
    }

    public static NudgeCalendar calendar(Settings settings) {
        return new NudgeCalendar(settings.nudgeTime(), settings.workdays(), settings.holidays());
    }

    public static NudgePlanner planner(Settings settings, Store store, Playbook playbook, Clock clock) {
        Today today = new Today(clock, settings.timezone());
        Messages messages = Messages.forLocale(settings.locale(), clock);
        NudgeCalendar calendar = calendar(settings);
        return new NudgePlanner(store, new DelightCards(store, playbook, messages, today), today, calendar,
                new DigestRules(playbook, calendar), new DigestMessage(messages));
    }

    public static NudgePass pass(Settings settings, Store store, Playbook playbook, Clock clock, Delivery delivery,
            Metrics metrics) {
        return new NudgePass(store, planner(settings, store, playbook, clock), new OutboxDelivery(store, delivery, metrics), clock);
    }
}
