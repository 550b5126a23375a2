package app.delight.engine;

import app.delight.domain.PromptKind;
import java.time.LocalDate;

/**
 * One thing to do for a client now. {@code why} is the playbook's reason, or null for the team's
 * own follow-ups and struggles, whose reason is their {@code date}: when the follow-up was due,
 * when the struggle was noted, or when the anticipation became due.
 */
public record Prompt(String key, PromptKind kind, String text, String why, LocalDate date) {
}
