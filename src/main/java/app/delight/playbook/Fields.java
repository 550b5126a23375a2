package app.delight.playbook;

import app.delight.domain.Stage;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One YAML mapping of a playbook file, read field by field. Every reader reports what is wrong to
 * {@link Problems} under the entry's name and returns null, so the caller keeps going and the team sees every
 * problem of the file at once.
 */
final class Fields {
    static final int MAX_TEXT = 300;
    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Set<String> COUNTRY_CODES = Set.of(Locale.getISOCountries());

    private final JsonNode node;
    private final String where;
    private final String path;
    private final Problems problems;

    private Fields(JsonNode node, String where, String path, Problems problems) {
        this.node = node;
        this.where = where;
        this.path = path;
        this.problems = problems;
    }

    /** The fields of {@code node}, or null (reported) when it is not a mapping; {@code path} prefixes field names. */
    static Fields of(JsonNode node, String where, String path, Problems problems) {
        if (node == null || !node.isObject()) {
            String what = path.isEmpty() ? "must be a mapping of fields" : path.substring(0, path.length() - 1)
                    + " must be a mapping of fields";
            problems.add(where, what + ", got " + show(node));
            return null;
        }
        return new Fields(node, where, path, problems);
    }

    static boolean isKebabCase(String text) {
        return KEBAB_CASE.matcher(text).matches();
    }

