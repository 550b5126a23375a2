package app.delight.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.store.NudgePassRepository;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SandboxNudgesTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final Instant AT = Instant.parse("2026-03-02T16:00:00Z");

    @Test
    void saysHowManyDigestsWentOut() {
        assertThat(SandboxNudges.summary(MONDAY, true, new NudgePassRepository.Pass(AT, AT, 3, 3, 3, 0)))
                .isEqualTo("Today's nudge pass (Monday 2026-03-02): 3 digests sent.");
        assertThat(SandboxNudges.summary(MONDAY, true, new NudgePassRepository.Pass(AT, AT, 2, 2, 1, 1)))
                .isEqualTo("Today's nudge pass (Monday 2026-03-02): 1 digest sent, 1 failed.");
    }

    @Test
    void aSecondRunSaysTheDigestsWentOutAlready() {
        assertThat(SandboxNudges.summary(MONDAY, true, new NudgePassRepository.Pass(AT, AT, 0, 0, 0, 0)))
                .contains("already sent").contains("one digest a day");
    }

    @Test
    void aDayWithoutNudgesSaysWhy() {
        assertThat(SandboxNudges.summary(MONDAY.plusDays(5), false, null))
                .isEqualTo("No nudges today: Saturday 2026-03-07 is not a nudge day (DELIGHT_WORKDAYS, DELIGHT_HOLIDAYS).");
    }
}
