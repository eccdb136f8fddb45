-- an index is built as its table's owner: its expressions and predicate see the owner as current_user
CREATE ROLE regress_ibo_owner;
CREATE FUNCTION ibo_fn(int) RETURNS int AS $$
BEGIN
	ASSERT current_user = 'regress_ibo_owner', format('ibo_fn(%s) called by %s', $1, current_user);
	RETURN $1;
END;
$$ LANGUAGE plpgsql IMMUTABLE;
CREATE TABLE ibo_tab (a int);
ALTER TABLE ibo_tab OWNER TO regress_ibo_owner;
INSERT INTO ibo_tab VALUES (1), (2), (3);
CREATE INDEX ibo_idx ON ibo_tab ((ibo_fn(a) + ibo_fn(0))) WHERE ibo_fn(a + 10) > ibo_fn(10);
DROP INDEX ibo_idx;
CREATE INDEX CONCURRENTLY ibo_idx ON ibo_tab ((ibo_fn(a) + ibo_fn(0))) WHERE ibo_fn(a + 10) > ibo_fn(10);
CREATE UNIQUE INDEX ibo_uidx ON ibo_tab ((ibo_fn(a)));
REINDEX TABLE ibo_tab;
REINDEX INDEX ibo_idx;
SELECT current_user;
-- writing rows evaluates them as the writer
SET ROLE regress_ibo_owner;
INSERT INTO ibo_tab VALUES (4);
SELECT a FROM ibo_tab ORDER BY a;
RESET ROLE;
SELECT indexrelid::regclass, pg_get_indexdef(indexrelid) FROM pg_index WHERE indrelid = 'ibo_tab'::regclass ORDER BY 1;
DROP TABLE ibo_tab;
-- each partition's index is built as that partition's owner
CREATE TABLE ibo_ptab (a int) PARTITION BY RANGE (a);
ALTER TABLE ibo_ptab OWNER TO regress_ibo_owner;
CREATE TABLE ibo_part PARTITION OF ibo_ptab FOR VALUES FROM (1) TO (10);
ALTER TABLE ibo_part OWNER TO regress_ibo_owner;
INSERT INTO ibo_ptab VALUES (1), (2), (3);
CREATE INDEX ibo_pidx ON ibo_ptab ((ibo_fn(a) + ibo_fn(0))) WHERE ibo_fn(a + 10) > ibo_fn(10);
REINDEX TABLE ibo_ptab;
SELECT count(*) FROM pg_indexes WHERE tablename LIKE 'ibo_p%';
DROP TABLE ibo_ptab;
-- a table owned by another role: its owner runs the functions, and fails the assertion
CREATE TABLE ibo_mine (a int);
INSERT INTO ibo_mine VALUES (1);
CREATE INDEX ibo_mine_idx ON ibo_mine ((ibo_fn(a)));
DROP TABLE ibo_mine;
DROP FUNCTION ibo_fn(int);
DROP ROLE regress_ibo_owner;
