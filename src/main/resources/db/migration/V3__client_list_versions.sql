-- Every command matches what was typed against the team's clients, which each instance keeps in
-- memory. A counter per team, moved by any change to its clients in the same transaction, tells an
-- instance with one primary-key read whether its copy is still right, whoever made the change
-- (another instance, an import, a hand-written UPDATE).
CREATE TABLE client_list_versions (
    team_id TEXT   PRIMARY KEY,
    version BIGINT NOT NULL
);

CREATE FUNCTION bump_client_list_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- An UPDATE may move clients to another team: both teams' lists changed.
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO client_list_versions (team_id, version)
        SELECT DISTINCT team_id, 1 FROM new_rows
        ON CONFLICT (team_id) DO UPDATE SET version = client_list_versions.version + 1;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        INSERT INTO client_list_versions (team_id, version)
        SELECT DISTINCT team_id, 1 FROM old_rows
        ON CONFLICT (team_id) DO UPDATE SET version = client_list_versions.version + 1;
    END IF;
    RETURN NULL;
END;
$$;

-- Once per statement, not per row: an import of thousands of clients moves the counter once.
-- PostgreSQL gives a trigger with transition tables one event only, hence three.
CREATE TRIGGER clients_inserted AFTER INSERT ON clients REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bump_client_list_version();
CREATE TRIGGER clients_updated AFTER UPDATE ON clients REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bump_client_list_version();
CREATE TRIGGER clients_deleted AFTER DELETE ON clients REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bump_client_list_version();

INSERT INTO client_list_versions (team_id, version) SELECT DISTINCT team_id, 1 FROM clients;
