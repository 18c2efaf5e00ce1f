ALTER TABLE report_05 ADD COLUMN note text;
