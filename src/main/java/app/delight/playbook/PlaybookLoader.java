package app.delight.playbook;

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
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Loads the playbook: the built-in one, or a team's file ({@code DELIGHT_PLAYBOOK}) that extends it by default
 * or replaces it with top-level {@code mode: replace}. A file is checked whole; a bad file fails with a
 * {@link PlaybookException} naming every problem, never with a playbook that half applies.
 */
public final class PlaybookLoader {
    static final String BUILT_IN_RESOURCE = "/playbook/playbook.yml";
    /** How the built-in file is named in messages, distinct from a team file that may share its name. */
    static final String BUILT_IN_NAME = "playbook.yml (built-in)";

    // A repeated key in a mapping would otherwise keep only its last value, without a word.
    private static final ObjectMapper YAML = new ObjectMapper(
            YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    private PlaybookLoader() {
    }

    public static Playbook builtIn() {
        try (InputStream in = PlaybookLoader.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
            if (in == null) {
                throw new PlaybookException(List.of(BUILT_IN_NAME + ": not found on the classpath at " + BUILT_IN_RESOURCE));
            }
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return PlaybookReader.read(BUILT_IN_NAME, parse(BUILT_IN_NAME, yaml), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A team's playbook file: changes to the built-in playbook, or with {@code mode: replace} a whole playbook.
     *
     * @throws PlaybookException when the file cannot be read or has any problem, one line per problem
     */
    public static Playbook load(Path file) {
        String name = file.toString();
        return PlaybookReader.read(name, parse(name, read(file)), PlaybookLoader::builtIn);
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
