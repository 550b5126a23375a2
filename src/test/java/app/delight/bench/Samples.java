package app.delight.bench;

import java.util.Arrays;

/** Durations measured in nanoseconds, summarised as percentiles in milliseconds (nearest-rank). */
final class Samples {
    private long[] nanos = new long[64];
    private int size;

    void add(long durationNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = durationNanos;
    }

    void addAll(Samples other) {
        for (int i = 0; i < other.size; i++) {
            add(other.nanos[i]);
        }
    }

    int count() {
        return size;
    }

    /** The p-th percentile (0 < p ≤ 100) in ms, nearest-rank; NaN when empty. */
    double percentileMs(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }

    long countAboveMs(double ms) {
        long above = 0;
        for (int i = 0; i < size; i++) {
            if (nanos[i] / 1e6 > ms) {
                above++;
            }
        }
        return above;
    }

    double maxMs() {
        return percentileMs(100);
    }

    double meanMs() {
        if (size == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += nanos[i];
        }
        return sum / size / 1e6;
    }

    /** "p50 / p99 / max" in ms. */
    String summary() {
        return String.format("%.1f / %.1f / %.1f", percentileMs(50), percentileMs(99), maxMs());
    }
}
