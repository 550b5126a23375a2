package app.delight.slack;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.support.DelightExtension;
import app.delight.support.FakeSlackApi;
import app.delight.support.SlackMessage;
import app.delight.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With {@code DELIGHT_LOCALE=fr}, the sub-commands and dates are read in French as well as in
 * English, and answered in French typography. Acme Corp is in New York, where it is Saturday 28
 * November 2026 in the morning.
 */
class FrenchWordsTest {
    private static final Clock SATURDAY = Clock.fixed(Instant.parse("2026-11-28T15:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    static final DelightExtension delight = new DelightExtension(Map.of("DELIGHT_LOCALE", "fr"), SATURDAY)
            .withClients("five-clients.csv").forgettingCallsBeforeEach();

    private static String command(String text) throws Exception {
        return SlackMessage.parse(delight.app().slashCommand("/delight", text).body()).visibleText();
    }

    private static List<String> query(String sql) {
        return TestData.query(delight.app().databaseUrl(), sql);
    }

    private static List<String> saved(String text) {
        return query("SELECT text || ' ' || coalesce(due_on::text, 'sans date') FROM follow_ups WHERE text LIKE '" + text + "%'");
    }

    @Test
    void suiviPourVendrediIsAFollowUpDueFridayToldInFrench() throws Exception {
        assertThat(command("acme suivi envoyer le devis pour vendredi"))
                .contains("Relance ajoutée pour *Acme Corp*, prévue le vendredi 4 décembre\u202f: envoyer le devis");
        assertThat(saved("envoyer le devis")).containsExactly("envoyer le devis 2026-12-04");
    }

    @Test
    void frenchDateWordsWorkWithOrWithoutPour() throws Exception {
        command("acme relance appeler Marc demain");
        command("acme suivi réserver la salle dans 3 jours");
        command("acme suivi préparer la revue semaine prochaine");
        command("acme suivi envoyer les vœux pour le 4 janvier");
        command("acme followup imprimer les affiches by vendredi");

        assertThat(saved("appeler Marc")).containsExactly("appeler Marc 2026-11-29");
        assertThat(saved("réserver la salle")).containsExactly("réserver la salle 2026-12-01");
        assertThat(saved("préparer la revue")).containsExactly("préparer la revue 2026-12-05");
        assertThat(saved("envoyer les vœux")).containsExactly("envoyer les vœux 2027-01-04");
        assertThat(saved("imprimer les affiches")).containsExactly("imprimer les affiches 2026-12-04");
    }

    @Test
    void aPourPhraseThatCannotBeReadIsRefusedWithTheReason() throws Exception {
        assertThat(command("acme suivi relancer Paul pour vendredii"))
                .contains("«\u202fvendredii\u202f» n'est pas une date que je comprends\u202f: vouliez-vous dire vendredi\u202f?");
        assertThat(saved("relancer Paul")).isEmpty();
    }

    @Test
    void aPastDateIsAskedAboutInFrench() throws Exception {
        SlackMessage question = SlackMessage.parse(delight.app().slashCommand("/delight", "acme suivi relancer la banque pour 2020-01-01").body());

        assertThat(question.visibleText()).contains("Le mercredi 1er janvier 2020, c'était il y a 6 ans\u202f: vouliez-vous dire le"
                + " vendredi 1er janvier 2027\u202f?", "Rien n'est enregistré tant que vous n'avez pas choisi.");
        assertThat(question.buttons()).containsOnlyKeys("Enregistrer pour le vendredi 1er janvier 2027",
                "Garder le mercredi 1er janvier 2020, déjà en retard");
        JsonNode take = question.buttons().get("Enregistrer pour le vendredi 1er janvier 2027");

        delight.app().clickButton(take.path("action_id").asText(), take.path("value").asText());
        delight.slack().awaitCall(FakeSlackApi.RESPONSE_URL, Duration.ofSeconds(5));
        assertThat(saved("relancer la banque")).containsExactly("relancer la banque 2027-01-01");
    }

    @Test
    void everySubCommandHasItsFrenchWord() throws Exception {
        assertThat(command("globex note Appel sur le rapport")).contains("Échange noté avec *Globex*\u202f: Appel sur le rapport");
        assertThat(command("globex irritant Ils ressaisissent le rapport")).contains("Irritant noté pour *Globex*");
        assertThat(command("globex nps 9 Super tableau de bord")).contains("Réponse NPS de 9 enregistrée pour *Globex*");
        assertThat(command("globex gratuit 2 heures stratégique Bannières en plus")).contains("2 h de travail offert (stratégique)");
        assertThat(command("globex offert 1,5h secret Correctif CSS")).contains("1,5 h de travail offert (en secret)");
        assertThat(command("globex incident A crié sur notre graphiste")).contains("Incident enregistré pour *Globex*");

        assertThat(query("SELECT text FROM touchpoints WHERE text = 'Appel sur le rapport'")).hasSize(1);
        assertThat(query("SELECT text FROM struggles")).containsExactly("Ils ressaisissent le rapport");
        assertThat(query("SELECT hours || ' ' || kind FROM free_work ORDER BY hours")).containsExactly("1.50 secret", "2.00 strategic");
        assertThat(query("SELECT text FROM incidents")).containsExactly("A crié sur notre graphiste");
    }

    @Test
    void theEnglishWordsWorkInFrenchToo() throws Exception {
        assertThat(command("northwind log Called the school")).contains("Échange noté avec *Northwind School*");
    }

    @Test
    void aideIsTheHelpAndItListsTheFrenchWords() throws Exception {
        assertThat(command("aide")).contains("`/delight <client> suivi <texte> [pour <date>]` ajouter une relance",
                "`dans 3 jours`", "`semaine prochaine`");
    }

    @Test
    void aWordThatIsNoSubCommandIsToldInFrenchWithTheFrenchWords() throws Exception {
        assertThat(command("acme truc machin")).contains("`truc` n'est pas une sous-commande. Après *Acme Corp*, écrivez l'une de"
                + " celles-ci\u202f: `note`, `suivi`, `irritant`, `nps`, `gratuit`, `incident`, ou voyez `/delight aide`.");
        assertThat(command("acme suvi x")).contains("Vouliez-vous dire `suivi`\u202f?");
    }

    @Test
    void anEmptyFollowUpNamesTheFrenchWord() throws Exception {
        assertThat(command("acme suivi pour demain")).contains("Ajoutez un texte après `suivi`");
    }
}
