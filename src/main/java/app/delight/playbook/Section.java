package app.delight.playbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One of the three lists (anticipations, tips, surprises) as a file gives it, on top of the built-in list it
 * extends (empty for a whole playbook): the entries to add or replace by key, and the keys to remove.
 */
final class Section<T> {
    final String name;
    final String singular;
    private final List<T> base;
    private final Function<T, String> keyOf;
    private final Set<String> baseKeys = new LinkedHashSet<>();

    final List<T> changes = new ArrayList<>();
    final Set<String> removed = new LinkedHashSet<>();
    /** Every key this file uses in the list, entries and removals, with where, to name the first use of a repeat. */
    final Map<String, String> seen = new HashMap<>();
    /** The keys of this file's entries (valid or not), with where. */
    final Map<String, String> entryKeys = new LinkedHashMap<>();
    /** Entries without a usable key: still entries, so "needs at least one" is not reported on top of their problem. */
    int unkeyedEntries;

    Section(String name, String singular, List<T> base, Function<T, String> keyOf) {
        this.name = name;
        this.singular = singular;
        this.base = base;
        this.keyOf = keyOf;
        base.forEach(entry -> baseKeys.add(keyOf.apply(entry)));
    }

    boolean inBase(String key) {
        return baseKeys.contains(key);
    }

    boolean keptFromBase(String key) {
        return inBase(key) && !removed.contains(key);
    }

    int finalCount() {
        Set<String> keys = new LinkedHashSet<>(baseKeys);
        keys.removeAll(removed);
        keys.addAll(entryKeys.keySet());
        return keys.size() + unkeyedEntries;
    }

    /** The base list with removals dropped, same keys replaced where they stand, and new keys appended. */
    List<T> merged() {
        Map<String, T> byKey = new LinkedHashMap<>();
        base.forEach(entry -> byKey.put(keyOf.apply(entry), entry));
        removed.forEach(byKey::remove);
        changes.forEach(entry -> byKey.put(keyOf.apply(entry), entry));
        return List.copyOf(byKey.values());
    }
}
