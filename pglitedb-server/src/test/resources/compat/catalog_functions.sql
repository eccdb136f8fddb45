-- pg_get_keywords() and pg_postmaster_start_time()
select count(*), count(*) filter (where catcode = 'R'), count(*) filter (where not barelabel) from pg_get_keywords();
select * from pg_get_keywords() where word in ('abort', 'all', 'as', 'int', 'left', 'zone') order by word;
select pg_typeof(catcode), pg_typeof(barelabel) from pg_get_keywords() limit 1;
select pg_postmaster_start_time() <= now(), pg_postmaster_start_time() > now() - interval '10 days', pg_typeof(pg_postmaster_start_time());
