package app.delight.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Which of a file's columns hold which of a client's facts, and how their cells are read. */
interface ClientFileFormat {

    /**
     * Delight's columns ({@link ClientCsv#COLUMNS}) that the file has, each with its index in the
     * file's header. What is wrong with the header is added to {@code problems}; the file is then
     * not read further.
     */
    Map<String, Integer> columns(List<String> header, Problems problems);

    ClientCells cells();

    /**
     * The design's own format: a header naming Delight's columns, in any order and any case, with
     * only {@code name} required; a column Delight does not know is refused rather than ignored, so
     * a misspelt {@code renewal_dates} is not silently dropped. A column with no name (Excel keeps
     * the empty columns after the last one it was asked to) is skipped.
     */
    static ClientFileFormat design() {
        ClientCells cells = new ClientCells();
        return new ClientFileFormat() {
            @Override
            public Map<String, Integer> columns(List<String> header, Problems problems) {
                Map<String, Integer> columns = new LinkedHashMap<>();
                List<String> unknown = new ArrayList<>();
                List<String> twice = new ArrayList<>();
                for (int i = 0; i < header.size(); i++) {
                    String name = header.get(i).strip();
                    String column = name.toLowerCase(Locale.ROOT);
                    if (name.isEmpty()) {
                        continue;
                    }
                    if (!ClientCsv.COLUMNS.contains(column)) {
                        unknown.add(name);
                    } else if (columns.putIfAbsent(column, i) != null) {
                        twice.add(name);
                    }
                }
                if (!unknown.isEmpty() || !twice.isEmpty() || !columns.containsKey(ClientCsv.NAME)) {
                    problems.add("line 1 (header): expected column names from " + String.join(",", ClientCsv.COLUMNS)
                            + ", in any order (only name is required)"
                            + (columns.containsKey(ClientCsv.NAME) ? "" : "; missing: name")
                            + (unknown.isEmpty() ? "" : "; unknown: " + String.join(", ", unknown))
                            + (twice.isEmpty() ? "" : "; more than once: " + String.join(", ", twice)));
                }
                return columns;
            }

            @Override
            public ClientCells cells() {
                return cells;
            }
        };
    }
}
