-- CREATE TABLE ... (LIKE source [INCLUDING ...])
CREATE TABLE src (id serial PRIMARY KEY, a int NOT NULL DEFAULT 5 CHECK (a > 0), b text UNIQUE,
    g int GENERATED ALWAYS AS (a * 2) STORED, i int GENERATED ALWAYS AS IDENTITY, CONSTRAINT src_ab CHECK (a < 100));
CREATE INDEX src_b_a_idx ON src (b DESC, a);
CREATE TABLE plain (LIKE src);
\d plain
CREATE TABLE every (x int, LIKE src INCLUDING ALL, y text);
\d every
CREATE TABLE partial (LIKE src INCLUDING DEFAULTS INCLUDING CONSTRAINTS EXCLUDING CONSTRAINTS INCLUDING GENERATED);
\d partial
INSERT INTO every (x, a, b, y) VALUES (1, 3, 'q', 'z') RETURNING *;
INSERT INTO every (a, b) VALUES (0, 'w');
INSERT INTO every (a, b) VALUES (4, 'q');
INSERT INTO partial (id, b) VALUES (1, 'x') RETURNING *;
-- the same CHECK name in two tables is allowed
CREATE TABLE again (LIKE src INCLUDING CONSTRAINTS);
SELECT conrelid::regclass, conname FROM pg_constraint WHERE conname = 'src_ab' ORDER BY 1::text;
-- errors
CREATE TABLE bad1 (LIKE nosuch);
CREATE TABLE bad2 (LIKE src, LIKE src);
CREATE TABLE bad3 (LIKE src INCLUDING INDEXES, PRIMARY KEY (a));
CREATE TABLE bad4 (LIKE src INCLUDING NOTHING);
-- LIKE a view copies its columns
CREATE VIEW srcv AS SELECT id, b FROM src;
CREATE TABLE fromview (LIKE srcv);
\d fromview
