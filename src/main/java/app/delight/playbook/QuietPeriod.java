package app.delight.playbook;

/**
 * How long an item shown in a digest and not acted on stays out of the next digests: {@code length} days, or
 * {@code length} workdays (the team's nudge days, holidays left out).
 */
public record QuietPeriod(int length, Unit unit) {
    public enum Unit { DAYS, WORKDAYS }

    public QuietPeriod {
        if (length < 0) {
            throw new IllegalArgumentException("a quiet period is 0 or more, got " + length);
        }
    }

    public static QuietPeriod days(int length) {
        return new QuietPeriod(length, Unit.DAYS);
    }

    public static QuietPeriod workdays(int length) {
        return new QuietPeriod(length, Unit.WORKDAYS);
    }
}
