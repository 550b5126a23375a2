package app.delight.slack;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.support.DelightExtension;
import app.delight.support.SlackMessage;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With DELIGHT_LOCALE=fr, the help and the card are in French, playbook included. */
class FrenchTest {
    @RegisterExtension
    static final DelightExtension delight = new DelightExtension(Map.of("DELIGHT_LOCALE", "fr"), Clock.systemUTC())
            .withClients("five-clients.csv");

    @Test
    void theHelpIsInFrench() throws Exception {
        String help = SlackMessage.parse(delight.app().slashCommand("/delight", "help").body()).visibleText();

        assertThat(help).contains("/delight <client> note <texte>").contains("vous");
    }

    @Test
    void theCardIsInFrenchWithTheFrenchPlaybook() throws Exception {
        String card = SlackMessage.parse(delight.app().slashCommand("/delight", "globex").body()).visibleText();

        assertThat(card).contains("Globex", "Prospect", "Pas pertinent", "Reporter d'une semaine");
    }
}
