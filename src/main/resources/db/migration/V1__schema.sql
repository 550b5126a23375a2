-- Every table holding a workspace's data carries team_id (the Slack workspace) and every query
-- filters on it, so one install can serve several workspaces without mixing their data.
-- Child tables reference clients by (team_id, client_id), so a row can never point at another
-- workspace's client.

CREATE TABLE clients (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    team_id          TEXT          NOT NULL,
    name             TEXT          NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
    aliases          TEXT[]        NOT NULL DEFAULT '{}',
    channel_id       TEXT,
    owners           TEXT[]        NOT NULL DEFAULT '{}',
    industry         TEXT          NOT NULL DEFAULT 'general',
    stage            TEXT          NOT NULL CHECK (stage IN ('prospect', 'onboarding', 'active', 'renewal', 'paused', 'churned')),
    stage_changed_on DATE          NOT NULL DEFAULT CURRENT_DATE,
    start_date       DATE,
    renewal_date     DATE,
    monthly_revenue  NUMERIC(12, 2) NOT NULL DEFAULT 0 CHECK (monthly_revenue >= 0),
    timezone         TEXT,
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    UNIQUE (team_id, id)
);
-- Import and lookups are keyed on the name, case-insensitively.
CREATE UNIQUE INDEX clients_team_name_key ON clients (team_id, lower(name));

