-- Assignments to array elements and slices (UPDATE SET a[i] = x, INSERT INTO t (a[i])) and to
-- jsonb paths (SET j['k'][0] = v).
create table arr (id int primary key, a int[], m int[][], v varchar(3)[], j jsonb);
insert into arr values (1, '{1,2,3}', '{{1,2},{3,4}}', '{ab}', null);
insert into arr values (2, null, null, null, '{"x": 1}');
-- elements: replace, grow at either end with NULL padding, start from NULL
update arr set a[2] = 20 where id = 1 returning a;
update arr set a[5] = 50, a[0] = 0 where id = 1 returning a;
update arr set a[-1] = -1 where id = 2 returning a;
update arr set a[-1] = -1 where id = 1 returning a;
update arr set m[2][1] = 30 where id = 1 returning m;
update arr set m[3][1] = 30 where id = 1;
update arr set m[1] = 30 where id = 1;
update arr set a[null] = 1;
-- slices
update arr set a[1:2] = '{100,200,300}' where id = 1 returning a;
update arr set a[:1] = '{7,8,9}' where id = 1 returning a;
update arr set a[8:9] = array[8,9] where id = 1 returning a;
update arr set a[2:1] = '{1}' where id = 1;
update arr set a[1:3] = '{1}' where id = 1;
update arr set a[1:null] = '{1}';
update arr set m[1:2][2] = '{40,41}' where id = 1 returning m;
update arr set a[1:2] = null where id = 1 returning a;
update arr set m = null, a = null where id = 2;
update arr set a[:2] = '{1,2}' where id = 2;
update arr set a[1:2] = '{1,2}', m[1:1][1:2] = '{{5,6}}' where id = 2 returning a, m;
-- types and errors
update arr set v[2] = 'xyz', v[3] = 'abcd' where id = 1;
update arr set v[2] = 'xyz' where id = 1 returning v;
update arr set a[1] = 'x';
update arr set a[1] = now();
update arr set a[1:2] = 5;
update arr set id[1] = 3;
update arr set a = '{1}', a[1] = 3;
update arr set a[1] = default;
-- INSERT into elements
insert into arr (id, a[2], a[4]) values (3, 10, 20) returning a;
insert into arr (id, a[1:2], m[2][2]) values (4, '{1,2}', 5) returning a, m;
insert into arr (id, a, a[2]) values (5, '{1}', 20);
insert into arr (id, a[1:2]) values (5, 20);
select id, a, m, v from arr order by id;
-- jsonb paths
update arr set j['a'] = '1' where id = 1 returning j;
update arr set j['b'][2]['c'] = '"x"';
select id, j from arr order by id;
update arr set j[0] = 'true' where id = 1 returning j;
update arr set j['b'][-1] = '5' where id = 2 returning j;
update arr set j['b'][-9] = '5' where id = 2;
update arr set j['a']['z'] = '5' where id = 1;
update arr set j[null] = '5';
update arr set j['k'] = null where id = 2 returning j;
update arr set j = null where id = 3;
update arr set j[1] = '"first"' where id = 3 returning j;
drop table arr;
