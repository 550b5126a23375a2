package app.delight.playbook;

import app.delight.domain.PromptKind;
import app.delight.domain.Stage;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Turns one parsed playbook file into a {@link Playbook}: a whole playbook on its own (the built-in file, or a
 * team file with {@code mode: replace}), or changes on top of the built-in one (a team file, by default).
 * Every problem is collected before anything is thrown.
 */
final class PlaybookReader {
    private static final List<String> TOP_LEVEL = List.of("version", "mode", "health", "cadence-days", "quiet-periods",
            "country", "regions", "industries", "anticipations", "tips", "surprises");
    /** The kinds a playbook quiets, by the names it writes them with. */
    private static final Map<String, PromptKind> QUIET_KINDS = quietKinds();
    private static final int MAX_QUIET = 366;
    private static final List<String> WEIGHTS = List.of("nps", "recency", "followups", "engagement", "struggles",
            "incidents");
    private static final List<String> TARGETS = List.of("healthy-share", "nps");
    private static final double WEIGHT_SUM_TOLERANCE = 1e-6;

    private final Problems problems;
    /** The playbook this file extends, or null when the file must be a whole playbook. */
    private final Playbook base;

    private final Map<String, Double> weights = new LinkedHashMap<>();
    private boolean weightsUsable = true;
    private final Map<String, Number> targets = new HashMap<>();
    private final Map<Stage, Integer> cadence = new EnumMap<>(Stage.class);
    private final Map<PromptKind, QuietPeriod> quiet = new EnumMap<>(PromptKind.class);
    private String country;
    private final Map<String, Set<String>> regions = new LinkedHashMap<>();
    private final Set<String> industries = new LinkedHashSet<>();
    private boolean industriesUsable = true;
    /** Entry keys across the three lists of this file, so one key cannot name both a rule and a tip. */
    private final Map<String, String> fileEntryKeys = new HashMap<>();

    private final Section<Anticipation> anticipations;
    private final Section<Tip> tips;
    private final Section<Surprise> surprises;

    private PlaybookReader(Problems problems, Playbook base) {
        this.problems = problems;
        this.base = base;
        this.anticipations = new Section<>("anticipations", "anticipation",
                base == null ? List.of() : base.anticipations(), Anticipation::key);
        this.tips = new Section<>("tips", "tip", base == null ? List.of() : base.tips(), Tip::key);
        this.surprises = new Section<>("surprises", "surprise", base == null ? List.of() : base.surprises(),
                Surprise::key);
    }

    /**
     * @param builtIn the playbook a team file extends; null when reading the built-in file itself
     * @throws PlaybookException listing every problem of the file
     */
    static Playbook read(String fileName, JsonNode root, Supplier<Playbook> builtIn) {
        Problems problems = new Problems(fileName);
        if (root == null || !root.isObject()) {
            problems.add("", "a playbook must be a YAML mapping of " + String.join(", ", TOP_LEVEL) + ", got "
                    + Fields.show(root));
            problems.throwIfAny();
        }
        Fields top = Fields.of(root, "", "", problems);
        top.allowOnly(TOP_LEVEL);
        version(top);
        boolean replace = replaceMode(top);
        PlaybookReader reader = new PlaybookReader(problems, builtIn == null || replace ? null : builtIn.get());
        reader.readAll(top);
        problems.throwIfAny();
        return reader.playbook();
    }

    private static boolean replaceMode(Fields top) {
        if (!top.has("mode")) {
            return false;
        }
        JsonNode mode = top.get("mode");
        if (mode.isTextual() && mode.textValue().equals("replace")) {
            return true;
        }
        if (!mode.isTextual() || !mode.textValue().equals("extend")) {
            top.problem("mode must be extend or replace, got " + Fields.show(mode));
        }
        return false;
    }

    private boolean whole() {
        return base == null;
    }

    private void readAll(Fields top) {
        health(top);
        cadence(top);
        quietPeriods(top);
        country(top);
        regions(top);
        industries(top);
        EntryReader entries = new EntryReader(industriesUsable ? industries : null, regions.keySet());
        list(top, anticipations, entries::anticipation);
        list(top, tips, entries::tip);
        list(top, surprises, entries::surprise);
        keysUniqueAgainstBase();
        atLeastOneOfEach();
        weightsSumToOne();
    }

