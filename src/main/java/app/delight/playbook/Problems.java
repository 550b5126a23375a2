package app.delight.playbook;

import java.util.ArrayList;
import java.util.List;

/** The problems found in one playbook file, collected rather than thrown so that all are reported at once. */
final class Problems {
    private final String fileName;
    private final List<String> lines = new ArrayList<>();

    Problems(String fileName) {
        this.fileName = fileName;
    }

    /** {@code where} is the entry or section ("anticipations[3] (first-week-check-in)"), or empty for the file. */
    void add(String where, String problem) {
        lines.add(fileName + ": " + (where.isEmpty() ? "" : where + ": ") + problem);
    }

    void throwIfAny() {
        if (!lines.isEmpty()) {
            throw new PlaybookException(lines);
        }
    }
}
