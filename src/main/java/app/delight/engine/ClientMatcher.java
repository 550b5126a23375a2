package app.delight.engine;

import app.delight.domain.Client;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Finds which client a user meant by what they typed after {@code /delight}: an exact name or alias
 * first, then a prefix, then a close spelling. People type fast, without accents and with typos, so
 * all comparisons are made on a folded form (no accents, no case, punctuation as spaces).
 */
public final class ClientMatcher {
    public static final int MAX_CANDIDATES = 10;
    public static final int CLOSEST_NAMES = 3;

    /** What the typed text points to. */
    public sealed interface Match permits Match.Found, Match.Several, Match.None {

        record Found(Client client) implements Match {}

        /** Equally good matches, best first; the caller lets the user pick. */
        record Several(List<Client> candidates) implements Match {
            public Several {
                candidates = List.copyOf(candidates);
            }
        }

        /** Nothing matched; {@code closest} are names to offer as "did you mean". */
        record None(List<String> closest) implements Match {
            public None {
                closest = List.copyOf(closest);
            }
        }
    }

    private enum Tier { EXACT, PREFIX, SPELLING, NONE }

    /** How well a client matches: the tier, then a rank inside it (lower is better in both). */
    private record Quality(Tier tier, int rank) implements Comparable<Quality> {
        static final Quality NO_MATCH = new Quality(Tier.NONE, 0);

        @Override
        public int compareTo(Quality other) {
            return Comparator.comparing(Quality::tier).thenComparingInt(Quality::rank).compare(this, other);
        }

        Quality orBetter(Quality other) {
            return other.compareTo(this) < 0 ? other : this;
        }
    }

    /** {@code nearest} is the smallest edit distance to any name, alias or word, for "did you mean". */
    /** {@code folded} is the client's name as compared, kept so sorting does not fold it again per comparison. */
    private record Score(Client client, Quality quality, int nearest, String folded) {}

    // Letters that Unicode does not decompose into a base letter plus an accent.
    private static final Map<Character, String> UNDECOMPOSED = Map.of(
            'œ', "oe", 'æ', "ae", 'ß', "ss", 'ø', "o", 'ł', "l", 'đ', "d", 'ı', "i", 'ð', "d", 'þ', "th");

    private ClientMatcher() {}

    public static Match match(List<Client> clients, String text) {
        String query = fold(text);
        if (query.isEmpty()) {
            return new Match.None(List.of());
        }
        // Exact and prefix matches are cheap string tests; the edit distances for typos are the cost,
        // so they are computed only when nothing matched by name or prefix.
        List<Score> all = clients.stream().map(client -> score(client, query, false)).toList();
        if (all.stream().allMatch(score -> score.quality().tier() == Tier.NONE)) {
            all = clients.stream().map(client -> score(client, query, true)).toList();
        }
        // Only matches need ranking; with thousands of clients nearly all are none, and sorting them is the cost.
        List<Score> scores = all.stream().filter(score -> score.quality().tier() != Tier.NONE).sorted(BEST_FIRST).toList();
        Score best = scores.isEmpty() ? null : scores.get(0);
        if (best == null) {
            return new Match.None(closestNames(all));
        }
        List<Client> equallyGood = scores.stream()
                .filter(s -> s.quality().tier() == best.quality().tier())
                // A farther typo is a worse guess, whereas every prefix is consistent with what was typed.
                .filter(s -> s.quality().tier() != Tier.SPELLING || s.quality().equals(best.quality()))
                .limit(MAX_CANDIDATES)
                .map(Score::client)
                .toList();
        return equallyGood.size() == 1 ? new Match.Found(equallyGood.get(0)) : new Match.Several(equallyGood);
    }

