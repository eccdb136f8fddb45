-- Built-in functions' parameter modes and names (pg_proc.proargmodes / proargnames / proallargtypes),
-- as information_schema.parameters and pg_get_function_arguments show them; EXPLAIN names a catalog's alias
select proname, proargmodes, proargnames, proallargtypes from pg_proc
  where proname in ('generate_series', 'pg_get_keywords', 'json_each', 'jsonb_each', 'pg_options_to_table', 'jsonb_path_query')
  order by proname, pronargs, proargtypes::text;
select s.routine_name, r.ordinal_position, r.parameter_mode, r.parameter_name, r.data_type
  from information_schema.parameters r join information_schema.routines s using (specific_name)
  where s.routine_schema = 'pg_catalog' and s.routine_name in ('pg_get_keywords', 'json_each', 'pg_options_to_table')
  order by 1, 2;
select pg_get_function_arguments('pg_get_keywords'::regproc), pg_get_function_result('pg_get_keywords'::regproc);
select pg_get_function_identity_arguments('json_each'::regproc), pg_get_function_arguments('pg_options_to_table'::regproc);
select pg_get_function_identity_arguments('jsonb_path_query'::regproc);
explain (costs off) select * from pg_class c;
explain (costs off) select * from pg_am;
explain (costs off, format json) select * from pg_am a;
explain (costs off, verbose) select a.amname from pg_am a;
