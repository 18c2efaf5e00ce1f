-- A shop: customers, products, orders and their lines, with the keys, indexes and checks of a real one.
CREATE TABLE customers (
  id bigint unsigned NOT NULL AUTO_INCREMENT,
  email varchar(255) NOT NULL,
  name varchar(100) NOT NULL DEFAULT '',
  country char(2) NOT NULL DEFAULT 'US',
  vip tinyint(1) NOT NULL DEFAULT 0,
  created_at datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  UNIQUE KEY customers_email (email),
  KEY customers_country_name (country, name)
) COMMENT 'who buys';

CREATE TABLE products (
  id int NOT NULL AUTO_INCREMENT,
  sku varchar(32) NOT NULL,
  title varchar(200) NOT NULL,
  price decimal(10,2) NOT NULL DEFAULT 0.00,
  weight float DEFAULT NULL,
  stock smallint unsigned NOT NULL DEFAULT 0,
  status enum('draft','active','retired') NOT NULL DEFAULT 'draft',
  tags set('new','sale','gift') DEFAULT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY products_sku (sku),
  CONSTRAINT products_price_positive CHECK (price >= 0)
) AUTO_INCREMENT=1000;

CREATE TABLE orders (
  id bigint NOT NULL AUTO_INCREMENT,
  customer_id bigint unsigned NOT NULL,
  placed_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  total decimal(12,2) NOT NULL,
  note text,
  PRIMARY KEY (id),
  KEY orders_customer (customer_id, placed_at),
  CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE
);

CREATE TABLE order_lines (
  order_id bigint NOT NULL,
  line smallint NOT NULL,
  product_id int DEFAULT NULL,
  quantity int NOT NULL DEFAULT 1,
  unit_price decimal(10,2) NOT NULL,
  PRIMARY KEY (order_id, line),
  KEY order_lines_product (product_id),
  CONSTRAINT order_lines_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT order_lines_product_fk FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE SET NULL,
  CONSTRAINT order_lines_quantity CHECK (quantity > 0)
);
