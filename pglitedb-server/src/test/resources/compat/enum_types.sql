-- CREATE TYPE ... AS ENUM: input/output, ordering by declaration, ALTER TYPE ADD/RENAME VALUE,
-- enum_first/last/range, pg_type and pg_enum rows, DROP TYPE.
create type mood as enum ('sad', 'ok', 'happy');
select 'ok'::mood, 'happy'::mood > 'sad'::mood as gt, 'ok'::mood = 'ok' as eq;
select 'meh'::mood;
select typname, typtype, typcategory, typlen from pg_type where typname in ('mood', '_mood') order by typname;
select pg_typeof('ok'::mood), 'mood'::regtype, format_type('mood'::regtype, null);
create table person (name text, current_mood mood);
insert into person values ('a', 'happy'), ('b', 'sad'), ('c', 'ok'), ('d', null);
insert into person values ('e', 'angry');
select * from person order by current_mood, name;
select * from person where current_mood >= 'ok' order by name;
select min(current_mood), max(current_mood) from person;
select current_mood::text || '!' from person where name = 'a';
create index person_mood on person (current_mood);
select name from person where current_mood = 'sad';
-- values added and renamed
alter type mood add value 'great' after 'happy';
alter type mood add value 'awful' before 'sad';
alter type mood add value 'meh' before 'ok';
alter type mood add value 'ok';
alter type mood add value if not exists 'ok';
alter type mood add value 'x' after 'nope';
select enumlabel, enumsortorder from pg_enum where enumtypid = 'mood'::regtype order by enumsortorder;
alter type mood rename value 'sad' to 'blue';
alter type mood rename value 'sad' to 'grey';
alter type mood rename value 'blue' to 'ok';
select * from person order by current_mood desc nulls last, name;
select enum_first(null::mood), enum_last('ok'::mood), enum_range(null::mood);
select enum_range('meh'::mood, 'happy'::mood), enum_range(null, 'ok'::mood), enum_range('happy'::mood, null);
select enum_range(null, null);
select '{ok,happy}'::mood[], ('{ok,happy}'::mood[])[2], 'ok' = any ('{ok,happy}'::mood[]);
-- a value added in a transaction cannot be used before it commits
begin;
alter type mood add value 'new';
select 'new'::mood;
rollback;
select enum_last(null::mood);
begin;
create type temp_enum as enum ('a');
select 'a'::temp_enum;
rollback;
select 'a'::temp_enum;
begin;
alter type mood rename to feeling;
select 'ok'::feeling;
rollback;
select 'ok'::mood;
-- DROP TYPE
drop type mood;
drop table person;
drop type mood;
drop type mood;
drop type if exists mood;
