package app.delight.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.domain.FreeWork;
import app.delight.engine.CommandText.FreeWorkArgs;
import app.delight.engine.CommandText.NpsArgs;
import app.delight.engine.CommandText.ParsedCommand;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import app.delight.domain.Client;
import app.delight.i18n.Messages;
import app.delight.domain.Stage;
import app.delight.engine.CommandText.Understood;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandTextTest {
    private static final String FREE_EXAMPLE = "For example: /delight acme free 2h strategic Extra banner sizes";
    private static final Messages FRENCH = Messages.forLocale(Locale.FRENCH);

    private static ParsedCommand parse(String text) {
        return CommandText.parse(text, Locale.ENGLISH);
    }

    private static String freeProblem(String rest) {
        FreeWorkArgs args = CommandText.parseFree(rest, Locale.ENGLISH);
        assertThat(args).as("free %s", rest).isInstanceOf(FreeWorkArgs.Invalid.class);
        return ((FreeWorkArgs.Invalid) args).message();
    }

    private static String npsProblem(String rest) {
        NpsArgs args = CommandText.parseNps(rest);
        assertThat(args).as("nps %s", rest).isInstanceOf(NpsArgs.Invalid.class);
        return ((NpsArgs.Invalid) args).message();
    }

    @Test
    void wordsAreSplitOnWhitespace() {
        assertThat(CommandText.words("  acme \t log  Called\nabout it ")).containsExactly("acme", "log", "Called", "about", "it");
    }

    @Test
    void quotedClientNamesMayHoldSpaces() {
        assertThat(CommandText.words("\"acme corp\" log Called")).containsExactly("acme corp", "log", "Called");
        assertThat(parse("\"acme corp\" log Called")).isEqualTo(new ParsedCommand("acme corp", "log", "Called"));
    }

    @Test
    void slacksCurlyQuotesWorkLikeStraightOnes() {
        assertThat(CommandText.words("“acme corp” log Called")).containsExactly("acme corp", "log", "Called");
        assertThat(parse("“Société Générale” nps 9")).isEqualTo(new ParsedCommand("Société Générale", "nps", "9"));
    }

    @Test
    void anUnclosedQuoteTakesTheRestOfTheText() {
        assertThat(CommandText.words("log \"acme corp log Called")).containsExactly("log", "acme corp log Called");
        assertThat(parse("\"acme corp")).isEqualTo(new ParsedCommand("acme corp", "", ""));
    }

    @Test
    void emptyQuotesMakeNoWord() {
        assertThat(CommandText.words("\"\" acme")).containsExactly("acme");
    }

    @Test
    void nonBreakingSpacesSeparateWords() {
        assertThat(CommandText.words("acme\u00A0log")).containsExactly("acme", "log");
    }

    @Test
    void emptyTextHasNoClientAndNoVerb() {
        assertThat(parse("")).isEqualTo(new ParsedCommand("", "", ""));
        assertThat(parse("   ")).isEqualTo(new ParsedCommand("", "", ""));
        assertThat(parse(null)).isEqualTo(new ParsedCommand("", "", ""));
        assertThat(CommandText.words(null)).isEmpty();
    }

    @Test
    void helpAloneIsTheHelpVerb() {
        assertThat(parse("help")).isEqualTo(new ParsedCommand("", "help", ""));
        assertThat(parse(" HELP ")).isEqualTo(new ParsedCommand("", "help", ""));
    }

    @Test
    void aQuotedHelpIsAClientCalledHelp() {
        assertThat(parse("\"help\"")).isEqualTo(new ParsedCommand("help", "", ""));
    }

    @Test
    void aClientAloneAsksForTheCard() {
        ParsedCommand command = parse("acme");
        assertThat(command).isEqualTo(new ParsedCommand("acme", "", ""));
        assertThat(command.asksForTheCard()).isTrue();
    }

    @Test
    void theVerbIsLowerCased() {
        assertThat(parse("acme LOG Called")).isEqualTo(new ParsedCommand("acme", "log", "Called"));
        assertThat(parse("acme FollowUp send deck")).isEqualTo(new ParsedCommand("acme", "followup", "send deck"));
    }

    @Test
    void followUpWithAHyphenIsFollowup() {
        assertThat(parse("acme follow-up send deck").verb()).isEqualTo("followup");
    }

    @Test
    void everyVerbIsRecognised() {
        for (String verb : List.of("help", "log", "followup", "struggle", "nps", "free", "incident")) {
            assertThat(parse("acme " + verb + " x")).isEqualTo(new ParsedCommand("acme", verb, "x"));
        }
    }

    @Test
    void theRestIsKeptExactlyAsTyped() {
        assertThat(parse("acme log   Called  about \"Q3\"   REPORT  ").rest()).isEqualTo("Called  about \"Q3\"   REPORT");
        assertThat(parse("\"acme corp\"   log\tCalled   Bob").rest()).isEqualTo("Called   Bob");
    }

    @Test
    void aVerbWithNoRestHasAnEmptyRest() {
        assertThat(parse("acme log")).isEqualTo(new ParsedCommand("acme", "log", ""));
    }

    @Test
    void unquotedClientNamesEndAtTheFirstVerb() {
        assertThat(parse("acme corp log Called")).isEqualTo(new ParsedCommand("acme corp", "log", "Called"));
        assertThat(parse("société  générale nps 9 great"))
                .isEqualTo(new ParsedCommand("société générale", "nps", "9 great"));
    }

    @Test
    void verbsInsideTheRestDoNotMoveTheClient() {
        assertThat(parse("acme corp log Called about the incident and free hours"))
                .isEqualTo(new ParsedCommand("acme corp", "log", "Called about the incident and free hours"));
    }

    @Test
    void withoutAnyVerbTheWholeTextIsTheClient() {
        assertThat(parse("acme corp")).isEqualTo(new ParsedCommand("acme corp", "", ""));
        assertThat(parse("big   blue  house")).isEqualTo(new ParsedCommand("big blue house", "", ""));
    }

    @Test
    void everyReadingIsOfferedForClientNamesHoldingAVerb() {
        assertThat(CommandText.readings("big free co log Called", Locale.ENGLISH)).containsExactly(
                new ParsedCommand("big", "free", "co log Called"),
                new ParsedCommand("big free co", "log", "Called"),
                new ParsedCommand("big free co log Called", "", ""));
    }

    @Test
    void aQuotedClientFollowedByAnUnknownWordKeepsTheWordsInTheRest() {
        ParsedCommand command = parse("\"acme corp\" called them");
        assertThat(command).isEqualTo(new ParsedCommand("acme corp", "", "called them"));
        assertThat(command.asksForTheCard()).isFalse();
    }

    @Test
    void freeWorkReadsHoursKindAndText() {
        assertThat(CommandText.parseFree("2h strategic Extra banner sizes", Locale.ENGLISH))
                .isEqualTo(new FreeWorkArgs.Valid(new BigDecimal("2"), FreeWork.Kind.STRATEGIC, "Extra banner sizes"));
        assertThat(CommandText.parseFree("1.5h SECRET  Fixed  their CSS", Locale.ENGLISH))
                .isEqualTo(new FreeWorkArgs.Valid(new BigDecimal("1.5"), FreeWork.Kind.SECRET, "Fixed  their CSS"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2h", "2 h", "2H", "2hrs", "2 hours", "2,0h", "2.0h"})
    void hoursMayBeWrittenSeveralWays(String hours) {
        FreeWorkArgs args = CommandText.parseFree(hours + " strategic Banners", Locale.ENGLISH);
        assertThat(args).isInstanceOf(FreeWorkArgs.Valid.class);
        assertThat(((FreeWorkArgs.Valid) args).hours()).isEqualByComparingTo("2");
    }

    @Test
    void hoursUpTo1000AreAccepted() {
        assertThat(CommandText.parseFree("1000h secret Everything", Locale.ENGLISH)).isInstanceOf(FreeWorkArgs.Valid.class);
    }

    @Test
    void zeroOrTooManyHoursAreRefused() {
        assertThat(freeProblem("0h strategic Banners"))
                .isEqualTo("Hours are more than 0 and at most 1000, to the hundredth, got 0h. " + FREE_EXAMPLE);
        assertThat(freeProblem("1000.5h strategic Banners")).startsWith("Hours are more than 0 and at most 1000, to the hundredth, got 1000.5h.");
        // The column keeps hundredths: 0.001 would be stored as 0, which it refuses.
        assertThat(freeProblem("0.001h strategic Banners")).startsWith("Hours are more than 0 and at most 1000, to the hundredth, got 0.001h.");
    }

    @Test
    void minutesAreNotHours() {
        assertThat(freeProblem("90m strategic Banners"))
                .isEqualTo("\"90m\" is not a number of hours: write it like 2h or 1.5h. " + FREE_EXAMPLE);
        assertThat(freeProblem("two hours strategic Banners")).startsWith("\"two\" is not a number of hours");
        assertThat(freeProblem("-2h strategic Banners")).startsWith("\"-2h\" is not a number of hours");
    }

    @Test
    void freeWorkIsStrategicOrSecret() {
        assertThat(freeProblem("2h generous Banners"))
                .isEqualTo("Free work is strategic or secret, got \"generous\". " + FREE_EXAMPLE);
        assertThat(freeProblem("2h")).startsWith("Say whether the free work was strategic or secret");
    }

    @Test
    void freeWorkNeedsToSayWhatWasGiven() {
        assertThat(freeProblem("2h strategic  ")).isEqualTo("Say what was given for free. " + FREE_EXAMPLE);
    }

    @Test
    void emptyFreeArgumentsExplainTheWholeForm() {
        assertThat(freeProblem("")).startsWith("Say how many hours were given").endsWith(FREE_EXAMPLE);
        assertThat(freeProblem(null)).endsWith(FREE_EXAMPLE);
    }

    @Test
    void npsReadsTheScoreAndTheComment() {
        assertThat(CommandText.parseNps("9 Loved  the new dashboard")).isEqualTo(new NpsArgs.Valid(9, "Loved  the new dashboard"));
        assertThat(CommandText.parseNps(" 0 ")).isEqualTo(new NpsArgs.Valid(0, ""));
        assertThat(CommandText.parseNps("10")).isEqualTo(new NpsArgs.Valid(10, ""));
    }

    @Test
    void npsOutOfTenIsTheScore() {
        assertThat(CommandText.parseNps("8/10 good")).isEqualTo(new NpsArgs.Valid(8, "good"));
    }

    @Test
    void npsElevenIsRefusedWithTheRange() {
        assertThat(npsProblem("11")).startsWith("NPS is a whole number from 0 to 10, got 11.");
        assertThat(npsProblem("-1 bad")).startsWith("NPS is a whole number from 0 to 10, got -1.");
    }

    @Test
    void npsIsAWholeNumber() {
        assertThat(npsProblem("7.5")).startsWith("NPS is a whole number from 0 to 10, got 7.5.");
        assertThat(npsProblem("great")).startsWith("NPS is a whole number from 0 to 10, got \"great\".");
        assertThat(npsProblem("")).startsWith("NPS is a whole number from 0 to 10, got nothing.");
        assertThat(npsProblem("99999999999")).startsWith("NPS is a whole number from 0 to 10, got 99999999999.");
    }

    // ---- French words ---------------------------------------------------------------------------

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"note, log", "suivi, followup", "relance, followup", "irritant, struggle",
        "nps, nps", "gratuit, free", "offert, free", "incident, incident", "log, log", "followup, followup", "follow-up, followup",
        "struggle, struggle", "free, free", "Suivi, followup"})
    void frenchAndEnglishSubCommandWordsWorkInFrench(String word, String verb) {
        assertThat(CommandText.parse("acme " + word + " x", Locale.FRENCH)).isEqualTo(new ParsedCommand("acme", verb, "x"));
    }

    @Test
    void aideAloneIsHelpInFrench() {
        assertThat(CommandText.parse("aide", Locale.FRENCH)).isEqualTo(new ParsedCommand("", "help", ""));
        assertThat(CommandText.parse("help", Locale.FRENCH)).isEqualTo(new ParsedCommand("", "help", ""));
    }

    @Test
    void frenchWordsAreNoSubCommandsInEnglish() {
        assertThat(parse("acme suivi envoyer le devis")).isEqualTo(new ParsedCommand("acme suivi envoyer le devis", "", ""));
    }

    @Test
    void frenchFreeWorkIsStrategiqueOrSecretInHeures() {
        assertThat(CommandText.parseFree("2 heures stratégique Bannières", Locale.FRENCH))
                .isEqualTo(new FreeWorkArgs.Valid(new BigDecimal("2"), FreeWork.Kind.STRATEGIC, "Bannières"));
        assertThat(CommandText.parseFree("1,5h strategique Bannières", Locale.FRENCH)).isInstanceOf(FreeWorkArgs.Valid.class);
        assertThat(CommandText.parseFree("1h secret Correctif", Locale.FRENCH))
                .isEqualTo(new FreeWorkArgs.Valid(new BigDecimal("1"), FreeWork.Kind.SECRET, "Correctif"));
        assertThat(CommandText.parseFree("2h stratégique Bannières", Locale.ENGLISH)).isInstanceOf(FreeWorkArgs.Invalid.class);
    }

    @Test
    void theExampleInAProblemIsInTheTeamsLanguage() {
        assertThat(((FreeWorkArgs.Invalid) CommandText.parseFree("2h", Locale.FRENCH)).problem().in(FRENCH))
                .endsWith("Par exemple\u202f: /delight acme gratuit 2h stratégique Bannières en plus");
        assertThat(((NpsArgs.Invalid) CommandText.parseNps("11")).problem().in(FRENCH))
                .isEqualTo("Le NPS est un nombre entier de 0 à 10, reçu 11. Par exemple\u202f: /delight acme nps 9 Super tableau de bord");
    }

    @Test
    void theWordsShownForSubCommandsAreTheTeamsLanguage() {
        assertThat(CommandText.subCommandWords(Locale.ENGLISH)).containsExactly("log", "followup", "struggle", "nps", "free", "incident");
        assertThat(CommandText.subCommandWords(Locale.FRENCH)).containsExactly("note", "suivi", "irritant", "nps", "gratuit", "incident");
    }

    // ---- understanding a command against the team's clients ---------------------------------

    private static Client client(long id, String name) {
        return new Client(id, name, List.of(), null, List.of("U0OWNER"), null, Stage.ACTIVE, null, null, BigDecimal.ZERO, null);
    }

    private static final Client ACME = client(1, "Acme");
    private static final Client BLUE_HARBOR = client(2, "Blue Harbor");
    private static final Client BIG_FREE = client(3, "Big Free Co");
    private static final Client ACME_NORTH = client(4, "Acme North");
    private static final ClientMatcher CLIENTS = ClientMatcher.of(List.of(ACME, BLUE_HARBOR, BIG_FREE, ACME_NORTH));

    private static Understood understand(String text) {
        return CommandText.understand(text, Locale.ENGLISH, CLIENTS);
    }

    @Test
    void aWordThatIsNoSubCommandAfterAClientIsSaidToBeOne() {
        assertThat(understand("acme foo bar")).isEqualTo(new Understood.NotASubCommand(ACME, "foo", Optional.empty()));
        assertThat(understand("\"acme\" foo bar")).isEqualTo(new Understood.NotASubCommand(ACME, "foo", Optional.empty()));
        assertThat(understand("blue harbor foo")).isEqualTo(new Understood.NotASubCommand(BLUE_HARBOR, "foo", Optional.empty()));
    }

    @Test
    void aMistypedSubCommandIsNamed() {
        assertThat(understand("acme folowup send the deck")).isEqualTo(new Understood.NotASubCommand(ACME, "folowup", Optional.of("followup")));
        assertThat(CommandText.understand("acme suvi envoyer", Locale.FRENCH, CLIENTS))
                .isEqualTo(new Understood.NotASubCommand(ACME, "suvi", Optional.of("suivi")));
    }

    @Test
    void namesOfSeveralWordsStillWork() {
        assertThat(understand("blue harbor log Called")).isEqualTo(new Understood.ForClient(BLUE_HARBOR, "log", "Called"));
        assertThat(understand("blue harbor")).isEqualTo(new Understood.ForClient(BLUE_HARBOR, "", ""));
        assertThat(understand("\"blue harbor\" nps 9")).isEqualTo(new Understood.ForClient(BLUE_HARBOR, "nps", "9"));
        assertThat(understand("big free co log Called")).isEqualTo(new Understood.ForClient(BIG_FREE, "log", "Called"));
        assertThat(understand("acme north followup call")).isEqualTo(new Understood.ForClient(ACME_NORTH, "followup", "call"));
    }

    @Test
    void aClientNamedOnlyByItsStartIsAnUnknownClientNotASubCommand() {
        // "blue" only starts "Blue Harbor": "blue ocean" is more likely a client Delight does not know.
        assertThat(understand("blue ocean")).isInstanceOf(Understood.NoClient.class);
    }

    @Test
    void anUnknownClientOffersTheNearestClients() {
        Understood understood = understand("acmee corp");
        assertThat(understood).isInstanceOf(Understood.NoClient.class);
        assertThat(understand("zzzz")).isEqualTo(new Understood.NoClient("zzzz", ((Understood.NoClient) understand("zzzz")).nearest()));
    }

    @Test
    void severalMatchesKeepTheSubCommand() {
        assertThat(understand("acm log Called")).isEqualTo(new Understood.SeveralClients("acm", List.of(ACME, ACME_NORTH), "log", "Called"));
    }

    @Test
    void helpIsHelpAndFrenchAideToo() {
        assertThat(understand("help")).isEqualTo(new Understood.Help());
        assertThat(CommandText.understand("aide", Locale.FRENCH, CLIENTS)).isEqualTo(new Understood.Help());
    }
}
