package app.delight.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The app started as its own JVM, as a deployment runs it, so its memory is its own and not the
 * benchmark's: the app's class path, a given environment only, and figures read from {@code /proc}.
 */
public final class AppProcess {
    /** The JVM flags the README recommends for a deployment, and the Dockerfile gives the app. */
    static final String RECOMMENDED_JVM_FLAGS = "-Xmx128m -XX:+UseG1GC -Xss512k -XX:ReservedCodeCacheSize=48m "
            + "-XX:MaxMetaspaceSize=128m";

    private AppProcess() {
    }

    static List<String> recommendedJvmFlags() {
        return List.of(RECOMMENDED_JVM_FLAGS.split(" "));
    }

    /**
     * {@code java <jvmArgs> -cp … app.delight.Main <appArgs>}, its output to {@code log}, with the
     * benchmark's own Slack, Delight and database settings removed and {@code env} put in their place.
     */
    public static ProcessBuilder builder(List<String> jvmArgs, List<String> appArgs, Map<String, String> env, Path log) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.addAll(List.of("-cp", classPath(), "app.delight.Main"));
        command.addAll(appArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SLACK_") || name.startsWith("DELIGHT_")
                || name.equals("DATABASE_URL") || name.equals("PORT") || name.startsWith("JAVA_TOOL_OPTIONS")
                || name.equals("JDK_JAVA_OPTIONS"));
        builder.environment().putAll(env);
        return builder;
    }

    /** The test's class path without the test classes: the app's classes and its libraries. */
    private static String classPath() {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(path.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** A field of {@code /proc/<pid>/status} in kB (VmRSS, VmHWM), or -1 once the process is gone. */
    static long procStatus(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException gone) {
            return -1;
        }
        return -1;
    }
}
