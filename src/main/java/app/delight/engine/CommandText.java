package app.delight.engine;

import app.delight.domain.Client;
import app.delight.domain.FreeWork;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text typed after {@code /delight}: {@code <client> [<verb> <rest>]}. The client may be
 * quoted to hold spaces; Slack clients often turn straight quotes into curly ones, so both count. A
 * verb is read in English in every language, and in French too when the team's language is French; it
 * is handed on as its English word, the sub-command's name.
 */
public final class CommandText {
    /** The sub-commands, in the order help lists them. */
    private static final List<String> SUB_COMMANDS = List.of("log", "followup", "struggle", "nps", "free", "incident");
    private static final Set<String> VERBS = Set.of("help", "log", "followup", "struggle", "nps", "free", "incident");
    /** French words for the verbs; the first of each is the one help shows. */
    private static final Map<String, List<String>> FRENCH_VERBS = Map.of("help", List.of("aide"), "log", List.of("note"),
            "followup", List.of("suivi", "relance"), "struggle", List.of("irritant"), "nps", List.of("nps"),
            "free", List.of("gratuit", "offert"), "incident", List.of("incident"));
    private static final Map<String, FreeWork.Kind> FRENCH_KINDS = Map.of("strategique", FreeWork.Kind.STRATEGIC,
            "secret", FreeWork.Kind.SECRET);
    public static final BigDecimal MAX_FREE_HOURS = new BigDecimal("1000");

    /**
     * {@code verb} is one of {@link #VERBS} or empty. An empty verb with a non-empty {@code rest} means
     * the client was quoted but the word after it is no sub-command: the caller should say so rather
     * than show the card. {@code rest} is exactly as typed, apart from the spaces around it.
     */
    public record ParsedCommand(String client, String verb, String rest) {
        public boolean asksForTheCard() {
            return !client.isEmpty() && verb.isEmpty() && rest.isEmpty();
        }
    }

    public sealed interface FreeWorkArgs permits FreeWorkArgs.Valid, FreeWorkArgs.Invalid {
        record Valid(BigDecimal hours, FreeWork.Kind kind, String text) implements FreeWorkArgs {}

        record Invalid(Problem problem) implements FreeWorkArgs {
            public String message() {
                return problem.english();
            }
        }
    }

    public sealed interface NpsArgs permits NpsArgs.Valid, NpsArgs.Invalid {
        /** {@code comment} is empty when none was given. */
        record Valid(int score, String comment) implements NpsArgs {}

        record Invalid(Problem problem) implements NpsArgs {
            public String message() {
                return problem.english();
            }
        }
    }

    /** What the text after {@code /delight} asks for, once the team's clients are known. */
    public sealed interface Understood {
        record Help() implements Understood {}

        /** A sub-command for a client; an empty verb asks for its card. */
        record ForClient(Client client, String verb, String rest) implements Understood {}

        /** The client is known but the word after it names no sub-command; {@code closest} is the one it nearly spells. */
        record NotASubCommand(Client client, String word, Optional<String> closest) implements Understood {}

        record SeveralClients(String typed, List<Client> candidates, String verb, String rest) implements Understood {}

        /** No client by that name; {@code nearest} are the ones to offer instead. */
        record NoClient(String typed, List<Client> nearest) implements Understood {}
    }

    /** A word and where it sits in the typed text, so that what follows it can be kept as typed. */
    private record Token(String word, int end, boolean quoted) {}

    private static final Pattern HOURS = Pattern.compile("(?i)(\\d+(?:[.,]\\d+)?)\\s*(?:h|hrs?|hours?|heures?)(?=\\s|$)");
    // Names longer than this are quoted or typed whole, not guessed from the start of a longer text.
    private static final int LONGEST_NAME = 6;
    private static final Pattern SCORE = Pattern.compile("(-?\\d{1,9})(?:/10)?");

    private CommandText() {}

    /** The words of the text; a quoted phrase is one word, and an unclosed quote runs to the end. */
    public static List<String> words(String text) {
        return tokens(text == null ? "" : text).stream().map(Token::word).toList();
    }

    public static ParsedCommand parse(String text, Locale language) {
        return readings(text, language).get(0);
    }

