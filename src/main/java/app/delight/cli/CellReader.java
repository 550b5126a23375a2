package app.delight.cli;

import java.util.function.Function;

/** How one cell of a clients file is read: into its value, or into what it should have held. */
@FunctionalInterface
interface CellReader<T> {

    /** Called with the cell stripped of surrounding spaces, and never with an empty cell (which keeps the stored value). */
    Cell<T> read(String text);

    /** A reader that refuses, saying {@code expected}, whatever {@code parse} answers null to. */
    static <T> CellReader<T> of(Function<String, T> parse, String expected) {
        return text -> {
            T value = parse.apply(text);
            return value == null ? Cell.refused(expected) : Cell.of(value);
        };
    }

    /**
     * A cell read: its value, or (value null) what the cell should have held, and the part of it
     * that was wrong ({@code wrong} null: all of it).
     */
    record Cell<T>(T value, String expected, String wrong) {
        static <T> Cell<T> of(T value) {
            return new Cell<>(value, null, null);
        }

        static <T> Cell<T> refused(String expected) {
            return new Cell<>(null, expected, null);
        }

        static <T> Cell<T> refused(String expected, String wrong) {
            return new Cell<>(null, expected, wrong);
        }
    }
}
