package app.delight.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The due date of a follow-up, as typed after {@code by}: {@code 2026-12-31}, {@code today},
 * {@code tomorrow}, {@code friday} or {@code fri}, {@code in 3 days}, {@code in 2 weeks},
 * {@code next week}. Dates in the past are accepted: logging a follow-up that is already late is
 * legitimate.
 */
public final class DueDate {
    public static final int MAX_AMOUNT = 365;

    /** A due date, or a message saying what was not understood and what would be. */
    public sealed interface Result permits Result.Valid, Result.Invalid {
        record Valid(LocalDate date) implements Result {}

        record Invalid(Problem problem) implements Result {
            public String message() {
                return problem.english();
            }
        }
    }

    /** A follow-up's text with the {@code by <date>} taken off its end, or why that date was refused. */
    public sealed interface FollowUpText permits FollowUpText.Parsed, FollowUpText.BadDate {
        /** {@code text} may be empty when the user typed only {@code by <date>}; callers decide. */
        record Parsed(String text, Optional<LocalDate> due) implements FollowUpText {}

        record BadDate(Problem problem) implements FollowUpText {
            public String message() {
                return problem.english();
            }
        }
    }

    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter STRICT_ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern IN_AMOUNT = Pattern.compile("in (\\d{1,9}) (day|days|week|weeks)");
    private static final Pattern BY = Pattern.compile("(?i)(?<!\\S)by\\s+");
    private static final Set<String> MONTHS = Set.of("jan", "january", "feb", "february", "mar", "march", "apr",
            "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct",
            "october", "nov", "november", "dec", "december");
    // Dates people write run to three words ("in 3 days", "31 december 2026"); longer tails are prose.
    private static final int LONGEST_DATE_ATTEMPT = 3;

    private DueDate() {}

    public static Optional<LocalDate> parse(String text, LocalDate today) {
        return parseOrExplain(text, today) instanceof Result.Valid valid ? Optional.of(valid.date()) : Optional.empty();
    }

    public static Result parseOrExplain(String text, LocalDate today) {
        String typed = text == null ? "" : text.strip();
        String said = normalise(typed);
        if (ISO.matcher(said).matches()) {
            try {
                return new Result.Valid(LocalDate.parse(said, STRICT_ISO));
            } catch (DateTimeParseException e) {
                return invalid("date.notReal", typed, today);
            }
        }
        switch (said) {
            case "today":
                return new Result.Valid(today);
            case "tomorrow":
                return new Result.Valid(today.plusDays(1));
            case "next week":
                return new Result.Valid(today.plusWeeks(1));
            default:
                break;
        }
        Optional<DayOfWeek> weekday = weekday(said);
        if (weekday.isPresent()) {
            // "friday" said on a Friday means the coming one, not today: today would be "today".
            return new Result.Valid(today.with(TemporalAdjusters.next(weekday.get())));
        }
        Matcher in = IN_AMOUNT.matcher(said);
        if (in.matches()) {
            long amount = Long.parseLong(in.group(1));
            if (amount < 1 || amount > MAX_AMOUNT) {
                return invalid("date.outOfRange", typed, today);
            }
            return new Result.Valid(in.group(2).startsWith("week") ? today.plusWeeks(amount) : today.plusDays(amount));
        }
        return invalid("date.notUnderstood", typed, today);
    }

    /**
     * Splits {@code send the Q3 deck by tomorrow} into its text and due date. The date is the last
     * {@code by …} that parses, so "drop by the office by friday" keeps "drop by the office"; a last
     * {@code by …} that looks like a failed attempt at a date is refused rather than kept as text.
     */
    public static FollowUpText split(String text, LocalDate today) {
        String typed = text == null ? "" : text.strip();
        List<MatchResult> bys = BY.matcher(typed).results().toList();
        for (int i = bys.size() - 1; i >= 0; i--) {
            MatchResult by = bys.get(i);
            String tail = typed.substring(by.end());
            Result due = parseOrExplain(tail, today);
            if (due instanceof Result.Valid valid) {
                return new FollowUpText.Parsed(typed.substring(0, by.start()).strip(), Optional.of(valid.date()));
            }
            if (i == bys.size() - 1 && looksLikeADate(tail) && due instanceof Result.Invalid invalid) {
                return new FollowUpText.BadDate(invalid.problem());
            }
        }
        return new FollowUpText.Parsed(typed, Optional.empty());
    }

    private static boolean looksLikeADate(String tail) {
        String said = normalise(tail);
        if (said.isEmpty() || said.split(" ").length > LONGEST_DATE_ATTEMPT) {
            return false;
        }
        return said.matches(".*[\\d/].*") || said.startsWith("in ") || said.startsWith("next ")
                || Stream.of(said.split("[^\\p{L}]+")).anyMatch(MONTHS::contains);
    }

    private static Optional<DayOfWeek> weekday(String said) {
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.name().toLowerCase(Locale.ROOT);
            if (said.equals(name) || said.equals(name.substring(0, 3))) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    // "Friday." and "in  3 Days" are what people type at the end of a sentence.
    private static String normalise(String text) {
        return text.strip().replaceAll("[.!]+$", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Every date problem ends with examples, the first a real date this year. */
    private static Result.Invalid invalid(String key, String typed, LocalDate today) {
        return new Result.Invalid(Problem.of(key, typed, LocalDate.of(today.getYear(), 12, 31), MAX_AMOUNT));
    }
}
