-- CREATE TRIGGER with PL/pgSQL trigger functions: BEFORE/AFTER, ROW/STATEMENT, NEW/OLD, TG_ variables
CREATE TABLE accounts (id int PRIMARY KEY, owner text, balance numeric NOT NULL DEFAULT 0, updated int DEFAULT 0);
CREATE TABLE audit (seq serial, op text, detail text);
CREATE FUNCTION log_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_LEVEL = 'STATEMENT' THEN
    INSERT INTO audit (op, detail) VALUES (TG_OP, TG_WHEN || ' statement on ' || TG_TABLE_NAME);
    RETURN NULL;
  END IF;
  IF TG_OP = 'DELETE' THEN
    INSERT INTO audit (op, detail) VALUES (TG_OP, TG_NAME || ': ' || OLD.id || ' ' || OLD.owner);
    RETURN OLD;
  END IF;
  INSERT INTO audit (op, detail) VALUES (TG_OP, TG_NAME || ': ' || NEW.id || ' ' || NEW.owner || ' ' || NEW.balance);
  RETURN NEW;
END $$;
CREATE FUNCTION norm_owner() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.owner := upper(NEW.owner);
  IF TG_OP = 'UPDATE' THEN
    NEW.updated := OLD.updated + 1;
  END IF;
  IF NEW.balance < 0 THEN
    RAISE NOTICE 'skipping % with negative balance %', NEW.id, NEW.balance;
    RETURN NULL;
  END IF;
  RETURN NEW;
END $$;
CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'refused by % (args: %, %)', TG_NAME, TG_NARGS, TG_ARGV[0];
END $$;
CREATE TRIGGER a_norm BEFORE INSERT OR UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION norm_owner();
CREATE TRIGGER b_log AFTER INSERT OR UPDATE OR DELETE ON accounts FOR EACH ROW EXECUTE FUNCTION log_change();
CREATE TRIGGER c_stmt AFTER INSERT ON accounts FOR EACH STATEMENT EXECUTE PROCEDURE log_change();
INSERT INTO accounts (id, owner, balance) VALUES (1, 'ann', 10), (2, 'bob', -5), (3, 'cy', 7);
SELECT * FROM accounts ORDER BY id;
UPDATE accounts SET balance = balance + 1 WHERE id = 1;
UPDATE accounts SET balance = -1 WHERE id = 3;
DELETE FROM accounts WHERE id = 3;
SELECT * FROM accounts ORDER BY id;
SELECT op, detail FROM audit ORDER BY seq;
CREATE TRIGGER d_refuse BEFORE DELETE ON accounts FOR EACH ROW WHEN (OLD.balance > 100) EXECUTE FUNCTION refuse('big', 2);
INSERT INTO accounts VALUES (4, 'dee', 500);
DELETE FROM accounts WHERE id = 4;
DELETE FROM accounts WHERE id = 1;
ALTER TABLE accounts DISABLE TRIGGER d_refuse;
DELETE FROM accounts WHERE id = 4;
ALTER TABLE accounts ENABLE TRIGGER ALL;
CREATE TRIGGER only_balance AFTER UPDATE OF balance ON accounts FOR EACH ROW EXECUTE FUNCTION refuse();
UPDATE accounts SET owner = 'x' WHERE id = 2;
UPDATE accounts SET balance = 3 WHERE id = 2;
SELECT tgname, tgtype, tgenabled, tgnargs FROM pg_trigger WHERE tgrelid = 'accounts'::regclass ORDER BY tgname;
SELECT pg_get_triggerdef(oid) FROM pg_trigger WHERE tgname = 'c_stmt';
SELECT pg_get_triggerdef(oid, true) FROM pg_trigger WHERE tgname = 'only_balance';
DROP TRIGGER d_refuse ON accounts;
CREATE TRIGGER b_log AFTER INSERT ON accounts FOR EACH ROW EXECUTE FUNCTION log_change();
CREATE TRIGGER bad AFTER INSERT ON accounts FOR EACH ROW EXECUTE FUNCTION no_such();
CREATE TRIGGER bad AFTER INSERT ON no_such_table FOR EACH ROW EXECUTE FUNCTION log_change();
CREATE FUNCTION not_trigger() RETURNS int LANGUAGE sql AS 'SELECT 1';
CREATE TRIGGER bad AFTER INSERT ON accounts FOR EACH ROW EXECUTE FUNCTION not_trigger();
CREATE TRIGGER bad BEFORE TRUNCATE ON accounts FOR EACH ROW EXECUTE FUNCTION log_change();
DROP TRIGGER only_balance ON accounts;
DROP TRIGGER only_balance ON accounts;
DROP TRIGGER IF EXISTS only_balance ON accounts;
DROP TRIGGER IF EXISTS x ON no_such_table;
CREATE OR REPLACE TRIGGER b_log AFTER DELETE ON accounts FOR EACH ROW EXECUTE FUNCTION log_change();
TRUNCATE audit;
INSERT INTO accounts VALUES (5, 'eve', 1);
DELETE FROM accounts WHERE id = 5;
SELECT op, detail FROM audit ORDER BY seq;
\d accounts