CREATE TABLE touchpoints (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    team_id     TEXT        NOT NULL,
    client_id   BIGINT      NOT NULL,
    author_id   TEXT        NOT NULL,
    text        TEXT        NOT NULL CHECK (char_length(text) BETWEEN 1 AND 3000),
    occurred_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    FOREIGN KEY (team_id, client_id) REFERENCES clients (team_id, id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX touchpoints_client_time ON touchpoints (team_id, client_id, occurred_at DESC);

CREATE TABLE follow_ups (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    team_id    TEXT        NOT NULL,
    client_id  BIGINT      NOT NULL,
    author_id  TEXT        NOT NULL,
    text       TEXT        NOT NULL CHECK (char_length(text) BETWEEN 1 AND 3000),
    due_on     DATE,
    status     TEXT        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    closed_at  TIMESTAMPTZ,
    closed_by  TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    FOREIGN KEY (team_id, client_id) REFERENCES clients (team_id, id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX follow_ups_open ON follow_ups (team_id, client_id) WHERE status = 'open';

CREATE TABLE struggles (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    team_id     TEXT        NOT NULL,
    client_id   BIGINT      NOT NULL,
    author_id   TEXT        NOT NULL,
    text        TEXT        NOT NULL CHECK (char_length(text) BETWEEN 1 AND 3000),
    status      TEXT        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'removed', 'kept')),
    observed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    closed_at   TIMESTAMPTZ,
    closed_by   TEXT,
    FOREIGN KEY (team_id, client_id) REFERENCES clients (team_id, id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX struggles_open ON struggles (team_id, client_id) WHERE status = 'open';

CREATE TABLE nps_answers (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    team_id     TEXT        NOT NULL,
    client_id   BIGINT      NOT NULL,
    score       SMALLINT    NOT NULL CHECK (score BETWEEN 0 AND 10),
    comment     TEXT        CHECK (char_length(comment) <= 3000),
    recorded_by TEXT        NOT NULL,
    answered_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    FOREIGN KEY (team_id, client_id) REFERENCES clients (team_id, id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX nps_answers_client_time ON nps_answers (team_id, client_id, answered_at DESC);

CREATE TABLE free_work (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    team_id     TEXT          NOT NULL,
    client_id   BIGINT        NOT NULL,
    hours       NUMERIC(6, 2) NOT NULL CHECK (hours > 0),
    kind        TEXT          NOT NULL CHECK (kind IN ('strategic', 'secret')),
    text        TEXT          NOT NULL CHECK (char_length(text) BETWEEN 1 AND 3000),
    recorded_by TEXT          NOT NULL,
    given_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    FOREIGN KEY (team_id, client_id) REFERENCES clients (team_id, id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX free_work_client_time ON free_work (team_id, client_id, given_at DESC);

-- Shown to managers only.
CREATE TABLE incidents (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    team_id     TEXT        NOT NULL,
    client_id   BIGINT      NOT NULL,
    text        TEXT        NOT NULL CHECK (char_length(text) BETWEEN 1 AND 3000),
    recorded_by TEXT        NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    FOREIGN KEY (team_id, client_id) REFERENCES clients (team_id, id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX incidents_client_time ON incidents (team_id, client_id, occurred_at DESC);

-- What the team did with each prompt: the engine reads these to hide, snooze or learn.
CREATE TABLE prompt_responses (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    team_id       TEXT        NOT NULL,
    client_id     BIGINT      NOT NULL,
    prompt_key    TEXT        NOT NULL,
    prompt_kind   TEXT        NOT NULL CHECK (prompt_kind IN ('follow_up', 'anticipation', 'struggle', 'tip', 'surprise')),
    response      TEXT        NOT NULL CHECK (response IN ('done', 'snoozed', 'not_relevant', 'shared', 'removed', 'kept')),
    snoozed_until DATE,
    responded_by  TEXT        NOT NULL,
    responded_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    channel_id    TEXT,
    message_ts    TEXT,
    CHECK ((response = 'snoozed') = (snoozed_until IS NOT NULL)),
    FOREIGN KEY (team_id, client_id) REFERENCES clients (team_id, id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX prompt_responses_client ON prompt_responses (team_id, client_id, prompt_key);

-- A digest is written here before it is posted, and marked sent with the message ts after:
-- the unique key is what keeps a re-run, a retry or a second instance from posting it twice.
-- The message is stored as rendered, so a retry posts exactly what the pass decided.
CREATE TABLE nudge_outbox (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    team_id     TEXT        NOT NULL,
    client_id   BIGINT      NOT NULL,
    recipient   TEXT        NOT NULL,
    nudge_date  DATE        NOT NULL,
    kind        TEXT        NOT NULL CHECK (kind IN ('digest', 'overdue')),
    prompt_keys TEXT[]      NOT NULL,
    message     JSONB       NOT NULL,
    status      TEXT        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
    attempts    INTEGER     NOT NULL DEFAULT 0,
    last_error  TEXT,
    message_ts  TEXT,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    claimed_at  TIMESTAMPTZ,
    sent_at     TIMESTAMPTZ,
    UNIQUE (team_id, client_id, recipient, nudge_date),
    FOREIGN KEY (team_id, client_id) REFERENCES clients (team_id, id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX nudge_outbox_unsent ON nudge_outbox (nudge_date) WHERE status IN ('pending', 'sending');

-- One row per nudge pass, whichever instance ran it: what /healthz reports as the last pass.
CREATE TABLE nudge_passes (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    started_at  TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ NOT NULL,
    clients     INTEGER     NOT NULL,
    enqueued    INTEGER     NOT NULL,
    sent        INTEGER     NOT NULL,
    failed      INTEGER     NOT NULL
);

CREATE TABLE health_snapshots (
    team_id   TEXT     NOT NULL,
    client_id BIGINT   NOT NULL,
    taken_on  DATE     NOT NULL,
    score     SMALLINT NOT NULL CHECK (score BETWEEN 0 AND 100),
    parts     JSONB    NOT NULL,
    PRIMARY KEY (team_id, client_id, taken_on),
    FOREIGN KEY (team_id, client_id) REFERENCES clients (team_id, id) ON DELETE CASCADE ON UPDATE CASCADE
);

-- A fall of 15 points or more within 7 days, recorded once a day a client: the owners are told
-- when the row is new, so a warning is never sent twice however often health is checked.
CREATE TABLE early_warnings (
    team_id   TEXT     NOT NULL,
    client_id BIGINT   NOT NULL,
    warned_on DATE     NOT NULL,
    before    SMALLINT NOT NULL,
    after     SMALLINT NOT NULL,
    PRIMARY KEY (team_id, client_id, warned_on),
    FOREIGN KEY (team_id, client_id) REFERENCES clients (team_id, id) ON DELETE CASCADE ON UPDATE CASCADE
);

-- Events API deliveries seen, by Slack's event_id: Slack retries an event it thinks we missed
-- (X-Slack-Retry-Num), and Bolt does not de-duplicate, so a retry is recognised here.
CREATE TABLE processed_events (
    team_id     TEXT        NOT NULL,
    event_id    TEXT        NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (team_id, event_id)
);
