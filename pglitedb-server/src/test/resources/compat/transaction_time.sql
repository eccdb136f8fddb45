-- now(), CURRENT_TIMESTAMP and the input 'now' are the transaction's start; statement_timestamp()
-- the statement's; clock_timestamp() moves.
SELECT now() = now() AS same, now() = current_timestamp AS keyword, now() = transaction_timestamp() AS xact,
       now() = statement_timestamp() AS implicit, 'now'::timestamptz = now() AS literal,
       current_date = now()::date AS today, clock_timestamp() > now() AS clock_moves;
BEGIN;
CREATE TEMP TABLE stamps (at timestamptz DEFAULT now(), stmt timestamptz DEFAULT statement_timestamp());
SELECT pg_sleep(0.05);
INSERT INTO stamps DEFAULT VALUES;
SELECT pg_sleep(0.05);
INSERT INTO stamps DEFAULT VALUES;
SELECT count(DISTINCT at) AS one_now, count(DISTINCT stmt) AS two_statements,
       bool_and(at = now()) AS now_is_transaction_start, bool_and(stmt > at) AS statements_later
  FROM stamps;
SELECT xact_start = now() AS xact_start_is_now, query_start = statement_timestamp() AS query_start
  FROM pg_stat_activity WHERE pid = pg_backend_pid();
COMMIT;
BEGIN;
SELECT count(*) AS new_transaction_new_now FROM stamps WHERE at < now();
ROLLBACK;
