package app.delight.cli;

import app.delight.config.Secret;
import app.delight.config.Settings;
import app.delight.slack.SlackApp;
import app.delight.slack.SlackWorkspace;
import app.delight.store.Workspaces;
import com.slack.api.Slack;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --team}: the workspace a command-line command writes to. Without it: the workspace of
 * {@code SLACK_BOT_TOKEN} (asked of Slack), else the one workspace already in the database, else
 * {@link Workspaces#LOCAL}, whose data is handed to the real workspace the first time the app connects.
 * A picocli mixin ({@code @Mixin TeamOption team;}); {@link #resolve(String, Settings, Workspaces)}
 * serves a command that declares its own option.
 */
public final class TeamOption {
    @Option(names = "--team", paramLabel = "TEAM_ID",
            description = "The Slack workspace (team ID) to write to. Default: the bot token's workspace, "
                    + "else the one workspace already in the database, else a local one handed to Slack's on first connect.")
    private String team;

    /** The workspace this command's {@code --team} names, or the default one. */
    public String resolve(Settings settings, Workspaces workspaces) {
        return resolve(team, settings, workspaces);
    }

    /** {@code explicitTeam} when given (blank is not), else the default workspace described above. */
    public static String resolve(String explicitTeam, Settings settings, Workspaces workspaces) {
        if (explicitTeam != null && !explicitTeam.isBlank()) {
            return explicitTeam.strip();
        }
        Optional<String> fromToken = settings.botToken().map(Secret::reveal).flatMap(token -> {
            try (Slack slack = SlackApp.client(settings)) {
                return SlackWorkspace.of(slack, token).map(SlackWorkspace::teamId);
            } catch (Exception e) {
                return Optional.empty();
            }
        });
        if (fromToken.isPresent()) {
            return fromToken.get();
        }
        List<String> known = workspaces.teamsWithClients();
        return known.size() == 1 ? known.get(0) : Workspaces.LOCAL;
    }
}
