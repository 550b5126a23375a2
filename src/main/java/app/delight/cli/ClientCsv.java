package app.delight.cli;

import app.delight.domain.ClientUpdate;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads a clients file as a spreadsheet saves it: UTF-8 with or without a byte-order mark, cells
 * separated by {@code ,} or (French Excel) {@code ;}, told apart by the header line, and RFC 4180
 * quoting. Which columns hold what, and how their cells are read, is the {@link ClientFileFormat}'s:
 * the design's own, or a CRM's export.
 *
 * <p>The whole file is read before anything is written, and every bad cell is reported with its
 * line and column. Reading streams: once a row is bad no row is kept any more (nothing will be
 * written), and only the first {@value Problems#SHOWN} problems are kept in full.
 */
public final class ClientCsv {
    static final String NAME = "name";
    /** Every column the design's file may have, in the order the design lists them; only {@code name} is required. */
    public static final List<String> COLUMNS = List.of(NAME, "aliases", "channel", "owners", "industry", "stage",
            "start_date", "renewal_date", "monthly_revenue", "timezone", "shared_channel", "contacts", "domains", "country",
            "locale");

    /** How much of a value a problem repeats: enough to find it in the file. */
    private static final int MAX_QUOTED = 60;
    /** The header line is looked at for its separator; no real header is longer. */
    private static final int HEADER_LOOKAHEAD = 64 * 1024;

    /** The file's problems, one line each, in file order: the first {@value Problems#SHOWN}, and how many more. */
    public static final class InvalidFile extends Exception {
        private final List<String> problems;
        private final long more;

        InvalidFile(Problems problems) {
            super(String.join(System.lineSeparator(), problems.shown())
                    + (problems.notShown() == 0 ? "" : System.lineSeparator() + moreProblems(problems.notShown())));
            this.problems = problems.shown();
            this.more = problems.notShown();
        }

        /** The first {@value Problems#SHOWN} problems. */
        public List<String> problems() {
            return problems;
        }

        /** How many more problems the file has beyond {@link #problems()}. */
        public long more() {
            return more;
        }

        public static String moreProblems(long more) {
            return String.format(Locale.ROOT, "… and %,d more problem%s (the first %d are listed)", more, more == 1 ? "" : "s",
                    Problems.SHOWN);
        }
    }

    private ClientCsv() {
    }

    /** A file in the design's format. */
    public static List<ClientUpdate> read(Reader input) throws InvalidFile, IOException {
        return read(input, ClientFileFormat.design());
    }

    /**
     * The file's rows, read as {@code format} says.
     *
     * @throws InvalidFile when any row or the header is wrong: nothing should be written
     * @throws IOException when the file cannot be read, such as bytes that are not UTF-8
     *         ({@link CharacterCodingException}) when the reader decodes strictly
     */
    static List<ClientUpdate> read(Reader input, ClientFileFormat format) throws InvalidFile, IOException {
        BufferedReader reader = input instanceof BufferedReader buffered ? buffered : new BufferedReader(input);
        skipByteOrderMark(reader);
        CSVFormat csv = CSVFormat.RFC4180.builder()
                .setDelimiter(separator(reader))
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(false)
                .setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                .get();
        Problems problems = new Problems();
        List<ClientUpdate> rows = new ArrayList<>();
        Map<String, Long> lineOfName = new HashMap<>();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(csv).get()) {
            List<String> header = parser.getHeaderNames();
            Map<String, Integer> columns = format.columns(header, problems);
            if (problems.any()) {
                throw new InvalidFile(problems);
            }
            long previousEnd = parser.getCurrentLineNumber();
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long line = previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (record.size() != header.size()) {
                    problems.add("line " + line + ": expected " + header.size() + " columns, got " + record.size()
                            + " (quote a value that holds a " + (csv.getDelimiterString().equals(";") ? "semicolon" : "comma") + ")");
                    continue;
                }
                ClientUpdate update = new Row(record, line, header, columns, format.cells(), problems).toUpdate();
                if (update == null) {
                    continue;
                }
                Long earlier = lineOfName.putIfAbsent(update.name().toLowerCase(Locale.ROOT), line);
                if (earlier != null) {
                    problems.add("line " + line + ", column " + header.get(columns.get(NAME)) + ": \"" + quoted(update.name())
                            + "\" is already on line " + earlier + " (names are matched case-insensitively)");
                } else if (!problems.any()) {
                    rows.add(update);
                }
            }
        } catch (UncheckedIOException e) {
            rethrowIfUnreadable(e.getCause());
            problems.add("the file is not valid CSV: " + e.getCause().getMessage());
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            rethrowIfUnreadable(e);
            problems.add("the file is not valid CSV: " + e.getMessage());
        }
        if (problems.any()) {
            throw new InvalidFile(problems);
        }
        return rows;
    }

    /** Bytes that are not text are the file's, not the CSV's, problem: the caller says how to save the file. */
    private static void rethrowIfUnreadable(Throwable e) throws CharacterCodingException {
        if (e instanceof CharacterCodingException unreadable) {
            throw unreadable;
        }
    }

    /** Spreadsheets often start a UTF-8 file with a byte-order mark, which is not part of the first column's name. */
    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }

    /**
     * {@code ;} when the header line has more semicolons than commas outside quotes (Excel in a
     * language that writes decimals with a comma), else {@code ,}.
     */
    private static char separator(BufferedReader reader) throws IOException {
        reader.mark(HEADER_LOOKAHEAD);
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0, c = reader.read(); c != -1 && i < HEADER_LOOKAHEAD - 1; i++, c = reader.read()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        reader.reset();
        return semicolons > commas ? ';' : ',';
    }

    static String quoted(String value) {
        return value.length() <= MAX_QUOTED ? value : value.substring(0, MAX_QUOTED - 1) + "…";
    }

    /** One record being checked; each bad cell adds a problem and reads as empty. */
    private static final class Row {
        private final CSVRecord record;
        private final long line;
        private final List<String> header;
        private final Map<String, Integer> columns;
        private final ClientCells cells;
        private final Problems problems;
        private boolean bad;

        Row(CSVRecord record, long line, List<String> header, Map<String, Integer> columns, ClientCells cells, Problems problems) {
            this.record = record;
            this.line = line;
            this.header = header;
            this.columns = columns;
            this.cells = cells;
            this.problems = problems;
        }

        /** The row's update, or null when a cell was wrong (each told in the problems). */
        ClientUpdate toUpdate() {
            String name = text(NAME).orElse("");
            if (name.isEmpty()) {
                problem(NAME, "a client name", "an empty cell");
            } else if (name.length() > ClientCells.MAX_NAME) {
                problem(NAME, "at most " + ClientCells.MAX_NAME + " characters", name.length() + " characters");
            }
            ClientUpdate update = new ClientUpdate(
                    name,
                    value("aliases", cells.aliases()),
                    value("channel", cells.channel()),
                    value("owners", cells.owners()),
                    value("industry", cells.industry()),
                    value("stage", cells.stage()),
                    value("start_date", cells.date()),
                    value("renewal_date", cells.date()),
                    value("monthly_revenue", cells.money()),
                    value("timezone", cells.timezone()),
                    value("shared_channel", cells.channel()),
                    value("contacts", cells.contacts()),
                    value("domains", cells.domains()),
                    value("country", cells.country()),
                    value("locale", cells.locale()));
            return bad ? null : update;
        }

        private Optional<String> text(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                return Optional.empty();
            }
            String value = record.get(index).strip();
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }

        private <T> Optional<T> value(String column, CellReader<T> reader) {
            Optional<String> text = text(column);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            CellReader.Cell<T> cell = reader.read(text.get());
            if (cell.value() == null) {
                problem(column, cell.expected(), "\"" + quoted(cell.wrong() == null ? text.get() : cell.wrong()) + "\"");
                return Optional.empty();
            }
            return Optional.of(cell.value());
        }

        private void problem(String column, String expected, String got) {
            bad = true;
            problems.add("line " + line + ", column " + header.get(columns.get(column)) + ": expected " + expected + ", got " + got);
        }
    }
}
