-- constraint attributes PostgreSQL's grammar refuses on column constraints
create table nv1 (v int check (v > 0) not valid);
create table nv2 (v int references nv2x not valid);
create table nv3 (v int unique not valid);
create table nv4 (v int, check (v > 0) not valid);
create table nv5 (v int check (v > 0) not deferrable);
create table nv6 (v int not null);
create table nv7 (v int primary key not deferrable);
drop table if exists nv4, nv5, nv6, nv7;
