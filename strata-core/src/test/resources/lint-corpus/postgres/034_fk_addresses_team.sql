ALTER TABLE addresses ADD CONSTRAINT addresses_team FOREIGN KEY (team_id) REFERENCES teams (id) NOT VALID;
ALTER TABLE addresses VALIDATE CONSTRAINT addresses_team;
