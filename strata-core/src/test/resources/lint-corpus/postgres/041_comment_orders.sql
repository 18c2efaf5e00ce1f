COMMENT ON TABLE orders IS 'one checkout';
