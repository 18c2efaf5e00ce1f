CREATE TABLE tags (
  id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  label varchar(30) NOT NULL
);
CREATE TABLE product_tags (
  product_id bigint NOT NULL REFERENCES products (id),
  tag_id int NOT NULL REFERENCES tags (id),
  PRIMARY KEY (product_id, tag_id)
);
