package app.delight.i18n;

import java.math.BigDecimal;
import java.text.ChoiceFormat;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Every text a user reads, by key, in the team's language.
 *
 * <p>A text's placeholders are {@code {0}}, {@code {1}}…, replaced in one pass by their arguments as
 * they are, so French apostrophes need no escaping and an argument is never read as a placeholder. A
 * placeholder that counts is written as {@code java.text.ChoiceFormat} writes plural forms, for
 * example {@code {0,choice,0#no follow-ups|1#1 follow-up|1<{0} follow-ups}}: the branch the number
 * picks is then filled in the same way. A date argument ({@link LocalDate}) reads as people write
 * dates, "Friday 4 December" or "vendredi 4 décembre", with its year when that is not this year; a
 * {@link BigDecimal} as the language writes a decimal, "1.5" or "1,5".
 */
public final class Messages {
    private static final String BUNDLE = "i18n.messages";
    private static final String CHOICE = ",choice,";

    private final ResourceBundle bundle;
    private final Clock clock;

    private Messages(ResourceBundle bundle, Clock clock) {
        this.bundle = bundle;
        this.clock = clock;
    }

    /** Texts whose dates take the year from the system clock; the app passes its own clock. */
    public static Messages forLocale(Locale locale) {
        return forLocale(locale, Clock.systemUTC());
    }

    public static Messages forLocale(Locale locale, Clock clock) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)), clock);
    }

    public static boolean isFrench(Locale locale) {
        return locale.getLanguage().equals(Locale.FRENCH.getLanguage());
    }

    /** The language the texts are in: {@link Locale#FRENCH} or {@link Locale#ENGLISH}. */
    public Locale language() {
        return isFrench(bundle.getLocale()) ? Locale.FRENCH : Locale.ENGLISH;
    }

    public String get(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No text for key " + key + " in " + bundle.getLocale(), e);
        }
        return fill(text, args);
    }

    /** A date as people read it: "Friday 4 December", "vendredi 1er janvier 2027". */
    public String date(LocalDate date) {
        // French writes the first of the month "1er": "lundi 1er mars".
        String first = language() == Locale.FRENCH && date.getDayOfMonth() == 1 ? "'er'" : "";
        String year = date.getYear() == LocalDate.now(clock).getYear() ? "" : " uuuu";
        return date.format(DateTimeFormatter.ofPattern("EEEE d" + first + " MMMM" + year, language()));
    }

    private String fill(String template, Object[] args) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int end = c == '{' ? closingBrace(template, i) : -1;
            if (end < 0) {
                out.append(c);
                i++;
                continue;
            }
            out.append(placeholder(template.substring(i + 1, end), args).orElse(template.substring(i, end + 1)));
            i = end + 1;
        }
        return out.toString();
    }

    /** What a placeholder's inside ({@code 0} or {@code 0,choice,…}) stands for, or empty when it is none. */
    private Optional<String> placeholder(String inside, Object[] args) {
        int comma = inside.indexOf(',');
        String index = comma < 0 ? inside : inside.substring(0, comma);
        if (index.isEmpty() || !index.chars().allMatch(Character::isDigit) || index.length() > 2) {
            return Optional.empty();
        }
        int n = Integer.parseInt(index);
        if (n >= args.length) {
            return Optional.empty();
        }
        if (comma < 0) {
            return Optional.of(show(args[n]));
        }
        if (!inside.startsWith(CHOICE, comma) || !(args[n] instanceof Number number)) {
            return Optional.empty();
        }
        return Optional.of(fill(choose(inside.substring(comma + CHOICE.length()), number.doubleValue()), args));
    }

    /**
     * The form {@code 0#none|1#one|1<{0} many} picks for a number, with {@link ChoiceFormat}'s limits. The
     * forms are split here rather than by {@code ChoiceFormat}'s own pattern reader, which would take an
     * apostrophe for a quote and {@code <} in a form's text for a limit.
     */
    private static String choose(String forms, double number) {
        List<String> parts = splitOutsideBraces(forms);
        double[] limits = new double[parts.size()];
        String[] texts = new String[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            int sign = indexOfLimitSign(part);
            double limit = Double.parseDouble(part.substring(0, sign).strip());
            limits[i] = part.charAt(sign) == '<' ? ChoiceFormat.nextDouble(limit) : limit;
            texts[i] = part.substring(sign + 1);
        }
        return new ChoiceFormat(limits, texts).format(number);
    }

    private static int indexOfLimitSign(String form) {
        for (int i = 0; i < form.length(); i++) {
            if (form.charAt(i) == '#' || form.charAt(i) == '<') {
                return i;
            }
        }
        throw new IllegalArgumentException("A plural form needs a limit such as 1# or 1<: " + form);
    }

    private static List<String> splitOutsideBraces(String forms) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < forms.length(); i++) {
            char c = forms.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (c == '|' && depth == 0) {
                parts.add(forms.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(forms.substring(start));
        return parts;
    }

    private String show(Object arg) {
        if (arg instanceof LocalDate date) {
            return date(date);
        }
        if (arg instanceof BigDecimal decimal) {
            // Hours and amounts: "1.5" in English, "1,5" in French; whole numbers without ".0".
            DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(language());
            format.setGroupingUsed(false);
            format.setMaximumFractionDigits(decimal.scale() < 0 ? 0 : decimal.scale());
            return format.format(decimal);
        }
        return String.valueOf(arg);
    }

    private static int closingBrace(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
