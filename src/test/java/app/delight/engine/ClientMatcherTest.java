package app.delight.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.domain.Client;
import app.delight.domain.Stage;
import app.delight.engine.ClientMatcher.Match;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ClientMatcherTest {
    private static long nextId = 1;

    private static Client client(String name, String... aliases) {
        return new Client(nextId++, name, List.of(aliases), null, List.of("U0OWNER"), null, Stage.ACTIVE, null, null,
                BigDecimal.ZERO, null);
    }

    private static final Client SOCGEN = client("Société Générale", "socgen", "SG");
    private static final Client ACME = client("Acme Corp", "acme-corp");
    private static final Client ACME_LABS = client("Acme Labs");
    private static final Client GLOBEX = client("Globex");
    private static final Client INITECH = client("Initech");
    private static final Client PERCENT = client("100% Digital");
    private static final Client UNDERSCORE = client("data_lab");
    private static final List<Client> PORTFOLIO = List.of(SOCGEN, ACME, ACME_LABS, GLOBEX, INITECH, PERCENT, UNDERSCORE);

    private static Match match(String text) {
        return ClientMatcher.of(PORTFOLIO).match(text);
    }

    private static Client found(String text) {
        Match match = match(text);
        assertThat(match).as("match for %s", text).isInstanceOf(Match.Found.class);
        return ((Match.Found) match).client();
    }

    private static List<Client> several(String text) {
        Match match = match(text);
        assertThat(match).as("match for %s", text).isInstanceOf(Match.Several.class);
        return ((Match.Several) match).candidates();
    }

    private static List<String> closest(String text) {
        Match match = match(text);
        assertThat(match).as("match for %s", text).isInstanceOf(Match.None.class);
        return ((Match.None) match).closest();
    }

    @Test
    void anExactNameIsFound() {
        assertThat(found("Globex")).isEqualTo(GLOBEX);
    }

    @Test
    void caseAndAccentsDoNotMatter() {
        assertThat(found("societe generale")).isEqualTo(SOCGEN);
        assertThat(found("SOCIÉTÉ GÉNÉRALE")).isEqualTo(SOCGEN);
    }

    @Test
    void punctuationAndExtraSpacesFoldToOneSpace() {
        assertThat(found("acme   corp")).isEqualTo(ACME);
        assertThat(found("Acme-Corp")).isEqualTo(ACME);
        assertThat(found("  société-générale ")).isEqualTo(SOCGEN);
    }

    @Test
    void wordsRunTogetherStillMatchExactly() {
        assertThat(found("acmecorp")).isEqualTo(ACME);
    }

    @Test
    void anAliasIsFound() {
        assertThat(found("socgen")).isEqualTo(SOCGEN);
        assertThat(found("sg")).isEqualTo(SOCGEN);
    }

    @Test
    void societeFindsSocieteGenerale() {
        assertThat(found("societe")).isEqualTo(SOCGEN);
    }

    @Test
    void thePrefixOfALaterWordFindsTheClient() {
        assertThat(found("gen")).isEqualTo(SOCGEN);
        assertThat(found("générale")).isEqualTo(SOCGEN);
    }

    @Test
    void twoClientsStartingAlikeAreBothOffered() {
        assertThat(several("acme")).containsExactly(ACME, ACME_LABS);
    }

    @Test
    void anExactMatchOnOneClientWinsOverPrefixesOfOthers() {
        Client acme = client("Acme");
        List<Client> clients = List.of(ACME_LABS, acme, ACME);
        assertThat(ClientMatcher.of(clients).match("acme")).isEqualTo(new Match.Found(acme));
    }

    @Test
    void aPrefixWinsOverACloseSpelling() {
        Client globe = client("Globe Media");
        Client glbex = client("Glbex");
        // "glob" starts "Globe Media" and is one edit from "glbex"'s start, but a prefix is the surer guess.
        assertThat(ClientMatcher.of(List.of(glbex, globe)).match("glob")).isEqualTo(new Match.Found(globe));
    }

    @Test
    void aWholeNamePrefixIsOfferedBeforeAWordPrefix() {
        Client generali = client("Generali");
        List<Client> clients = List.of(SOCGEN, generali);
        assertThat(ClientMatcher.of(clients).match("gen")).isEqualTo(new Match.Several(List.of(generali, SOCGEN)));
    }

    @Test
    void aTypoStillFindsTheClient() {
        assertThat(found("globx")).isEqualTo(GLOBEX);
        assertThat(found("inteich")).isEqualTo(INITECH);
        assertThat(found("societe generalle")).isEqualTo(SOCGEN);
    }

    @Test
    void aTypoInOneWordOfTheNameFindsTheClient() {
        assertThat(found("generalle")).isEqualTo(SOCGEN);
    }

    @Test
    void swappedNeighbouringLettersCountAsOneSlip() {
        assertThat(found("glboex")).isEqualTo(GLOBEX);
    }

    @Test
    void shortWordsAllowOneSlipAndLongerOnesTwo() {
        assertThat(found("glbex")).isEqualTo(GLOBEX);
        assertThat(closest("gbx")).isNotEmpty();
        assertThat(found("intiehc")).isEqualTo(INITECH);
        assertThat(closest("itiehc")).isNotEmpty();
    }

    @Test
    void veryShortTextIsNotGuessedAtBySpelling() {
        assertThat(closest("xg")).hasSize(3);
    }

    @Test
    void theCloserSpellingWins() {
        Client globus = client("Globus");
        assertThat(ClientMatcher.of(List.of(globus, GLOBEX)).match("globex")).isEqualTo(new Match.Found(GLOBEX));
        assertThat(ClientMatcher.of(List.of(globus, GLOBEX)).match("glbexx")).isEqualTo(new Match.Found(GLOBEX));
    }

    @Test
    void equallyCloseSpellingsAreBothOffered() {
        Client globax = client("Globax");
        assertThat(ClientMatcher.of(List.of(globax, GLOBEX)).match("globox"))
                .isEqualTo(new Match.Several(List.of(globax, GLOBEX)));
    }

    @Test
    void percentAndUnderscoreAreLiteral() {
        assertThat(found("100%")).isEqualTo(PERCENT);
        assertThat(found("data_lab")).isEqualTo(UNDERSCORE);
        assertThat(closest("%")).hasSize(3);
        assertThat(closest("_")).hasSize(3);
        assertThat(closest("ac%")).isNotEmpty();
        assertThat(closest("d_t_")).isNotEmpty();
    }

    @Test
    void noMatchOffersTheThreeClosestNames() {
        assertThat(closest("globoxxx")).hasSize(3).first().isEqualTo("Globex");
    }

    @Test
    void noMatchAmongNoClientsOffersNothing() {
        assertThat(ClientMatcher.of(List.of()).match("acme")).isEqualTo(new Match.None(List.of()));
    }

    @Test
    void blankTextMatchesNothing() {
        assertThat(match("")).isEqualTo(new Match.None(List.of()));
        assertThat(match("   ")).isEqualTo(new Match.None(List.of()));
        assertThat(match(null)).isEqualTo(new Match.None(List.of()));
        assertThat(match("--")).isEqualTo(new Match.None(List.of()));
    }

    @Test
    void severalMatchesAreCappedAtTen() {
        List<Client> clients = new ArrayList<>();
        IntStream.rangeClosed(1, 15).forEach(i -> clients.add(client("Shop %02d".formatted(i))));
        Match match = ClientMatcher.of(clients).match("shop");
        assertThat(match).isInstanceOf(Match.Several.class);
        assertThat(((Match.Several) match).candidates()).hasSize(10)
                .extracting(Client::name).startsWith("Shop 01", "Shop 02").endsWith("Shop 10");
    }

    @Test
    void theOrderDoesNotDependOnTheOrderOfTheList() {
        List<Client> reversed = new ArrayList<>(PORTFOLIO);
        java.util.Collections.reverse(reversed);
        assertThat(ClientMatcher.of(reversed).match("acme")).isEqualTo(match("acme"));
        assertThat(ClientMatcher.of(reversed).match("zzzzzz")).isEqualTo(match("zzzzzz"));
    }

    @Test
    void twoClientsSharingAnAliasAreBothOffered() {
        Client one = client("Northwind Traders", "nw");
        Client two = client("Northwest Energy", "nw");
        assertThat(ClientMatcher.of(List.of(two, one)).match("NW")).isEqualTo(new Match.Several(List.of(two, one)));
    }

    @Test
    void lettersWithoutAnAccentMarkFoldToo() {
        Client coeur = client("Cœur de Lion");
        Client strasse = client("Hauptstraße");
        assertThat(ClientMatcher.of(List.of(coeur, strasse)).match("coeur de lion")).isEqualTo(new Match.Found(coeur));
        assertThat(ClientMatcher.of(List.of(coeur, strasse)).match("hauptstrasse")).isEqualTo(new Match.Found(strasse));
    }

    @Test
    void apostrophesAreDroppedRatherThanSplittingTheWord() {
        Client mcd = client("McDonald’s");
        assertThat(ClientMatcher.of(List.of(mcd, GLOBEX)).match("mcdonalds")).isEqualTo(new Match.Found(mcd));
    }

    @Test
    void foldingRemovesAccentsCaseAndPunctuation() {
        assertThat(ClientMatcher.fold("  Société—Générale, S.A. ")).isEqualTo("societe generale s a");
        assertThat(ClientMatcher.fold("100% data_lab")).isEqualTo("100% data_lab");
    }

    @Test
    void distanceCountsATranspositionAsOneEdit() {
        assertThat(Spelling.distance("acme", "amce", 10)).isEqualTo(1);
        assertThat(Spelling.distance("acme", "acne", 10)).isEqualTo(1);
        assertThat(Spelling.distance("", "abc", 10)).isEqualTo(3);
        assertThat(Spelling.distance("kitten", "sitting", 10)).isEqualTo(3);
        assertThat(Spelling.distance("abcdef", "badcfe", 10)).isEqualTo(3);
    }

    @Test
    void distanceStopsAtItsLimit() {
        assertThat(Spelling.distance("kitten", "sitting", 3)).isEqualTo(3);
        assertThat(Spelling.distance("kitten", "sitting", 2)).isEqualTo(3);
        assertThat(Spelling.distance("kitten", "sitting", 0)).isEqualTo(1);
        assertThat(Spelling.distance("acme", "acme corporation", 2)).isEqualTo(3);
        assertThat(Spelling.distance("acme", "amce", 1)).isEqualTo(1);
    }

    @Test
    void theNearestNamesAreTheSameWhateverTheOrderOfAThousandClients() {
        List<Client> clients = new ArrayList<>();
        IntStream.range(0, 1000).forEach(i -> clients.add(client("Client %04d %s".formatted(i, i % 7 == 0 ? "zeta" : "omega"))));
        List<Client> reversed = new ArrayList<>(clients);
        java.util.Collections.reverse(reversed);
        java.util.Collections.shuffle(clients, new java.util.Random(3));

        Match shuffled = ClientMatcher.of(clients).match("qqqqqqqqq");

        assertThat(shuffled).isEqualTo(ClientMatcher.of(reversed).match("qqqqqqqqq"));
        assertThat(((Match.None) shuffled).closest()).hasSize(ClientMatcher.CLOSEST_NAMES);
    }
}