    /** Required even in a team file, so that a later format can tell old files apart. */
    private static void version(Fields top) {
        JsonNode version = top.get("version");
        if (version == null) {
            top.missing("version");
        } else if (!version.isIntegralNumber() || version.intValue() != 1) {
            top.problem("version must be 1, got " + Fields.show(version));
        }
    }

    /** A whole playbook must give every section; a team file gives only what it changes. */
    private Fields optionalMapping(Fields parent, String name) {
        if (!parent.has(name)) {
            if (whole()) {
                parent.missing(name);
            }
            return null;
        }
        return parent.mapping(name);
    }

    private void health(Fields top) {
        Fields health = optionalMapping(top, "health");
        if (health == null) {
            weightsUsable = !whole();
            return;
        }
        health.allowOnly(List.of("weights", "targets"));
        Fields weightsGiven = optionalMapping(health, "weights");
        if (weightsGiven == null) {
            weightsUsable = !whole();
        } else {
            weightsGiven.allowOnly(WEIGHTS);
            for (String name : WEIGHTS) {
                if (whole() || weightsGiven.has(name)) {
                    Double weight = weightsGiven.number(name, 0, 1);
                    weightsUsable &= weight != null;
                    if (weight != null) {
                        weights.put(name, weight);
                    }
                }
            }
        }
        Fields targetsGiven = optionalMapping(health, "targets");
        if (targetsGiven != null) {
            targetsGiven.allowOnly(TARGETS);
            if (whole() || targetsGiven.has("healthy-share")) {
                putIfRead("healthy-share", targetsGiven.number("healthy-share", 0, 1));
            }
            if (whole() || targetsGiven.has("nps")) {
                putIfRead("nps", targetsGiven.wholeNumber("nps", -100, 100));
            }
        }
    }

    private void putIfRead(String target, Number value) {
        if (value != null) {
            targets.put(target, value);
        }
    }

    private void cadence(Fields top) {
        Fields given = optionalMapping(top, "cadence-days");
        if (given == null) {
            return;
        }
        given.allowOnly(Arrays.stream(Stage.values()).map(Stage::code).toList());
        for (Stage stage : Stage.values()) {
            if (whole() || given.has(stage.code())) {
                Integer days = given.wholeNumber(stage.code(), 1, 365);
                if (days != null) {
                    cadence.put(stage, days);
                }
            }
        }
    }

    /** Optional even in a whole playbook, as a file written before they existed: a kind not given is never held back. */
    private void quietPeriods(Fields top) {
        Fields given = top.has("quiet-periods") ? top.mapping("quiet-periods") : null;
        if (given == null) {
            return;
        }
        given.allowOnly(QUIET_KINDS.keySet());
        QUIET_KINDS.forEach((name, kind) -> {
            if (given.has(name)) {
                Fields period = given.mapping(name);
                if (period != null) {
                    QuietPeriod read = quietPeriod(period, name);
                    if (read != null) {
                        quiet.put(kind, read);
                    }
                }
            }
        });
    }

    /** {@code {days: 7}} or {@code {workdays: 3}}: exactly one. */
    private static QuietPeriod quietPeriod(Fields period, String name) {
        period.allowOnly(List.of("days", "workdays"));
        boolean days = period.has("days");
        if (days == period.has("workdays")) {
            period.problem("quiet-periods." + name + " must give either days or workdays, like {days: 7} or {workdays: 3}");
            return null;
        }
        Integer length = period.wholeNumber(days ? "days" : "workdays", 0, MAX_QUIET);
        return length == null ? null : days ? QuietPeriod.days(length) : QuietPeriod.workdays(length);
    }

    /** Optional even in a whole playbook: without it only clients that name their country get regional entries. */
    private void country(Fields top) {
        country = base == null ? null : base.country();
        if (!top.has("country")) {
            return;
        }
        String code = top.string("country");
        if (code != null && !Fields.isCountryCode(code)) {
            top.problem("country must be a two-letter country code in capitals like US or FR, got " + Fields.show(top.get("country")));
        } else if (code != null) {
            country = code;
        }
    }

