-- The clients a nudge pass has planned for a day, whether their card had anything to post or not.
-- Passes run every minute: without this, a client with nothing to say that day was planned (its
-- card built, a pass recorded) again each minute until evening, as only the outbox said who was done.
CREATE TABLE nudge_plans (
    nudge_date DATE   NOT NULL,
    team_id    TEXT   NOT NULL,
    client_id  BIGINT NOT NULL,
    PRIMARY KEY (nudge_date, team_id, client_id),
    FOREIGN KEY (team_id, client_id) REFERENCES clients (team_id, id) ON DELETE CASCADE ON UPDATE CASCADE
);
-- Removing or renumbering a client finds its plans by this index, not by reading the table.
CREATE INDEX nudge_plans_client ON nudge_plans (team_id, client_id);

-- Today's passes already planned the clients in today's outbox (yesterday's and tomorrow's, for
-- clients in far time zones).
INSERT INTO nudge_plans (nudge_date, team_id, client_id)
SELECT DISTINCT nudge_date, team_id, client_id FROM nudge_outbox WHERE nudge_date >= current_date - 1;
