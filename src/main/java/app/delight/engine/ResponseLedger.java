package app.delight.engine;

import app.delight.domain.PromptKind;
import app.delight.domain.PromptResponse;
import app.delight.domain.PromptResponse.Response;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the team's responses to a client's prompts mean on a given day: what is hidden, what is learnt. */
final class ResponseLedger {
    /** Three "not relevant" on one kind of playbook prompt and the client gets no more of that kind. */
    static final int NOT_RELEVANT_TO_STOP_A_KIND = 3;
    private static final Set<PromptKind> KINDS_THAT_LEARN = EnumSet.of(PromptKind.ANTICIPATION, PromptKind.TIP,
            PromptKind.SURPRISE);

    private final Set<String> closed = new HashSet<>();
    private final Map<String, LocalDate> snoozedUntil = new HashMap<>();
    private final Set<PromptKind> stoppedKinds = EnumSet.noneOf(PromptKind.class);

    ResponseLedger(List<PromptResponse> responses) {
        Map<PromptKind, Set<String>> notRelevant = new HashMap<>();
        for (PromptResponse response : responses) {
            if (response.response() == Response.SNOOZED) {
                snoozedUntil.merge(response.promptKey(), response.snoozedUntil(), (a, b) -> a.isAfter(b) ? a : b);
            } else {
                closed.add(response.promptKey());
            }
            if (response.response() == Response.NOT_RELEVANT) {
                notRelevant.computeIfAbsent(response.kind(), kind -> new HashSet<>()).add(response.promptKey());
            }
        }
        notRelevant.forEach((kind, keys) -> {
            if (KINDS_THAT_LEARN.contains(kind) && keys.size() >= NOT_RELEVANT_TO_STOP_A_KIND) {
                stoppedKinds.add(kind);
            }
        });
    }

    /** Done, shared, closed or not relevant for good; or snoozed until a day still to come. */
    boolean hides(String key, LocalDate today) {
        LocalDate until = snoozedUntil.get(key);
        return closed.contains(key) || until != null && until.isAfter(today);
    }

    boolean stopped(PromptKind kind) {
        return stoppedKinds.contains(kind);
    }
}
