-- atlas:txmode none

CREATE INDEX CONCURRENTLY addresses_city ON addresses (city);
