package app.delight.engine;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words of dates in one language, folded as {@link #fold} folds what people type (no accents, no
 * case, a straight apostrophe). English words are read in every language; French ones when the team's
 * language is French.
 */
final class DateWords {
    private static final Map<String, DayOfWeek> ENGLISH_DAYS = days(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Map<String, DayOfWeek> FRENCH_DAYS = days(
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");
    // English months go by their first three letters too; French ones by the abbreviations French uses.
    private static final Map<String, Month> ENGLISH_MONTHS = months(List.of("january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december"), 3,
            Map.of("sept", Month.SEPTEMBER));
    private static final Map<String, Month> FRENCH_MONTHS = months(List.of("janvier", "fevrier", "mars", "avril", "mai",
            "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"), 0, Map.of("janv", Month.JANUARY,
            "fev", Month.FEBRUARY, "fevr", Month.FEBRUARY, "avr", Month.APRIL, "juil", Month.JULY, "sept", Month.SEPTEMBER,
            "oct", Month.OCTOBER, "nov", Month.NOVEMBER, "dec", Month.DECEMBER));

    /** Words that say a day by themselves, with how many days from today. */
    private static final Map<String, Integer> ENGLISH_DAYS_FROM_TODAY = Map.of("today", 0, "tomorrow", 1);
    private static final Map<String, Integer> FRENCH_DAYS_FROM_TODAY = Map.of("aujourd'hui", 0, "demain", 1, "apres-demain", 2);
    private static final Set<String> ENGLISH_NEXT_WEEK = Set.of("next week");
    private static final Set<String> FRENCH_NEXT_WEEK = Set.of("semaine prochaine", "la semaine prochaine");

    final boolean french;

    private DateWords(boolean french) {
        this.french = french;
    }

    static DateWords of(Locale language) {
        return new DateWords(language.getLanguage().equals(Locale.FRENCH.getLanguage()));
    }

    Optional<Integer> daysFromToday(String said) {
        return Optional.ofNullable(ENGLISH_DAYS_FROM_TODAY.get(said))
                .or(() -> french ? Optional.ofNullable(FRENCH_DAYS_FROM_TODAY.get(said)) : Optional.empty());
    }

    boolean isNextWeek(String said) {
        return ENGLISH_NEXT_WEEK.contains(said) || french && FRENCH_NEXT_WEEK.contains(said);
    }

    /** A weekday by its name or its first three letters. */
    Optional<DayOfWeek> weekday(String word) {
        return lookUp(word, ENGLISH_DAYS).or(() -> french ? lookUp(word, FRENCH_DAYS) : Optional.empty());
    }

    /** The weekday of "next friday" or "vendredi prochain", which people read two ways. */
    Optional<DayOfWeek> nextWeekday(List<String> twoWords) {
        if (twoWords.get(0).equals("next")) {
            return weekday(twoWords.get(1));
        }
        return french && twoWords.get(1).equals("prochain") ? weekday(twoWords.get(0)) : Optional.empty();
    }

    /** A month by its name, its first three letters or a usual abbreviation. */
    Optional<Month> month(String word) {
        return lookUp(word, ENGLISH_MONTHS).or(() -> french ? lookUp(word, FRENCH_MONTHS) : Optional.empty());
    }

    /** The word that starts "in 3 days": {@code in}, and {@code dans} in French. */
    boolean isIn(String word) {
        return word.equals("in") || french && word.equals("dans");
    }

    /** Whether a unit word is weeks, days, or neither (empty). */
    Optional<Boolean> unitIsWeeks(String word) {
        if (Set.of("day", "days").contains(word) || french && Set.of("jour", "jours").contains(word)) {
            return Optional.of(false);
        }
        if (Set.of("week", "weeks").contains(word) || french && Set.of("semaine", "semaines").contains(word)) {
            return Optional.of(true);
        }
        return Optional.empty();
    }

    /** The word that puts a due date at the end of a follow-up: {@code by}, and {@code pour} in French. */
    boolean isDueMarker(String word) {
        return word.equals("by") || french && word.equals("pour");
    }

    /** Words that may stand before a date without being part of the follow-up's text. */
    boolean isIntroducer(String word) {
        return Set.of("by", "before", "on", "for").contains(word)
                || french && Set.of("pour", "avant", "d'ici").contains(word);
    }

    /** The French article of "pour le 4 décembre", which a date may start with. */
    boolean isArticle(String word) {
        return french && word.equals("le");
    }

    /** Whole words a date is made of, for "did you mean" when one is mistyped. */
    List<String> spelledWords() {
        List<String> words = new ArrayList<>();
        words.addAll(ENGLISH_DAYS_FROM_TODAY.keySet());
        words.addAll(fullNames(ENGLISH_DAYS));
        words.addAll(fullNames(ENGLISH_MONTHS));
        words.addAll(List.of("days", "weeks", "next", "week"));
        if (french) {
            words.addAll(FRENCH_DAYS_FROM_TODAY.keySet());
            words.addAll(fullNames(FRENCH_DAYS));
            words.addAll(fullNames(FRENCH_MONTHS));
            words.addAll(List.of("jours", "semaine", "semaines", "prochaine", "prochain"));
        }
        return words;
    }

    /** What is compared: lower case, accents off, one kind of apostrophe, single spaces, no full stop at the end. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replace('’', '\'').replace('ʼ', '\'')
                .strip().replaceAll("[.!,;]+$", "").strip().replaceAll("\\s+", " ");
    }

    private static <T> Optional<T> lookUp(String word, Map<String, T> names) {
        return Optional.ofNullable(names.get(word));
    }

    private static List<String> fullNames(Map<String, ?> names) {
        return names.keySet().stream().filter(name -> name.length() > 4).toList();
    }

    private static Map<String, DayOfWeek> days(String... names) {
        Map<String, DayOfWeek> days = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = names[day.ordinal()];
            days.put(name, day);
            days.put(name.substring(0, 3), day);
        }
        return Map.copyOf(days);
    }

    private static Map<String, Month> months(List<String> names, int shortLength, Map<String, Month> abbreviations) {
        Map<String, Month> months = new LinkedHashMap<>(abbreviations);
        for (Month month : Month.values()) {
            String name = names.get(month.ordinal());
            months.put(name, month);
            if (shortLength > 0) {
                months.put(name.substring(0, shortLength), month);
            }
        }
        return Map.copyOf(months);
    }
}
