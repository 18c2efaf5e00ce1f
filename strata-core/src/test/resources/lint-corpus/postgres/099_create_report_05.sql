CREATE TABLE report_05 (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  day date NOT NULL,
  value numeric(12,2)
);
CREATE INDEX report_05_day ON report_05 (day);
