-- atlas:txmode none

DROP INDEX CONCURRENTLY products_active;
