-- Objects in a schema outside the search path: psql's \d shows their types and sequence defaults
-- schema-qualified, as format_type and regclass print them; inside the search path, unqualified
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'happy');
CREATE SEQUENCE app.ticket_seq START 100 INCREMENT 5;
CREATE TABLE app.customers (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email varchar(200) NOT NULL UNIQUE,
  mood app.mood,
  moods app.mood[],
  ticket integer DEFAULT nextval('app.ticket_seq'),
  other bigint DEFAULT currval('app.ticket_seq'::regclass)
);
\d app.customers
\dT app.*
\dT+ app.mood
SELECT format_type('app.mood'::regtype, NULL), format_type('app.mood[]'::regtype, NULL), 'app.mood'::regtype;
SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef WHERE adrelid = 'app.customers'::regclass ORDER BY adnum;
SELECT 'ok'::app.mood + 1;
SELECT pg_relation_size('app.ticket_seq') IS NOT NULL AS sized;
SET search_path = app, public;
\d customers
\dT
SELECT format_type('mood'::regtype, NULL), 'mood'::regtype;
SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef WHERE adrelid = 'customers'::regclass ORDER BY adnum;
SELECT 'ok'::mood + 1;
RESET search_path;
