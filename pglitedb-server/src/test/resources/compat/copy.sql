-- COPY FROM STDIN with inline data, COPY TO STDOUT, psql's \copy, and COPY's errors.
create table items (id int primary key, name text not null, price numeric(6,2), tag varchar(5) default 'new');
copy items from stdin;
1	apple	1.5	fruit
2	tab\there	\N	x
3	back\\slash\nnewline	0.25	\N
\.
copy items (id, name) from stdin;
4	only two
\.
copy items from stdin with (format csv, header);
id,name,price,tag
5,"comma, inside",10,
6,"quote ""q""",,""
7,"two
lines",3.333,
\.
select id, name, price, tag, tag is null as tag_null from items order by id;
copy items to stdout;
copy items (name, id) to stdout with (format csv, header true);
copy (select id, price * 2 as double from items where price is not null order by id) to stdout with csv;
copy items to stdout with (format csv, delimiter '|', null 'NULL', force_quote *);
\copy items (id, name) from stdin
8	from backslash copy
\.
\copy (select id, name from items where id >= 7 order by id) to stdout
-- errors keep nothing
copy items from stdin;
9	nine	1	a
x	bad	1	b
\.
copy items from stdin;
10	ten
\.
copy items from stdin;
11	eleven	1	a	extra
\.
copy items (id, name) from stdin;
12	\N
\.
copy items (id, name) from stdin;
13	thirteen
1	duplicate
\.
copy items (id, name, tag) from stdin;
14	fourteen	toolong
\.
copy items (id, name) from stdin with (format csv);
15,"unterminated
\.
select count(*) from items;
copy items (nosuch) from stdin;
copy no_such_table from stdin;
copy items (id, id) from stdin;
copy items from stdin with (delimiter '||');
copy items to stdout with (quote '"');
-- inside a transaction block
begin;
copy items (id, name) from stdin;
20	twenty
\.
select count(*) from items;
rollback;
begin;
copy items (id, name) from stdin;
21	twenty-one
x	bad
\.
select 1;
rollback;
select count(*) from items;
