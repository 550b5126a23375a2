-- A digest keeps the client's health score as it was when the digest was planned: the next digest to the
-- same recipient is news when the score fell since (quiet digests, issue 16).
ALTER TABLE nudge_outbox ADD COLUMN health_score SMALLINT CHECK (health_score BETWEEN 0 AND 100);
