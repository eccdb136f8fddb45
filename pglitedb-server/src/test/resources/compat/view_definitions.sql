-- Stored definitions as PostgreSQL's ruleutils prints them: view queries (pg_get_viewdef, \d+ VIEW,
-- pg_views, information_schema.views), CHECK constraints and defaults with the implicit casts
-- analysis inserted.
CREATE SCHEMA s;
CREATE TABLE t (id serial PRIMARY KEY, name text NOT NULL DEFAULT 'x', amount numeric(10,2) DEFAULT 0 CHECK (amount >= 0),
    qty int CHECK (qty > 0 AND qty < 100), created timestamp DEFAULT now(), code varchar(10) DEFAULT 'ab' CHECK (code <> ''),
    f float8 DEFAULT 1.5 CHECK (f > 0.5), b boolean DEFAULT true);
CREATE TABLE u (id int PRIMARY KEY, tid int REFERENCES t(id), note varchar(20));
CREATE TABLE s.items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, sku varchar(20) UNIQUE NOT NULL,
    price numeric(8,2) NOT NULL DEFAULT 0.00 CHECK (price >= 0), stock int DEFAULT 0 CHECK (stock BETWEEN 0 AND 1000),
    tags text[] DEFAULT '{}', created_at timestamptz DEFAULT CURRENT_TIMESTAMP, d date DEFAULT CURRENT_DATE,
    flag bool NOT NULL DEFAULT false, CONSTRAINT price_sane CHECK (price < 100000 OR sku LIKE 'X%'));
CREATE TABLE orders (id serial PRIMARY KEY, item_id bigint NOT NULL REFERENCES s.items(id) ON DELETE CASCADE,
    qty int NOT NULL CHECK (qty > 0), note text CHECK (length(note) <= 200),
    status text DEFAULT 'new' CHECK (status IN ('new', 'paid', 'shipped')));
CREATE INDEX orders_item_idx ON orders (item_id);
CREATE VIEW v AS SELECT id, name FROM t WHERE amount > 100;
CREATE VIEW v2 AS SELECT t.name, count(*) AS n, sum(amount) FROM t WHERE qty BETWEEN 1 AND 5 OR name LIKE 'a%'
    GROUP BY t.name HAVING count(*) > 1 ORDER BY 2 DESC LIMIT 10;
CREATE VIEW v3 AS SELECT a.id, b.note AS bnote, CASE WHEN a.qty > 10 THEN 'big' ELSE 'small' END AS size, a.amount::text,
    coalesce(a.name, 'none'), upper(a.name) FROM t a JOIN u b ON a.id = b.tid LEFT JOIN u c ON c.id = a.id
    WHERE a.id IN (1,2,3) AND EXISTS (SELECT 1 FROM u WHERE u.id = a.id) AND a.name IS NOT NULL AND NOT a.b;
CREATE VIEW v4 AS SELECT id FROM t UNION SELECT qty FROM t;
CREATE VIEW v5 AS SELECT * FROM t WHERE -qty < 5 AND code = 'x' ORDER BY name, id DESC LIMIT 5 OFFSET 2;
CREATE VIEW v6 AS SELECT id, (SELECT max(id) FROM u) AS m, amount * 2 + 1 AS x, id - (qty - 1) AS y, 'lit' AS l,
    1.5 AS n, -3 AS neg FROM t WHERE id = ANY (ARRAY[1,2]) AND name NOT IN ('a','b') AND qty NOT BETWEEN 1 AND 2;
CREATE VIEW v7 AS SELECT DISTINCT name FROM t UNION ALL SELECT note FROM u;
CREATE VIEW order_summary AS SELECT o.id, i.sku, o.qty * i.price AS amount, o.status
    FROM orders o JOIN s.items i ON i.id = o.item_id WHERE o.status <> 'shipped';
CREATE VIEW stats AS SELECT status, count(*) AS n, avg(qty) AS avg_qty FROM orders GROUP BY status
    HAVING count(*) > 0 ORDER BY n DESC;
CREATE VIEW s.cheap AS SELECT sku, price FROM s.items WHERE price < 10.5 AND NOT flag;
\d t
\d s.items
\d orders
\d+ v
\d+ v2
\d+ v3
\d+ v4
\d+ v5
\d+ v6
\d+ v7
\d order_summary
\d+ order_summary
\d+ stats
\d+ s.cheap
\dv
SELECT pg_get_viewdef('v3'::regclass);
SELECT pg_get_viewdef('v6'::regclass);
SELECT pg_get_viewdef('v4'::regclass);
SELECT pg_get_viewdef('stats', true);
SELECT pg_get_viewdef('s.cheap'::regclass::oid);
SELECT viewname, definition FROM pg_views WHERE schemaname IN ('public', 's') ORDER BY viewname;
SELECT table_name, view_definition FROM information_schema.views WHERE table_schema IN ('public', 's') ORDER BY 1;
SELECT tc.table_name, constraint_name, check_clause FROM information_schema.check_constraints cc
    JOIN information_schema.table_constraints tc USING (constraint_schema, constraint_name)
    WHERE tc.table_schema IN ('public', 's') AND constraint_name NOT LIKE '%not_null' ORDER BY 1, 2;
SELECT table_name, column_name, column_default FROM information_schema.columns
    WHERE table_name IN ('t', 'items', 'orders') ORDER BY table_name, ordinal_position;
SELECT conname, pg_get_constraintdef(oid), pg_get_constraintdef(oid, true) FROM pg_constraint
    WHERE conrelid IN ('t'::regclass, 'orders'::regclass, 's.items'::regclass) ORDER BY conname;
SELECT adrelid::regclass, adnum, pg_get_expr(adbin, adrelid), pg_get_expr(adbin, adrelid, true) FROM pg_attrdef
    WHERE adrelid IN ('t'::regclass, 'orders'::regclass, 's.items'::regclass) ORDER BY 1, 2;
