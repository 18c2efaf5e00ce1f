CREATE INDEX shipments_carrier ON shipments (carrier);
