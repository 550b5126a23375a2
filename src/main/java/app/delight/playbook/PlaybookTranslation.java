package app.delight.playbook;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The built-in playbook in another language: a file ({@code playbook.fr.yml}) that holds only the
 * {@code text} and {@code why} of each built-in entry, by key, in the same three lists. Triggers, windows, stages
 * and industries stay in the English file alone, so the languages cannot drift apart on what a rule does. The
 * translation must cover exactly the English keys, each in the same list: a missing or stray key is a problem.
 * It may also name the team's {@code country} a team working in that language most likely has (France for French),
 * the default for clients that name none; a team sets its own in its playbook file.
 */
final class PlaybookTranslation {
    private static final List<String> TOP_LEVEL = List.of("version", "language", "country", "anticipations", "tips",
            "surprises");
    private static final List<String> ENTRY_FIELDS = List.of("key", "text", "why");

    /** One entry's words in the translation's language. */
    record Words(String text, String why) {
    }

    /** The team's country a team of this language most likely has; null to keep the English file's. */
    private final String country;
    private final Map<String, Words> anticipations;
    private final Map<String, Words> tips;
    private final Map<String, Words> surprises;

    private PlaybookTranslation(String country, Map<String, Words> anticipations, Map<String, Words> tips,
            Map<String, Words> surprises) {
        this.country = country;
        this.anticipations = anticipations;
        this.tips = tips;
        this.surprises = surprises;
    }

    /**
     * Reads {@code root} as the translation of {@code english} into {@code language}.
     *
     * @throws PlaybookException listing every problem of the file
     */
    static PlaybookTranslation read(String fileName, JsonNode root, String language, Playbook english) {
        Problems problems = new Problems(fileName);
        Fields top = Fields.of(root, "", "", problems);
        problems.throwIfAny();
        top.allowOnly(TOP_LEVEL);
        JsonNode version = top.get("version");
        if (version == null) {
            top.missing("version");
        } else if (!version.isIntegralNumber() || version.intValue() != 1) {
            top.problem("version must be 1, got " + Fields.show(version));
        }
        JsonNode declared = top.get("language");
        if (declared != null && !(declared.isTextual() && declared.textValue().equals(language))) {
            top.problem("language must be " + language + ", got " + Fields.show(declared));
        }
        String country = top.has("country") ? top.string("country") : null;
        if (country != null && !Fields.isCountryCode(country)) {
            top.problem("country must be a two-letter country code in capitals like FR, got " + Fields.show(top.get("country")));
        }
        Map<String, Words> anticipations = section(top, "anticipations", "anticipation", english.anticipations(),
                Anticipation::key, problems);
        Map<String, Words> tips = section(top, "tips", "tip", english.tips(), Tip::key, problems);
        Map<String, Words> surprises = section(top, "surprises", "surprise", english.surprises(), Surprise::key,
                problems);
        problems.throwIfAny();
        return new PlaybookTranslation(country, anticipations, tips, surprises);
    }

    private static <T> Map<String, Words> section(Fields top, String name, String singular, List<T> english,
            Function<T, String> keyOf, Problems problems) {
        Map<String, Words> words = new LinkedHashMap<>();
        List<String> englishKeys = english.stream().map(keyOf).toList();
        JsonNode given = top.get(name);
        if (given == null) {
            top.missing(name);
            return words;
        }
        if (!given.isArray()) {
            top.problem(name + " must be a list of entries, got " + Fields.show(given));
            return words;
        }
        Map<String, String> seen = new LinkedHashMap<>();
        for (int i = 0; i < given.size(); i++) {
            JsonNode node = given.get(i);
            JsonNode keyNode = node.get("key");
            String index = name + "[" + i + "]";
            String where = keyNode != null && keyNode.isTextual() ? index + " (" + keyNode.textValue() + ")" : index;
            Fields entry = Fields.of(node, where, "", problems);
            if (entry == null) {
                continue;
            }
            entry.allowOnly(ENTRY_FIELDS);
            String key = entry.key();
            String text = entry.text("text");
            String why = entry.text("why");
            if (key == null) {
                continue;
            }
            if (seen.containsKey(key)) {
                entry.problem("key \"" + key + "\" is already used by " + seen.get(key));
                continue;
            }
            seen.put(key, where);
            if (!englishKeys.contains(key)) {
                entry.problem("there is no built-in " + singular + " \"" + key + "\" to translate");
            } else if (text != null && why != null) {
                words.put(key, new Words(text, why));
            }
        }
        for (String key : englishKeys) {
            if (!seen.containsKey(key)) {
                problems.add(name, "the built-in " + singular + " \"" + key + "\" has no translation");
            }
        }
        return words;
    }

    /** {@code english} with every built-in entry's text and why in this translation's language. */
    Playbook applyTo(Playbook english) {
        return new Playbook(english.weights(), english.targets(), english.cadenceDays(), english.quietPeriods(),
                country != null ? country : english.country(), english.regions(), english.industries(),
                english.anticipations().stream().map(rule -> {
                    Words words = anticipations.get(rule.key());
                    return new Anticipation(rule.key(), rule.trigger(), rule.windowDays(), rule.stages(),
                            rule.industries(), words.text(), words.why(), rule.regions(), rule.mood());
                }).toList(),
                english.tips().stream().map(tip -> {
                    Words words = tips.get(tip.key());
                    return new Tip(tip.key(), tip.industries(), tip.stages(), words.text(), words.why(), tip.regions());
                }).toList(),
                english.surprises().stream().map(surprise -> {
                    Words words = surprises.get(surprise.key());
                    return new Surprise(surprise.key(), words.text(), words.why(), surprise.occasions(), surprise.regions());
                }).toList());
    }
}
