package app.delight.domain;

/** The band of a health score: green 70 and up, yellow 40 to 69, red under 40. */
public enum HealthColour {
    GREEN, YELLOW, RED;

    public static HealthColour of(int score) {
        if (score >= 70) {
            return GREEN;
        }
        return score >= 40 ? YELLOW : RED;
    }
}
