package app.delight.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a team member did with a prompt; the engine reads these to hide, snooze and learn. */
public record PromptResponse(long clientId, String promptKey, PromptKind kind, Response response,
        LocalDate snoozedUntil, String respondedBy, Instant respondedAt) {

    public enum Response {
        DONE, SNOOZED, NOT_RELEVANT, SHARED, REMOVED, KEPT;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Response> fromCode(String code) {
            return Arrays.stream(values()).filter(response -> response.code().equals(code)).findFirst();
        }
    }
}
