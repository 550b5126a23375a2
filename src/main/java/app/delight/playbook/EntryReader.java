package app.delight.playbook;

import app.delight.domain.Stage;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one anticipation, tip or surprise. Each reader goes through every field even after a problem, so that
 * all of an entry's problems are reported, and returns null when there was any.
 */
final class EntryReader {
    static final List<String> ANTICIPATION_FIELDS = List.of("key", "when", "window-days", "stages", "industries",
            "regions", "mood", "text", "why");
    static final List<String> TIP_FIELDS = List.of("key", "industries", "stages", "regions", "text", "why");
    static final List<String> SURPRISE_FIELDS = List.of("key", "occasions", "regions", "text", "why");

    /** Churned clients only get the rules written for them: a win-back, not a quarterly review. */
    static final Set<Stage> EVERY_STAGE_BUT_CHURNED = EnumSet.complementOf(EnumSet.of(Stage.CHURNED));

    /** The industries entries may name; null when the file's list is itself unusable, to avoid one problem per entry. */
    private final Set<String> vocabulary;
    /** The region names entries may name beside country codes. */
    private final Set<String> regionNames;

    EntryReader(Set<String> vocabulary, Set<String> regionNames) {
        this.vocabulary = vocabulary;
        this.regionNames = regionNames;
    }

    /** {@code key} is null when the entry's key was already refused; the rest is still checked. */
    Anticipation anticipation(Fields entry, String key) {
        entry.allowOnly(ANTICIPATION_FIELDS);
        Fields when = entry.mapping("when");
        Trigger trigger = when == null ? null : TriggerReader.read(when);
        Integer windowDays = entry.wholeNumber("window-days", 1, 366);
        Set<Stage> stages = entry.has("stages") ? entry.stages("stages", false) : EVERY_STAGE_BUT_CHURNED;
        Set<String> industries = entry.has("industries") ? industries(entry) : Set.of(Playbook.GENERAL);
        if (!entry.has("industries") && when != null && when.has("season")) {
            // Busy seasons differ by trade; a season rule for everyone would nudge a school about Black Friday.
            entry.problem("a season rule must name its industries");
        }
        Set<String> regions = regions(entry);
        Anticipation.Mood mood = entry.has("mood") ? entry.mood("mood") : Anticipation.Mood.ANY;
        String text = entry.text("text");
        String why = entry.text("why");
        if (key == null || trigger == null || windowDays == null || stages == null || industries == null
                || regions == null || mood == null || text == null || why == null) {
            return null;
        }
        return new Anticipation(key, trigger, windowDays, stages, industries, text, why, regions, mood);
    }

    Tip tip(Fields entry, String key) {
        entry.allowOnly(TIP_FIELDS);
        Set<String> industries = industries(entry);
        Set<Stage> stages = entry.has("stages") ? entry.stages("stages", true) : Set.of();
        Set<String> regions = regions(entry);
        String text = entry.text("text");
        String why = entry.text("why");
        if (key == null || industries == null || stages == null || regions == null || text == null || why == null) {
            return null;
        }
        return new Tip(key, industries, stages, text, why, regions);
    }

    Surprise surprise(Fields entry, String key) {
        entry.allowOnly(SURPRISE_FIELDS);
        Set<Occasion> occasions = entry.has("occasions") ? entry.occasions("occasions") : Set.of();
        Set<String> regions = regions(entry);
        String text = entry.text("text");
        String why = entry.text("why");
        if (key == null || occasions == null || regions == null || text == null || why == null) {
            return null;
        }
        return new Surprise(key, text, why, occasions, regions);
    }

    /** Absent: everywhere. */
    private Set<String> regions(Fields entry) {
        return entry.has("regions") ? entry.regions("regions", regionNames) : Set.of();
    }

    private Set<String> industries(Fields entry) {
        return entry.industries("industries", vocabulary);
    }
}
