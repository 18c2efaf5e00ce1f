CREATE TABLE report_02 (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  day date NOT NULL,
  value numeric(12,2)
);
CREATE INDEX report_02_day ON report_02 (day);
