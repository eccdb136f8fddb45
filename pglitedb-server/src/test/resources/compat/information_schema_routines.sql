-- information_schema.routines and parameters (what DBeaver and SQLAlchemy read) over pg_proc:
-- user functions and procedures with IN, OUT, INOUT, VARIADIC parameters, RETURNS TABLE and defaults
-- (specific_name ends in the routine's OID, which differs between servers: only its form is shown)
CREATE SCHEMA rt;
SET search_path = rt;
CREATE FUNCTION f1(a int, OUT b text, INOUT c int DEFAULT 5) LANGUAGE sql AS $$ SELECT 'x', c $$;
CREATE PROCEDURE p1(x int, y text DEFAULT 'q') LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE FUNCTION f2(int, VARIADIC v text[]) RETURNS int IMMUTABLE STRICT LANGUAGE sql AS $$ SELECT 1 $$;
CREATE FUNCTION f3(n int) RETURNS TABLE(k int, s text) LANGUAGE sql AS $$ SELECT n, 'a' $$;
CREATE FUNCTION f4() RETURNS SETOF int[] SECURITY DEFINER LANGUAGE sql AS $$ SELECT ARRAY[1] $$;
CREATE FUNCTION f5(OUT only_one numeric) LANGUAGE plpgsql AS $$ BEGIN only_one := 1; END $$;

-- pg_proc's parameter lists behind the views
SELECT proname, proargmodes, proargnames, proallargtypes::regtype[], proargtypes::regtype[], pronargdefaults
FROM pg_proc WHERE pronamespace = 'rt'::regnamespace ORDER BY proname;

SELECT routine_schema, routine_name, routine_type, data_type, type_udt_schema, type_udt_name, dtd_identifier,
       routine_body, routine_definition, external_language, is_deterministic, is_null_call, security_type
FROM information_schema.routines WHERE routine_schema = 'rt' ORDER BY routine_name;
SELECT routine_name, specific_name ~ ('^' || routine_name || '_[0-9]+$') AS specific_name_ok,
       specific_catalog = current_database() AS same_db
FROM information_schema.routines WHERE routine_schema = 'rt' ORDER BY 1;

SELECT regexp_replace(specific_name, '_[0-9]+$', '') AS routine, ordinal_position, parameter_mode, is_result,
       as_locator, parameter_name, data_type, udt_schema, udt_name, dtd_identifier, parameter_default
FROM information_schema.parameters WHERE specific_schema = 'rt' ORDER BY 1, 2;

-- every column of one routine, in PostgreSQL's order (but the server-specific catalog and OID)
SELECT json_object_keys(row_to_json(r)) AS column_name FROM information_schema.routines r
WHERE routine_schema = 'rt' AND routine_name = 'f3';
SELECT row_to_json(r)::jsonb - 'specific_name' - 'specific_catalog' - 'routine_catalog' - 'type_udt_catalog' AS f3
FROM information_schema.routines r WHERE routine_schema = 'rt' AND routine_name = 'f3';

-- the two views join on specific_name, as DBeaver's function list does
SELECT r.routine_name, count(p.ordinal_position) AS parameters
FROM information_schema.routines r LEFT JOIN information_schema.parameters p
  ON p.specific_schema = r.specific_schema AND p.specific_name = r.specific_name
WHERE r.routine_schema = 'rt' GROUP BY 1 ORDER BY 1;

-- built-in functions are there too
SELECT routine_name, routine_type, data_type, external_language, is_deterministic
FROM information_schema.routines
WHERE routine_schema = 'pg_catalog' AND routine_name IN ('lower', 'now', 'upper') ORDER BY 1, 3;
SELECT p.ordinal_position, p.parameter_mode, p.data_type, p.parameter_name
FROM information_schema.parameters p JOIN information_schema.routines r USING (specific_schema, specific_name)
WHERE r.routine_schema = 'pg_catalog' AND r.routine_name = 'lower' AND p.data_type = 'text';

-- the functions the views use
SELECT pg_get_function_arg_default('rt.f1'::regproc, 3) AS c_default,
       pg_get_function_arg_default('rt.f1'::regproc, 2) AS out_param,
       pg_get_function_arg_default('rt.f1'::regproc, 1) AS no_default,
       pg_get_function_arg_default('rt.f1'::regproc, 9) AS out_of_range,
       pg_get_function_arg_default('rt.p1'::regproc, 2) AS text_default;
SELECT nameconcatoid('abc', 12), octet_length(nameconcatoid(repeat('x', 70), 123456)),
       nameconcatoid(repeat('x', 70), 123456) ~ '^x+_123456$' AS clipped;

RESET search_path;
DROP FUNCTION rt.f1, rt.f2, rt.f3, rt.f4, rt.f5;
DROP PROCEDURE rt.p1;
DROP SCHEMA rt;
