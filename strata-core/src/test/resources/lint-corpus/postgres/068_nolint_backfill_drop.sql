-- atlas:nolint destructive
ALTER TABLE users DROP COLUMN avatar_url;
