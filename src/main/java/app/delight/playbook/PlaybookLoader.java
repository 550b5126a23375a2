package app.delight.playbook;

import app.delight.config.ConfigException;
import app.delight.config.Settings;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Loads the playbook: the built-in one, or a team's file ({@code DELIGHT_PLAYBOOK}) that extends it by default
 * or replaces it with top-level {@code mode: replace}. A file is checked whole; a bad file fails with a
 * {@link PlaybookException} naming every problem, never with a playbook that half applies.
 *
 * <p>The built-in playbook is written in English ({@code playbook.yml}); {@code playbook.fr.yml} holds only the
 * French {@code text} and {@code why} of every built-in entry, by key, laid over the English entries by
 * {@link #builtIn(Locale)}. Everything else (triggers, windows, stages, industries, health) comes from the English
 * file alone, so the two languages always run the same rules.
 */
public final class PlaybookLoader {
    static final String BUILT_IN_RESOURCE = "/playbook/playbook.yml";
    /** How the built-in file is named in messages, distinct from a team file that may share its name. */
    static final String BUILT_IN_NAME = "playbook.yml (built-in)";
    private static final String ENGLISH = "en";
    private static final Map<String, Playbook> BUILT_IN = new ConcurrentHashMap<>();

    // A repeated key in a mapping would otherwise keep only its last value, without a word.
    private static final ObjectMapper YAML = new ObjectMapper(
            YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    private PlaybookLoader() {
    }

    /** The built-in playbook, or the team's file over it; a broken file stops start-up naming every problem. */
    public static Playbook configured(Settings settings) {
        try {
            return settings.playbook().map(file -> load(file, settings.locale()))
                    .orElseGet(() -> builtIn(settings.locale()));
        } catch (PlaybookException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    /** The built-in playbook in English. */
    public static Playbook builtIn() {
        return builtIn(Locale.ENGLISH);
    }

    /**
     * The built-in playbook in {@code locale}'s language: English, with each entry's text and why taken from
     * {@code playbook.<language>.yml} when there is one (French); any other language gets English. Loaded once per
     * language: a playbook is immutable.
     */
    public static Playbook builtIn(Locale locale) {
        String language = language(locale);
        Playbook cached = BUILT_IN.get(language);
        if (cached != null) {
            return cached;
        }
        Playbook playbook = language.equals(ENGLISH) ? readEnglish() : translated(builtIn(Locale.ENGLISH), language);
        Playbook raced = BUILT_IN.putIfAbsent(language, playbook);
        return raced != null ? raced : playbook;
    }

    /**
     * A team's playbook file on top of the English built-in playbook.
     *
     * @throws PlaybookException when the file cannot be read or has any problem, one line per problem
     * @see #load(Path, Locale)
     */
    public static Playbook load(Path file) {
        return load(file, Locale.ENGLISH);
    }

    /**
     * A team's playbook file: changes to the built-in playbook in {@code locale}'s language, or with
     * {@code mode: replace} a whole playbook. The team's own entries keep the words the team wrote, in whatever
     * language; the built-in entries it keeps (neither replaced nor removed) are in {@code locale}'s language.
     *
     * @throws PlaybookException when the file cannot be read or has any problem, one line per problem
     */
    public static Playbook load(Path file, Locale locale) {
        String name = file.toString();
        return PlaybookReader.read(name, parse(name, read(file)), () -> builtIn(locale));
    }

    /** The languages with a built-in translation, English first. */
    public static List<String> builtInLanguages() {
        return List.of(ENGLISH, "fr");
    }

    private static String language(Locale locale) {
        String language = locale == null ? ENGLISH : locale.getLanguage();
        return builtInLanguages().contains(language) ? language : ENGLISH;
    }

    private static Playbook readEnglish() {
        String yaml = resource(BUILT_IN_RESOURCE, BUILT_IN_NAME);
        return PlaybookReader.read(BUILT_IN_NAME, parse(BUILT_IN_NAME, yaml), null);
    }

    private static Playbook translated(Playbook english, String language) {
        String resource = "/playbook/playbook." + language + ".yml";
        String name = "playbook." + language + ".yml (built-in)";
        JsonNode root = parse(name, resource(resource, name));
        return PlaybookTranslation.read(name, root, language, english).applyTo(english);
    }

    private static String resource(String resource, String name) {
        try (InputStream in = PlaybookLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new PlaybookException(List.of(name + ": not found on the classpath at " + resource));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new PlaybookException(List.of(file + ": no such file"));
        } catch (CharacterCodingException e) {
            throw new PlaybookException(List.of(file + ": not UTF-8 text"));
        } catch (IOException e) {
            throw new PlaybookException(List.of(file + ": cannot be read (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")"));
        }
    }

    /** The file's one YAML document as a tree, which the reader converts by hand to name the entry of each problem. */
    static JsonNode parse(String name, String yaml) {
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            if (!documents.hasNextValue()) {
                throw new PlaybookException(List.of(name + ": the file is empty"));
            }
            JsonNode root = documents.nextValue();
            if (documents.hasNextValue()) {
                // Later documents would be ignored, so a team could edit one that never takes effect.
                throw new PlaybookException(List.of(name + ": holds more than one YAML document (---); "
                        + "a playbook is a single document"));
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new PlaybookException(List.of(name + ": " + syntaxError(e)));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from a String
        }
    }

    /**
     * "line 4, column 4: not valid YAML: …" on one line. SnakeYAML's own mark points at the problem itself, where
     * Jackson's location is where its parser stopped, sometimes the line before.
     */
    private static String syntaxError(JsonProcessingException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
                Mark mark = yaml.getProblemMark();
                String problem = yaml.getProblem() != null ? yaml.getProblem() : yaml.getContext();
                String context = yaml.getProblem() != null && yaml.getContext() != null ? " (" + yaml.getContext() + ")" : "";
                return "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ": not valid YAML: "
                        + oneLine(problem + context);
            }
        }
        JsonLocation location = e.getLocation();
        String at = location == null ? "" : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
        return at + "not valid YAML: " + oneLine(e.getOriginalMessage());
    }

    private static String oneLine(String message) {
        return String.valueOf(message).replaceAll("\\s+", " ").strip();
    }
}
