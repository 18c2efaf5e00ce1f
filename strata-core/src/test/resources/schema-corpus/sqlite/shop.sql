-- A shop: customers, products, orders and their lines. Written in the spelling Strata prints
-- (SQLite keeps CREATE statements verbatim, so .schema shows any other spelling as it was typed).
CREATE TABLE `customers` (
  `id` integer NOT NULL PRIMARY KEY AUTOINCREMENT,
  `email` varchar(255) NOT NULL COLLATE NOCASE,
  `name` text NOT NULL DEFAULT '',
  `vip` boolean NOT NULL DEFAULT false,
  `balance` decimal(10,2) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NULL DEFAULT (datetime('now', 'localtime')),
  UNIQUE (`email`),
  CHECK (balance >= 0)
);
CREATE TABLE `categories` (
  `id` integer NOT NULL,
  `parent_id` integer NULL,
  `slug` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE (`slug`),
  CONSTRAINT `category_parent` FOREIGN KEY (`parent_id`) REFERENCES `categories` (`id`) ON DELETE SET NULL
);
CREATE TABLE `products` (
  `sku` text NOT NULL,
  `category_id` integer NULL,
  `title` text NOT NULL,
  `price_cents` bigint NOT NULL,
  `tax_rate` real NOT NULL DEFAULT 0.2,
  `price_with_tax` real NULL AS (price_cents * (1 + tax_rate) / 100.0) VIRTUAL,
  `attributes` json NULL,
  PRIMARY KEY (`sku`),
  FOREIGN KEY (`category_id`) REFERENCES `categories` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `positive_price` CHECK (price_cents > 0)
);
CREATE INDEX `products_category` ON `products` (`category_id`);
CREATE INDEX `products_title_lower` ON `products` (lower(title));
CREATE TABLE `orders` (
  `id` integer NOT NULL,
  `customer_id` integer NOT NULL,
  `status` text NOT NULL DEFAULT 'new',
  `placed_at` datetime NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `orders_customer` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`) ON DELETE CASCADE,
  CHECK (status IN ('new', 'paid', 'shipped', 'cancelled'))
);
CREATE INDEX `orders_open` ON `orders` (`customer_id`, `placed_at` DESC) WHERE status <> 'cancelled';
CREATE TABLE `order_lines` (
  `order_id` integer NOT NULL,
  `line` integer NOT NULL,
  `sku` text NOT NULL,
  `quantity` integer NOT NULL DEFAULT 1,
  `unit_cents` bigint NOT NULL,
  `total_cents` bigint NOT NULL AS (quantity * unit_cents) STORED,
  PRIMARY KEY (`order_id`, `line`),
  FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`sku`) REFERENCES `products` (`sku`) DEFERRABLE INITIALLY DEFERRED,
  CHECK (quantity > 0)
) WITHOUT ROWID;
CREATE UNIQUE INDEX `order_lines_sku` ON `order_lines` (`order_id`, `sku` COLLATE NOCASE);
