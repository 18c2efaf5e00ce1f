CREATE TABLE report_04 (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  day date NOT NULL,
  value numeric(12,2)
);
CREATE INDEX report_04_day ON report_04 (day);
