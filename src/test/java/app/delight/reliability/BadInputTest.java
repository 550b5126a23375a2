package app.delight.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.support.DelightExtension;
import app.delight.support.SlackMessage;
import app.delight.support.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Whatever a user types, the answer says what was wrong, and nothing is half-written. */
class BadInputTest {
    @RegisterExtension
    static final DelightExtension delight = new DelightExtension()
            .withClients("five-clients.csv");

    private static SlackMessage command(String text) throws Exception {
        return SlackMessage.parse(delight.app().slashCommand("/delight", text).body());
    }

    private static List<String> query(String sql) {
        return TestData.query(delight.app().databaseUrl(), sql);
    }

    @Test
    void anUnknownClientIsNamedWithTheClosestOnes() throws Exception {
        assertThat(command("acne log hi").visibleText()).contains("Logged a touchpoint with *Acme Corp*");
        assertThat(command("xyzzy log hi").visibleText()).contains("I don't know a client called `xyzzy`");
    }

    @Test
    void emptyTextIsAskedForWithAnExample() throws Exception {
        assertThat(command("globex log").visibleText()).contains("Please add some text after `log`");
        assertThat(query("SELECT count(*) FROM touchpoints WHERE client_id = (SELECT id FROM clients WHERE name = 'Globex')"))
                .containsExactly("0");
    }

    @Test
    void controlCharactersAreRefused() throws Exception {
        assertThat(command("globex struggle bad\u0007bell").visibleText()).contains("control characters");
        assertThat(query("SELECT count(*) FROM struggles")).containsExactly("0");
    }

    @Test
    void emojiAccentsAndTextThatLooksLikeSqlAreStoredVerbatim() throws Exception {
        String text = "Café ☕ 🎉 '); DROP TABLE clients; -- %_";

        assertThat(command("northwind log " + text).visibleText()).contains(text);

        assertThat(query("SELECT text FROM touchpoints WHERE text LIKE 'Café%'")).containsExactly(text);
        assertThat(query("SELECT count(*) FROM clients")).containsExactly("5");
    }

    @Test
    void percentAndUnderscoreInAClientNameSearchAreLiteral() throws Exception {
        assertThat(command("% log hi").visibleText()).contains("I don't know a client called `%`");
        assertThat(command("_ log hi").visibleText()).contains("I don't know a client called `_`");
        assertThat(query("SELECT count(*) FROM touchpoints WHERE text = 'hi'")).containsExactly("0");
    }

    @Test
    void anImpossibleDateIsExplained() throws Exception {
        assertThat(command("globex followup send it by 2026-02-30").visibleText()).contains("\"2026-02-30\" is not a real date");
        assertThat(query("SELECT count(*) FROM follow_ups")).containsExactly("0");
    }

    @Test
    void textShownAgainNeverPingsOrLinks() throws Exception {
        SlackMessage answer = command("northwind struggle <!channel> <@U0TEST0002> <https://evil.example|click> & co");

        assertThat(answer.mrkdwn()).doesNotContain("<!channel>", "<@U0TEST0002>", "<https://").contains("&lt;!channel&gt;", "&amp; co");
    }
}
