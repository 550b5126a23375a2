package app.delight.engine;

import app.delight.domain.Client;
import app.delight.domain.FollowUp;
import app.delight.domain.Incident;
import app.delight.domain.Meeting;
import app.delight.domain.NpsAnswer;
import app.delight.domain.PromptResponse;
import app.delight.domain.Struggle;
import app.delight.domain.Touchpoint;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Everything the engine needs to know about one client: its facts, what is open, what the client
 * said lately, how healthy it is, what the team did with earlier prompts and the meetings with the
 * client's people to come.
 *
 * @param zone            where the client's days begin
 * @param stageChangedOn  the day the client entered its stage, when known: a change of stage, or its start date
 *                        for a client added in its stage; null when neither is known
 * @param inStageSince    the day the client entered its stage, or was added to Delight if that is later: a client
 *                        added today with a start date years ago has not been in its stage unheard of for years
 * @param lastTouchpoint  the latest touchpoint; null when none was ever logged
 * @param recentNps       answers of the last 180 days at least
 * @param recentIncidents incidents of the last 90 days at least
 * @param healthScore     the client's health score today; null when unknown
 * @param redSince        the first day of the run of red days its health is in today; null when it is not red
 * @param upcomingMeetings meetings with the client's people still to come
 */
public record ClientHistory(
        Client client,
        ZoneId zone,
        LocalDate stageChangedOn,
        LocalDate inStageSince,
        Touchpoint lastTouchpoint,
        List<FollowUp> openFollowUps,
        List<Struggle> openStruggles,
        List<NpsAnswer> recentNps,
        List<Incident> recentIncidents,
        List<PromptResponse> responses,
        Integer healthScore,
        LocalDate redSince,
        List<Meeting> upcomingMeetings) {

    public ClientHistory {
        Objects.requireNonNull(inStageSince, "inStageSince");
        openFollowUps = List.copyOf(openFollowUps);
        openStruggles = List.copyOf(openStruggles);
        recentNps = List.copyOf(recentNps);
        recentIncidents = List.copyOf(recentIncidents);
        responses = List.copyOf(responses);
        upcomingMeetings = List.copyOf(upcomingMeetings);
    }

    /** The day of the last contact in the client's zone; never contacted: {@code inStageSince}. */
    public LocalDate lastContactDay() {
        return lastTouchpoint == null ? inStageSince : LocalDate.ofInstant(lastTouchpoint.occurredAt(), zone);
    }
}
