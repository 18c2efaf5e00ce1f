CREATE VIEW active_products AS SELECT id, sku, title FROM products WHERE active;
