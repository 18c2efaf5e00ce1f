CLUSTER invoices USING invoices_order;
