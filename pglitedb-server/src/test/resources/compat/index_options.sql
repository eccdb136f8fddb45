-- CREATE INDEX ... WITH (storage parameters): a B-tree's options, checked as PostgreSQL checks them
-- (before the name is found taken), kept in pg_class.reloptions and shown by pg_get_indexdef and \d
CREATE TABLE ixo (a int, s text);
CREATE INDEX ixo_a ON ixo (a) WITH (fillfactor = 30);
CREATE UNIQUE INDEX ixo_s ON ixo (s DESC) WITH (deduplicate_items = off, fillfactor = 90) WHERE a > 0;
CREATE INDEX ixo_b ON ixo (lower(s)) WITH (deduplicate_items = false);
CREATE INDEX ixo_plain ON ixo (a, s);
SELECT relname, reloptions FROM pg_class WHERE relname LIKE 'ixo%' ORDER BY 1;
SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'ixo' ORDER BY 1;
SELECT pg_get_indexdef('ixo_s'::regclass);
\d ixo
CREATE INDEX ixo_a ON ixo (a) WITH (not_existing_option = 2);
CREATE INDEX ixo_a ON ixo (a) WITH (not_existing_ns.fillfactor = 2);
CREATE INDEX ixo_c ON ixo (a) WITH (fillfactor = 1);
CREATE INDEX ixo_c ON ixo (a) WITH (fillfactor = 130);
CREATE INDEX ixo_c ON ixo (a) WITH (fillfactor = 50, fillfactor = 60);
CREATE INDEX ixo_c ON ixo (a) WITH (deduplicate_items = maybe);
CREATE INDEX ixo_c ON ixo (a) WITH (autovacuum_enabled = false);
CREATE INDEX ixo_c ON ixo (nosuch) WITH (fillfactor = 5);
CREATE INDEX IF NOT EXISTS ixo_a ON ixo (a) WITH (fillfactor = 40);
SELECT relname FROM pg_class WHERE relname LIKE 'ixo_c%';
-- ALTER INDEX SET / RESET
ALTER INDEX ixo_a SET (fillfactor = 40, deduplicate_items = off);
SELECT reloptions FROM pg_class WHERE relname = 'ixo_a';
ALTER INDEX ixo_a RESET (fillfactor, nosuch);
SELECT reloptions FROM pg_class WHERE relname = 'ixo_a';
ALTER INDEX public.ixo_plain SET (fillfactor = 70);
ALTER INDEX ixo_plain SET (toast.fillfactor = 40);
SELECT pg_get_indexdef('ixo_plain'::regclass);
ALTER INDEX ixo_a SET (fillfactor = 5);
ALTER INDEX ixo_a SET (nosuch = 1);
ALTER INDEX ixo_a SET (other.fillfactor = 1);
ALTER INDEX ixo_a RESET (fillfactor = 1);
ALTER INDEX nosuch_i SET (fillfactor = 40);
ALTER INDEX IF EXISTS nosuch_i SET (fillfactor = 40);
ALTER INDEX ixo SET (fillfactor = 40);
SELECT relname, reloptions FROM pg_class WHERE relname LIKE 'ixo%' ORDER BY 1;
-- the index still works
INSERT INTO ixo SELECT g, 'v' || g FROM generate_series(1, 100) g;
SELECT a, s FROM ixo WHERE a = 42;
DROP TABLE ixo;
