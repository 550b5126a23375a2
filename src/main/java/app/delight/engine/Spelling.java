package app.delight.engine;

import java.util.Collection;
import java.util.Optional;

/** How close two folded words are, for "did you mean": client names, sub-commands, date words. */
final class Spelling {
    static final int MAX_TYPOS = 2;

    private Spelling() {}

    /** The nearest of {@code words} within typo reach of {@code typed}, the first of equals. */
    static Optional<String> closest(String typed, Collection<String> words) {
        String best = null;
        int bestDistance = MAX_TYPOS + 1;
        for (String word : words) {
            int distance = distance(typed, word, MAX_TYPOS);
            if (distance < bestDistance && withinTypoReach(typed, word, distance)) {
                best = word;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A typo allowance that grows with length: one slip in a short word, two in a longer one, none
     * below three letters, where any edit would turn one short name into another.
     */
    static boolean withinTypoReach(String typed, String candidate, int distance) {
        int length = Math.min(typed.length(), candidate.length());
        int allowed = length < 3 ? 0 : length <= 5 ? 1 : MAX_TYPOS;
        return distance <= allowed;
    }

    /**
     * Edit distance where swapping two neighbouring letters counts as one edit (optimal string
     * alignment), worked out only as far as {@code limit}: any distance beyond it is {@code limit + 1}.
     */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] twoBack = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        int previousLowest = 0;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int lowest = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, twoBack[j - 2] + 1);
                }
                current[j] = d;
                lowest = Math.min(lowest, d);
            }
            // A later cell comes from one of the two rows above it, never from lower values.
            if (Math.min(lowest, previousLowest) > limit) {
                return limit + 1;
            }
            previousLowest = lowest;
            int[] spare = twoBack;
            twoBack = previous;
            previous = current;
            current = spare;
        }
        return Math.min(previous[b.length()], limit + 1);
    }
}
