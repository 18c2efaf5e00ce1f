CREATE TABLE report_03 (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  day date NOT NULL,
  value numeric(12,2)
);
CREATE INDEX report_03_day ON report_03 (day);
