-- atlas:txmode none

CREATE INDEX CONCURRENTLY products_active ON products (active);
