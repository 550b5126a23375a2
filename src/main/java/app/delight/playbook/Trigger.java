package app.delight.playbook;

import app.delight.domain.Stage;
import java.time.MonthDay;

/** When an anticipation becomes due: exactly one of these per playbook rule. */
public sealed interface Trigger {
    /** {@code days} after the client's start date. */
    record AfterStart(int days) implements Trigger {
    }

    /** {@code days} before the client's renewal date. */
    record BeforeRenewal(int days) implements Trigger {
    }

    /** Every year on the day the client started, from the first anniversary on. */
    record Anniversary() implements Trigger {
    }

    /** The day the client entered {@code stage}, while it is still in it. */
    record StageEntered(Stage stage) implements Trigger {
    }

    /** The day after the client's contact cadence for its stage ran out with no touchpoint. */
    record Quiet() implements Trigger {
    }

    /** The day of an NPS answer of {@code atMost} or less, within the last 30 days. */
    record LowNps(int atMost) implements Trigger {
    }

    /** The day of an NPS answer of {@code atLeast} or more (a promoter's, at 9), within the last 30 days. */
    record HighNps(int atLeast) implements Trigger {
    }

    /**
     * The day the client last gave a reason to be called unhappy: an incident or a detractor's answer in the last
     * 90 days, or the day its health turned red. Fires only while it is unhappy.
     */
    record Unhappy() implements Trigger {
    }

    /** The {@code days}-th day running that the client's health is red, while it still is. */
    record RedFor(int days) implements Trigger {
    }

    /** {@code leadDays} before an industry's busy season that starts each year on {@code starts}. */
    record Season(MonthDay starts, int leadDays) implements Trigger {
    }
}
