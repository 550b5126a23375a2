package app.delight.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
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
import org.junit.jupiter.api.Test;

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
                .contains("`/delight <client> followup <texte> [by <date>]` ajouter une relance\n");
        assertThat(messages.get("card.button.done")).isEqualTo("Fait");
        assertThat(messages.get("card.button.snooze")).isEqualTo("Reporter d'une semaine");
        assertThat(messages.get("modal.submit")).isEqualTo("Enregistrer");
        assertThat(messages.get("health.title")).isEqualTo("Santé des clients");
        assertThat(messages.get("match.none", "acme")).isEqualTo("Je ne connais pas de client nommé `acme`.");
        assertThat(messages.get("card.followUp.late", 3, "2026-05-04"))
                .isEqualTo("Relance en retard de 3 jours (prévue le 2026-05-04)");
        assertThat(messages.get("detractor.alert", "Acme", 3, messages.get("detractor.comment", "Trop lent"), "U1"))
                .isEqualTo(":rotating_light: *Acme* a donné une note NPS de *3*\u00a0: « Trop lent ». Enregistrée par"
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
