package app.delight.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static Settings read(String... pairs) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return Settings.fromEnvironment(env);
    }

    @Test
    void anEmptyEnvironmentGivesTheDesignsDefaultsAndNoSlack() {
        Settings settings = read();
        assertThat(settings.slackMode()).isEqualTo(SlackMode.NONE);
        assertThat(settings.slackApiUrl()).hasToString("https://slack.com/api/");
        assertThat(settings.port()).isEqualTo(3000);
        assertThat(settings.databaseUrl()).isEmpty();
        assertThat(settings.dataDir()).isEqualTo(Path.of("./data"));
        assertThat(settings.managers()).isEmpty();
        assertThat(settings.timezone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(settings.nudgeTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(settings.workdays()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(settings.holidays()).isEmpty();
        assertThat(settings.locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aNudgeTimeOutOfRangeNamesTheVariableTheValueAndTheFormat() {
        assertThatThrownBy(() -> read("DELIGHT_NUDGE_TIME", "25:00"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("DELIGHT_NUDGE_TIME must be HH:MM, got 25:00");
    }

    @Test
    void everyBadVariableIsReportedOnItsOwnLine() {
        assertThatThrownBy(() -> read("PORT", "http", "DELIGHT_TIMEZONE", "Mars/Olympus", "DELIGHT_LOCALE", "de"))
                .hasMessageContaining("PORT must be a number from 1 to 65535, got http")
                .hasMessageContaining("DELIGHT_TIMEZONE must be a time zone like Europe/Paris or UTC, got Mars/Olympus")
                .hasMessageContaining("DELIGHT_LOCALE must be en or fr, got de")
                .satisfies(e -> assertThat(e.getMessage().lines()).hasSize(3));
    }

    @Test
    void calendarAddressesAreReadAsSecretsAndABadOneIsCountedNeverShown() {
        Settings settings = read("DELIGHT_CALENDAR_URLS", "https://calendar.google.com/calendar/ical/jane%40agency.example/private-5ecre7/basic.ics,"
                + " webcal://p12-caldav.icloud.com/published/2/s3cr3t");
        assertThat(settings.calendarUrls()).extracting(Secret::reveal).containsExactly(
                "https://calendar.google.com/calendar/ical/jane%40agency.example/private-5ecre7/basic.ics",
                "webcal://p12-caldav.icloud.com/published/2/s3cr3t");
        assertThat(settings.toString()).doesNotContain("5ecre7").doesNotContain("s3cr3t");
        assertThat(read().calendarUrls()).isEmpty();

        assertThatThrownBy(() -> read("DELIGHT_CALENDAR_URLS", "https://ok.example/a.ics,ftp://files.example/private-t0ken.ics"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("DELIGHT_CALENDAR_URLS must be https://, http:// or webcal:// addresses")
                .hasMessageContaining("address 2 is not one")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("t0ken"));
    }

    @Test
    void workdaysAcceptRangesListsAndRangesThatWrapRoundTheWeek() {
        assertThat(read("DELIGHT_WORKDAYS", "MON,WED,FRI").workdays())
                .containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        assertThat(read("DELIGHT_WORKDAYS", "sun-thu").workdays()).containsExactlyInAnyOrder(DayOfWeek.SUNDAY,
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
        assertThatThrownBy(() -> read("DELIGHT_WORKDAYS", "Monday-Friday"))
                .hasMessage("DELIGHT_WORKDAYS must be days like MON-FRI or MON,WED,FRI, got Monday-Friday");
    }

    @Test
    void holidaysMustBeRealDates() {
        assertThat(read("DELIGHT_HOLIDAYS", "2026-12-25, 2027-01-01").holidays())
                .containsExactlyInAnyOrder(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1));
        assertThatThrownBy(() -> read("DELIGHT_HOLIDAYS", "2026-02-30"))
                .hasMessage("DELIGHT_HOLIDAYS must be comma-separated dates YYYY-MM-DD, got 2026-02-30");
    }

    @Test
    void managersMustBeSlackUserIds() {
        assertThat(read("DELIGHT_MANAGERS", "U012AB3CD, W0456").managers()).containsExactlyInAnyOrder("U012AB3CD", "W0456");
        assertThatThrownBy(() -> read("DELIGHT_MANAGERS", "@alice"))
                .hasMessage("DELIGHT_MANAGERS must be comma-separated Slack user IDs like U012AB3CD, got @alice");
    }

    @Test
    void theManagersChannelMustBeAChannelId() {
        assertThat(read("DELIGHT_MANAGERS_CHANNEL", "C0MANAGERS").managersChannel()).contains("C0MANAGERS");
        assertThatThrownBy(() -> read("DELIGHT_MANAGERS_CHANNEL", "#managers"))
                .hasMessage("DELIGHT_MANAGERS_CHANNEL must be a Slack channel ID like C012AB3CD, got #managers");
    }

    @Test
    void aBotTokenWithASigningSecretMeansHttpModeAndWithAnAppTokenSocketMode() {
        assertThat(read("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s").slackMode()).isEqualTo(SlackMode.HTTP);
        assertThat(read("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1").slackMode()).isEqualTo(SlackMode.SOCKET);
    }

    @Test
    void httpModeWithoutASigningSecretDoesNotStart() {
        assertThatThrownBy(() -> read("SLACK_BOT_TOKEN", "xoxb-1"))
                .hasMessageStartingWith("SLACK_SIGNING_SECRET is not set");
    }

    @Test
    void aBadTokenIsNamedButNeverPrinted() {
        assertThatThrownBy(() -> read("SLACK_BOT_TOKEN", "secret-value-42", "SLACK_SIGNING_SECRET", "s"))
                .hasMessageContaining("SLACK_BOT_TOKEN must start with xox")
                .hasMessageNotContaining("secret-value-42");
        assertThat(read("SLACK_BOT_TOKEN", "xoxb-hidden", "SLACK_SIGNING_SECRET", "s").toString()).doesNotContain("xoxb-hidden");
    }

    @Test
    void aHostedPostgresUrlBecomesJdbcWithItsCredentials() {
        DatabaseUrl url = read("DATABASE_URL", "postgres://delight:p%40ss@db.example:6543/delight?sslmode=require")
                .databaseUrl().orElseThrow();
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/delight?sslmode=require");
        assertThat(url.user()).contains("delight");
        assertThat(url.password().orElseThrow().reveal()).isEqualTo("p@ss");
        assertThat(read("DATABASE_URL", "jdbc:postgresql://localhost/x").databaseUrl().orElseThrow().jdbcUrl())
                .isEqualTo("jdbc:postgresql://localhost/x");
    }

    @Test
    void aDatabaseUrlOfAnotherKindIsRefusedWithoutShowingItsPassword() {
        assertThatThrownBy(() -> read("DATABASE_URL", "mysql://root:hunter2@localhost/db"))
                .hasMessageContaining("DATABASE_URL must be postgres://")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void aPlaybookFileMustExist() {
        assertThatThrownBy(() -> read("DELIGHT_PLAYBOOK", "/no/such/playbook.yml"))
                .hasMessage("DELIGHT_PLAYBOOK must be a readable YAML file, got /no/such/playbook.yml (no such file)");
    }
}
