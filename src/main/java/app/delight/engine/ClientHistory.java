package app.delight.engine;

import app.delight.domain.Client;
import app.delight.domain.FollowUp;
import app.delight.domain.Meeting;
import app.delight.domain.NpsAnswer;
import app.delight.domain.PromptResponse;
import app.delight.domain.Struggle;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Everything the engine needs to know about one client: its facts, what is open, what the client
 * said lately, what the team did with earlier prompts and the meetings with the client's people to
 * come. {@code zone} is where the client's days begin; {@code lastContact} is null when no touchpoint
 * was ever logged.
 */
public record ClientHistory(
        Client client,
        ZoneId zone,
        LocalDate stageChangedOn,
        Instant lastContact,
        List<FollowUp> openFollowUps,
        List<Struggle> openStruggles,
        List<NpsAnswer> recentNps,
        List<PromptResponse> responses,
        List<Meeting> upcomingMeetings) {

    public ClientHistory {
        openFollowUps = List.copyOf(openFollowUps);
        openStruggles = List.copyOf(openStruggles);
        recentNps = List.copyOf(recentNps);
        responses = List.copyOf(responses);
        upcomingMeetings = List.copyOf(upcomingMeetings);
    }

    /** The day of the last contact in the client's zone, or the day it entered its stage if never contacted. */
    public LocalDate lastContactDay() {
        return lastContact == null ? stageChangedOn : LocalDate.ofInstant(lastContact, zone);
    }
}