    /**
     * Every way to split the text into client, verb and rest, the likeliest first: an unquoted client
     * ends at the first sub-command word, and the last reading takes the whole text as the client. A
     * caller that knows the clients can take the first reading whose client exists, so that a client
     * named "Big Free Co" still works unquoted.
     */
    public static List<ParsedCommand> readings(String text, Locale language) {
        String typed = text == null ? "" : text.strip();
        List<Token> tokens = tokens(typed);
        if (tokens.isEmpty()) {
            return List.of(new ParsedCommand("", "", ""));
        }
        Token first = tokens.get(0);
        if (tokens.size() == 1 && !first.quoted() && verb(first, language).equals("help")) {
            return List.of(new ParsedCommand("", "help", ""));
        }
        if (first.quoted()) {
            // The quotes say where the client ends, so the word after it must be the verb.
            String verb = tokens.size() > 1 ? verb(tokens.get(1), language) : "";
            String rest = tokens.size() == 1 ? "" : typed.substring((verb.isEmpty() ? first : tokens.get(1)).end());
            return List.of(new ParsedCommand(first.word(), verb, rest.strip()));
        }
        List<ParsedCommand> readings = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            String verb = verb(tokens.get(i), language);
            if (!verb.isEmpty()) {
                readings.add(new ParsedCommand(joined(tokens.subList(0, i)), verb,
                        typed.substring(tokens.get(i).end()).strip()));
            }
        }
        readings.add(new ParsedCommand(joined(tokens), "", ""));
        return List.copyOf(readings);
    }

    /**
     * What the text asks for: help, a sub-command for a client, or why neither. The text is read every
     * way {@link #readings} offers, the likeliest first, and the first whose client exists wins, so
     * unquoted names holding a sub-command's word work. Failing those, a client named by the first
     * words and followed by a word that is no sub-command ({@code acme foo bar}) is told as such rather
     * than as an unknown client called "acme foo bar".
     */
    public static Understood understand(String text, Locale language, ClientMatcher clients) {
        List<ParsedCommand> readings = readings(text, language);
        ParsedCommand likeliest = readings.get(0);
        if (likeliest.verb().equals("help") && likeliest.client().isEmpty()) {
            return new Understood.Help();
        }
        // A reading whose client is named in full beats one whose client is only started: "big free co
        // log x" is Big Free Co's touchpoint, not free work for a client starting "big".
        for (ParsedCommand reading : readings) {
            Optional<Client> named = clients.named(reading.client());
            if (named.isPresent()) {
                return forClient(named.get(), reading, language);
            }
        }
        for (ParsedCommand reading : readings) {
            if (clients.match(reading.client()) instanceof ClientMatcher.Match.Found found) {
                return forClient(found.client(), reading, language);
            }
        }
        List<Token> tokens = tokens(text == null ? "" : text.strip());
        for (int k = Math.min(tokens.size() - 1, LONGEST_NAME); k >= 1; k--) {
            Optional<Client> named = clients.named(joined(tokens.subList(0, k)));
            if (named.isPresent()) {
                return notASubCommand(named.get(), tokens.get(k).word(), language);
            }
        }
        ClientMatcher.Match match = clients.match(likeliest.client());
        if (match instanceof ClientMatcher.Match.Several several) {
            return new Understood.SeveralClients(likeliest.client(), several.candidates(), likeliest.verb(), likeliest.rest());
        }
        return new Understood.NoClient(likeliest.client(), ((ClientMatcher.Match.None) match).nearest());
    }

    private static Understood forClient(Client client, ParsedCommand reading, Locale language) {
        return reading.verb().isEmpty() && !reading.rest().isEmpty()
                ? notASubCommand(client, firstWord(reading.rest()), language)
                : new Understood.ForClient(client, reading.verb(), reading.rest());
    }

    /** The words for the sub-commands in the team's language, in the order help lists them. */
    public static List<String> subCommandWords(Locale language) {
        return SUB_COMMANDS.stream().map(verb -> wordFor(verb, language)).toList();
    }

    private static Understood notASubCommand(Client client, String word, Locale language) {
        List<String> words = new ArrayList<>(subCommandWords(language));
        words.add(wordFor("help", language));
        return new Understood.NotASubCommand(client, word, Spelling.closest(DateWords.fold(word), words));
    }

    /**
     * Hours of free work as they can be stored: more than 0, at most {@link #MAX_FREE_HOURS}, to the
     * hundredth (the column's precision: 0.001 would be stored as 0, 1.005 as 1.01).
     */
    public static boolean isValidHours(BigDecimal hours) {
        return hours.signum() > 0 && hours.compareTo(MAX_FREE_HOURS) <= 0 && hours.stripTrailingZeros().scale() <= 2;
    }

    /** The arguments of {@code free}: {@code <hours>h strategic|secret <text>}; in French also {@code stratégique}. */
    public static FreeWorkArgs parseFree(String rest, Locale language) {
        String typed = rest == null ? "" : rest.strip();
        if (typed.isEmpty()) {
            return freeProblem("free.empty");
        }
        Matcher hours = HOURS.matcher(typed);
        if (!hours.lookingAt()) {
            return freeProblem("free.hours", firstWord(typed));
        }
        BigDecimal amount = new BigDecimal(hours.group(1).replace(',', '.'));
        if (!isValidHours(amount)) {
            return freeProblem("free.hoursRange", hours.group(1));
        }
        String afterHours = typed.substring(hours.end()).strip();
        if (afterHours.isEmpty()) {
            return freeProblem("free.kindMissing");
        }
        String kindWord = firstWord(afterHours);
        String said = DateWords.fold(kindWord);
        Optional<FreeWork.Kind> kind = Arrays.stream(FreeWork.Kind.values()).filter(k -> k.code().equals(said)).findFirst()
                .or(() -> isFrench(language) ? Optional.ofNullable(FRENCH_KINDS.get(said)) : Optional.empty());
        if (kind.isEmpty()) {
            return freeProblem("free.kind", kindWord);
        }
        String what = afterHours.substring(kindWord.length()).strip();
        if (what.isEmpty()) {
            return freeProblem("free.what");
        }
        return new FreeWorkArgs.Valid(amount, kind.get(), what);
    }

    /** The arguments of {@code nps}: {@code <0-10> [comment]}. */
    public static NpsArgs parseNps(String rest) {
        String typed = rest == null ? "" : rest.strip();
        if (typed.isEmpty()) {
            return new NpsArgs.Invalid(Problem.of("nps.nothing"));
        }
        String scoreWord = firstWord(typed);
        Matcher score = SCORE.matcher(scoreWord);
        if (!score.matches()) {
            return npsProblem(scoreWord.matches("-?[\\d.,/]+") ? scoreWord : "\"" + scoreWord + "\"");
        }
        int value = Integer.parseInt(score.group(1));
        if (value < 0 || value > 10) {
            return npsProblem(Integer.toString(value));
        }
        return new NpsArgs.Valid(value, typed.substring(scoreWord.length()).strip());
    }

    /** Every free-work problem ends with an example, written in the team's language by the text itself. */
    private static FreeWorkArgs freeProblem(String key, Object... args) {
        return new FreeWorkArgs.Invalid(Problem.of(key, args));
    }

    private static NpsArgs npsProblem(String got) {
        return new NpsArgs.Invalid(Problem.of("nps.range", got));
    }

    private static String firstWord(String text) {
        return text.split("\\s+", 2)[0];
    }

    private static String joined(List<Token> tokens) {
        return String.join(" ", tokens.stream().map(Token::word).toList());
    }

    /** The sub-command a word names, by its English name, or empty. */
    public static String verb(String word, Locale language) {
        // "follow-up" is how most people spell it; the command word is "followup".
        String said = DateWords.fold(word).replace("-", "");
        if (VERBS.contains(said)) {
            return said;
        }
        if (isFrench(language)) {
            return FRENCH_VERBS.entrySet().stream().filter(verb -> verb.getValue().contains(said)).map(Map.Entry::getKey)
                    .findFirst().orElse("");
        }
        return "";
    }

    /** The word users write for a sub-command in the team's language: {@code suivi} for {@code followup} in French. */
    public static String wordFor(String verb, Locale language) {
        return isFrench(language) ? FRENCH_VERBS.get(verb).get(0) : verb;
    }

    private static String verb(Token token, Locale language) {
        return verb(token.word(), language);
    }

    private static boolean isFrench(Locale language) {
        return language.getLanguage().equals(Locale.FRENCH.getLanguage());
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inQuotes = false;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isQuote(c)) {
                inQuotes = !inQuotes;
                quoted = true;
            } else if (!inQuotes && isSpace(c)) {
                if (!word.isEmpty()) {
                    tokens.add(new Token(word.toString(), i, quoted));
                }
                word.setLength(0);
                quoted = false;
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            tokens.add(new Token(word.toString(), text.length(), quoted));
        }
        return tokens;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”';
    }

    // Slack and phones sometimes send non-breaking spaces, which Character.isWhitespace ignores.
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
