ALTER TABLE report_01 ADD COLUMN note text;
