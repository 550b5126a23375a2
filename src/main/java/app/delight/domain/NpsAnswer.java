package app.delight.domain;

import java.time.Instant;

/** A client's answer to "how likely are you to recommend us", 0 to 10. */
public record NpsAnswer(long id, long clientId, int score, String comment, String recordedBy, Instant answeredAt) {
    public static final int MIN = 0;
    public static final int MAX = 10;

    public NpsAnswer {
        if (score < MIN || score > MAX) {
            throw new IllegalArgumentException("an NPS score is from 0 to 10, got " + score);
        }
    }

    public boolean isPromoter() {
        return score >= 9;
    }

    public boolean isDetractor() {
        return score <= 6;
    }
}
