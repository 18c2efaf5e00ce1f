ALTER TABLE report_04 ADD COLUMN note text;
