-- pg_partition_tree, pg_partition_ancestors and pg_partition_root over declarative partitioning
-- (plain tables and INHERITS hierarchies belong to no partition tree)
create table pt (a int, b int) partition by list (a);
create table pt1 partition of pt for values in (1) partition by list (b);
create table pt11 partition of pt1 for values in (1);
create table pt2 partition of pt for values in (2);
create table plain (a int);
create table inh_child () inherits (plain);
select * from pg_partition_tree('pt');
select * from pg_partition_tree('pt1');
select * from pg_partition_tree('pt11');
select * from pg_partition_tree('plain');
select * from pg_partition_tree(0);
select pg_partition_root('pt11'), pg_partition_root('pt'), pg_partition_root('plain'), pg_partition_root('inh_child'), pg_partition_root(0);
select * from pg_partition_ancestors('pt11');
select * from pg_partition_ancestors('pt');
select * from pg_partition_ancestors('plain');
select pg_partition_tree('pt');
select relid, level from pg_partition_tree('pt') where isleaf;
select * from pg_partition_tree(null);
select p.relid, pg_partition_root(p.relid) from pg_partition_tree('pt1') p;
create table pt3 (b int, a int);
alter table pt attach partition pt3 for values in (3);
select * from pg_partition_tree('pt');
alter table pt detach partition pt3;
select * from pg_partition_ancestors('pt3');
