package app.delight.playbook;

import java.util.List;

/**
 * A playbook file that cannot be used. The message has one line per problem, each naming the file, the
 * entry and what is wrong, so a team fixes its whole file in one pass instead of one error per start-up.
 */
public class PlaybookException extends RuntimeException {
    private final List<String> problems;

    public PlaybookException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
