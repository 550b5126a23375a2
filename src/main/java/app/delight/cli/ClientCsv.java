package app.delight.cli;

import app.delight.domain.ClientUpdate;
import app.delight.domain.Stage;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads a clients file in the design's format (UTF-8, header row, RFC 4180 quoting). It reads the
 * whole file before anything is written, and reports every bad cell with its line and column.
 */
public final class ClientCsv {
    public static final List<String> COLUMNS = List.of("name", "aliases", "channel", "owners", "industry", "stage",
            "start_date", "renewal_date", "monthly_revenue", "timezone");
    /** Columns a file may add after the first ten, in any order. */
    public static final List<String> OPTIONAL_COLUMNS = List.of("shared_channel", "contacts", "domains", "country", "locale");

    private static final Pattern CHANNEL_ID = Pattern.compile("[CGD][A-Z0-9]{2,}");
    private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,}");
    private static final Pattern MONEY = Pattern.compile("\\d{1,10}(\\.\\d{1,2})?");
    private static final Pattern DOMAIN = Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LOCALES = Set.of("en", "fr");
    private static final Pattern INDUSTRY = Pattern.compile("[a-z0-9][a-z0-9 &/-]{0,59}");
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final int MAX_NAME = 200;
    private static final int MAX_ALIAS = 100;

    /** The file's problems, one line each, in file order. */
    public static final class InvalidFile extends Exception {
        private final List<String> problems;

        InvalidFile(List<String> problems) {
            super(String.join(System.lineSeparator(), problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    private ClientCsv() {
    }

    public static List<ClientUpdate> read(Reader input) throws InvalidFile {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(false)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
                .get();
        List<String> problems = new ArrayList<>();
        List<ClientUpdate> rows = new ArrayList<>();
        Map<String, Long> lineOfName = new HashMap<>();
        try (CSVParser parser = CSVParser.builder().setReader(input).setFormat(format).get()) {
            checkHeader(parser.getHeaderNames(), problems);
            if (!problems.isEmpty()) {
                throw new InvalidFile(problems);
            }
            long previousEnd = parser.getCurrentLineNumber();
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long line = previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                Row row = new Row(record, line, problems);
                if (!record.isConsistent()) {
                    problems.add("line " + line + ": expected " + parser.getHeaderNames().size() + " columns, got " + record.size()
                            + " (quote a value that holds a comma)");
                    continue;
                }
                ClientUpdate update = row.toUpdate();
                if (update != null) {
                    Long earlier = lineOfName.putIfAbsent(update.name().toLowerCase(Locale.ROOT), line);
                    if (earlier != null) {
                        problems.add("line " + line + ", column name: \"" + update.name()
                                + "\" is already on line " + earlier + " (names are matched case-insensitively)");
                    }
                    rows.add(update);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add("the file is not valid CSV: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new InvalidFile(problems);
        }
        return rows;
    }

    private static void checkHeader(List<String> header, List<String> problems) {
        List<String> missing = COLUMNS.stream().filter(column -> !header.contains(column)).toList();
        List<String> unknown = header.stream()
                .filter(column -> !COLUMNS.contains(column) && !OPTIONAL_COLUMNS.contains(column))
                .toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            problems.add("line 1 (header): expected the columns " + String.join(",", COLUMNS)
                    + " (then any of " + String.join(",", OPTIONAL_COLUMNS) + ")"
                    + (missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing))
                    + (unknown.isEmpty() ? "" : "; unknown: " + String.join(", ", unknown)));
        }
    }

    /** One record being checked; each bad cell adds a problem and reads as empty. */
    private static final class Row {
        private final CSVRecord record;
        private final long line;
        private final List<String> problems;
        private final int problemsBefore;

        Row(CSVRecord record, long line, List<String> problems) {
            this.record = record;
            this.line = line;
            this.problems = problems;
            this.problemsBefore = problems.size();
        }

        ClientUpdate toUpdate() {
            String name = cell("name").orElse("");
            if (name.isEmpty()) {
                problem("name", "a client name", "an empty cell");
            } else if (name.length() > MAX_NAME) {
                problem("name", "at most " + MAX_NAME + " characters", name.length() + " characters");
            }
            ClientUpdate update = new ClientUpdate(
                    name,
                    list("aliases", alias -> alias.length() <= MAX_ALIAS, "aliases of at most " + MAX_ALIAS + " characters, separated by ;"),
                    value("channel", v -> CHANNEL_ID.matcher(v).matches() ? v : null, "a Slack channel ID like C012AB3CD"),
                    list("owners", owner -> USER_ID.matcher(owner).matches(), "Slack user IDs like U012AB3CD separated by ;"),
                    value("industry", v -> {
                        String industry = v.toLowerCase(Locale.ROOT);
                        return INDUSTRY.matcher(industry).matches() ? industry : null;
                    }, "an industry name of letters, digits and spaces, like retail"),
                    value("stage", v -> Stage.fromCode(v).orElse(null), "one of " + Stage.codes()),
                    value("start_date", ClientCsv::date, "a date YYYY-MM-DD"),
                    value("renewal_date", ClientCsv::date, "a date YYYY-MM-DD"),
                    value("monthly_revenue", v -> MONEY.matcher(v).matches() ? new BigDecimal(v) : null,
                            "an amount like 1200 or 1200.50 (no currency sign or thousands separator)"),
                    value("timezone", ClientCsv::zone, "a time zone like Europe/Paris"),
                    value("shared_channel", v -> CHANNEL_ID.matcher(v).matches() ? v : null, "a Slack channel ID like C012AB3CD"),
                    list("contacts", contact -> USER_ID.matcher(contact).matches(), "Slack user IDs like U012AB3CD separated by ;"),
                    lowerCaseList("domains", domain -> DOMAIN.matcher(domain).matches(), "e-mail domains like acme.com separated by ;"),
                    value("country", v -> {
                        String country = v.toUpperCase(Locale.ROOT);
                        return COUNTRIES.contains(country) ? country : null;
                    }, "a two-letter country code like FR or US"),
                    value("locale", v -> {
                        String locale = v.toLowerCase(Locale.ROOT);
                        return LOCALES.contains(locale) ? Locale.forLanguageTag(locale) : null;
                    }, "en or fr"));
            return problems.size() == problemsBefore ? update : null;
        }

        private Optional<String> cell(String column) {
            if (!record.isSet(column)) {
                return Optional.empty();
            }
            String value = record.get(column).strip();
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }

        private <T> Optional<T> value(String column, Function<String, T> parse, String expected) {
            Optional<String> raw = cell(column);
            if (raw.isEmpty()) {
                return Optional.empty();
            }
            T parsed = parse.apply(raw.get());
            if (parsed == null) {
                problem(column, expected, "\"" + raw.get() + "\"");
                return Optional.empty();
            }
            return Optional.of(parsed);
        }

        private Optional<List<String>> list(String column, java.util.function.Predicate<String> valid, String expected) {
            Optional<String> raw = cell(column);
            if (raw.isEmpty()) {
                return Optional.empty();
            }
            List<String> items = Arrays.stream(raw.get().split(";")).map(String::strip).filter(item -> !item.isEmpty()).toList();
            List<String> bad = items.stream().filter(valid.negate()).toList();
            if (!bad.isEmpty()) {
                problem(column, expected, "\"" + String.join(";", bad) + "\"");
                return Optional.empty();
            }
            return Optional.of(items);
        }

        private Optional<List<String>> lowerCaseList(String column, java.util.function.Predicate<String> valid, String expected) {
            return list(column, item -> valid.test(item.toLowerCase(Locale.ROOT)), expected)
                    .map(items -> items.stream().map(item -> item.toLowerCase(Locale.ROOT)).toList());
        }

        private void problem(String column, String expected, String got) {
            problems.add("line " + line + ", column " + column + ": expected " + expected + ", got " + got);
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value, ISO_DATE);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ZoneId zone(String value) {
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