    /** Named groups of countries; a team file adds regions or replaces one by its name. */
    private void regions(Fields top) {
        if (base != null) {
            regions.putAll(base.regions());
        }
        if (!top.has("regions")) {
            return;
        }
        Fields given = top.mapping("regions");
        if (given == null) {
            return;
        }
        for (String name : given.names()) {
            if (!Fields.isKebabCase(name)) {
                given.problem("regions." + name + ": a region's name must be lowercase kebab-case like eu, so it is never"
                        + " taken for a country code");
                continue;
            }
            List<String> codes = given.strings(name, "country codes");
            if (codes == null) {
                continue;
            }
            List<String> wrong = codes.stream().filter(code -> !Fields.isCountryCode(code)).toList();
            if (codes.isEmpty() || !wrong.isEmpty()) {
                given.problem("regions." + name + " must be a list of two-letter country codes in capitals like [FR, DE]"
                        + (wrong.isEmpty() ? ", got none" : ", got " + String.join(", ", wrong)));
                continue;
            }
            regions.put(name, new LinkedHashSet<>(codes));
        }
    }

    private void industries(Fields top) {
        if (base != null) {
            industries.addAll(base.industries());
        }
        JsonNode given = top.get("industries");
        if (given == null) {
            industriesUsable = !whole();
            if (whole()) {
                top.missing("industries");
            }
            return;
        }
        if (!given.isArray()) {
            industriesUsable = false;
            top.problem("industries must be a list like [general, retail], got " + Fields.show(given));
            return;
        }
        for (int i = 0; i < given.size(); i++) {
            JsonNode industry = given.get(i);
            if (!industry.isTextual() || !Fields.isKebabCase(industry.textValue())) {
                top.problem("industries[" + i + "] must be lowercase kebab-case like real-estate, got "
                        + Fields.show(industry));
            }
            if (industry.isTextual()) {
                industries.add(industry.textValue()); // even when refused, so entries naming it are not refused twice
            }
        }
        if (whole() && !industries.contains(Playbook.GENERAL)) {
            top.problem("industries must include " + Playbook.GENERAL + ", the industry that matches every client");
        }
    }

    private <T> void list(Fields top, Section<T> section, BiFunction<Fields, String, T> read) {
        JsonNode given = top.get(section.name);
        if (given == null) {
            return; // a whole playbook without it is told it needs at least one
        }
        if (!given.isArray()) {
            top.problem(section.name + " must be a list of entries, got " + Fields.show(given));
            return;
        }
        for (int i = 0; i < given.size(); i++) {
            JsonNode node = given.get(i);
            JsonNode key = node.get("key");
            String index = section.name + "[" + i + "]";
            String where = key != null && key.isTextual() ? index + " (" + key.textValue() + ")" : index;
            Fields entry = Fields.of(node, where, "", problems);
            if (entry == null) {
                section.unkeyedEntries++;
            } else if (entry.has("remove")) {
                removal(section, entry, entry.key());
            } else {
                entry(section, entry, entry.key(), read);
            }
        }
    }

    private <T> void entry(Section<T> section, Fields entry, String key, BiFunction<Fields, String, T> read) {
        if (key == null) {
            section.unkeyedEntries++;
        } else {
            String earlier = section.seen.getOrDefault(key, fileEntryKeys.get(key));
            if (earlier != null) {
                entry.problem("key \"" + key + "\" is already used by " + earlier);
            }
            section.seen.putIfAbsent(key, entry.where());
            fileEntryKeys.putIfAbsent(key, entry.where());
            section.entryKeys.putIfAbsent(key, entry.where());
        }
        T value = read.apply(entry, key);
        if (value != null) {
            section.changes.add(value);
        }
    }

    private void removal(Section<?> section, Fields entry, String key) {
        if (whole()) {
            entry.problem("remove only works in a file that extends the built-in playbook, not in a whole playbook");
            return;
        }
        for (String name : entry.names()) {
            if (!name.equals("key") && !name.equals("remove")) {
                entry.problem("\"" + name + "\" cannot be given with remove: true; an entry is either removed or given");
            }
        }
        JsonNode remove = entry.get("remove");
        if (!remove.isBoolean() || !remove.booleanValue()) {
            entry.problem("remove must be true, got " + Fields.show(remove));
        }
        if (key == null) {
            return;
        }
        if (section.seen.containsKey(key)) {
            entry.problem("key \"" + key + "\" is already used by " + section.seen.get(key));
        } else if (!section.inBase(key)) {
            // Most likely a misspelt key: removing nothing silently would keep the entry the team meant to drop.
            entry.problem("there is no built-in " + section.singular + " \"" + key + "\" to remove");
        } else {
            section.removed.add(key);
        }
        section.seen.putIfAbsent(key, entry.where());
    }

