ALTER TABLE report_02 ADD COLUMN note text;
