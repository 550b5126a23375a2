package app.delight.engine.health;

import java.util.Objects;

/** How one part moved: {@code before} or {@code after} is null when the part was unknown then. */
public record PartChange(Part part, Integer before, Integer after) {
    public PartChange {
        Objects.requireNonNull(part, "part");
    }

    /** {@code after − before}; null when the part was unknown at either end. */
    public Integer change() {
        return before == null || after == null ? null : after - before;
    }
}