    /** Prompts, feedback and the outbox refer to entries by key alone, so a key must be unique across all lists. */
    private void keysUniqueAgainstBase() {
        List<Section<?>> sections = List.of(anticipations, tips, surprises);
        for (Section<?> section : sections) {
            section.entryKeys.forEach((key, where) -> sections.stream()
                    .filter(other -> other != section && other.keptFromBase(key))
                    .findFirst()
                    .ifPresent(other -> problems.add(where, "key \"" + key + "\" is already used by the built-in "
                            + other.singular + " \"" + key + "\"; keys must be unique across anticipations, tips and"
                            + " surprises")));
        }
    }

    private void atLeastOneOfEach() {
        for (Section<?> section : List.of(anticipations, tips, surprises)) {
            if (section.finalCount() == 0) {
                problems.add("", "the playbook needs at least one " + section.singular + (whole()
                        ? ", and " + section.name + " is missing or empty"
                        : ", and this file removes them all"));
            }
        }
    }

    private void weightsSumToOne() {
        Map<String, Double> merged = mergedWeights();
        if (!weightsUsable || merged.size() != WEIGHTS.size()) {
            return; // the weights' own problems are already reported
        }
        double sum = merged.values().stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
            String sumShown = new BigDecimal(sum).round(new MathContext(6)).stripTrailingZeros().toPlainString();
            problems.add("", "health.weights must sum to 1, got " + sumShown
                    + (whole() ? "" : " with the built-in weights this file does not change"));
        }
    }

    private Map<String, Double> mergedWeights() {
        Map<String, Double> merged = new LinkedHashMap<>();
        if (base != null) {
            HealthWeights builtIn = base.weights();
            List<Double> values = List.of(builtIn.nps(), builtIn.recency(), builtIn.followUps(), builtIn.engagement(),
                    builtIn.struggles(), builtIn.incidents());
            for (int i = 0; i < WEIGHTS.size(); i++) {
                merged.put(WEIGHTS.get(i), values.get(i));
            }
        }
        merged.putAll(weights);
        return merged;
    }

    /** Only called once the file had no problem, so every value is there. */
    private Playbook playbook() {
        Map<String, Double> w = mergedWeights();
        HealthWeights healthWeights = new HealthWeights(w.get("nps"), w.get("recency"), w.get("followups"),
                w.get("engagement"), w.get("struggles"), w.get("incidents"));
        double healthyShare = targets.containsKey("healthy-share") ? targets.get("healthy-share").doubleValue()
                : base.targets().healthyShare();
        int nps = targets.containsKey("nps") ? targets.get("nps").intValue() : base.targets().nps();
        Map<Stage, Integer> cadenceDays = new EnumMap<>(Stage.class);
        if (base != null) {
            cadenceDays.putAll(base.cadenceDays());
        }
        cadenceDays.putAll(cadence);
        Map<PromptKind, QuietPeriod> quietPeriods = new EnumMap<>(PromptKind.class);
        if (base != null) {
            quietPeriods.putAll(base.quietPeriods());
        }
        quietPeriods.putAll(quiet);
        return new Playbook(healthWeights, new Targets(healthyShare, nps), cadenceDays, quietPeriods, country, regions,
                industries, anticipations.merged(), tips.merged(), surprises.merged());
    }

    private static Map<String, PromptKind> quietKinds() {
        Map<String, PromptKind> kinds = new LinkedHashMap<>();
        kinds.put("follow-ups", PromptKind.FOLLOW_UP);
        kinds.put("meetings", PromptKind.MEETING);
        kinds.put("anticipations", PromptKind.ANTICIPATION);
        kinds.put("struggles", PromptKind.STRUGGLE);
        kinds.put("tips", PromptKind.TIP);
        kinds.put("surprises", PromptKind.SURPRISE);
        return kinds;
    }
}
