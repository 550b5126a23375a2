package app.delight.config;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Every setting of the app, read once from the environment as the design's table describes. */
public record Settings(
        Optional<Secret> botToken,
        Optional<Secret> signingSecret,
        Optional<Secret> appToken,
        URI slackApiUrl,
        int port,
        Optional<DatabaseUrl> databaseUrl,
        Path dataDir,
        Set<String> managers,
        Optional<String> managersChannel,
        ZoneId timezone,
        LocalTime nudgeTime,
        Set<DayOfWeek> workdays,
        Set<LocalDate> holidays,
        Optional<Path> playbook,
        Locale locale,
        List<Secret> calendarUrls) {

    public static final String DEFAULT_SLACK_API_URL = "https://slack.com/api/";

    private static final Pattern NUDGE_TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,}");
    private static final Pattern CHANNEL_ID = Pattern.compile("[CGD][A-Z0-9]{2,}");
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final List<String> DAY_NAMES = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    /**
     * The settings of the sandbox: the same app, talking to a stand-in for Slack served by itself,
     * with a signing secret nobody outside knows, and the sandbox user among the managers.
     */
    public Settings forSandbox(Secret botToken, Secret signingSecret, URI standInApiUrl, String sandboxUser) {
        Set<String> withSandboxUser = new LinkedHashSet<>(managers);
        withSandboxUser.add(sandboxUser);
        return new Settings(Optional.of(botToken), Optional.of(signingSecret), Optional.empty(), standInApiUrl, port,
                databaseUrl, dataDir, Set.copyOf(withSandboxUser), managersChannel, timezone, nudgeTime, workdays, holidays,
                playbook, locale, calendarUrls);
    }

    public SlackMode slackMode() {
        if (botToken.isEmpty()) {
            return SlackMode.NONE;
        }
        return appToken.isPresent() ? SlackMode.SOCKET : SlackMode.HTTP;
    }

    /**
     * Reads the settings; a bad value throws a {@link ConfigException} whose message has one line
     * per bad variable, naming it, the value (never a secret's) and what is expected.
     */
    public static Settings fromEnvironment(Map<String, String> env) {
        Reader reader = new Reader(env);
        Optional<Secret> botToken = reader.secret("SLACK_BOT_TOKEN", "xox");
        Optional<Secret> signingSecret = reader.secret("SLACK_SIGNING_SECRET", "");
        Optional<Secret> appToken = reader.secret("SLACK_APP_TOKEN", "xapp-");
        URI slackApiUrl = reader.value("SLACK_API_URL", DEFAULT_SLACK_API_URL, Settings::apiUrl);
        Integer port = reader.value("PORT", "3000", Settings::port);
        Optional<DatabaseUrl> databaseUrl = reader.optional("DATABASE_URL", value -> DatabaseUrl.parse("DATABASE_URL", value));
        Path dataDir = reader.value("DELIGHT_DATA_DIR", "./data", Path::of);
        Set<String> managers = reader.value("DELIGHT_MANAGERS", "",
                value -> ids(value, USER_ID, "DELIGHT_MANAGERS", "Slack user IDs like U012AB3CD"));
        Optional<String> managersChannel = reader.optional("DELIGHT_MANAGERS_CHANNEL", Settings::channel);
        ZoneId timezone = reader.value("DELIGHT_TIMEZONE", "UTC", Settings::zone);
        LocalTime nudgeTime = reader.value("DELIGHT_NUDGE_TIME", "09:00", Settings::nudgeTime);
        Set<DayOfWeek> workdays = reader.value("DELIGHT_WORKDAYS", "MON-FRI", Settings::workdays);
        Set<LocalDate> holidays = reader.value("DELIGHT_HOLIDAYS", "", Settings::holidays);
        Optional<Path> playbook = reader.optional("DELIGHT_PLAYBOOK", Settings::playbook);
        Locale locale = reader.value("DELIGHT_LOCALE", "en", Settings::locale);
        List<Secret> calendarUrls = reader.value("DELIGHT_CALENDAR_URLS", "", Settings::calendarUrls);
        reader.throwIfAnyProblem();
        Settings settings = new Settings(botToken, signingSecret, appToken, slackApiUrl, port, databaseUrl, dataDir,
                managers, managersChannel, timezone, nudgeTime, workdays, holidays, playbook, locale, calendarUrls);
        settings.checkCredentialsGoTogether();
        return settings;
    }

    private void checkCredentialsGoTogether() {
        if (botToken.isEmpty() && (signingSecret.isPresent() || appToken.isPresent())) {
            throw new ConfigException("SLACK_BOT_TOKEN is not set: it is required to talk to Slack once "
                    + (appToken.isPresent() ? "SLACK_APP_TOKEN" : "SLACK_SIGNING_SECRET") + " is set");
        }
        if (slackMode() == SlackMode.HTTP && signingSecret.isEmpty()) {
            throw new ConfigException("SLACK_SIGNING_SECRET is not set: it is required in HTTP mode "
                    + "(or set SLACK_APP_TOKEN to use Socket Mode)");
        }
    }

    private static URI apiUrl(String value) {
        URI uri;
        try {
            uri = URI.create(value.endsWith("/") ? value : value + "/");
        } catch (IllegalArgumentException e) {
            throw new ConfigException("SLACK_API_URL must be an http(s) URL like " + DEFAULT_SLACK_API_URL + ", got " + value);
        }
        if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new ConfigException("SLACK_API_URL must be an http(s) URL like " + DEFAULT_SLACK_API_URL + ", got " + value);
        }
        return uri;
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the expected range
        }
        throw new ConfigException("PORT must be a number from 1 to 65535, got " + value);
    }

    private static Set<String> ids(String value, Pattern pattern, String variable, String expected) {
        Set<String> ids = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            String id = part.strip();
            if (id.isEmpty()) {
                continue;
            }
            if (!pattern.matcher(id).matches()) {
                throw new ConfigException(variable + " must be comma-separated " + expected + ", got " + id);
            }
            ids.add(id);
        }
        return Set.copyOf(ids);
    }

    private static String channel(String value) {
        if (!CHANNEL_ID.matcher(value).matches()) {
            throw new ConfigException("DELIGHT_MANAGERS_CHANNEL must be a Slack channel ID like C012AB3CD, got " + value);
        }
        return value;
    }

    private static ZoneId zone(String value) {
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new ConfigException("DELIGHT_TIMEZONE must be a time zone like Europe/Paris or UTC, got " + value);
        }
    }

    private static LocalTime nudgeTime(String value) {
        if (!NUDGE_TIME.matcher(value).matches()) {
            throw new ConfigException("DELIGHT_NUDGE_TIME must be HH:MM, got " + value);
        }
        return LocalTime.parse(value);
    }

    /** Days like {@code MON-FRI}, {@code MON,WED,FRI} or {@code SUN-THU} (a range may wrap round the week). */
    private static Set<DayOfWeek> workdays(String value) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : value.toUpperCase(Locale.ROOT).split(",")) {
            String[] ends = part.strip().split("-", -1);
            if (ends.length > 2 || Arrays.stream(ends).anyMatch(end -> !DAY_NAMES.contains(end.strip()))) {
                throw new ConfigException("DELIGHT_WORKDAYS must be days like MON-FRI or MON,WED,FRI, got " + value);
            }
            DayOfWeek from = day(ends[0]);
            DayOfWeek to = day(ends[ends.length - 1]);
            for (DayOfWeek day = from; ; day = day.plus(1)) {
                days.add(day);
                if (day == to) {
                    break;
                }
            }
        }
        return Set.copyOf(days);
    }

    private static DayOfWeek day(String name) {
        return DayOfWeek.of(DAY_NAMES.indexOf(name.strip()) + 1);
    }

    private static Set<LocalDate> holidays(String value) {
        Set<LocalDate> dates = new TreeSet<>();
        for (String part : value.split(",")) {
            String date = part.strip();
            if (date.isEmpty()) {
                continue;
            }
            try {
                dates.add(LocalDate.parse(date, ISO_DATE));
            } catch (DateTimeException e) {
                throw new ConfigException("DELIGHT_HOLIDAYS must be comma-separated dates YYYY-MM-DD, got " + date);
            }
        }
        return Set.copyOf(dates);
    }

    private static Path playbook(String value) {
        Path path = Path.of(value);
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new ConfigException("DELIGHT_PLAYBOOK must be a readable YAML file, got " + value + " (no such file)");
        }
        return path;
    }

    /**
     * ICS addresses separated by commas or spaces: {@code https://}, {@code http://} or
     * {@code webcal://} (read as https). Kept as secrets: a calendar's private address is a
     * password to it, so none is ever printed, here or in a log.
     */
    private static List<Secret> calendarUrls(String value) {
        List<Secret> urls = new ArrayList<>();
        String[] parts = value.split("[,\\s]+");
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            URI uri;
            try {
                uri = URI.create(part);
            } catch (IllegalArgumentException e) {
                uri = null;
            }
            String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri == null || uri.getHost() == null || !List.of("http", "https", "webcal").contains(scheme)) {
                throw new ConfigException("DELIGHT_CALENDAR_URLS must be https://, http:// or webcal:// addresses of ICS calendars "
                        + "separated by commas; address " + (urls.size() + 1) + " is not one (the addresses are not shown: "
                        + "a calendar's private address is a secret)");
            }
            urls.add(Secret.of(part));
        }
        return List.copyOf(urls);
    }

    private static Locale locale(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "en" -> Locale.ENGLISH;
            case "fr" -> Locale.FRENCH;
            default -> throw new ConfigException("DELIGHT_LOCALE must be en or fr, got " + value);
        };
    }

    /** Reads variables, collecting every problem so the operator fixes them in one go. */
    private static final class Reader {
        private final Map<String, String> env;
        private final List<String> problems = new ArrayList<>();

        Reader(Map<String, String> env) {
            this.env = env;
        }

        <T> T value(String name, String fallback, Function<String, T> parse) {
            String raw = env.get(name);
            String value = raw == null || raw.isBlank() ? fallback : raw.strip();
            try {
                return parse.apply(value);
            } catch (ConfigException e) {
                problems.add(e.getMessage());
                return null;
            }
        }

        <T> Optional<T> optional(String name, Function<String, T> parse) {
            String raw = env.get(name);
            if (raw == null || raw.isBlank()) {
                return Optional.empty();
            }
            try {
                return Optional.of(parse.apply(raw.strip()));
            } catch (ConfigException e) {
                problems.add(e.getMessage());
                return Optional.empty();
            }
        }

        Optional<Secret> secret(String name, String prefix) {
            String raw = env.get(name);
            if (raw == null || raw.isBlank()) {
                return Optional.empty();
            }
            String value = raw.strip();
            if (!value.startsWith(prefix)) {
                problems.add(name + " must start with " + prefix + " (the value is not shown: it is a secret)");
                return Optional.empty();
            }
            return Optional.of(Secret.of(value));
        }

        void throwIfAnyProblem() {
            if (!problems.isEmpty()) {
                throw new ConfigException(String.join(System.lineSeparator(), problems));
            }
        }
    }
}
