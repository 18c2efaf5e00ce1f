-- atlas:txmode none

CREATE INDEX CONCURRENTLY products_title ON products (title);
