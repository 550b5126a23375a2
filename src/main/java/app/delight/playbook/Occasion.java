package app.delight.playbook;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A moment in a client's life that a surprise idea can be made for; the engine tells which are open on a day. */
public enum Occasion {
    ANNIVERSARY, MILESTONE, STRUGGLE_REMOVED, PROMOTER, LAUNCH;

    /** The name written in a playbook: {@code struggle-removed}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Occasion> fromCode(String code) {
        return Arrays.stream(values()).filter(occasion -> occasion.code().equals(code)).findFirst();
    }

    public static String codes() {
        return Arrays.stream(values()).map(Occasion::code).collect(Collectors.joining(", "));
    }
}