    /**
     * The form names are compared in: accents and case removed, apostrophes dropped, other punctuation
     * turned into single spaces. {@code %} and {@code _} are kept as ordinary characters.
     */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        // NFKD rather than NFD so that full-width letters and ligatures fold too.
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (char c : decomposed.toCharArray()) {
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || isApostrophe(c)) {
                continue;
            }
            if (UNDECOMPOSED.containsKey(c)) {
                folded.append(UNDECOMPOSED.get(c));
            } else if (Character.isLetterOrDigit(c) || c == '%' || c == '_') {
                folded.append(c);
            } else {
                folded.append(' ');
            }
        }
        return SPACES.matcher(folded.toString().trim()).replaceAll(" ");
    }

    // "McDonald's" is typed "mcdonalds" far more often than "mcdonald s".
    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ' || c == '`';
    }

    private static final Pattern SPACES = Pattern.compile(" +");
    private static final int MAX_REMEMBERED = 100_000;
    private static final Map<String, String> FOLDED = new ConcurrentHashMap<>();

    private static final Comparator<Score> BEST_FIRST = Comparator.comparing(Score::quality)
            .thenComparing(Score::folded)
            .thenComparing(s -> s.client().name())
            .thenComparingLong(s -> s.client().id());

    private static Score score(Client client, String query, boolean spelling) {
        String typed = compact(query);
        Quality best = Quality.NO_MATCH;
        int nearest = Integer.MAX_VALUE;
        List<String> keys = keys(client);
        for (String key : keys) {
            List<String> wholeAndWords = new ArrayList<>();
            if (spelling) {
                wholeAndWords.add(compact(key));
                wholeAndWords.addAll(List.of(key.split(" ")));
            }
            for (String candidate : wholeAndWords) {
                int distance = distanceTo(typed, candidate);
                nearest = Math.min(nearest, distance);
                if (withinTypoReach(typed, candidate, distance)) {
                    best = best.orBetter(new Quality(Tier.SPELLING, distance));
                }
            }
            if (startsAtSomeWord(key, query)) {
                best = best.orBetter(new Quality(Tier.PREFIX, 1));
            }
            if (compact(key).startsWith(typed)) {
                best = best.orBetter(new Quality(Tier.PREFIX, 0));
            }
            if (compact(key).equals(typed)) {
                best = best.orBetter(new Quality(Tier.EXACT, 0));
            }
        }
        return new Score(client, best, nearest, keys.isEmpty() ? "" : keys.get(0));
    }

    /** "gen" and "generale sa" both start at a word of "societe generale sa". */
    private static boolean startsAtSomeWord(String key, String query) {
        for (int start = key.indexOf(' '); start >= 0; start = key.indexOf(' ', start + 1)) {
            if (key.startsWith(query, start + 1)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> keys(Client client) {
        List<String> keys = new ArrayList<>();
        keys.add(folded(client.name()));
        client.aliases().forEach(alias -> keys.add(folded(alias)));
        keys.removeIf(String::isEmpty);
        return keys;
    }

    /** Names are folded on every command; remembering the answers saves most of that work. */
    private static String folded(String name) {
        if (FOLDED.size() > MAX_REMEMBERED) {
            FOLDED.clear();
        }
        return FOLDED.computeIfAbsent(name, ClientMatcher::fold);
    }

    private static String compact(String folded) {
        return folded.replace(" ", "");
    }

    /**
     * A typo allowance that grows with length: one slip in a short word, two in a longer one, none
     * below three letters, where any edit would turn one short name into another.
     */
    private static boolean withinTypoReach(String typed, String candidate, int distance) {
        int length = Math.min(typed.length(), candidate.length());
        int allowed = length < 3 ? 0 : length <= 5 ? 1 : 2;
        return distance <= allowed;
    }

    private static List<String> closestNames(List<Score> scores) {
        return scores.stream()
                .sorted(Comparator.comparingInt(Score::nearest)
                        .thenComparing(Score::folded)
                        .thenComparing(s -> s.client().name()))
                .limit(CLOSEST_NAMES)
                .map(s -> s.client().name())
                .toList();
    }

    /** Edit distance where swapping two neighbouring letters counts as one edit (optimal string alignment). */
    static int distanceTo(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
