CREATE TABLE wishlists (
  user_id bigint NOT NULL REFERENCES users (id),
  product_id bigint NOT NULL REFERENCES products (id)
);
CREATE UNIQUE INDEX wishlists_pair ON wishlists (user_id, product_id);
