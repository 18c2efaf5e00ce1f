CREATE TABLE report_01 (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  day date NOT NULL,
  value numeric(12,2)
);
CREATE INDEX report_01_day ON report_01 (day);
