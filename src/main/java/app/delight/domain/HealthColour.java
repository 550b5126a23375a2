package app.delight.domain;

/** The band of a health score: green 70 and up, yellow 40 to 69, red under 40. */
public enum HealthColour {
    GREEN, YELLOW, RED;

    /** The lowest score that is not red. */
    public static final int NOT_RED_FROM = 40;

    public static HealthColour of(int score) {
        if (score >= 70) {
            return GREEN;
        }
        return score >= NOT_RED_FROM ? YELLOW : RED;
    }
}
