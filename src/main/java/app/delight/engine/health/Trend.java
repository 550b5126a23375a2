package app.delight.engine.health;

/** Where a score went against the stored score of 30 days before. */
public enum Trend {
    UP, DOWN, FLAT, UNKNOWN;

    /** A move of this many points or more, either way, is a trend; less is flat. */
    public static final int THRESHOLD = 5;

    /** {@code delta} is today's score minus the one of 30 days before; null when none was stored. */
    public static Trend of(Integer delta) {
        if (delta == null) {
            return UNKNOWN;
        }
        if (delta >= THRESHOLD) {
            return UP;
        }
        return delta <= -THRESHOLD ? DOWN : FLAT;
    }
}
