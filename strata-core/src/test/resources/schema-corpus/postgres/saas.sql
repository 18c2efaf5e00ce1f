-- A multi-tenant SaaS: a tenant schema beside public, row-level security policies, range and list
-- partitions, enums, domains, a composite type, sequences, functions and a procedure,
-- expression/partial/INCLUDE indexes, non-default operator classes, deferrable foreign keys,
-- NULLS NOT DISTINCT, comments everywhere.
CREATE SCHEMA tenant;
COMMENT ON SCHEMA tenant IS 'per-tenant data';
CREATE TYPE plan AS ENUM ('free', 'team', 'enterprise');
CREATE TYPE tenant.role AS ENUM ('owner', 'member', 'it''s');
COMMENT ON TYPE plan IS 'billing plans';
CREATE DOMAIN positive_amount AS numeric(12,2) NOT NULL DEFAULT 0 CONSTRAINT positive_amount_check CHECK (VALUE >= 0);
CREATE DOMAIN short_code AS text COLLATE "C" CHECK (length(VALUE) <= 8);
CREATE TYPE address AS (street text, zip character(5), city text COLLATE "C");
CREATE SEQUENCE invoice_numbers AS integer START WITH 1000 INCREMENT BY 5 MINVALUE 1000 MAXVALUE 999999 CACHE 20 CYCLE;
CREATE SEQUENCE plain_seq;
COMMENT ON SEQUENCE plain_seq IS 'nothing special';
CREATE TABLE orgs (
    id integer PRIMARY KEY,
    name text NOT NULL,
    plan plan NOT NULL DEFAULT 'free',
    code short_code,
    home address
);
CREATE TABLE tenant.members (
    org_id integer NOT NULL,
    id bigint NOT NULL,
    email text NOT NULL COLLATE "C",
    role tenant.role NOT NULL DEFAULT 'member',
    roles tenant.role[],
    manager_id bigint,
    data jsonb,
    doubled integer GENERATED ALWAYS AS (org_id * 2) STORED,
    balance positive_amount,
    CONSTRAINT members_pk PRIMARY KEY (org_id, id) INCLUDE (email),
    CONSTRAINT members_org_fk FOREIGN KEY (org_id) REFERENCES public.orgs (id)
        ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT members_manager_fk FOREIGN KEY (org_id, manager_id) REFERENCES tenant.members (org_id, id)
        DEFERRABLE,
    CONSTRAINT members_email_key UNIQUE NULLS NOT DISTINCT (org_id, email),
    CONSTRAINT email_not_empty CHECK (email <> '') NO INHERIT
);
ALTER SEQUENCE invoice_numbers OWNED BY orgs.id;
CREATE INDEX members_lower_email ON tenant.members (lower(email)) WHERE manager_id IS NULL;
CREATE INDEX members_data ON tenant.members USING gin (data jsonb_path_ops);
CREATE INDEX members_sorted ON tenant.members (org_id DESC NULLS LAST, email text_pattern_ops) INCLUDE (role);
CREATE UNIQUE INDEX members_id_nnd ON tenant.members (id, manager_id) NULLS NOT DISTINCT;
COMMENT ON INDEX tenant.members_sorted IS 'for listing';
COMMENT ON CONSTRAINT members_email_key ON tenant.members IS 'one address per org';
ALTER TABLE tenant.members ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant.members FORCE ROW LEVEL SECURITY;
CREATE POLICY members_read ON tenant.members FOR SELECT TO postgres
    USING (org_id = current_setting('app.org')::integer);
CREATE POLICY members_write ON tenant.members AS RESTRICTIVE FOR INSERT WITH CHECK (org_id > 0);
COMMENT ON POLICY members_read ON tenant.members IS 'tenant isolation';
CREATE TABLE events (
    id bigint NOT NULL,
    at date NOT NULL,
    kind text NOT NULL
) PARTITION BY RANGE (at, lower(kind));
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01', 'a') TO ('2025-01-01', 'z');
CREATE TABLE tenant.events_old PARTITION OF events DEFAULT;
CREATE INDEX events_at ON events USING brin (at) WITH (pages_per_range = 32);
CREATE UNLOGGED TABLE logs (region text NOT NULL, line text) PARTITION BY LIST (region);
CREATE TABLE logs_eu PARTITION OF logs FOR VALUES IN ('eu', 'uk');
CREATE FUNCTION add(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT a + b $$;
CREATE FUNCTION add(a bigint, b bigint DEFAULT 1, OUT total bigint) LANGUAGE sql AS $$ SELECT a + b $$;
CREATE PROCEDURE reset_org(VARIADIC ids integer[]) LANGUAGE plpgsql AS $$ BEGIN DELETE FROM orgs WHERE id = ANY(ids); END $$;
COMMENT ON FUNCTION add(integer, integer) IS 'adds';
COMMENT ON COLUMN tenant.members.data IS 'what the "client" sent';
COMMENT ON TABLE tenant.members IS 'people of an org';
