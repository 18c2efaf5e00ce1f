INSERT INTO pets (id, name) VALUES (1, 'Rex');
