package app.delight.cli;

import app.delight.clients.Calendars;
import app.delight.config.Settings;
import app.delight.signals.CalendarEvent;
import app.delight.signals.ics.IcsCalendar;
import app.delight.store.Database;
import app.delight.store.Workspaces;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code import meetings FILE.ics}: meetings with clients' people become touchpoints once held, and prompts before. */
@Command(name = "meetings", mixinStandardHelpOptions = true,
        description = {"Read the meetings of an iCalendar file (.ics, as Google Calendar, Outlook or Apple Calendar export it).",
                "A meeting one of whose attendees has an e-mail at one of a client's domains (the domains column of the "
                        + "clients file) is a meeting with that client: once it has taken place it is a touchpoint (kind "
                        + "meeting: it sets last contact); in the next 14 days it is a prompt on the client's card.",
                "Recurring meetings, time zones and cancelled occurrences are read as the calendar means them; meetings from "
                        + "a year back to 90 days ahead are read. Importing the same file again records nothing new."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:read", "1:not read (no such file, not an iCalendar)", "2:wrong argument", "3:bad environment"})
public final class ImportMeetingsCommand implements Callable<Integer> {
    @ParentCommand
    private ImportCommand parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private TeamOption team;

    @Parameters(paramLabel = "FILE.ics", description = "The calendar file.")
    private Path file;

    @Override
    public Integer call() throws Exception {
        RootCommand main = parent.main();
        Settings settings = Settings.fromEnvironment(main.environment());
        List<CalendarEvent> events;
        try (InputStream ics = Files.newInputStream(file)) {
            events = IcsCalendar.read(ics, settings.timezone());
        } catch (NoSuchFileException e) {
            spec.commandLine().getErr().println("No such file: " + file);
            return RootCommand.EXIT_FAILED;
        } catch (IcsCalendar.Unreadable e) {
            spec.commandLine().getErr().println(file + " is not an iCalendar file: " + e.getMessage());
            return RootCommand.EXIT_FAILED;
        }
        try (Database database = Database.open(settings)) {
            String teamId = team.resolve(settings, new Workspaces(database.store()));
            Calendars.Outcome outcome = new Calendars(database.store(), main.clock()).take(teamId, Calendars.FILE, events, false);
            spec.commandLine().getOut().println(new MessageFormat("Read {0,choice,0#no meetings|1#1 meeting|1<{0,number,integer} "
                    + "meetings} from {1} (a year back to 90 days ahead); {2,number,integer} with clients'' people of workspace "
                    + "{3}: {4,number,integer} new, {5,number,integer} changed; {6,choice,0#0 recorded as touchpoints|1#1 recorded "
                    + "as a touchpoint|1<{6,number,integer} recorded as touchpoints} (held since they were last read).",
                    Locale.ENGLISH).format(new Object[] {outcome.meetings(), file, outcome.withClients(), teamId,
                    outcome.saved().added(), outcome.saved().changed(), outcome.recorded()}));
        }
        return 0;
    }
}
