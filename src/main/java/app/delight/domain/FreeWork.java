package app.delight.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/** Work given for free: strategic (chosen, told to the client) or secret (given in, the risky kind). */
public record FreeWork(long id, long clientId, BigDecimal hours, Kind kind, String text, String recordedBy,
        Instant givenAt) {

    public enum Kind {
        STRATEGIC, SECRET;

        /** How the database, the messages and the modal's options spell it. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
