-- Where a touchpoint came from: what the team logged (log), a meeting with the client's people read
-- from a calendar (meeting), or the team writing in the client's shared channel (slack).
ALTER TABLE touchpoints
    ADD COLUMN kind TEXT NOT NULL DEFAULT 'log' CHECK (kind IN ('log', 'meeting', 'slack'));

-- Meetings with a client's people, read from calendars: one row a client and occurrence (a
-- recurring meeting has one per occurrence). event_key is the event's UID, with the occurrence's
-- original start for a recurring one, so reading a calendar again finds the same rows. Once a
-- meeting has taken place it becomes a touchpoint, once: touchpoint_id. source says which calendar
-- last listed it (a digest of its address, never the address, which may be secret; or 'file'), so a
-- meeting gone from a calendar that is read whole can be cancelled.
CREATE TABLE meetings (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    team_id       TEXT        NOT NULL,
    client_id     BIGINT      NOT NULL,
    event_key     TEXT        NOT NULL CHECK (char_length(event_key) BETWEEN 1 AND 1100),
    title         TEXT        NOT NULL CHECK (char_length(title) BETWEEN 1 AND 300),
    starts_at     TIMESTAMPTZ NOT NULL,
    ends_at       TIMESTAMPTZ NOT NULL CHECK (ends_at >= starts_at),
    cancelled     BOOLEAN     NOT NULL DEFAULT false,
    source        TEXT        NOT NULL,
    touchpoint_id BIGINT      REFERENCES touchpoints (id) ON DELETE SET NULL,
    UNIQUE (team_id, client_id, event_key),
    FOREIGN KEY (team_id, client_id) REFERENCES clients (team_id, id) ON DELETE CASCADE ON UPDATE CASCADE
);
-- The card's read: a client's meetings to come.
CREATE INDEX meetings_client_time ON meetings (team_id, client_id, starts_at) WHERE NOT cancelled;
-- The meetings still to become touchpoints once they have taken place.
CREATE INDEX meetings_unrecorded ON meetings (ends_at) WHERE touchpoint_id IS NULL AND NOT cancelled;

-- A meeting to prepare is a prompt on the card, answered like the others.
ALTER TABLE prompt_responses DROP CONSTRAINT prompt_responses_prompt_kind_check;
ALTER TABLE prompt_responses ADD CONSTRAINT prompt_responses_prompt_kind_check
    CHECK (prompt_kind IN ('follow_up', 'anticipation', 'struggle', 'tip', 'surprise', 'meeting'));
