package app.delight.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a prompt on the card is about, in the order the card ranks them (a meeting to prepare comes after late follow-ups). */
public enum PromptKind {
    FOLLOW_UP, MEETING, ANTICIPATION, STRUGGLE, TIP, SURPRISE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PromptKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code().equals(code)).findFirst();
    }
}
