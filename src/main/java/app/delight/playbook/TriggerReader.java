package app.delight.playbook;

import app.delight.domain.Stage;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/** Reads an anticipation's {@code when}: the one trigger that decides the day the rule becomes due. */
final class TriggerReader {
    static final List<String> TRIGGERS = List.of("after-start-days", "before-renewal-days", "anniversary",
            "stage-entered", "quiet", "low-nps", "high-nps", "unhappy", "red-days", "season");
    private static final int MAX_DAYS = 3650;
    private static final Pattern MONTH_DAY = Pattern.compile("\\d\\d-\\d\\d");

    private TriggerReader() {
    }

    /** The trigger, or null when {@code when} is wrong (reported). */
    static Trigger read(Fields when) {
        when.allowOnly(TRIGGERS);
        List<String> named = when.names().stream().filter(TRIGGERS::contains).toList();
        if (named.isEmpty() && !when.names().isEmpty()) {
            return null; // a misspelt trigger, already named by allowOnly
        }
        if (named.size() != 1) {
            // Two triggers would leave the engine guessing which date the rule is due on.
            when.problem(named.isEmpty()
                    ? "when must name one trigger: " + String.join(", ", TRIGGERS)
                    : "when names " + named.size() + " triggers (" + String.join(", ", named) + "); a rule takes exactly one");
            return null;
        }
        String trigger = named.get(0);
        return switch (trigger) {
            case "after-start-days" -> days(when, trigger, Trigger.AfterStart::new, 0);
            case "before-renewal-days" -> days(when, trigger, Trigger.BeforeRenewal::new, 0);
            case "anniversary" -> flag(when, trigger) ? new Trigger.Anniversary() : null;
            case "quiet" -> flag(when, trigger) ? new Trigger.Quiet() : null;
            case "unhappy" -> flag(when, trigger) ? new Trigger.Unhappy() : null;
            case "stage-entered" -> stageEntered(when);
            case "low-nps" -> {
                Integer atMost = when.wholeNumber(trigger, 0, 10);
                yield atMost == null ? null : new Trigger.LowNps(atMost);
            }
            case "high-nps" -> {
                Integer atLeast = when.wholeNumber(trigger, 0, 10);
                yield atLeast == null ? null : new Trigger.HighNps(atLeast);
            }
            case "red-days" -> days(when, trigger, Trigger.RedFor::new, 1);
            case "season" -> season(when.mapping(trigger));
            default -> throw new IllegalStateException(trigger);
        };
    }

    private static Trigger days(Fields when, String name, IntFunction<Trigger> trigger, int min) {
        Integer days = when.wholeNumber(name, min, MAX_DAYS);
        return days == null ? null : trigger.apply(days);
    }

    /** {@code anniversary: false} reads like "never", which is not what a rule without a trigger would mean. */
    private static boolean flag(Fields when, String name) {
        JsonNode value = when.get(name);
        if (!value.isBoolean() || !value.booleanValue()) {
            when.problem("when." + name + " must be true, got " + Fields.show(value));
            return false;
        }
        return true;
    }

    private static Trigger stageEntered(Fields when) {
        String code = when.string("stage-entered");
        if (code == null) {
            return null;
        }
        Stage stage = Fields.stage(code).orElse(null);
        if (stage == null) {
            when.problem("when.stage-entered has an unknown stage \"" + code + "\"; expected one of " + Stage.codes());
            return null;
        }
        return new Trigger.StageEntered(stage);
    }

    private static Trigger season(Fields season) {
        if (season == null) {
            return null;
        }
        season.allowOnly(List.of("starts", "lead-days"));
        MonthDay starts = monthDay(season);
        Integer leadDays = season.wholeNumber("lead-days", 0, 366);
        return starts == null || leadDays == null ? null : new Trigger.Season(starts, leadDays);
    }

    private static MonthDay monthDay(Fields season) {
        String text = season.string("starts");
        if (text == null) {
            return null;
        }
        try {
            if (MONTH_DAY.matcher(text).matches()) {
                return MonthDay.parse("--" + text);
            }
        } catch (DateTimeException e) {
            // reported below, with the value the team wrote
        }
        season.problem("when.season.starts must be a day of the year \"MM-DD\" like \"11-24\", got "
                + Fields.show(season.get("starts")));
        return null;
    }
}
