-- SELECT ... WHERE ctid = value reads that one row (a Tid Scan), as UPDATE and DELETE do
CREATE TABLE scs (a int, b text);
INSERT INTO scs SELECT g, 'v' || g FROM generate_series(1, 1000) g;
EXPLAIN (COSTS OFF) SELECT * FROM scs WHERE ctid = '(0,2)';
EXPLAIN (COSTS OFF) SELECT a FROM scs WHERE '(0,3)'::tid = ctid AND a > 0;
SELECT ctid, * FROM scs WHERE ctid = '(0,2)';
SELECT a FROM scs WHERE ctid = '(0,3)' AND a = 3;
SELECT a FROM scs WHERE ctid = '(0,3)' AND a = 4;
SELECT a FROM scs WHERE ctid = '(99999,1)';
SELECT a FROM scs WHERE ctid = NULL;
SELECT a FROM scs s WHERE s.ctid = '(0,7)';
PREPARE scs_sel(tid) AS SELECT a, b FROM scs WHERE ctid = $1;
EXECUTE scs_sel('(0,10)');
EXECUTE scs_sel('(0,11)');
DEALLOCATE scs_sel;
DELETE FROM scs WHERE ctid = '(0,4)';
SELECT a FROM scs WHERE ctid = '(0,4)';
SELECT count(*) FROM scs WHERE ctid = '(0,5)' OR ctid = '(0,6)';
DROP TABLE scs;
