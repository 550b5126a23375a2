package app.delight.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.engine.DueDate.FollowUpText;
import app.delight.engine.DueDate.Result;
import app.delight.i18n.Messages;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DueDateTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    private static final String EXAMPLES = "Try 2026-12-31, today, tomorrow, friday, in 3 days or 4 December.";
    private static final Clock IN_2026 = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
    private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH, IN_2026);
    private static final Messages FRENCH = Messages.forLocale(Locale.FRENCH, IN_2026);

    private static LocalDate due(String text) {
        return due(text, Locale.ENGLISH);
    }

    private static LocalDate due(String text, Locale language) {
        Result result = DueDate.read(text, MONDAY, language);
        assertThat(result).as("date for %s", text).isInstanceOf(Result.Valid.class);
        return ((Result.Valid) result).date();
    }

    private static boolean reads(String text) {
        return DueDate.read(text, MONDAY, Locale.ENGLISH) instanceof Result.Valid;
    }

    private static String problem(String text) {
        return problem(text, Locale.ENGLISH);
    }

    private static String problem(String text, Locale language) {
        Result result = DueDate.read(text, MONDAY, language);
        assertThat(result).as("result for %s", text).isInstanceOf(Result.Invalid.class);
        return ((Result.Invalid) result).problem().in(language == Locale.FRENCH ? FRENCH : ENGLISH);
    }

    private static FollowUpText.Parsed split(String text) {
        return split(text, Locale.ENGLISH);
    }

    private static FollowUpText.Parsed split(String text, Locale language) {
        FollowUpText split = DueDate.split(text, MONDAY, language);
        assertThat(split).as("split of %s", text).isInstanceOf(FollowUpText.Parsed.class);
        return (FollowUpText.Parsed) split;
    }

    private static String refusal(String text, Locale language) {
        FollowUpText split = DueDate.split(text, MONDAY, language);
        assertThat(split).as("split of %s", text).isInstanceOf(FollowUpText.BadDate.class);
        return ((FollowUpText.BadDate) split).problem().in(language == Locale.FRENCH ? FRENCH : ENGLISH);
    }

    @Test
    void anIsoDateIsThatDate() {
        assertThat(due("2026-12-31")).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aPastDateIsReadBecauseLateFollowUpsAreReal() {
        assertThat(due("2026-01-05")).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void february30IsNotADate() {
        assertThat(reads("2026-02-30")).isFalse();
        assertThat(problem("2026-02-30")).isEqualTo("\"2026-02-30\" is not a real date. " + EXAMPLES);
    }

    @Test
    void february29IsADateInLeapYearsOnly() {
        assertThat(due("2028-02-29")).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(reads("2027-02-29")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-1-5", "26-01-05", "2026/01/05", "2026-13-01", "2026-00-10"})
    void looseOrImpossibleIsoDatesAreRefused(String text) {
        assertThat(reads(text)).isFalse();
    }

    @Test
    void todayAndTomorrow() {
        assertThat(due("today")).isEqualTo(MONDAY);
        assertThat(due("Tomorrow")).isEqualTo(MONDAY.plusDays(1));
    }

    @ParameterizedTest
    @CsvSource({
        "monday, 2026-11-30", "tuesday, 2026-11-24", "wednesday, 2026-11-25", "thursday, 2026-11-26",
        "friday, 2026-11-27", "saturday, 2026-11-28", "sunday, 2026-11-29",
        "mon, 2026-11-30", "tue, 2026-11-24", "wed, 2026-11-25", "thu, 2026-11-26", "fri, 2026-11-27",
        "sat, 2026-11-28", "sun, 2026-11-29", "FRIDAY, 2026-11-27", "Fri, 2026-11-27"})
    void aWeekdayIsTheNextSuchDayAfterToday(String text, LocalDate expected) {
        assertThat(due(text)).isEqualTo(expected);
    }

    @Test
    void mondayOnAMondayMeansNextWeek() {
        assertThat(due("monday")).isEqualTo(MONDAY.plusWeeks(1));
    }

    @Test
    void fridayOnAFridayMeansNextWeek() {
        assertThat(DueDate.read("friday", FRIDAY, Locale.ENGLISH)).isEqualTo(new Result.Valid(FRIDAY.plusWeeks(1)));
    }

    @ParameterizedTest
    @CsvSource({
        "in 1 day, 2026-11-24", "in 3 days, 2026-11-26", "in 1 week, 2026-11-30", "in 2 weeks, 2026-12-07",
        "in 365 days, 2027-11-23", "IN  10   DAYS, 2026-12-03", "next week, 2026-11-30", "Next Week, 2026-11-30"})
    void relativeDatesCountFromToday(String text, LocalDate expected) {
        assertThat(due(text)).isEqualTo(expected);
    }

    @Test
    void aTrailingFullStopIsIgnored() {
        assertThat(due("friday.")).isEqualTo(FRIDAY);
        assertThat(due(" tomorrow! ")).isEqualTo(MONDAY.plusDays(1));
    }

    @Test
    void amountsOutsideOneTo365AreRefusedWithTheRange() {
        assertThat(problem("in 0 days")).isEqualTo(
                "\"in 0 days\" is out of range: the number of days or weeks is from 1 to 365. " + EXAMPLES);
        assertThat(problem("in 366 days")).contains("from 1 to 365");
        assertThat(problem("in 400 weeks")).contains("from 1 to 365");
    }

    @Test
    void anUnknownDateGetsExamplesOfKnownOnes() {
        assertThat(problem("31/12")).isEqualTo("\"31/12\" is not a date I understand. " + EXAMPLES);
        assertThat(problem("")).isEqualTo("\"\" is not a date I understand. " + EXAMPLES);
        assertThat(problem(null)).endsWith(EXAMPLES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "in three days", "in -3 days", "next friday", "in 3", "someday", "31/12", "4 decembre"})
    void nearMissesAreNotDates(String text) {
        assertThat(reads(text)).isFalse();
    }

    @Test
    void theExampleDateIsTheEndOfTheCurrentYear() {
        Result result = DueDate.read("soon", LocalDate.of(2027, 3, 1), Locale.ENGLISH);
        assertThat(((Result.Invalid) result).message()).contains("Try 2027-12-31,");
    }

    @Test
    void splitTakesTheDueDateOffTheEnd() {
        assertThat(split("send the Q3 deck by tomorrow"))
                .isEqualTo(new FollowUpText.Parsed("send the Q3 deck", Optional.of(MONDAY.plusDays(1))));
    }

    @Test
    void theLastByThatParsesIsTheDueDate() {
        assertThat(split("drop by the office by friday"))
                .isEqualTo(new FollowUpText.Parsed("drop by the office", Optional.of(FRIDAY)));
    }

    @Test
    void aByThatIsNoDateStaysInTheText() {
        assertThat(split("stop by the office")).isEqualTo(new FollowUpText.Parsed("stop by the office", Optional.empty()));
        assertThat(split("send the deck by email")).isEqualTo(new FollowUpText.Parsed("send the deck by email", Optional.empty()));
    }

    @Test
    void aDateMustEndTheText() {
        // "by friday" is followed by more words, so it is part of the sentence, not its due date.
        assertThat(split("sign it by friday by hand")).isEqualTo(new FollowUpText.Parsed("sign it by friday by hand",
                Optional.empty()));
    }

    @Test
    void textWithoutByHasNoDueDate() {
        assertThat(split("  send the deck  ")).isEqualTo(new FollowUpText.Parsed("send the deck", Optional.empty()));
    }

    @Test
    void byIsFoundWhateverItsCaseAndSpacing() {
        assertThat(split("send the deck  BY   2026-12-01"))
                .isEqualTo(new FollowUpText.Parsed("send the deck", Optional.of(LocalDate.of(2026, 12, 1))));
    }

    @Test
    void wordsContainingByAreNotBy() {
        assertThat(split("call Abby")).isEqualTo(new FollowUpText.Parsed("call Abby", Optional.empty()));
        assertThat(split("bypass the proxy by in 2 days"))
                .isEqualTo(new FollowUpText.Parsed("bypass the proxy", Optional.of(MONDAY.plusDays(2))));
    }

    @Test
    void onlyADateLeavesTheTextEmpty() {
        assertThat(split("by friday")).isEqualTo(new FollowUpText.Parsed("", Optional.of(FRIDAY)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"send the deck by 31/12", "send the deck by in three days", "send the deck by 2026-02-30",
        "send the deck by in 0 days", "send the deck by 31 february"})
    void aFailedAttemptAtADateIsRefusedWithExamples(String text) {
        assertThat(refusal(text, Locale.ENGLISH)).endsWith(EXAMPLES);
    }

    @Test
    void theRefusalQuotesWhatWasTyped() {
        assertThat(refusal("send the deck by 31/12", Locale.ENGLISH)).isEqualTo("\"31/12\" is not a date I understand. " + EXAMPLES);
    }

    @Test
    void aLongTailWithDigitsIsProseNotADate() {
        assertThat(split("check sales by region for the 3 stores"))
                .isEqualTo(new FollowUpText.Parsed("check sales by region for the 3 stores", Optional.empty()));
    }

    @Test
    void aBadDateEarlierInTheTextIsJustText() {
        assertThat(split("compare by 31/12 figures by friday"))
                .isEqualTo(new FollowUpText.Parsed("compare by 31/12 figures", Optional.of(FRIDAY)));
    }

    // ---- what people really type --------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
        "send the deck in 3 days, 2026-11-26", "send the deck by in 3 days, 2026-11-26", "send the deck next week, 2026-11-30",
        "send the deck by next week, 2026-11-30", "send the deck friday, 2026-11-27", "send the deck by friday, 2026-11-27",
        "send the deck on friday, 2026-11-27", "send the deck before 2026-12-01, 2026-12-01", "send the deck tomorrow, 2026-11-24",
        "send the deck for monday, 2026-11-30", "send the deck 4 December, 2026-12-04", "send the deck by Friday 4 December, 2026-12-04"})
    void aDateEndingTheTextIsTheDueDateWithOrWithoutBy(String text, LocalDate expected) {
        assertThat(split(text)).isEqualTo(new FollowUpText.Parsed("send the deck", Optional.of(expected)));
    }

    @Test
    void aBareAbbreviationIsANameNotAWeekday() {
        assertThat(split("call Sun")).isEqualTo(new FollowUpText.Parsed("call Sun", Optional.empty()));
        assertThat(split("call them by sun")).isEqualTo(new FollowUpText.Parsed("call them", Optional.of(LocalDate.of(2026, 11, 29))));
    }

    @Test
    void aMistypedWeekdayAfterByIsRefusedWithTheWordItNearlySpells() {
        assertThat(refusal("send the deck by fridya", Locale.ENGLISH))
                .isEqualTo("\"fridya\" is not a date I understand: did you mean friday?");
        assertThat(refusal("send the deck by tomorow", Locale.ENGLISH)).contains("did you mean tomorrow?");
        assertThat(refusal("send the deck by in 3 dyas", Locale.ENGLISH)).contains("did you mean in 3 days?");
    }

    @Test
    void wordsAfterByThatAreNoDateStayInTheText() {
        assertThat(split("send the deck by the end of the month"))
                .isEqualTo(new FollowUpText.Parsed("send the deck by the end of the month", Optional.empty()));
        assertThat(split("sort the files by hand")).isEqualTo(new FollowUpText.Parsed("sort the files by hand", Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource({
        "4 December, 2026-12-04", "4 dec, 2026-12-04", "December 4, 2026-12-04", "Dec 4 2026, 2026-12-04",
        "'December 4, 2026', 2026-12-04", "4th December, 2026-12-04", "Friday 4 December, 2026-12-04",
        "'Friday, 4 December 2026', 2026-12-04", "1 January, 2027-01-01", "23 November, 2026-11-23", "22 November, 2027-11-22",
        "1 jan 2020, 2020-01-01"})
    void aDayAndMonthIsTheNextSuchDayUnlessAYearIsGiven(String text, LocalDate expected) {
        assertThat(due(text)).isEqualTo(expected);
    }

    @Test
    void theTwentyNinthOfFebruaryWaitsForALeapYear() {
        assertThat(due("29 February")).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(problem("30 February")).startsWith("\"30 February\" is not a real date.");
    }

    @Test
    void aWeekdayThatDoesNotFitTheDateIsRefusedWithTheRightOne() {
        assertThat(problem("Monday 4 December")).isEqualTo("\"Monday 4 December\" is not a real date: did you mean Friday 4 December?");
    }

    @Test
    void nextFridayIsReadTwoWaysSoTheDateIsAskedFor() {
        assertThat(problem("next friday"))
                .isEqualTo("\"next friday\" can be read two ways: write the date you mean, such as Friday 27 November.");
    }

    // ---- French ---------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(quoteCharacter = '"', value = {
        "aujourd'hui, 2026-11-23", "aujourd’hui, 2026-11-23", "Aujourd'hui, 2026-11-23", "demain, 2026-11-24",
        "après-demain, 2026-11-25", "vendredi, 2026-11-27", "ven, 2026-11-27", "lundi, 2026-11-30", "dans 3 jours, 2026-11-26",
        "dans 1 jour, 2026-11-24", "dans 2 semaines, 2026-12-07", "semaine prochaine, 2026-11-30",
        "la semaine prochaine, 2026-11-30", "4 décembre, 2026-12-04", "4 decembre, 2026-12-04", "le 4 décembre, 2026-12-04",
        "vendredi 4 décembre, 2026-12-04", "1er janvier, 2027-01-01", "1er janvier 2028, 2028-01-01", "15/12, 2026-12-15",
        "15/12/2027, 2027-12-15", "le 15/12, 2026-12-15", "2026-12-31, 2026-12-31", "friday, 2026-11-27", "in 3 days, 2026-11-26"})
    void frenchDatesAreReadAndEnglishOnesToo(String text, LocalDate expected) {
        assertThat(due(text, Locale.FRENCH)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(quoteCharacter = '"', value = {
        "envoyer le devis pour vendredi, 2026-11-27", "envoyer le devis vendredi, 2026-11-27",
        "envoyer le devis dans 3 jours, 2026-11-26", "envoyer le devis pour dans 3 jours, 2026-11-26",
        "envoyer le devis semaine prochaine, 2026-11-30", "envoyer le devis d'ici demain, 2026-11-24",
        "envoyer le devis pour le 4 décembre, 2026-12-04", "envoyer le devis avant le 15/12, 2026-12-15",
        "envoyer le devis by friday, 2026-11-27"})
    void aFrenchFollowUpEndsWithItsDate(String text, LocalDate expected) {
        assertThat(split(text, Locale.FRENCH)).isEqualTo(new FollowUpText.Parsed("envoyer le devis", Optional.of(expected)));
    }

    @Test
    void anUnreadablePourPhraseIsRefusedInFrench() {
        assertThat(refusal("envoyer le devis pour vendredii", Locale.FRENCH))
                .isEqualTo("«\u202fvendredii\u202f» n'est pas une date que je comprends\u202f: vouliez-vous dire vendredi\u202f?");
        assertThat(refusal("envoyer le devis pour le 31/02", Locale.FRENCH))
                .isEqualTo("«\u202fle 31/02\u202f» n'est pas une date réelle. Essayez 2026-12-31, aujourd'hui, demain, vendredi,"
                        + " dans 3 jours ou 4 décembre.");
        assertThat(refusal("envoyer le devis pour vendredi prochain", Locale.FRENCH)).contains("peut se lire de deux façons");
    }

    @Test
    void pourBeforeWordsThatAreNoDateIsText() {
        assertThat(split("préparer un cadeau pour lui", Locale.FRENCH))
                .isEqualTo(new FollowUpText.Parsed("préparer un cadeau pour lui", Optional.empty()));
    }

    @Test
    void frenchWordsAreNotReadInEnglish() {
        assertThat(problem("vendredi")).isEqualTo("\"vendredi\" is not a date I understand. " + EXAMPLES);
        assertThat(split("send the deck by vendredi")).isEqualTo(new FollowUpText.Parsed("send the deck by vendredi", Optional.empty()));
    }

    // ---- dates in the past ----------------------------------------------------------------------

    @Test
    void todayAndLaterAreNotInThePast() {
        assertThat(DueDate.past(MONDAY, MONDAY)).isEmpty();
        assertThat(DueDate.past(MONDAY.plusDays(1), MONDAY)).isEmpty();
    }

    @Test
    void aDateYearsAgoSuggestsTheSameDayInTheYearToCome() {
        DueDate.PastDate past = DueDate.past(LocalDate.of(2020, 1, 1), MONDAY).orElseThrow();
        assertThat(past.suggestion()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(past.warning().in(ENGLISH)).isEqualTo("Wednesday 1 January 2020 was 6 years ago: did you mean Friday 1 January 2027?");
        assertThat(past.warning().in(FRENCH)).isEqualTo(
                "Le mercredi 1er janvier 2020, c'était il y a 6 ans\u202f: vouliez-vous dire le vendredi 1er janvier 2027\u202f?");
    }

    @Test
    void aDateEarlierThisYearSuggestsNextYearsAndALaterOneThisYears() {
        assertThat(DueDate.past(LocalDate.of(2026, 3, 5), MONDAY).orElseThrow().suggestion()).isEqualTo(LocalDate.of(2027, 3, 5));
        assertThat(DueDate.past(LocalDate.of(2025, 12, 5), MONDAY).orElseThrow().suggestion()).isEqualTo(LocalDate.of(2026, 12, 5));
    }

    @Test
    void theWarningCountsYearsMonthsOrDaysWithTheirPlural() {
        assertThat(DueDate.past(LocalDate.of(2025, 11, 1), MONDAY).orElseThrow().warning().in(ENGLISH)).startsWith("Saturday 1 November 2025 was 1 year ago");
        assertThat(DueDate.past(LocalDate.of(2026, 9, 1), MONDAY).orElseThrow().warning().in(ENGLISH)).startsWith("Tuesday 1 September was 2 months ago");
        assertThat(DueDate.past(LocalDate.of(2026, 10, 20), MONDAY).orElseThrow().warning().in(ENGLISH)).startsWith("Tuesday 20 October was 1 month ago");
        assertThat(DueDate.past(LocalDate.of(2026, 11, 20), MONDAY).orElseThrow().warning().in(ENGLISH)).startsWith("Friday 20 November was 3 days ago");
        assertThat(DueDate.past(LocalDate.of(2026, 11, 22), MONDAY).orElseThrow().warning().in(ENGLISH)).startsWith("Sunday 22 November was yesterday");
        assertThat(DueDate.past(LocalDate.of(2026, 11, 22), MONDAY).orElseThrow().warning().in(FRENCH)).startsWith("Le dimanche 22 novembre, c'était hier");
    }
}
