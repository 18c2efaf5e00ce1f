ALTER TABLE teams ADD COLUMN updated_at timestamptz DEFAULT now();
