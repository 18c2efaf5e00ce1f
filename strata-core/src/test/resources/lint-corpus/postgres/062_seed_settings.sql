INSERT INTO settings (key, value) VALUES ('currency', '"EUR"');
