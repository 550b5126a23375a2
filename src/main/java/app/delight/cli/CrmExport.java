package app.delight.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The standard company export of a CRM, and which of its columns hold what Delight reads. The
 * column names are the CRM's own labels, in English, as its export writes them; {@code --map}
 * changes any of them (an export in another language, a custom property), or leaves a column out.
 */
public enum CrmExport {
    /** HubSpot's company export (Contacts → Companies → Export), with its default property labels. */
    HUBSPOT("HubSpot", Map.of(
            "name", "Company name",
            "owners", "Company owner",
            "domains", "Company Domain Name",
            "industry", "Industry",
            "stage", "Lifecycle Stage",
            "start_date", "Close Date",
            "country", "Country/Region")),
    /** Pipedrive's organization export (Contacts → Organizations → Export), whose labels are "Organization - Field". */
    PIPEDRIVE("Pipedrive", Map.of(
            "name", "Organization - Name",
            "owners", "Organization - Owner",
            "domains", "Organization - Website",
            "industry", "Organization - Industry",
            "stage", "Organization - Label",
            "country", "Organization - Country of Address"));

    private final String label;
    private final Map<String, String> headers;

    CrmExport(String label, Map<String, String> headers) {
        this.label = label;
        this.headers = headers;
    }

    public String label() {
        return label;
    }

    /** Delight's column → the export's column it is read from. */
    public Map<String, String> headers() {
        return headers;
    }

    /** What {@code --from} accepts: the name in lower case. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CrmExport> fromCode(String code) {
        for (CrmExport export : values()) {
            if (export.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(export);
            }
        }
        return Optional.empty();
    }

    /**
     * A format that reads a CRM's export, or with no CRM another export whose columns {@code map}
     * names (its own columns then being taken by Delight's names). {@code map} goes over the CRM's
     * columns; a blank header leaves that column out. The export's other columns are not read.
     */
    static ClientFileFormat format(Optional<CrmExport> from, Map<String, String> map, ClientCells cells) {
        Map<String, String> wanted = new LinkedHashMap<>();
        if (from.isEmpty()) {
            ClientCsv.COLUMNS.forEach(column -> wanted.put(column, column));
        }
        from.ifPresent(export -> ClientCsv.COLUMNS.stream().filter(export.headers::containsKey)
                .forEach(column -> wanted.put(column, export.headers.get(column))));
        wanted.putAll(map);
        String source = from.map(export -> export.label + "'s export").orElse("the export");
        return new ClientFileFormat() {
            @Override
            public Map<String, Integer> columns(List<String> header, Problems problems) {
                Map<String, Integer> columns = new LinkedHashMap<>();
                List<String> missing = new ArrayList<>();
                wanted.forEach((column, name) -> {
                    if (name.isBlank()) {
                        return;
                    }
                    int index = indexOf(header, name);
                    if (index >= 0) {
                        columns.put(column, index);
                    } else if (column.equals(ClientCsv.NAME) || map.containsKey(column)) {
                        missing.add("\"" + name + "\" (for " + column + ")");
                    }
                });
                if (!missing.isEmpty()) {
                    problems.add("line 1 (header): no column named " + String.join(", ", missing) + " in " + source
                            + "; --map COLUMN=Header names the column to read instead");
                }
                return columns;
            }

            @Override
            public ClientCells cells() {
                return cells;
            }
        };
    }

    /** Headers are matched ignoring case and surrounding spaces, as people retype them. */
    private static int indexOf(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equalsIgnoreCase(name.strip())) {
                return i;
            }
        }
        return -1;
    }
}
