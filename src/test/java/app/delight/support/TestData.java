package app.delight.support;

import app.delight.cli.RootCommand;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Shared set-up for tests: clients imported through the real command line, and plain SQL to look at the result. */
public final class TestData {
    private TestData() {
    }

    /** Imports a CSV from {@code src/test/resources/clients/} into the test workspace. */
    public static void importClients(String databaseUrl, String resource) {
        Path csv;
        try {
            csv = Path.of(Objects.requireNonNull(TestData.class.getResource("/clients/" + resource), resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        importClients(databaseUrl, csv);
    }

    /** Imports a CSV file into the test workspace. */
    public static void importClients(String databaseUrl, Path csv) {
        importClients(databaseUrl, csv, RunningDelight.TEAM_ID);
    }

    /** Imports a CSV file into a workspace. */
    public static void importClients(String databaseUrl, Path csv, String teamId) {
        int exit = RootCommand.commandLine(Map.of("DATABASE_URL", databaseUrl), Clock.systemUTC())
                .execute("import", "clients", csv.toString(), "--team", teamId);
        assertThat(exit).as("import of " + csv.getFileName()).isZero();
    }

    /** The first column of every row of a query, as text. */
    public static List<String> query(String databaseUrl, String sql) {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(databaseUrl);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
        return rows;
    }

    /** A follow-up written straight to the database, due on any day, past ones included. */
    public static void followUp(String databaseUrl, String clientId, String author, String text, LocalDate due) {
        query(databaseUrl, "INSERT INTO follow_ups (team_id, client_id, author_id, text, due_on) VALUES ('" + RunningDelight.TEAM_ID
                + "', " + clientId + ", '" + author + "', '" + text.replace("'", "''") + "', DATE '" + due + "') RETURNING id");
    }
}
