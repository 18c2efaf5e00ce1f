ALTER TABLE addresses ADD COLUMN team_id bigint;
