package app.delight.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrenchPlaybookTest {
    private final Playbook english = PlaybookLoader.builtIn();
    private final Playbook french = PlaybookLoader.builtIn(Locale.FRENCH);

    @TempDir
    Path dir;

    @Test
    void theFrenchPlaybookHasExactlyTheEnglishEntriesInTheSameOrder() {
        assertThat(keys(french.anticipations(), Anticipation::key)).isEqualTo(keys(english.anticipations(), Anticipation::key));
        assertThat(keys(french.tips(), Tip::key)).isEqualTo(keys(english.tips(), Tip::key));
        assertThat(keys(french.surprises(), Surprise::key)).isEqualTo(keys(english.surprises(), Surprise::key));
    }

    @Test
    void theFrenchPlaybookRunsTheSameRules() {
        for (int i = 0; i < english.anticipations().size(); i++) {
            Anticipation en = english.anticipations().get(i);
            Anticipation fr = french.anticipations().get(i);
            assertThat(fr.trigger()).as(en.key()).isEqualTo(en.trigger());
            assertThat(fr.windowDays()).as(en.key()).isEqualTo(en.windowDays());
            assertThat(fr.stages()).as(en.key()).isEqualTo(en.stages());
            assertThat(fr.industries()).as(en.key()).isEqualTo(en.industries());
            assertThat(fr.regions()).as(en.key()).isEqualTo(en.regions());
            assertThat(fr.mood()).as(en.key()).isEqualTo(en.mood());
        }
        for (int i = 0; i < english.tips().size(); i++) {
            Tip en = english.tips().get(i);
            Tip fr = french.tips().get(i);
            assertThat(fr.industries()).as(en.key()).isEqualTo(en.industries());
            assertThat(fr.stages()).as(en.key()).isEqualTo(en.stages());
            assertThat(fr.regions()).as(en.key()).isEqualTo(en.regions());
        }
        for (int i = 0; i < english.surprises().size(); i++) {
            Surprise en = english.surprises().get(i);
            Surprise fr = french.surprises().get(i);
            assertThat(fr.occasions()).as(en.key()).isEqualTo(en.occasions());
            assertThat(fr.regions()).as(en.key()).isEqualTo(en.regions());
        }
        assertThat(french.quietPeriods()).isEqualTo(english.quietPeriods());
        assertThat(french.regions()).isEqualTo(english.regions());
        assertThat(french.weights()).isEqualTo(english.weights());
        assertThat(french.targets()).isEqualTo(english.targets());
        assertThat(french.cadenceDays()).isEqualTo(english.cadenceDays());
        assertThat(french.industries()).isEqualTo(english.industries());
    }

    @Test
    void everyTextAndWhyIsTranslatedAndShort() {
        Map<String, String[]> englishWords = words(english);
        Map<String, String[]> frenchWords = words(french);
        List<String> problems = new ArrayList<>();
        englishWords.forEach((key, en) -> {
            String[] fr = frenchWords.get(key);
            for (int i = 0; i < 2; i++) {
                String field = i == 0 ? "text" : "why";
                if (fr[i] == null || fr[i].isBlank()) {
                    problems.add(key + "." + field + " is blank");
                } else if (fr[i].length() > Fields.MAX_TEXT) {
                    problems.add(key + "." + field + " has " + fr[i].length() + " characters");
                } else if (fr[i].equals(en[i])) {
                    problems.add(key + "." + field + " is still in English");
                }
            }
            if (fr[0].equals(fr[1])) {
                problems.add(key + ": text and why are the same");
            }
        });
        assertThat(problems).isEmpty();
        assertThat(french.anticipations().get(0).text()).startsWith("Envoyez un court mot de bienvenue");
    }

    @Test
    void theFrenchFileHoldsOnlyWordsAndExactlyTheEnglishKeys() throws IOException {
        JsonNode root;
        try (var in = PlaybookLoader.class.getResourceAsStream("/playbook/playbook.fr.yml")) {
            root = PlaybookLoader.parse("playbook.fr.yml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertThat(root.get("language").asText()).isEqualTo("fr");
        for (String list : List.of("anticipations", "tips", "surprises")) {
            for (JsonNode entry : root.get(list)) {
                List<String> fields = new ArrayList<>();
                entry.fieldNames().forEachRemaining(fields::add);
                assertThat(fields).as(list + " " + entry.get("key")).containsExactly("key", "text", "why");
            }
        }
    }

    @Test
    void aFrenchRegionOrAnotherLanguageChoosesTheBuiltInWords() {
        assertThat(PlaybookLoader.builtIn(Locale.CANADA_FRENCH)).isEqualTo(french);
        assertThat(PlaybookLoader.builtIn(Locale.FRANCE)).isEqualTo(french);
        assertThat(PlaybookLoader.builtIn(Locale.ENGLISH)).isEqualTo(english);
        assertThat(PlaybookLoader.builtIn(Locale.GERMAN)).isEqualTo(english);
        assertThat(PlaybookLoader.builtIn(Locale.ROOT)).isEqualTo(english);
        assertThat(PlaybookLoader.builtIn(Locale.FRENCH)).isNotEqualTo(english);
    }

    @Test
    void aTeamFileKeepsItsOwnWordsAndGetsTheBuiltInOnesInItsLanguage() throws IOException {
        Path file = dir.resolve("team.yml");
        Files.writeString(file, """
                version: 1
                anticipations:
                  - key: first-day-welcome
                    when: {after-start-days: 2}
                    window-days: 3
                    text: "Our own welcome call."
                    why: "We always call first."
                  - key: first-week-check-in
                    remove: true
                surprises:
                  - key: team-only-idea
                    text: "Bake them a cake."
                    why: "Cakes are remembered."
                """);

        Playbook playbook = PlaybookLoader.load(file, Locale.FRENCH);

        Anticipation welcome = find(playbook.anticipations(), Anticipation::key, "first-day-welcome");
        assertThat(welcome.text()).isEqualTo("Our own welcome call.");
        assertThat(welcome.trigger()).isEqualTo(new Trigger.AfterStart(2));
        assertThat(keys(playbook.anticipations(), Anticipation::key)).doesNotContain("first-week-check-in");
        assertThat(find(playbook.anticipations(), Anticipation::key, "two-week-quick-win").text())
                .isEqualTo(find(french.anticipations(), Anticipation::key, "two-week-quick-win").text());
        assertThat(find(playbook.tips(), Tip::key, "domain-auto-renew").why())
                .isEqualTo(find(french.tips(), Tip::key, "domain-auto-renew").why());
        assertThat(find(playbook.surprises(), Surprise::key, "team-only-idea").text()).isEqualTo("Bake them a cake.");

        assertThat(PlaybookLoader.load(file)).isEqualTo(PlaybookLoader.load(file, Locale.ENGLISH));
        assertThat(find(PlaybookLoader.load(file).tips(), Tip::key, "domain-auto-renew").why())
                .isEqualTo(find(english.tips(), Tip::key, "domain-auto-renew").why());
    }

    @Test
    void aReplacingTeamFileIsTheSameInEveryLanguage() throws IOException {
        Path file = dir.resolve("whole.yml");
        Files.writeString(file, """
                version: 1
                mode: replace
                health:
                  weights: {nps: 0.5, recency: 0.1, followups: 0.1, engagement: 0.1, struggles: 0.1, incidents: 0.1}
                  targets: {healthy-share: 0.9, nps: 40}
                cadence-days: {prospect: 10, onboarding: 5, active: 10, renewal: 5, paused: 30, churned: 90}
                industries: [general]
                anticipations:
                  - key: kickoff
                    when: {after-start-days: 1}
                    window-days: 3
                    text: "Tenir le lancement."
                    why: "Convenir tôt évite les frictions."
                tips:
                  - key: conflict-check
                    industries: [general]
                    text: "Vérifier les conflits."
                    why: "Les clients y pensent rarement."
                surprises:
                  - key: handwritten-card
                    text: "Une carte manuscrite."
                    why: "On la garde."
                """);

        assertThat(PlaybookLoader.load(file, Locale.FRENCH)).isEqualTo(PlaybookLoader.load(file, Locale.ENGLISH));
    }

    @Test
    void aTranslationWithAMissingOrStrayKeyIsRefusedWithEveryProblemNamed() {
        String yaml = """
                version: 1
                language: fr
                anticipations:
                  - key: first-day-welcome
                    text: "Bonjour."
                    why: ""
                  - key: no-such-rule
                    text: "Rien."
                    why: "Rien."
                  - key: first-day-welcome
                    text: "Encore."
                    why: "Encore."
                tips: []
                surprises:
                  - key: loom-walkthrough
                    text: "Une vidéo."
                    why: "Utile."
                    stages: [active]
                """;
        JsonNode root = PlaybookLoader.parse("fr.yml", yaml);

        assertThatThrownBy(() -> PlaybookTranslation.read("fr.yml", root, "fr", english))
                .isInstanceOf(PlaybookException.class)
                .satisfies(e -> assertThat(((PlaybookException) e).problems()).contains(
                        "fr.yml: anticipations[0] (first-day-welcome): why must not be empty",
                        "fr.yml: anticipations[1] (no-such-rule): there is no built-in anticipation \"no-such-rule\" to translate",
                        "fr.yml: anticipations[2] (first-day-welcome): key \"first-day-welcome\" is already used by anticipations[0] (first-day-welcome)",
                        "fr.yml: anticipations: the built-in anticipation \"first-week-check-in\" has no translation",
                        "fr.yml: tips: the built-in tip \"domain-auto-renew\" has no translation",
                        "fr.yml: surprises[0] (loom-walkthrough): unknown field \"stages\"; expected key, text, why"));
    }

    @Test
    void aTranslationMustNameItsLanguageAndVersion() {
        JsonNode root = PlaybookLoader.parse("fr.yml", "language: de\nanticipations: []\ntips: []\nsurprises: []\n");

        assertThatThrownBy(() -> PlaybookTranslation.read("fr.yml", root, "fr", english))
                .isInstanceOf(PlaybookException.class)
                .hasMessageContaining("fr.yml: version is missing")
                .hasMessageContaining("fr.yml: language must be fr, got \"de\"");
    }

    private static <T> List<String> keys(List<T> entries, Function<T, String> key) {
        return entries.stream().map(key).toList();
    }

    private static <T> T find(List<T> entries, Function<T, String> key, String wanted) {
        return entries.stream().filter(entry -> key.apply(entry).equals(wanted)).findFirst().orElseThrow();
    }

    private static Map<String, String[]> words(Playbook playbook) {
        Map<String, String[]> words = playbook.anticipations().stream()
                .collect(Collectors.toMap(Anticipation::key, rule -> new String[] {rule.text(), rule.why()}));
        playbook.tips().forEach(tip -> words.put(tip.key(), new String[] {tip.text(), tip.why()}));
        playbook.surprises().forEach(surprise -> words.put(surprise.key(), new String[] {surprise.text(), surprise.why()}));
        return words;
    }

    @Test
    void aTeamWorkingInFrenchIsInFranceUnlessItsPlaybookSaysOtherwise() throws IOException {
        assertThat(french.country()).isEqualTo("FR");
        assertThat(english.country()).isEqualTo("US");
        Path file = dir.resolve("team.yml");
        Files.writeString(file, "version: 1\ncountry: BE\n", StandardCharsets.UTF_8);

        assertThat(PlaybookLoader.load(file, Locale.FRENCH).country()).isEqualTo("BE");
    }

    @Test
    void regionalEntriesSayWhereTheyApplyInFrenchToo() {
        List<String> comments = new ArrayList<>();
        english.anticipations().stream().filter(rule -> !rule.regions().isEmpty()).map(Anticipation::key).forEach(comments::add);
        english.tips().stream().filter(tip -> !tip.regions().isEmpty()).map(Tip::key).forEach(comments::add);
        String file = resource();

        assertThat(comments).isNotEmpty().allSatisfy(key -> assertThat(file).contains("# régional : ").containsPattern(
                "# régional : [^\\n]*\\n  - key: " + key + "\\n"));
    }

    private static String resource() {
        try (var in = FrenchPlaybookTest.class.getResourceAsStream("/playbook/playbook.fr.yml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
