-- A client's stage-change day is when the stage's rules fire (onboarding-kickoff, active-handover, ...).
-- It defaulted to the day the client was added, so every import fired them for every client, on the day
-- of the import: 7 of the demo's 10 digests opened with a handover. A client is now added with its start
-- date (the day it entered its stage as far as the file tells), or none; only a later change of stage,
-- seen by an import or an edit, sets the day it happened.
ALTER TABLE clients
    ALTER COLUMN stage_changed_on DROP NOT NULL,
    ALTER COLUMN stage_changed_on DROP DEFAULT;

-- Clients whose stage never changed since they were added carry the day they were added.
UPDATE clients SET stage_changed_on = start_date WHERE stage_changed_on = created_at::date;
