-- The walking-skeleton script of issue 2, as given there.
CREATE TABLE accounts (id integer PRIMARY KEY, owner text NOT NULL, balance bigint DEFAULT 0, rate double precision, active boolean);
INSERT INTO accounts (id, owner, balance, rate, active) VALUES (1, 'alice', 100, 0.5, true), (2, 'bob', 250, 1.25, false), (3, 'carol', NULL, NULL, true);
INSERT INTO accounts (id, owner) VALUES (4, 'dave') RETURNING id, owner, balance;
SELECT * FROM accounts ORDER BY id;
SELECT owner, balance * 2 AS doubled FROM accounts WHERE balance > 50 AND active ORDER BY owner;
SELECT count(*), sum(balance), min(owner), max(rate) FROM accounts;
SELECT active, count(*) FROM accounts GROUP BY active ORDER BY active;
BEGIN;
UPDATE accounts SET balance = balance + 10 WHERE id IN (1, 2);
DELETE FROM accounts WHERE id = 4;
ROLLBACK;
SELECT id, balance FROM accounts ORDER BY id;
SELECT 1 + 1 AS two, 'it''s' AS quoted, NULL IS NULL AS isnull, 7 / 2 AS intdiv, 7.0 / 2 AS numdiv;
INSERT INTO accounts (id, owner) VALUES (1, 'mallory');
SELEC 1;
