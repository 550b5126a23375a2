package app.delight.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A file's problems as they are found: the first {@value #SHOWN} in full, then only how many more.
 * A file of a million bad rows is told in a screenful, and costs no more memory than a file of one.
 */
final class Problems {
    static final int SHOWN = 100;

    private final List<String> shown = new ArrayList<>();
    private long count;

    void add(String problem) {
        if (shown.size() < SHOWN) {
            shown.add(problem);
        }
        count++;
    }

    boolean any() {
        return count > 0;
    }

    List<String> shown() {
        return List.copyOf(shown);
    }

    long notShown() {
        return count - shown.size();
    }
}
