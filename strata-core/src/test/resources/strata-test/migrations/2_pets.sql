-- Pets belong to users.
CREATE TABLE pets (id int PRIMARY KEY, owner int);
