package app.delight.engine;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The due date of a follow-up as people write it, the same in the text form and the modal:
 * {@code 2026-12-31}, {@code today}, {@code tomorrow}, {@code friday} or {@code fri}, {@code in 3 days},
 * {@code in 2 weeks}, {@code next week}, {@code 4 December}, {@code Friday 4 December 2026}; in French
 * also {@code aujourd'hui}, {@code demain}, {@code vendredi}, {@code dans 3 jours}, {@code semaine
 * prochaine}, {@code le 4 décembre}, {@code 15/12}. A day and month without a year are the next such
 * day. A date in the past is read, and {@link #past} says what to ask before it is kept.
 */
public final class DueDate {
    public static final int MAX_AMOUNT = 365;

    /** A due date, or what was not understood and what would be. */
    public sealed interface Result permits Result.Valid, Result.Invalid {
        record Valid(LocalDate date) implements Result {}

        record Invalid(Problem problem) implements Result {
            public String message() {
                return problem.english();
            }
        }
    }

    /** A follow-up's text with the date at its end taken off, or why the date after its {@code by} was refused. */
    public sealed interface FollowUpText permits FollowUpText.Parsed, FollowUpText.BadDate {
        /** {@code text} may be empty when the user typed only a date; callers decide. */
        record Parsed(String text, Optional<LocalDate> due) implements FollowUpText {}

        record BadDate(Problem problem) implements FollowUpText {
            public String message() {
                return problem.english();
            }
        }
    }

    /**
     * A due date before today: late follow-ups are real, but a past year is more often a slip, so the
     * user confirms it or takes {@code suggestion}, the same day and month in the year that is next.
     */
    public record PastDate(LocalDate due, LocalDate suggestion, Problem warning) {}

    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter STRICT_ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,9}");
    private static final Pattern DAY_OF_MONTH = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th|er)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?");
    // "le vendredi 4 décembre 2026" is five words; a longer tail is prose.
    private static final int LONGEST_DATE = 5;
    // A tail after "by" is taken for a date attempt only up to four words: "by region for the 3 stores" is prose.
    private static final int LONGEST_ATTEMPT = 4;
    // Shorter words are too easily another word a letter away ("the" and "tue", "lui" and "lun")
    // to make a date of the words after "by"; once a text is known to be meant as a date, a slip in
    // a four-letter word ("dyas") is worth naming.
    private static final int SHORTEST_TYPO_CHECKED = 5;
    private static final int SHORTEST_TYPO_NAMED = 4;

    private DueDate() {}

    public static Result read(String text, LocalDate today, Locale language) {
        String typed = text == null ? "" : text.strip();
        DateWords words = DateWords.of(language);
        String folded = DateWords.fold(typed).replace(',', ' ').replaceAll(" +", " ");
        String said = words.french && folded.startsWith("le ") ? folded.substring(3) : folded;
        if (ISO.matcher(said).matches()) {
            try {
                return new Result.Valid(LocalDate.parse(said, STRICT_ISO));
            } catch (DateTimeParseException e) {
                return invalid("date.notReal", typed, today);
            }
        }
        Optional<Integer> days = words.daysFromToday(said);
        if (days.isPresent()) {
            return new Result.Valid(today.plusDays(days.get()));
        }
        if (words.isNextWeek(said)) {
            return new Result.Valid(today.plusWeeks(1));
        }
        List<String> parts = List.of(said.split(" "));
        Optional<DayOfWeek> weekday = parts.size() == 1 ? words.weekday(said) : Optional.empty();
        if (weekday.isPresent()) {
            // "friday" said on a Friday means the coming one, not today: today would be "today".
            return new Result.Valid(today.with(TemporalAdjusters.next(weekday.get())));
        }
        if (parts.size() == 3 && words.isIn(parts.get(0)) && AMOUNT.matcher(parts.get(1)).matches()
                && words.unitIsWeeks(parts.get(2)).isPresent()) {
            long amount = Long.parseLong(parts.get(1));
            if (amount < 1 || amount > MAX_AMOUNT) {
                return invalid("date.outOfRange", typed, today);
            }
            return new Result.Valid(words.unitIsWeeks(parts.get(2)).get() ? today.plusWeeks(amount) : today.plusDays(amount));
        }
        Optional<DayOfWeek> nextOrThis = parts.size() == 2 ? words.nextWeekday(parts) : Optional.empty();
        if (nextOrThis.isPresent()) {
            // On a Monday, "next friday" is this week's for some and the week after for others.
            return new Result.Invalid(problem("date.ambiguousWeekday", typed, today,
                    today.with(TemporalAdjusters.next(nextOrThis.get()))));
        }
        return dayAndMonth(typed, parts, today, words).orElseGet(() -> notUnderstood(typed, said, today, words));
    }

    /**
     * Splits {@code send the Q3 deck by tomorrow} into its text and due date. The date is the longest
     * one that ends the text, with or without a word such as {@code by} before it, so "drop by the office
     * by friday" keeps "drop by the office". When none does, a last {@code by …} that looks like a failed
     * attempt at a date is refused rather than kept as text.
     */
    public static FollowUpText split(String text, LocalDate today, Locale language) {
        String typed = text == null ? "" : text.strip();
        DateWords words = DateWords.of(language);
        List<int[]> spans = wordSpans(typed);
        for (int k = Math.min(LONGEST_DATE, spans.size()); k >= 1; k--) {
            int first = spans.size() - k;
            String tail = typed.substring(spans.get(first)[0]);
            boolean introduced = first > 0 && words.isIntroducer(DateWords.fold(word(typed, spans.get(first - 1))));
            // "call Sun" is a name, not Sunday: a bare abbreviation needs "by" before it.
            boolean abbreviation = k == 1 && DateWords.fold(tail).length() <= 3;
            if ((introduced || !abbreviation) && read(tail, today, language) instanceof Result.Valid valid) {
                int cut = introduced ? spans.get(first - 1)[0] : spans.get(first)[0];
                return new FollowUpText.Parsed(typed.substring(0, cut).strip(), Optional.of(valid.date()));
            }
        }
        for (int i = spans.size() - 1; i >= 0; i--) {
            if (words.isDueMarker(DateWords.fold(word(typed, spans.get(i))))) {
                String tail = i + 1 < spans.size() ? typed.substring(spans.get(i + 1)[0]) : "";
                if (looksLikeADate(tail, words) && read(tail, today, language) instanceof Result.Invalid invalid) {
                    return new FollowUpText.BadDate(invalid.problem());
                }
                break;
            }
        }
        return new FollowUpText.Parsed(typed, Optional.empty());
    }

    /** A warning to confirm when {@code due} is before {@code today}; empty when it is today or later. */
    public static Optional<PastDate> past(LocalDate due, LocalDate today) {
        if (!due.isBefore(today)) {
            return Optional.empty();
        }
        LocalDate suggestion = MonthDay.from(due).atYear(today.getYear());
        if (suggestion.isBefore(today)) {
            suggestion = MonthDay.from(due).atYear(today.getYear() + 1);
        }
        Period ago = Period.between(due, today);
        Problem warning = ago.getYears() > 0 ? Problem.of("date.past.years", due, ago.getYears(), suggestion)
                : ago.getMonths() > 0 ? Problem.of("date.past.months", due, ago.getMonths(), suggestion)
                : Problem.of("date.past.days", due, ChronoUnit.DAYS.between(due, today), suggestion);
        return Optional.of(new PastDate(due, suggestion, warning));
    }

    /** {@code 4 December}, {@code December 4, 2026}, {@code Friday 4 December}, and in French {@code 15/12/2026}. */
    private static Optional<Result> dayAndMonth(String typed, List<String> parts, LocalDate today, DateWords words) {
        List<String> rest = parts;
        Optional<DayOfWeek> named = Optional.empty();
        if (rest.size() >= 2 && words.weekday(rest.get(0)).isPresent()) {
            named = words.weekday(rest.get(0));
            rest = rest.subList(1, rest.size());
        }
        Integer day = null;
        Month month = null;
        Integer year = null;
        Matcher slashed = SLASHED.matcher(String.join(" ", rest));
        if (words.french && slashed.matches()) {
            day = Integer.parseInt(slashed.group(1));
            int monthNumber = Integer.parseInt(slashed.group(2));
            if (monthNumber < 1 || monthNumber > 12) {
                return Optional.of(invalid("date.notReal", typed, today));
            }
            month = Month.of(monthNumber);
            year = slashed.group(3) == null ? null
                    : Integer.parseInt(slashed.group(3)) + (slashed.group(3).length() == 2 ? 2000 : 0);
        } else if (rest.size() == 2 || rest.size() == 3 && YEAR.matcher(rest.get(2)).matches()) {
            Matcher first = DAY_OF_MONTH.matcher(rest.get(0));
            Matcher second = DAY_OF_MONTH.matcher(rest.get(1));
            if (first.matches() && words.month(rest.get(1)).isPresent()) {
                day = Integer.parseInt(first.group(1));
                month = words.month(rest.get(1)).get();
            } else if (words.month(rest.get(0)).isPresent() && second.matches()) {
                day = Integer.parseInt(second.group(1));
                month = words.month(rest.get(0)).get();
            }
            year = rest.size() == 3 ? Integer.valueOf(rest.get(2)) : null;
        }
        if (day == null || month == null) {
            return Optional.empty();
        }
        Optional<LocalDate> date = year != null ? dateOf(year, month, day) : nextOf(month, day, today);
        if (date.isEmpty()) {
            return Optional.of(invalid("date.notReal", typed, today));
        }
        if (named.isPresent() && named.get() != date.get().getDayOfWeek()) {
            return Optional.of(new Result.Invalid(problem("date.wrongWeekday", typed, today, date.get())));
        }
        return Optional.of(new Result.Valid(date.get()));
    }

    private static Optional<LocalDate> dateOf(int year, Month month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The next such day from today on: 29 February waits for a leap year. */
    private static Optional<LocalDate> nextOf(Month month, int day, LocalDate today) {
        MonthDay monthDay;
        try {
            monthDay = MonthDay.of(month, day);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        for (int year = today.getYear(); year <= today.getYear() + 8; year++) {
            if (monthDay.isValidYear(year) && !monthDay.atYear(year).isBefore(today)) {
                return Optional.of(monthDay.atYear(year));
            }
        }
        return Optional.empty();
    }

    /** Not understood, with the nearest reading when one word of it is a slip of a date word. */
    private static Result notUnderstood(String typed, String said, LocalDate today, DateWords words) {
        List<String> known = words.spelledWords();
        String[] parts = said.split(" ");
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].length() >= SHORTEST_TYPO_NAMED && !known.contains(parts[i])) {
                Optional<String> closest = Spelling.closest(parts[i], known);
                if (closest.isPresent()) {
                    String[] corrected = Arrays.copyOf(parts, parts.length);
                    corrected[i] = closest.get();
                    return new Result.Invalid(problem("date.notUnderstood.closest", typed, today, String.join(" ", corrected)));
                }
            }
        }
        return invalid("date.notUnderstood", typed, today);
    }

    /** Whether what follows a {@code by} was meant as a date: a number, a date word, or a slip of one. */
    private static boolean looksLikeADate(String tail, DateWords words) {
        String said = DateWords.fold(tail);
        String[] parts = said.split(" ");
        if (said.isEmpty() || parts.length > LONGEST_ATTEMPT) {
            return false;
        }
        if (said.matches(".*[\\d/].*") || words.isIn(parts[0]) || parts[0].equals("next") || words.isNextWeek(said)) {
            return true;
        }
        List<String> known = words.spelledWords();
        return Arrays.stream(parts).anyMatch(word -> words.month(word).isPresent() || words.weekday(word).isPresent()
                || words.daysFromToday(word).isPresent()
                || word.length() >= SHORTEST_TYPO_CHECKED && Spelling.closest(word, known).isPresent());
    }

    /** Where each word of the text starts and ends. */
    private static List<int[]> wordSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher word = Pattern.compile("\\S+").matcher(text);
        while (word.find()) {
            spans.add(new int[] {word.start(), word.end()});
        }
        return spans;
    }

    private static String word(String text, int[] span) {
        return text.substring(span[0], span[1]);
    }

    private static Result.Invalid invalid(String key, String typed, LocalDate today) {
        return new Result.Invalid(problem(key, typed, today, ""));
    }

    /** Every date problem has the same arguments: what was typed, a date to copy, the largest amount, a suggestion. */
    private static Problem problem(String key, String typed, LocalDate today, Object suggestion) {
        return Problem.of(key, typed, LocalDate.of(today.getYear(), 12, 31).toString(), MAX_AMOUNT, suggestion);
    }
}
