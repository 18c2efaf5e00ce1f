ALTER TABLE report_03 ADD COLUMN note text;
