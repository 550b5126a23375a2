package app.delight.engine;

import app.delight.domain.Client;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds which client a user meant by what they typed after {@code /delight}: an exact name or alias
 * first, then a prefix, then a close spelling. People type fast, without accents and with typos, so
 * all comparisons are made on a folded form (no accents, no case, punctuation as spaces). A matcher
 * folds a team's names once and answers every command from sorted maps, so a command costs a lookup,
 * not a pass over thousands of names.
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

        /** Nothing matched; {@code nearest} are the clients to offer as "did you mean", nearest first. */
        record None(List<Client> nearest) implements Match {
            public None {
                nearest = List.copyOf(nearest);
            }

            public List<String> closest() {
                return nearest.stream().map(Client::name).toList();
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

    /**
     * {@code nearest} is the smallest edit distance to any name, alias or word, for "did you mean";
     * {@code folded} is the client's name as compared, the tie-break after quality.
     */
    private record Score(Client client, Quality quality, int nearest, String folded) {}

    // Letters that Unicode does not decompose into a base letter plus an accent.
    private static final Map<Character, String> UNDECOMPOSED = Map.of(
            'œ', "oe", 'æ', "ae", 'ß', "ss", 'ø', "o", 'ł', "l", 'đ', "d", 'ı', "i", 'ð', "d", 'þ', "th");

    /** The clients, folded once, with the lookups a command needs; build it again when the clients change. */
    public static ClientMatcher of(List<Client> clients) {
        return new ClientMatcher(clients);
    }

    private ClientMatcher(List<Client> clients) {
        List<Indexed> all = new ArrayList<>(clients.size());
        for (Client client : clients) {
            Indexed indexed = Indexed.of(client);
            all.add(indexed);
            for (String key : indexed.keys()) {
                byCompactKey.computeIfAbsent(compact(key), k -> new ArrayList<>(1)).add(indexed);
                for (int space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) {
                    byLaterWord.computeIfAbsent(key.substring(space + 1), k -> new ArrayList<>(1)).add(indexed);
                }
            }
        }
        this.clients = List.copyOf(all);
    }

    public Match match(String text) {
        String query = fold(text);
        if (query.isEmpty()) {
            return new Match.None(List.of());
        }
        String typed = compact(query);
        // Names and prefixes are looked up in sorted maps; the edit distances for typos are the cost,
        // so they are computed only when nothing matched by name or prefix.
        Map<Indexed, Quality> found = new IdentityHashMap<>();
        startingWith(byCompactKey, typed).forEach((key, matches) -> {
            Quality quality = key.equals(typed) ? new Quality(Tier.EXACT, 0) : new Quality(Tier.PREFIX, 0);
            matches.forEach(indexed -> found.merge(indexed, quality, Quality::orBetter));
        });
        startingWith(byLaterWord, query).values().forEach(matches ->
                matches.forEach(indexed -> found.merge(indexed, new Quality(Tier.PREFIX, 1), Quality::orBetter)));
        if (!found.isEmpty()) {
            return best(found.entrySet().stream().map(e -> new Score(e.getKey().client(), e.getValue(), 0, e.getKey().folded())).toList());
        }
        return bySpelling(typed);
    }

    /** The one client whose name or an alias is exactly the text, ignoring case, accents and spaces. */
    public Optional<Client> named(String text) {
        List<Indexed> exact = byCompactKey.getOrDefault(compact(fold(text)), List.of());
        return exact.stream().map(Indexed::client).distinct().count() == 1 ? Optional.of(exact.get(0).client()) : Optional.empty();
    }

    /**
     * Close spellings, or failing those the names nearest to what was typed. A name cannot be within
     * typo reach beyond two edits, nor among the nearest beyond the farthest of those kept so far, so
     * each distance is only worked out up to that bound.
     */
    private Match bySpelling(String typed) {
        List<Score> close = new ArrayList<>();
        TreeSet<Score> nearest = new TreeSet<>(NEAREST_FIRST);
        for (Indexed indexed : clients) {
            int bound = nearest.size() < CLOSEST_NAMES ? Integer.MAX_VALUE - 1 : Math.max(Spelling.MAX_TYPOS, nearest.last().nearest());
            Score score = spelling(indexed, typed, bound);
            if (score.quality().tier() == Tier.SPELLING) {
                close.add(score);
            }
            if (score.nearest() <= bound) {
                nearest.add(score);
                if (nearest.size() > CLOSEST_NAMES) {
                    nearest.pollLast();
                }
            }
        }
        return close.isEmpty() ? new Match.None(nearest.stream().map(Score::client).toList()) : best(close);
    }

    private static Match best(List<Score> matches) {
        List<Score> scores = matches.stream().sorted(BEST_FIRST).toList();
        Score best = scores.get(0);
        List<Client> equallyGood = scores.stream()
                .filter(s -> s.quality().tier() == best.quality().tier())
                // A farther typo is a worse guess, whereas every prefix is consistent with what was typed.
                .filter(s -> s.quality().tier() != Tier.SPELLING || s.quality().equals(best.quality()))
                .limit(MAX_CANDIDATES)
                .map(Score::client)
                .toList();
        return equallyGood.size() == 1 ? new Match.Found(equallyGood.get(0)) : new Match.Several(equallyGood);
    }

    private static SortedMap<String, List<Indexed>> startingWith(NavigableMap<String, List<Indexed>> map, String prefix) {
        return map.subMap(prefix, true, prefix + Character.MAX_VALUE, false);
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

    private static final Comparator<Score> NEAREST_FIRST = Comparator.comparingInt(Score::nearest)
            .thenComparing(Score::folded)
            .thenComparing(s -> s.client().name())
            .thenComparingLong(s -> s.client().id());

    private static final Comparator<Score> BEST_FIRST = Comparator.comparing(Score::quality)
            .thenComparing(Score::folded)
            .thenComparing(s -> s.client().name())
            .thenComparingLong(s -> s.client().id());

    private final List<Indexed> clients;
    /** Every name and alias without its spaces, so "acmecorp" and "acme corp" are one key. */
    private final NavigableMap<String, List<Indexed>> byCompactKey = new TreeMap<>();
    /** What follows each space in a name or alias, so "gen" finds "societe generale". */
    private final NavigableMap<String, List<Indexed>> byLaterWord = new TreeMap<>();

    /** A client with its name and aliases folded, and each split into words for typo distances. */
    private record Indexed(Client client, String folded, List<String> keys, List<List<String>> spellings) {
        static Indexed of(Client client) {
            List<String> keys = new ArrayList<>();
            keys.add(fold(client.name()));
            client.aliases().forEach(alias -> keys.add(fold(alias)));
            keys.removeIf(String::isEmpty);
            List<List<String>> spellings = new ArrayList<>();
            for (String key : keys) {
                List<String> wholeAndWords = new ArrayList<>();
                wholeAndWords.add(compact(key));
                wholeAndWords.addAll(List.of(key.split(" ")));
                spellings.add(List.copyOf(wholeAndWords));
            }
            return new Indexed(client, keys.isEmpty() ? "" : keys.get(0), List.copyOf(keys), List.copyOf(spellings));
        }
    }

    /** How close the client's names and their words are to {@code typed}; a distance beyond {@code bound} is {@code bound + 1}. */
    private static Score spelling(Indexed indexed, String typed, int bound) {
        Quality best = Quality.NO_MATCH;
        int nearest = bound + 1;
        for (List<String> wholeAndWords : indexed.spellings()) {
            for (String candidate : wholeAndWords) {
                // Exact up to two edits whatever was found so far, so a typo is never taken for a closer one.
                int distance = Spelling.distance(typed, candidate, Math.min(bound, Math.max(Spelling.MAX_TYPOS, nearest)));
                nearest = Math.min(nearest, distance);
                if (Spelling.withinTypoReach(typed, candidate, distance)) {
                    best = best.orBetter(new Quality(Tier.SPELLING, distance));
                }
            }
        }
        return new Score(indexed.client(), best, nearest, indexed.folded());
    }

    private static String compact(String folded) {
        return folded.replace(" ", "");
    }
}
