package app.delight.engine;

import app.delight.domain.PromptKind;
import java.time.LocalDate;
import java.util.OptionalLong;

/**
 * The stable names of prompts, stored with every response. An anticipation's key carries the day
 * it became due, so doing this year's renewal recap does not hide next year's.
 */
public final class PromptKeys {
    private PromptKeys() {
    }

    public static String followUp(long id) {
        return PromptKind.FOLLOW_UP.code() + ":" + id;
    }

    public static String struggle(long id) {
        return PromptKind.STRUGGLE.code() + ":" + id;
    }

    public static String meeting(long meetingId) {
        return PromptKind.MEETING.code() + ":" + meetingId;
    }

    public static String anticipation(String ruleKey, LocalDate due) {
        return PromptKind.ANTICIPATION.code() + ":" + ruleKey + ":" + due;
    }

    public static String tip(String tipKey) {
        return PromptKind.TIP.code() + ":" + tipKey;
    }

    public static String surprise(String surpriseKey) {
        return PromptKind.SURPRISE.code() + ":" + surpriseKey;
    }

    /** The kind a key names, from its prefix. */
    public static PromptKind kindOf(String key) {
        int colon = key.indexOf(':');
        return PromptKind.fromCode(colon < 0 ? key : key.substring(0, colon))
                .orElseThrow(() -> new IllegalArgumentException("not a prompt key: " + key));
    }

    /** The database id in a follow-up's or struggle's key. */
    public static OptionalLong recordId(String key) {
        PromptKind kind = kindOf(key);
        if (kind != PromptKind.FOLLOW_UP && kind != PromptKind.STRUGGLE) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(key.substring(key.indexOf(':') + 1)));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
