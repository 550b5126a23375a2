package app.delight.cli;

import app.delight.domain.Stage;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * How the cells of the design's clients file are read: Slack IDs, {@code YYYY-MM-DD} dates, plain
 * amounts, {@code ;}-separated lists. A CRM's export writes some of these its own way
 * ({@link CrmCells}). The Add-client modal keeps to the same rules.
 */
class ClientCells {
    static final int MAX_NAME = 200;
    private static final int MAX_ALIAS = 100;
    private static final Pattern CHANNEL_ID = Pattern.compile("[CGD][A-Z0-9]{2,}");
    static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,}");
    private static final Pattern MONEY = Pattern.compile("\\d{1,10}(\\.\\d{1,2})?");
    static final Pattern DOMAIN = Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LOCALES = Set.of("en", "fr");
    static final Pattern INDUSTRY = Pattern.compile("[a-z0-9][a-z0-9 &/-]{0,59}");
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    static final String INDUSTRY_EXPECTED = "an industry name of letters, digits and spaces, like retail";
    static final String USER_IDS_EXPECTED = "Slack user IDs like U012AB3CD separated by ;";

    CellReader<List<String>> aliases() {
        return list(alias -> alias.length() <= MAX_ALIAS, "aliases of at most " + MAX_ALIAS + " characters, separated by ;");
    }

    CellReader<String> channel() {
        return CellReader.of(text -> CHANNEL_ID.matcher(text).matches() ? text : null, "a Slack channel ID like C012AB3CD");
    }

    CellReader<List<String>> owners() {
        return userIds();
    }

    CellReader<String> industry() {
        return CellReader.of(text -> {
            String industry = text.toLowerCase(Locale.ROOT);
            return INDUSTRY.matcher(industry).matches() ? industry : null;
        }, INDUSTRY_EXPECTED);
    }

    CellReader<Stage> stage() {
        return CellReader.of(text -> Stage.fromCode(text).orElse(null), "one of " + Stage.codes());
    }

    CellReader<LocalDate> date() {
        return CellReader.of(ClientCells::isoDate, "a date YYYY-MM-DD");
    }

    CellReader<BigDecimal> money() {
        return CellReader.of(text -> MONEY.matcher(text).matches() ? new BigDecimal(text) : null,
                "an amount like 1200 or 1200.50 (no currency sign or thousands separator)");
    }

    CellReader<ZoneId> timezone() {
        return CellReader.of(text -> {
            try {
                return ZoneId.of(text);
            } catch (DateTimeException e) {
                return null;
            }
        }, "a time zone like Europe/Paris");
    }

    CellReader<List<String>> contacts() {
        return userIds();
    }

    CellReader<List<String>> domains() {
        CellReader<List<String>> domains = list(domain -> DOMAIN.matcher(domain.toLowerCase(Locale.ROOT)).matches(),
                "e-mail domains like acme.com separated by ;");
        return text -> {
            CellReader.Cell<List<String>> cell = domains.read(text);
            return cell.value() == null ? cell
                    : CellReader.Cell.of(cell.value().stream().map(domain -> domain.toLowerCase(Locale.ROOT)).toList());
        };
    }

    CellReader<String> country() {
        return CellReader.of(text -> {
            String country = text.toUpperCase(Locale.ROOT);
            return COUNTRIES.contains(country) ? country : null;
        }, "a two-letter country code like FR or US");
    }

    CellReader<Locale> locale() {
        return CellReader.of(text -> {
            String locale = text.toLowerCase(Locale.ROOT);
            return LOCALES.contains(locale) ? Locale.forLanguageTag(locale) : null;
        }, "en or fr");
    }

    private CellReader<List<String>> userIds() {
        return list(id -> USER_ID.matcher(id).matches(), USER_IDS_EXPECTED);
    }

    /** A {@code ;}-separated list, refused naming only the items that are not {@code valid}. */
    static CellReader<List<String>> list(Predicate<String> valid, String expected) {
        return text -> {
            List<String> items = items(text, ";");
            List<String> bad = items.stream().filter(valid.negate()).toList();
            return bad.isEmpty() ? CellReader.Cell.of(items) : CellReader.Cell.refused(expected, String.join(";", bad));
        };
    }

    static List<String> items(String text, String separators) {
        return Arrays.stream(text.split("[" + Pattern.quote(separators) + "]")).map(String::strip)
                .filter(item -> !item.isEmpty()).toList();
    }

    static LocalDate isoDate(String text) {
        try {
            return LocalDate.parse(text, ISO_DATE);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
