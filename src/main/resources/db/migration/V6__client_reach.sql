-- What a client file can now say beyond the first ten columns: the channel shared with the client's
-- people (Slack Connect), their Slack user IDs and e-mail domains, the client's country (for regional
-- playbook rules) and the language of what the client reads. All optional: the team's apply.
ALTER TABLE clients
    ADD COLUMN shared_channel_id TEXT,
    ADD COLUMN contacts          TEXT[] NOT NULL DEFAULT '{}',
    ADD COLUMN domains           TEXT[] NOT NULL DEFAULT '{}',
    ADD COLUMN country           TEXT CHECK (country ~ '^[A-Z]{2}$'),
    ADD COLUMN locale            TEXT CHECK (locale IN ('en', 'fr'));
-- A message event names only its channel: this finds the client whose shared channel it is.
CREATE INDEX clients_shared_channel ON clients (team_id, shared_channel_id) WHERE shared_channel_id IS NOT NULL;
