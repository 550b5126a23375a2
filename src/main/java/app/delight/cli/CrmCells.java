package app.delight.cli;

import app.delight.domain.Stage;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a CRM's export writes what the design's file writes its own way: owners as e-mails (looked
 * up in Slack), amounts in the export's currency format ({@code $1,200.50}, {@code 1 200,50 €}),
 * websites for domains, country names, lifecycle stages and labels, date-times for dates, industry
 * labels and internal values ({@code COMPUTER_SOFTWARE}). What a CRM has no column for (aliases,
 * channels, contacts, time zone, language) is read as in the design's file, when {@code --map}
 * names a column for it.
 */
final class CrmCells extends ClientCells {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@([a-z0-9-]+\\.)+[a-z]{2,63}", Pattern.CASE_INSENSITIVE);
    /** "Jane Doe <jane@agency.com>", as mail programs write an address. */
    private static final Pattern NAMED_EMAIL = Pattern.compile(".*<(" + EMAIL.pattern() + ")>", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_FIRST = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})([ T]\\d{2}:\\d{2}.*)?");
    /** The number between a currency sign or code before or after it: "$", "US$", "EUR ", " €", " CHF". */
    private static final Pattern CURRENCY_AROUND = Pattern.compile(
            "[\\s\u00A0\u202F]*(?:[A-Z]{3}|[A-Z]{0,2}\\p{Sc})?[\\s\u00A0\u202F]*(.*?)[\\s\u00A0\u202F]*(?:[A-Z]{3}|\\p{Sc})?[\\s\u00A0\u202F]*");
    private static final Pattern AMOUNT = Pattern.compile("\\d[\\d.,' \u00A0\u202F]*");
    private static final String GROUP_SPACES = " \u00A0\u202F";
    private static final int MAX_INTEGER_DIGITS = 10;
    private static final Map<String, Stage> STAGES = stages();
    private static final Map<String, String> COUNTRIES_BY_NAME = countriesByName();

    private final OwnerDirectory owners;

    /** {@code owners} finds the Slack user of an owner given as an e-mail. */
    CrmCells(OwnerDirectory owners) {
        this.owners = owners;
    }

    /** Who owns a client in Slack, asked by e-mail. */
    @FunctionalInterface
    interface OwnerDirectory {
        /** The Slack user ID of the workspace member with this e-mail, or empty when there is none. */
        Optional<String> userIdOf(String email);
    }

    @Override
    CellReader<List<String>> owners() {
        return text -> {
            List<String> ids = new ArrayList<>();
            for (String item : items(text, ";,")) {
                if (USER_ID.matcher(item).matches()) {
                    ids.add(item);
                    continue;
                }
                Optional<String> email = email(item);
                if (email.isEmpty()) {
                    return CellReader.Cell.refused("owners as e-mails or Slack user IDs like U012AB3CD (Delight finds the Slack "
                            + "user by e-mail; a name cannot be looked up)", item);
                }
                Optional<String> id = owners.userIdOf(email.get());
                if (id.isEmpty()) {
                    return CellReader.Cell.refused("the e-mail of a member of the Slack workspace (Slack knows no user with it: "
                            + "invite them, or change the owner)", email.get());
                }
                ids.add(id.get());
            }
            return CellReader.Cell.of(List.copyOf(new LinkedHashSet<>(ids)));
        };
    }

    @Override
    CellReader<String> industry() {
        return CellReader.of(text -> {
            String industry = text.replace('_', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            return INDUSTRY.matcher(industry).matches() ? industry : null;
        }, INDUSTRY_EXPECTED);
    }

    @Override
    CellReader<Stage> stage() {
        return CellReader.of(text -> STAGES.get(letters(text)), "one of " + Stage.codes()
                + ", or a CRM's lifecycle stage or label: Subscriber, Lead, Marketing Qualified Lead, Sales Qualified Lead, "
                + "Opportunity (prospect), Customer, Evangelist (active), Hot lead, Warm lead, Cold lead (prospect)");
    }

    @Override
    CellReader<LocalDate> date() {
        return CellReader.of(text -> {
            Matcher date = DATE_FIRST.matcher(text);
            return date.matches() ? isoDate(date.group(1)) : null;
        }, "a date like 2026-03-15 or a date and time like 2026-03-15 10:22");
    }

    @Override
    CellReader<BigDecimal> money() {
        return CellReader.of(CrmCells::amount,
                "an amount like $1,200.50, 1 200,50 €, 1.200,50 EUR or 1200.50 (at most two decimals, not negative)");
    }

    @Override
    CellReader<List<String>> domains() {
        return text -> {
            Set<String> domains = new LinkedHashSet<>();
            for (String item : items(text, ";, \t")) {
                String domain = item.toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "").replaceFirst("^www\\.", "")
                        .replaceFirst("[/?#:].*$", "");
                if (!DOMAIN.matcher(domain).matches()) {
                    return CellReader.Cell.refused("websites or e-mail domains like acme.com or https://www.acme.com", item);
                }
                domains.add(domain);
            }
            return CellReader.Cell.of(List.copyOf(domains));
        };
    }

    @Override
    CellReader<String> country() {
        return CellReader.of(text -> COUNTRIES_BY_NAME.get(letters(text)),
                "a country like France, United States or FR, in English or French");
    }

    /**
     * An amount as a CRM or a spreadsheet writes it, in any of the usual currency formats: the
     * currency sign or code before or after it, thousands grouped by {@code ,}, {@code .}, a space
     * or {@code '}, and {@code .} or {@code ,} before at most two decimals. A separator followed by
     * exactly three digits groups thousands ({@code 1,200} and {@code 1.200} are 1200), as amounts
     * in a CRM are rarely given to the thousandth.
     *
     * @return the amount, or null when the text is not one (or is negative, or has three decimals)
     */
    static BigDecimal amount(String text) {
        Matcher around = CURRENCY_AROUND.matcher(text);
        String number = around.matches() ? around.group(1) : "";
        if (!AMOUNT.matcher(number).matches()) {
            return null;
        }
        String integer = number;
        String decimals = "";
        int last = Math.max(number.lastIndexOf('.'), number.lastIndexOf(','));
        if (last >= 0) {
            String after = number.substring(last + 1);
            if (after.matches("\\d{1,2}")) {
                integer = number.substring(0, last);
                decimals = after;
            } else if (!after.matches("\\d{3}")) {
                return null;
            }
        }
        String digits = ungrouped(integer);
        if (digits == null || digits.length() > MAX_INTEGER_DIGITS) {
            return null;
        }
        return new BigDecimal(decimals.isEmpty() ? digits : digits + "." + decimals);
    }

    /** The digits of an integer part grouped by thousands with one kind of separator, or null when the grouping is wrong. */
    private static String ungrouped(String integer) {
        StringBuilder separators = new StringBuilder();
        for (char c : integer.toCharArray()) {
            if (!Character.isDigit(c)) {
                separators.append(GROUP_SPACES.indexOf(c) >= 0 ? ' ' : c);
            }
        }
        if (separators.isEmpty()) {
            return integer;
        }
        if (separators.chars().distinct().count() > 1) {
            return null;
        }
        String[] groups = integer.split("[^\\d]", -1);
        for (int i = 0; i < groups.length; i++) {
            if (i == 0 ? groups[i].isEmpty() || groups[i].length() > 3 : groups[i].length() != 3) {
                return null;
            }
        }
        return String.join("", groups);
    }

    private static Optional<String> email(String item) {
        Matcher named = NAMED_EMAIL.matcher(item);
        if (named.matches()) {
            return Optional.of(named.group(1).toLowerCase(Locale.ROOT));
        }
        return EMAIL.matcher(item).matches() ? Optional.of(item.toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** Lower-case letters only, without accents: "Côte d'Ivoire" and "cote divoire", "Hot lead" and "HOT_LEAD" read alike. */
    private static String letters(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z]", "");
    }

    private static Map<String, Stage> stages() {
        Map<String, Stage> stages = new HashMap<>();
        for (Stage stage : Stage.values()) {
            stages.put(letters(stage.code()), stage);
        }
        // HubSpot's lifecycle stages, by label and internal value
        for (String stage : List.of("subscriber", "lead", "marketingqualifiedlead", "salesqualifiedlead", "opportunity")) {
            stages.put(stage, Stage.PROSPECT);
        }
        stages.put("customer", Stage.ACTIVE);
        stages.put("evangelist", Stage.ACTIVE);
        // Pipedrive's default organization labels
        for (String label : List.of("hotlead", "warmlead", "coldlead")) {
            stages.put(label, Stage.PROSPECT);
        }
        return Map.copyOf(stages);
    }

    private static Map<String, String> countriesByName() {
        Map<String, String> countries = new HashMap<>();
        for (String code : COUNTRIES) {
            Locale country = new Locale.Builder().setRegion(code).build();
            countries.put(letters(code), code);
            if (!country.getISO3Country().isEmpty()) {
                countries.put(letters(country.getISO3Country()), code);
            }
            countries.put(letters(country.getDisplayCountry(Locale.ENGLISH)), code);
            countries.put(letters(country.getDisplayCountry(Locale.FRENCH)), code);
        }
        countries.put("usa", "US");
        countries.put("unitedstatesofamerica", "US");
        countries.put("uk", "GB");
        countries.put("greatbritain", "GB");
        return Map.copyOf(countries);
    }
}
