DROP INDEX shipments_carrier;
