-- atlas:txmode none

ALTER TYPE order_status ADD VALUE 'cancelled';
