package app.delight.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where a client is in its lifecycle with the agency. */
public enum Stage {
    PROSPECT, ONBOARDING, ACTIVE, RENEWAL, PAUSED, CHURNED;

    /** The name used in CSV files, commands and the database. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Stage> fromCode(String code) {
        return Arrays.stream(values()).filter(stage -> stage.code().equals(code.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    /** "prospect, onboarding, …" for messages that say what is expected. */
    public static String codes() {
        return Arrays.stream(values()).map(Stage::code).collect(Collectors.joining(", "));
    }
}
