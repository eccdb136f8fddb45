-- FETCH FIRST ... WITH TIES
create table tt (a int, b text);
insert into tt values (1,'a'),(1,'b'),(2,'c'),(2,'d'),(2,'e'),(3,'f');
select a from tt order by a fetch first 1 row with ties;
select a, b from tt order by a, b desc fetch first 3 rows with ties;
select a, b from tt order by a offset 1 fetch first 1 rows with ties;
select a from tt order by a fetch first rows with ties;
select a from tt fetch first 2 rows with ties;
select a from tt order by a fetch first null rows with ties;
select a from tt order by a fetch first (null+1) rows with ties;
select a from tt order by a desc fetch next 2 rows with ties;
select a from tt order by a fetch first 0 rows with ties;
select upper(b) from tt order by a fetch first 4 rows with ties;
begin;
declare c cursor for select a from tt order by a fetch first 3 rows with ties;
fetch all in c;
fetch 1 in c;
commit;
