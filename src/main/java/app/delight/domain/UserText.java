package app.delight.domain;

import java.util.Optional;

/** Rules for free text a user types (a touchpoint, a follow-up…), shared by commands and modals. */
public final class UserText {
    public static final int MAX_LENGTH = 3000;

    /** Why a text cannot be stored. */
    public enum Problem { EMPTY, TOO_LONG, CONTROL_CHARACTERS }

    private UserText() {
    }

    public static Optional<Problem> check(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(Problem.EMPTY);
        }
        if (text.length() > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        // Line breaks and tabs are text; other control characters are pasted by accident and break rendering.
        boolean control = text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r');
        return control ? Optional.of(Problem.CONTROL_CHARACTERS) : Optional.empty();
    }
}
