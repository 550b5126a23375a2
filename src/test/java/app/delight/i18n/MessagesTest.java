package app.delight.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both languages hold every text. The bundles are read here file by file: through {@link Messages}, a key missing
 * in French would silently fall back to the English parent bundle.
 */
class MessagesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    /** Slack emoji codes, which stay the same in every language. */
    private static final Pattern EMOJI = Pattern.compile(":[a-z0-9_+-]+:");
    /** Texts that are rightly the same in both languages: the product's name and words French shares. */
    private static final Set<String> SAME_IN_BOTH = Set.of("help.title", "home.title", "card.stage.prospect",
            "health.detail.part.nps", "health.detail.part.engagement", "health.detail.part.incidents");

    private final Properties english = bundle("messages.properties");
    private final Properties french = bundle("messages_fr.properties");

    @Test
    void everyEnglishKeyIsInFrenchAndEveryFrenchKeyInEnglish() {
        Set<String> missingInFrench = new TreeSet<>(english.stringPropertyNames());
        missingInFrench.removeAll(french.stringPropertyNames());
        Set<String> missingInEnglish = new TreeSet<>(french.stringPropertyNames());
        missingInEnglish.removeAll(english.stringPropertyNames());

        assertThat(missingInFrench).as("keys of messages.properties missing in messages_fr.properties").isEmpty();
        assertThat(missingInEnglish).as("keys of messages_fr.properties missing in messages.properties").isEmpty();
        assertThat(english.stringPropertyNames()).hasSizeGreaterThan(100);
    }

    @Test
    void noTextIsBlankUnlessItIsDeliberatelyEmptyInBothLanguages() {
        List<String> blank = new ArrayList<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            String en = english.getProperty(key);
            String fr = french.getProperty(key, "");
            // An empty English text is a deliberate "show nothing" (health.trend.UNKNOWN); French must agree.
            if (en.isBlank() != fr.isBlank() || (en.isBlank() && !en.isEmpty())) {
                blank.add(key);
            }
        }
        for (String key : french.stringPropertyNames()) {
            if (!english.containsKey(key) && french.getProperty(key).isBlank()) {
                blank.add(key);
            }
        }
        assertThat(blank).as("keys blank in one language and not the other").isEmpty();
        assertThat(english.stringPropertyNames().stream().filter(key -> english.getProperty(key).isEmpty()))
                .as("deliberately empty texts").containsExactly("health.trend.UNKNOWN");
    }

    @Test
    void bothLanguagesUseTheSamePlaceholdersForEachKey() {
        List<String> mismatched = new ArrayList<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            if (french.containsKey(key)) {
                Set<String> en = placeholders(english.getProperty(key));
                Set<String> fr = placeholders(french.getProperty(key));
                if (!en.equals(fr)) {
                    mismatched.add(key + ": English " + en + ", French " + fr);
                }
            }
        }
        assertThat(mismatched).isEmpty();
    }

    @Test
    void everyTextWithWordsIsTranslated() {
        List<String> untranslated = new ArrayList<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            String en = english.getProperty(key);
            if (!SAME_IN_BOTH.contains(key) && hasWords(en) && en.equals(french.getProperty(key))) {
                untranslated.add(key + "=" + en);
            }
        }
        assertThat(untranslated).as("French texts still in English").isEmpty();
    }

    @Test
    void slackMarkupSurvivesTranslation() {
        List<String> changed = new ArrayList<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            String en = english.getProperty(key);
            String fr = french.getProperty(key, "");
            if (!emoji(en).equals(emoji(fr)) || count(en, '*') != count(fr, '*') || count(en, '`') % 2 != 0
                    || count(fr, '`') % 2 != 0 || en.contains("<@") != fr.contains("<@")) {
                changed.add(key);
            }
        }
        assertThat(changed).as("keys whose emoji, bold or code markup differ between the languages").isEmpty();
    }

    /** Slack refuses a whole view or message over one of them: a modal's title is 24 characters at most, a button's 75. */
    @Test
    void titlesAndButtonsFitSlacksLimitsInBothLanguages() {
        for (Properties language : List.of(english, french)) {
            language.stringPropertyNames().stream().filter(key -> key.startsWith("modal.") && key.endsWith(".title"))
                    .forEach(key -> assertThat(language.getProperty(key)).as(key).hasSizeLessThanOrEqualTo(24));
            language.stringPropertyNames().stream().filter(key -> key.startsWith("card.button.") || key.startsWith("modal.free.kind."))
                    .forEach(key -> assertThat(language.getProperty(key)).as(key).hasSizeLessThanOrEqualTo(75));
        }
    }

    @Test
    void aFrenchLocaleReadsFrench() {
        Messages messages = Messages.forLocale(Locale.FRENCH);

        assertThat(messages.get("help.title")).isEqualTo("Delight");
        assertThat(messages.get("help.intro")).startsWith("Delight vous garde une longueur d'avance");
        assertThat(messages.get("help.commands")).startsWith("*Commandes*\n`/delight` l'aide et vos clients\n")
                .contains("`/delight <client> suivi <texte> [pour <date>]` ajouter une relance\n");
        assertThat(messages.get("card.button.done")).isEqualTo("Fait");
        assertThat(messages.get("card.button.snooze")).isEqualTo("Reporter d'une semaine");
        assertThat(messages.get("modal.submit")).isEqualTo("Enregistrer");
        assertThat(messages.get("health.title")).isEqualTo("Santé des clients");
        assertThat(messages.get("match.none", "acme")).isEqualTo("Je ne connais pas de client nommé `acme`.");
        assertThat(Messages.forLocale(Locale.FRENCH, IN_2026).get("card.followUp.late", 3, LocalDate.of(2026, 5, 4)))
                .isEqualTo("Relance en retard de 3 jours (prévue le lundi 4 mai)");
        assertThat(messages.get("detractor.alert", "Acme", 3, messages.get("detractor.comment", "Trop lent"), "U1"))
                .isEqualTo(":rotating_light: *Acme* a donné une note NPS de *3*\u202f: «\u202fTrop lent\u202f». Enregistrée par"
                        + " <@U1>. Un appel rapide maintenant fait changer d'avis bien des détracteurs.");
    }

    @Test
    void aRegionalFrenchLocaleReadsFrenchAndAnyOtherLanguageEnglish() {
        assertThat(Messages.forLocale(Locale.FRANCE).get("card.button.done")).isEqualTo("Fait");
        assertThat(Messages.forLocale(Locale.CANADA_FRENCH).get("card.button.done")).isEqualTo("Fait");
        assertThat(Messages.forLocale(Locale.ENGLISH).get("card.button.done")).isEqualTo("Done");
        assertThat(Messages.forLocale(Locale.GERMAN).get("card.button.done")).isEqualTo("Done");
    }

    @Test
    void anUnknownKeyIsNamedInEitherLanguage() {
        assertThatThrownBy(() -> Messages.forLocale(Locale.FRENCH).get("no.such.key"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no.such.key");
    }

    // ---- French typography ----------------------------------------------------------------------

    /** Where a sign is what the user types, not French prose: the alias separator in an example. */
    private static final Set<String> TYPED_EXAMPLES = Set.of("addClient.aliases.hint");
    /** Code spans, emoji codes and Slack mentions, where a colon is markup. */
    private static final Pattern NOT_PROSE = Pattern.compile("`[^`]*`|:[a-z0-9_+-]+:|<[^>]*>");

    @Test
    void frenchPutsANarrowNoBreakSpaceBeforeTallPunctuationInEveryText() {
        List<String> wrong = new ArrayList<>();
        for (String key : new TreeSet<>(french.stringPropertyNames())) {
            String prose = NOT_PROSE.matcher(french.getProperty(key)).replaceAll("");
            Matcher sign = Pattern.compile("[:;?!%»]").matcher(prose);
            while (!TYPED_EXAMPLES.contains(key) && sign.find()) {
                if (sign.start() == 0 || prose.charAt(sign.start() - 1) != '\u202f') {
                    wrong.add(key + ": before '" + sign.group() + "' in …" + prose.substring(Math.max(0, sign.start() - 20), sign.end()));
                }
            }
            Matcher opening = Pattern.compile("«(.)").matcher(prose);
            while (opening.find()) {
                if (!opening.group(1).equals("\u202f")) {
                    wrong.add(key + ": after '«'");
                }
            }
        }
        assertThat(wrong).as("French texts needing a narrow no-break space (U+202F)").isEmpty();
    }

    @Test
    void theNextNeedReadsWithItsSpaceInFrench() {
        assertThat(Messages.forLocale(Locale.FRENCH).get("card.kind.line", "Prochain besoin", "la revue du T3"))
                .isEqualTo("Prochain besoin\u202f: la revue du T3");
    }

    // ---- dates -------------------------------------------------------------------------------

    private static final Clock IN_2026 = Clock.fixed(Instant.parse("2026-12-03T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void datesReadAsPeopleWriteThemWithTheYearOnlyWhenItIsNotThisYear() {
        Messages english = Messages.forLocale(Locale.ENGLISH, IN_2026);
        Messages french = Messages.forLocale(Locale.FRENCH, IN_2026);
        assertThat(english.date(LocalDate.of(2026, 12, 4))).isEqualTo("Friday 4 December");
        assertThat(french.date(LocalDate.of(2026, 12, 4))).isEqualTo("vendredi 4 décembre");
        assertThat(english.date(LocalDate.of(2027, 1, 1))).isEqualTo("Friday 1 January 2027");
        assertThat(french.date(LocalDate.of(2027, 1, 1))).isEqualTo("vendredi 1er janvier 2027");
        assertThat(english.get("logged.followUp", "Acme", LocalDate.of(2026, 12, 4), "Send the deck"))
                .isEqualTo("Follow-up added for *Acme*, due Friday 4 December: Send the deck");
    }

    @Test
    void decimalsAreWrittenAsEachLanguageWritesThem() {
        assertThat(Messages.forLocale(Locale.ENGLISH).get("logged.free", "Acme", new BigDecimal("1.50"), "secret", "CSS"))
                .isEqualTo("Recorded 1.5 h of secret free work for *Acme*: CSS");
        assertThat(Messages.forLocale(Locale.FRENCH).get("logged.free", "Acme", new BigDecimal("1.50"), "en secret", "CSS"))
                .startsWith("1,5 h de travail offert");
        assertThat(Messages.forLocale(Locale.FRENCH).get("health.detail.freeWork", new BigDecimal("12000"), new BigDecimal("0.00")))
                .contains("12000 h stratégique, 0 h en secret");
    }

    @Test
    void anArgumentIsNeverReadAsAPlaceholder() {
        assertThat(Messages.forLocale(Locale.ENGLISH).get("logged.touchpoint", "Acme {1}", "Called"))
                .isEqualTo("Logged a touchpoint with *Acme {1}*: Called");
    }

    // ---- plurals -----------------------------------------------------------------------------

    /** Every text that counts, rendered for 0, 1 and 2 in both languages: language | key | count | what it says. */
    private static final List<String> COUNTING_TEXTS = List.of(
        "en | card.lastContact.days | 0 | last contact today",
        "en | card.lastContact.days | 1 | last contact yesterday",
        "en | card.lastContact.days | 2 | last contact 2 days ago",
        "fr | card.lastContact.days | 0 | dernier contact aujourd'hui",
        "fr | card.lastContact.days | 1 | dernier contact hier",
        "fr | card.lastContact.days | 2 | dernier contact il y a 2 jours",
        "en | card.openFollowUps | 0 | no open follow-ups",
        "en | card.openFollowUps | 1 | 1 open follow-up",
        "en | card.openFollowUps | 2 | 2 open follow-ups",
        "fr | card.openFollowUps | 0 | aucune relance en cours",
        "fr | card.openFollowUps | 1 | 1 relance en cours",
        "fr | card.openFollowUps | 2 | 2 relances en cours",
        "en | card.followUp.late | 0 | Follow-up due today",
        "en | card.followUp.late | 1 | Follow-up 1 day late (due Friday 4 December)",
        "en | card.followUp.late | 2 | Follow-up 2 days late (due Friday 4 December)",
        "fr | card.followUp.late | 0 | Relance prévue aujourd'hui",
        "fr | card.followUp.late | 1 | Relance en retard d'un jour (prévue le vendredi 4 décembre)",
        "fr | card.followUp.late | 2 | Relance en retard de 2 jours (prévue le vendredi 4 décembre)",
        "en | home.overdue.late | 0 | due today",
        "en | home.overdue.late | 1 | 1 day late (due Friday 4 December)",
        "en | home.overdue.late | 2 | 2 days late (due Friday 4 December)",
        "fr | home.overdue.late | 0 | prévue aujourd'hui",
        "fr | home.overdue.late | 1 | 1 jour de retard (prévue le vendredi 4 décembre)",
        "fr | home.overdue.late | 2 | 2 jours de retard (prévue le vendredi 4 décembre)",
        "en | card.fallback | 0 | Delight card for Acme: nothing to do now",
        "en | card.fallback | 1 | Delight card for Acme: 1 thing to do now",
        "en | card.fallback | 2 | Delight card for Acme: 2 things to do now",
        "fr | card.fallback | 0 | Fiche Delight de Acme\u202f: rien à faire maintenant",
        "fr | card.fallback | 1 | Fiche Delight de Acme\u202f: 1 action à mener maintenant",
        "fr | card.fallback | 2 | Fiche Delight de Acme\u202f: 2 actions à mener maintenant",
        "en | digest.intro | 0 | :sunrise: Today for *Acme*: nothing new.",
        "en | digest.intro | 1 | :sunrise: Today for *Acme*: 1 thing worth doing.",
        "en | digest.intro | 2 | :sunrise: Today for *Acme*: 2 things worth doing.",
        "fr | digest.intro | 0 | :sunrise: Aujourd'hui pour *Acme*\u202f: rien de neuf.",
        "fr | digest.intro | 1 | :sunrise: Aujourd'hui pour *Acme*\u202f: 1 action utile.",
        "fr | digest.intro | 2 | :sunrise: Aujourd'hui pour *Acme*\u202f: 2 actions utiles.",
        "en | health.targets | 0 | *Green:* 0 of 0 clients (0 %), target 80 % · *NPS:* +10, target +50",
        "en | health.targets | 1 | *Green:* 1 of 1 client (1 %), target 80 % · *NPS:* +10, target +50",
        "en | health.targets | 2 | *Green:* 2 of 2 clients (2 %), target 80 % · *NPS:* +10, target +50",
        "fr | health.targets | 0 | *Au vert\u202f:* 0 client sur 0 (0\u202f%), objectif 80\u202f% · *NPS\u202f:* +10, objectif +50",
        "fr | health.targets | 1 | *Au vert\u202f:* 1 client sur 1 (1\u202f%), objectif 80\u202f% · *NPS\u202f:* +10, objectif +50",
        "fr | health.targets | 2 | *Au vert\u202f:* 2 clients sur 2 (2\u202f%), objectif 80\u202f% · *NPS\u202f:* +10, objectif +50",
        "en | weekly.targets | 0 | *Green:* 0 of 0 clients (0 %), target 80 % · *NPS:* +10, target +50",
        "en | weekly.targets | 1 | *Green:* 1 of 1 client (1 %), target 80 % · *NPS:* +10, target +50",
        "en | weekly.targets | 2 | *Green:* 2 of 2 clients (2 %), target 80 % · *NPS:* +10, target +50",
        "fr | weekly.targets | 0 | *Au vert\u202f:* 0 client sur 0 (0\u202f%), objectif 80\u202f% · *NPS\u202f:* +10, objectif +50",
        "fr | weekly.targets | 1 | *Au vert\u202f:* 1 client sur 1 (1\u202f%), objectif 80\u202f% · *NPS\u202f:* +10, objectif +50",
        "fr | weekly.targets | 2 | *Au vert\u202f:* 2 clients sur 2 (2\u202f%), objectif 80\u202f% · *NPS\u202f:* +10, objectif +50",
        "en | home.overdue.more | 0 | …and 0 more.",
        "en | home.overdue.more | 1 | …and 1 more, the least late. It is on its client's card.",
        "en | home.overdue.more | 2 | …and 2 more, the least late. They are on each client's card.",
        "fr | home.overdue.more | 0 | …et 0 de plus.",
        "fr | home.overdue.more | 1 | …et 1 de plus, la moins en retard. Elle figure sur la fiche de son client.",
        "fr | home.overdue.more | 2 | …et 2 de plus, les moins en retard. Elles figurent sur la fiche de chaque client.",
        "en | home.prompts.more | 0 | …and 0 more clients.",
        "en | home.prompts.more | 1 | …and 1 more client: type `/delight <client>` for its card.",
        "en | home.prompts.more | 2 | …and 2 more clients: type `/delight <client>` for their cards.",
        "fr | home.prompts.more | 0 | …et 0 client de plus.",
        "fr | home.prompts.more | 1 | …et 1 client de plus\u202f: tapez `/delight <client>` pour sa fiche.",
        "fr | home.prompts.more | 2 | …et 2 clients de plus\u202f: tapez `/delight <client>` pour leurs fiches.",
        "en | date.past.years | 0 | Friday 4 December was 0 years ago: did you mean Friday 4 December?",
        "en | date.past.years | 1 | Friday 4 December was 1 year ago: did you mean Friday 4 December?",
        "en | date.past.years | 2 | Friday 4 December was 2 years ago: did you mean Friday 4 December?",
        "en | date.past.months | 0 | Friday 4 December was 0 months ago: did you mean Friday 4 December?",
        "en | date.past.months | 1 | Friday 4 December was 1 month ago: did you mean Friday 4 December?",
        "en | date.past.months | 2 | Friday 4 December was 2 months ago: did you mean Friday 4 December?",
        "en | date.past.days | 0 | Friday 4 December was today: did you mean Friday 4 December?",
        "en | date.past.days | 1 | Friday 4 December was yesterday: did you mean Friday 4 December?",
        "en | date.past.days | 2 | Friday 4 December was 2 days ago: did you mean Friday 4 December?",
        "fr | date.past.years | 0 | Le vendredi 4 décembre, c'était il y a 0 an\u202f: vouliez-vous dire le vendredi 4 décembre\u202f?",
        "fr | date.past.years | 1 | Le vendredi 4 décembre, c'était il y a 1 an\u202f: vouliez-vous dire le vendredi 4 décembre\u202f?",
        "fr | date.past.years | 2 | Le vendredi 4 décembre, c'était il y a 2 ans\u202f: vouliez-vous dire le vendredi 4 décembre\u202f?",
        "fr | date.past.months | 0 | Le vendredi 4 décembre, c'était il y a 0 mois\u202f: vouliez-vous dire le vendredi 4 décembre\u202f?",
        "fr | date.past.months | 1 | Le vendredi 4 décembre, c'était il y a 1 mois\u202f: vouliez-vous dire le vendredi 4 décembre\u202f?",
        "fr | date.past.months | 2 | Le vendredi 4 décembre, c'était il y a 2 mois\u202f: vouliez-vous dire le vendredi 4 décembre\u202f?",
        "fr | date.past.days | 0 | Le vendredi 4 décembre, c'était aujourd'hui\u202f: vouliez-vous dire le vendredi 4 décembre\u202f?",
        "fr | date.past.days | 1 | Le vendredi 4 décembre, c'était hier\u202f: vouliez-vous dire le vendredi 4 décembre\u202f?",
        "fr | date.past.days | 2 | Le vendredi 4 décembre, c'était il y a 2 jours\u202f: vouliez-vous dire le vendredi 4 décembre\u202f?");

    static Stream<Arguments> countingTexts() {
        return COUNTING_TEXTS.stream().map(row -> row.split(" \\| ", 4))
                .map(row -> Arguments.of(row[0], row[1], Integer.parseInt(row[2]), row[3]));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("countingTexts")
    void countingTextsTakeTheRightFormForZeroOneAndTwo(String language, String key, int count, String expected) {
        Messages messages = Messages.forLocale(Locale.forLanguageTag(language), IN_2026);
        assertThat(messages.get(key, countingArguments(key, count))).isEqualTo(expected);
    }

    @Test
    void everyTextWithPluralFormsIsRenderedForZeroOneAndTwoInBothLanguages() {
        Set<String> rendered = COUNTING_TEXTS.stream().map(row -> String.join(" ", List.of(row.split(" \\| ", 4)).subList(0, 3)))
                .collect(java.util.stream.Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (Properties language : List.of(english, french)) {
            for (String key : language.stringPropertyNames()) {
                if (language.getProperty(key).contains(",choice,")) {
                    for (String tag : List.of("en", "fr")) {
                        for (int count = 0; count <= 2; count++) {
                            if (!rendered.contains(tag + " " + key + " " + count)) {
                                missing.add(tag + " " + key + " " + count);
                            }
                        }
                    }
                }
            }
        }
        assertThat(missing).as("counting texts not rendered for 0, 1 and 2").isEmpty();
    }

    /** Each counting text's arguments, the count where the text counts. */
    private static Object[] countingArguments(String key, int count) {
        LocalDate friday = LocalDate.of(2026, 12, 4);
        return switch (key) {
            case "card.followUp.late", "home.overdue.late" -> new Object[] {count, friday};
            case "card.fallback", "digest.intro" -> new Object[] {"Acme", count};
            case "health.targets" -> new Object[] {count, count, count, 80, "", "+10", "+50", ""};
            case "weekly.targets" -> new Object[] {count, count, count, 80, "+10", "+50"};
            case "date.past.years", "date.past.months", "date.past.days" -> new Object[] {friday, count, friday};
            default -> new Object[] {count};
        };
    }

    /** A count before a plural noun in a text without a choice would read "1 clients" for one. */
    private static final Pattern BARE_COUNT = Pattern.compile("\\{\\d}\\s+(?:\\p{L}+\\s+)?(?:days?|clients?|things?|follow-ups?"
            + "|years?|months?|weeks?|jours?|relances?|actions?|ans?|semaines?|prompts?|items?|messages?|digests?)\\b");
    /** Texts whose count is never one: lengths beyond a limit, a limit itself, a page number. */
    private static final Set<String> NEVER_ONE = Set.of("text.TOO_LONG", "addClient.error.nameTooLong",
            "addClient.error.aliasTooLong", "date.outOfRange", "health.detail.freeWork", "logged.free", "free.hoursRange",
            "health.page", "date.past.months");

    @Test
    void everyTextThatCountsPicksItsFormByTheNumber() {
        List<String> bare = new ArrayList<>();
        for (Properties language : List.of(english, french)) {
            for (String key : new TreeSet<>(language.stringPropertyNames())) {
                String withoutChoices = language.getProperty(key).replaceAll("\\{\\d,choice,[^{}]*(\\{\\d}[^{}]*)*}", "");
                if (!NEVER_ONE.contains(key) && BARE_COUNT.matcher(withoutChoices).find()) {
                    bare.add(key + "=" + language.getProperty(key));
                }
            }
        }
        assertThat(bare).as("texts that count without a plural form").isEmpty();
    }

    private static Properties bundle(String file) {
        String resource = "/i18n/" + file;
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static List<String> emoji(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = EMOJI.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    /** Letters left once placeholders and emoji codes are taken out: text a reader has to understand. */
    private static boolean hasWords(String text) {
        String rest = EMOJI.matcher(PLACEHOLDER.matcher(text).replaceAll("")).replaceAll("");
        return rest.codePoints().anyMatch(Character::isLetter);
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }
}
