ALTER TABLE tags ADD COLUMN slug text;
COMMIT;
ALTER TABLE tags ADD COLUMN hidden boolean;
