package app.delight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.bench.AppProcess;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clients file of 200,000 bad rows, imported by the command in its own JVM with a heap far too
 * small to hold its problems (each about 170 bytes, 34 MB in all) or the file (10 MB): the command
 * lists the first hundred, counts the rest, and stays within the heap.
 */
class ManyBadRowsTest {
    private static final int ROWS = 200_000;
    private static final String HEAP = "-Xmx20m";

    @TempDir
    Path dir;

    @Test
    void twoHundredThousandBadRowsAreToldInAHundredLinesWithinATwentyMegabyteHeap() throws Exception {
        Path file = dir.resolve("clients.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("name,stage,monthly_revenue\n");
            for (int i = 1; i <= ROWS; i++) {
                out.write("Client number " + i + ",paying,12k\n");
            }
        }
        Path log = dir.resolve("import.log");

        Process process = AppProcess.builder(List.of(HEAP, "-XX:+UseSerialGC"), List.of("import", "clients", file.toString(),
                "--team", "T0MANYBAD1"), Map.of(), log).start();

        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the import finished").isTrue();
        List<String> output = Files.readAllLines(log);
        assertThat(output).noneMatch(line -> line.contains("OutOfMemoryError"));
        assertThat(process.exitValue()).isEqualTo(RootCommand.EXIT_FAILED);
        assertThat(output).filteredOn(line -> line.contains(".csv line ")).hasSize(100);
        assertThat(output).contains("  clients.csv line 2, column stage: expected one of prospect, onboarding, active, renewal, "
                + "paused, churned, got \"paying\"");
        assertThat(output).contains("  … and 399,900 more problems (the first 100 are listed)");
    }
}
