COMMENT ON TABLE users IS 'people who sign in';
COMMENT ON COLUMN users.email IS 'unique, lower case';
