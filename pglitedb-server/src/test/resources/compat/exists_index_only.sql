-- EXISTS / NOT EXISTS over an indexed column, answered from the index entries where they hold
-- every column the subquery's WHERE reads: the same rows as reading the table.
CREATE TABLE accounts (id int PRIMARY KEY, name text NOT NULL, country text);
CREATE TABLE payments (id int PRIMARY KEY, account int, paid date, code varchar(10), amount numeric(10,2), flag char(3));
CREATE INDEX payments_account ON payments (account);
CREATE INDEX payments_code_paid ON payments (code, paid);
INSERT INTO accounts SELECT g, 'a' || g, CASE WHEN g % 3 = 0 THEN NULL ELSE 'c' || (g % 5) END FROM generate_series(1, 60) g;
INSERT INTO payments SELECT g, CASE WHEN g % 11 = 0 THEN NULL ELSE g % 40 + 1 END, date '2024-01-01' + g % 17,
    'k' || (g % 7), g % 13 + 0.50, CASE WHEN g % 2 = 0 THEN 'x' ELSE 'yy' END
  FROM generate_series(1, 300) g;
-- the index holds the column compared
SELECT count(*) FROM accounts a WHERE NOT EXISTS (SELECT * FROM payments p WHERE p.account = a.id);
SELECT array_agg(id ORDER BY id) FROM accounts a WHERE NOT EXISTS (SELECT 1 FROM payments p WHERE p.account = a.id);
SELECT count(*) FROM accounts a WHERE EXISTS (SELECT * FROM payments p WHERE p.account = a.id);
-- a second index column in the condition: read from the entry too
SELECT count(*) FROM accounts a
  WHERE EXISTS (SELECT 1 FROM payments p WHERE p.code = 'k' || (a.id % 9) AND p.paid > date '2024-01-01' + a.id % 20);
SELECT id FROM accounts a
  WHERE NOT EXISTS (SELECT 1 FROM payments p WHERE p.code = 'k' || (a.id % 9) AND p.paid >= date '2024-01-10' + a.id % 9)
  ORDER BY id;
-- a column the index does not hold: the rows are read
SELECT count(*) FROM accounts a WHERE EXISTS (SELECT * FROM payments p WHERE p.account = a.id AND p.amount > 12);
SELECT count(*) FROM accounts a WHERE EXISTS (SELECT * FROM payments p WHERE p.account = a.id AND p.flag = 'x');
SELECT count(*) FROM accounts a WHERE NOT EXISTS (SELECT * FROM payments p WHERE p.account = a.id AND p.id % 2 = 0);
-- the select list is not evaluated
SELECT count(*) FROM accounts a WHERE EXISTS (SELECT p.id / 0 FROM payments p WHERE p.account = a.id);
-- in a transaction: its own inserts and deletes count
BEGIN;
DELETE FROM payments WHERE account = 5;
INSERT INTO payments VALUES (1001, 55, date '2024-02-01', 'k1', 1, 'x');
SELECT array_agg(id ORDER BY id) FROM accounts a WHERE NOT EXISTS (SELECT 1 FROM payments p WHERE p.account = a.id);
ROLLBACK;
SELECT array_agg(id ORDER BY id) FROM accounts a WHERE NOT EXISTS (SELECT 1 FROM payments p WHERE p.account = a.id);
-- in the select list and under OR
SELECT id, EXISTS (SELECT 1 FROM payments p WHERE p.account = a.id) AS paid FROM accounts a WHERE id BETWEEN 39 AND 43 ORDER BY id;
SELECT count(*) FROM accounts a WHERE a.country IS NULL OR NOT EXISTS (SELECT 1 FROM payments p WHERE p.account = a.id);
-- statement after statement in one transaction (the probes share one iterator): each sees the
-- writes before it, and not those a rollback to a savepoint undid
BEGIN;
SELECT count(*) FROM accounts a WHERE NOT EXISTS (SELECT 1 FROM payments p WHERE p.account = a.id);
INSERT INTO payments VALUES (1002, 58, date '2024-02-01', 'k1', 1, 'x');
SELECT array_agg(id ORDER BY id) FROM accounts a WHERE NOT EXISTS (SELECT 1 FROM payments p WHERE p.account = a.id);
SAVEPOINT s;
DELETE FROM payments WHERE account IN (7, 8);
SELECT array_agg(id ORDER BY id) FROM accounts a WHERE NOT EXISTS (SELECT 1 FROM payments p WHERE p.account = a.id);
ROLLBACK TO SAVEPOINT s;
SELECT array_agg(id ORDER BY id) FROM accounts a WHERE NOT EXISTS (SELECT 1 FROM payments p WHERE p.account = a.id);
-- two probes for each row
SELECT array_agg(id ORDER BY id) FROM accounts a
  WHERE EXISTS (SELECT 1 FROM payments p WHERE p.account = a.id) AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.account = a.id + 1);
COMMIT;
SELECT array_agg(id ORDER BY id) FROM accounts a WHERE NOT EXISTS (SELECT 1 FROM payments p WHERE p.account = a.id);
