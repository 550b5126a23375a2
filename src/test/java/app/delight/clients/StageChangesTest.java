package app.delight.clients;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.config.DatabaseUrl;
import app.delight.demo.DemoData;
import app.delight.demo.DemoLoader;
import app.delight.domain.Client;
import app.delight.engine.Prompt;
import app.delight.i18n.Messages;
import app.delight.playbook.PlaybookLoader;
import app.delight.store.Database;
import app.delight.store.Workspaces;
import app.delight.support.TestData;
import app.delight.support.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stage's rules fire on a real change of stage: not for every client on the day it is imported, but when a
 * later import (or the demo's story) says it changed. The database dates a change by its own day, so these run
 * on today.
 */
class StageChangesTest {
    private static final String TEAM = "T0STAGES01";
    private static final String HEADER = "name,aliases,channel,owners,industry,stage,start_date,renewal_date,monthly_revenue,timezone\n";
    private final Clock now = Clock.fixed(Instant.now(), ZoneOffset.UTC);
    private final LocalDate today = LocalDate.now(now);

    @TempDir
    Path dir;

    private Path csv(String rows) throws IOException {
        Path file = dir.resolve("clients-" + System.nanoTime() + ".csv");
        Files.writeString(file, HEADER + rows);
        return file;
    }

    private static List<String> keys(DelightCards cards, String team, Client client) {
        return cards.cardFor(team, client).prompts().stream().map(Prompt::key).toList();
    }

    @Test
    void anImportFiresNoStageRuleAndALaterChangeOfStageDoes() throws IOException {
        String url = TestPostgres.newDatabase("stage_changes");
        TestData.importClients(url, csv("Initech,,C0INITECH,U0TEST0001,saas,onboarding,2024-05-01,2027-05-01,3000,\n"), TEAM);
        try (Database database = Database.connect(DatabaseUrl.parse("DATABASE_URL", url))) {
            DelightCards cards = new DelightCards(database.store(), PlaybookLoader.builtIn(), Messages.forLocale(Locale.ENGLISH, now),
                    new Today(now, ZoneOffset.UTC));
            ClientDirectory directory = new ClientDirectory(database.store());

            assertThat(keys(cards, TEAM, directory.all(TEAM).get(0))).noneMatch(key -> key.contains("onboarding-kickoff"));

            TestData.importClients(url, csv("Initech,,C0INITECH,U0TEST0001,saas,active,2024-05-01,2027-05-01,3000,\n"), TEAM);

            assertThat(keys(cards, TEAM, directory.all(TEAM).get(0))).contains("anticipation:active-handover:" + today);
        }
    }

    @Test
    void theDemosDigestsDoNotOpenWithAHandoverButTheNewClientsKickoffIsDue() {
        String url = TestPostgres.newDatabase("stage_demo");
        try (Database database = Database.connect(DatabaseUrl.parse("DATABASE_URL", url))) {
            new DemoLoader(database.store(), ZoneOffset.UTC).load(Workspaces.LOCAL, DemoData.asOf(today), false);
            DelightCards cards = new DelightCards(database.store(), PlaybookLoader.builtIn(), Messages.forLocale(Locale.ENGLISH, now),
                    new Today(now, ZoneOffset.UTC));

            List<Client> demo = new ClientDirectory(database.store()).all(Workspaces.LOCAL);
            assertThat(demo).allSatisfy(client -> assertThat(keys(cards, Workspaces.LOCAL, client)).as(client.name())
                    .noneMatch(key -> key.contains("active-handover")));
            Client brightpath = demo.stream().filter(client -> client.name().equals("Brightpath Academy")).findFirst().orElseThrow();
            assertThat(keys(cards, Workspaces.LOCAL, brightpath)).contains("anticipation:onboarding-kickoff:" + today.minusDays(3));
        }
    }
}
