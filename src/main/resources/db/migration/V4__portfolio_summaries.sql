-- /client-health reads a fact or two about every client of a team at once. Two of them meant
-- reading far more rows than clients: each client's latest touchpoint (all of a team's touchpoints)
-- and which prompts its digests delivered (every prompt of every sent message). These tables hold
-- those answers, a row a client or a client's prompt, kept right by triggers in the transaction
-- that writes the rows they sum up, whoever writes them. They follow their client like every other
-- table: deleted with it, moved with it to another workspace.
--
-- A trigger with transition tables serves one event only, hence one per event.

-- The latest touchpoint of each client that has one.
CREATE TABLE client_last_contacts (
    team_id         TEXT        NOT NULL,
    client_id       BIGINT      NOT NULL,
    last_contact_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (team_id, client_id),
    FOREIGN KEY (team_id, client_id) REFERENCES clients (team_id, id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE FUNCTION touchpoints_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO client_last_contacts (team_id, client_id, last_contact_at)
    SELECT team_id, client_id, max(occurred_at) FROM new_rows GROUP BY team_id, client_id
    ON CONFLICT (team_id, client_id)
        DO UPDATE SET last_contact_at = greatest(client_last_contacts.last_contact_at, EXCLUDED.last_contact_at);
    RETURN NULL;
END;
$$;

-- Touchpoints are not edited, and go with their client; one deleted on its own leaves its client's
-- latest contact to be found again among those left.
CREATE FUNCTION touchpoints_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM client_last_contacts c USING (SELECT DISTINCT team_id, client_id FROM old_rows) gone
    WHERE c.team_id = gone.team_id AND c.client_id = gone.client_id;
    INSERT INTO client_last_contacts (team_id, client_id, last_contact_at)
    SELECT t.team_id, t.client_id, max(t.occurred_at)
    FROM touchpoints t JOIN (SELECT DISTINCT team_id, client_id FROM old_rows) gone
        ON t.team_id = gone.team_id AND t.client_id = gone.client_id
    GROUP BY t.team_id, t.client_id;
    RETURN NULL;
END;
$$;

CREATE TRIGGER touchpoints_inserted AFTER INSERT ON touchpoints REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION touchpoints_inserted();
CREATE TRIGGER touchpoints_deleted AFTER DELETE ON touchpoints REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION touchpoints_deleted();

INSERT INTO client_last_contacts (team_id, client_id, last_contact_at)
SELECT team_id, client_id, max(occurred_at) FROM touchpoints GROUP BY team_id, client_id;

-- Each prompt a sent message delivered to a client, with the last time one did, and whether the team
-- ever answered it: the health model's engagement counts the prompts delivered lately that nobody
-- answered. The app writes a message pending and marks it sent once Slack took it, and a sent
-- message stays sent, so deliveries are recorded by that UPDATE and only ever move forward.
CREATE TABLE prompt_deliveries (
    team_id      TEXT        NOT NULL,
    client_id    BIGINT      NOT NULL,
    prompt_key   TEXT        NOT NULL,
    last_sent_at TIMESTAMPTZ NOT NULL,
    answered     BOOLEAN     NOT NULL,
    PRIMARY KEY (team_id, client_id, prompt_key),
    FOREIGN KEY (team_id, client_id) REFERENCES clients (team_id, id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX prompt_deliveries_unanswered ON prompt_deliveries (team_id, last_sent_at) INCLUDE (client_id) WHERE NOT answered;

-- A delivery and an answer to the same prompt may commit at the same moment, each unseen by the
-- other's trigger, and the delivery would stay unanswered. Both triggers first take this lock for
-- each client they touch, in one order: the second waits for the first to commit, then sees it.
CREATE FUNCTION lock_prompt_deliveries(team TEXT, client BIGINT) RETURNS void LANGUAGE sql AS $$
    SELECT pg_advisory_xact_lock(hashtextextended('prompt_deliveries/' || team || '/' || client, 0));
$$;

CREATE FUNCTION nudges_marked_sent() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    touched RECORD;
BEGIN
    -- Only messages that became sent in this statement: a message moved with its client to another
    -- workspace was delivered before, and its deliveries move with the client by the foreign key.
    FOR touched IN SELECT DISTINCT n.team_id, n.client_id FROM new_rows n JOIN old_rows o ON o.id = n.id
                   WHERE n.status = 'sent' AND o.status <> 'sent' ORDER BY n.team_id, n.client_id LOOP
        PERFORM lock_prompt_deliveries(touched.team_id, touched.client_id);
    END LOOP;
    -- Rows in key order, so two statements upserting the same client's prompts lock them alike.
    INSERT INTO prompt_deliveries AS d (team_id, client_id, prompt_key, last_sent_at, answered)
    SELECT s.team_id, s.client_id, s.prompt_key, s.sent_at, EXISTS (SELECT 1 FROM prompt_responses r
               WHERE r.team_id = s.team_id AND r.client_id = s.client_id AND r.prompt_key = s.prompt_key)
    FROM (SELECT n.team_id, n.client_id, k.prompt_key, max(n.sent_at) AS sent_at
          FROM new_rows n JOIN old_rows o ON o.id = n.id
              CROSS JOIN LATERAL unnest(n.prompt_keys) AS k(prompt_key)
          WHERE n.status = 'sent' AND o.status <> 'sent' AND n.sent_at IS NOT NULL
          GROUP BY n.team_id, n.client_id, k.prompt_key) s
    ORDER BY s.team_id, s.client_id, s.prompt_key
    ON CONFLICT (team_id, client_id, prompt_key)
        DO UPDATE SET last_sent_at = greatest(d.last_sent_at, EXCLUDED.last_sent_at);
    RETURN NULL;
END;
$$;

CREATE TRIGGER nudge_outbox_updated AFTER UPDATE ON nudge_outbox REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION nudges_marked_sent();

-- Answers are never taken back (they go only with their client).
CREATE FUNCTION prompts_answered() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    touched RECORD;
BEGIN
    FOR touched IN SELECT DISTINCT team_id, client_id FROM new_rows ORDER BY team_id, client_id LOOP
        PERFORM lock_prompt_deliveries(touched.team_id, touched.client_id);
    END LOOP;
    UPDATE prompt_deliveries d SET answered = true
    FROM (SELECT DISTINCT team_id, client_id, prompt_key FROM new_rows) r
    WHERE d.team_id = r.team_id AND d.client_id = r.client_id AND d.prompt_key = r.prompt_key AND NOT d.answered;
    RETURN NULL;
END;
$$;

CREATE TRIGGER prompt_responses_inserted AFTER INSERT ON prompt_responses REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION prompts_answered();

INSERT INTO prompt_deliveries (team_id, client_id, prompt_key, last_sent_at, answered)
SELECT s.team_id, s.client_id, s.prompt_key, s.sent_at, EXISTS (SELECT 1 FROM prompt_responses r
           WHERE r.team_id = s.team_id AND r.client_id = s.client_id AND r.prompt_key = s.prompt_key)
FROM (SELECT o.team_id, o.client_id, k.prompt_key, max(o.sent_at) AS sent_at
      FROM nudge_outbox o CROSS JOIN LATERAL unnest(o.prompt_keys) AS k(prompt_key)
      WHERE o.status = 'sent' AND o.sent_at IS NOT NULL
      GROUP BY o.team_id, o.client_id, k.prompt_key) s;