    /** How a value appears in a message: strings quoted, so that an empty or blank value is visible. */
    static String show(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "nothing";
        }
        String shown = value.isValueNode() && !value.isTextual() ? value.asText() : value.toString();
        return shown.length() > 60 ? shown.substring(0, 60) + "…" : shown;
    }

    String where() {
        return where;
    }

    void problem(String problem) {
        problems.add(where, problem);
    }

    boolean has(String name) {
        return node.has(name);
    }

    JsonNode get(String name) {
        return node.get(name);
    }

    List<String> names() {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Typos such as {@code windows-days} would otherwise be ignored silently and the default used instead. */
    void allowOnly(Collection<String> allowed) {
        for (String name : names()) {
            if (!allowed.contains(name)) {
                String hint = closest(name, allowed).map(near -> " (did you mean \"" + path + near + "\"?)")
                        .orElse("; expected " + String.join(", ", allowed));
                problem("unknown field \"" + path + name + "\"" + hint);
            }
        }
    }

    void missing(String name) {
        problem(path + name + " is missing");
    }

    /** The nested mapping {@code name}, or null (reported) when it is missing or not a mapping. */
    Fields mapping(String name) {
        if (!has(name)) {
            missing(name);
            return null;
        }
        return of(get(name), where, path + name + ".", problems);
    }

    Integer wholeNumber(String name, int min, int max) {
        JsonNode value = get(name);
        if (value == null) {
            missing(name);
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            problem(path + name + " must be a whole number from " + min + " to " + max + ", got " + show(value));
            return null;
        }
        return value.intValue();
    }

    Double number(String name, double min, double max) {
        JsonNode value = get(name);
        if (value == null) {
            missing(name);
            return null;
        }
        // Written so that .nan is refused too: every comparison with NaN is false.
        if (!value.isNumber() || !(value.doubleValue() >= min && value.doubleValue() <= max)) {
            problem(path + name + " must be a number from " + plain(min) + " to " + plain(max) + ", got " + show(value));
            return null;
        }
        return value.doubleValue();
    }

    /** A plain string value; the caller checks its content. */
    String string(String name) {
        JsonNode value = get(name);
        if (value == null) {
            missing(name);
            return null;
        }
        if (!value.isTextual()) {
            problem(path + name + " must be text, got " + show(value));
            return null;
        }
        return value.textValue();
    }

    /** Text shown to people in Slack: kept short so a digest stays readable. */
    String text(String name) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            problem(path + name + " must not be empty");
            return null;
        }
        if (stripped.length() > MAX_TEXT) {
            problem(path + name + " must be at most " + MAX_TEXT + " characters, got " + stripped.length());
            return null;
        }
        return stripped;
    }

    String key() {
        String key = string("key");
        if (key != null && !isKebabCase(key)) {
            problem("key must be lowercase kebab-case like first-week-check-in, got " + show(get("key")));
            return null;
        }
        return key;
    }

    Set<Stage> stages(String name, boolean mayBeEmpty) {
        List<String> codes = strings(name, "stages");
        if (codes == null) {
            return null;
        }
        Set<Stage> stages = EnumSet.noneOf(Stage.class);
        boolean valid = true;
        for (String code : codes) {
            Optional<Stage> stage = stage(code);
            if (stage.isEmpty()) {
                problem(path + name + " has an unknown stage \"" + code + "\"; expected one of " + Stage.codes());
                valid = false;
            } else {
                stages.add(stage.get());
            }
        }
        if (codes.isEmpty() && !mayBeEmpty) {
            problem(path + name + " must name at least one stage");
            return null;
        }
        return valid ? stages : null;
    }

    /** Exactly the code, unlike {@link Stage#fromCode}: a file is written once and read by many. */
    static Optional<Stage> stage(String code) {
        return Stage.fromCode(code).filter(stage -> stage.code().equals(code));
    }

    Set<String> industries(String name, Set<String> vocabulary) {
        List<String> industries = strings(name, "industries");
        if (industries == null) {
            return null;
        }
        if (industries.isEmpty()) {
            problem(path + name + " must name at least one industry (" + Playbook.GENERAL + " means any)");
            return null;
        }
        boolean valid = true;
        for (String industry : industries) {
            if (!vocabulary.contains(industry)) {
                problem(path + name + " has \"" + industry + "\", which is not in the top-level industries list");
                valid = false;
            }
        }
        return valid ? new LinkedHashSet<>(industries) : null;
    }

    Anticipation.Mood mood(String name) {
        String code = string(name);
        if (code == null) {
            return null;
        }
        Optional<Anticipation.Mood> mood = Anticipation.Mood.fromCode(code);
        if (mood.isEmpty()) {
            problem(path + name + " must be celebration or repair, got " + show(get(name)));
            return null;
        }
        return mood.get();
    }

    Set<Occasion> occasions(String name) {
        List<String> codes = strings(name, "occasions");
        if (codes == null) {
            return null;
        }
        Set<Occasion> occasions = EnumSet.noneOf(Occasion.class);
        boolean valid = true;
        for (String code : codes) {
            Optional<Occasion> occasion = Occasion.fromCode(code);
            if (occasion.isEmpty()) {
                problem(path + name + " has an unknown occasion \"" + code + "\"; expected one of " + Occasion.codes());
                valid = false;
            } else {
                occasions.add(occasion.get());
            }
        }
        if (codes.isEmpty()) {
            problem(path + name + " must name at least one occasion, or be left out for any day");
            return null;
        }
        return valid ? occasions : null;
    }

    /** Country codes ({@code US}) and the names of the playbook's regions ({@code eu}). */
    Set<String> regions(String name, Set<String> regionNames) {
        List<String> tags = strings(name, "regions");
        if (tags == null) {
            return null;
        }
        if (tags.isEmpty()) {
            problem(path + name + " must name at least one country or region, or be left out for everywhere");
            return null;
        }
        boolean valid = true;
        for (String tag : tags) {
            if (!isCountryCode(tag) && !regionNames.contains(tag)) {
                problem(path + name + " has \"" + tag + "\", which is neither a two-letter country code like US nor a region"
                        + " of the top-level regions (" + String.join(", ", regionNames.stream().sorted().toList()) + ")");
                valid = false;
            }
        }
        return valid ? new LinkedHashSet<>(tags) : null;
    }

    /** An ISO 3166 alpha-2 code in capitals, as clients files and the database spell a country. */
    static boolean isCountryCode(String text) {
        return COUNTRY_CODES.contains(text);
    }

    /** A list of strings, or null (reported) when it is anything else. */
    List<String> strings(String name, String what) {
        JsonNode value = get(name);
        if (value == null) {
            missing(name);
            return null;
        }
        if (!value.isArray()) {
            problem(path + name + " must be a list of " + what + " like [a, b], got " + show(value));
            return null;
        }
        List<String> strings = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                problem(path + name + " must be a list of " + what + ", got " + show(item) + " in it");
                return null;
            }
            strings.add(item.textValue());
        }
        return strings;
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** The allowed name a typo most likely meant, if any is within two edits. */
    private static Optional<String> closest(String name, Collection<String> allowed) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : allowed) {
            int distance = editDistance(name, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
