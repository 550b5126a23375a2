package app.delight.engine;

import app.delight.i18n.Messages;
import java.util.List;
import java.util.Locale;

/** What was wrong with something a user typed, as a message key and its arguments, told in the user's language. */
public record Problem(String key, List<Object> args) {
    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String key, Object... args) {
        return new Problem(key, List.of(args));
    }

    public String in(Messages messages) {
        return messages.get(key, args.toArray());
    }

    /** English, as tests and logs read it. */
    public String english() {
        return in(Messages.forLocale(Locale.ENGLISH));
    }
}
