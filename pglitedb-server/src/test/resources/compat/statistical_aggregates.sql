-- variance / stddev over integers, numeric and floats; covar, corr and regr_* (float8)
create table st_t (g int, i int, n numeric, f float8, r real);
insert into st_t values (1, 1, 1.5, 1.5, 1.5), (1, 2, 2.25, 2.25, 2.25), (1, 4, 3, 3, 3), (2, 7, 10, 10, 10),
  (2, null, null, null, null), (3, 5, 5.5, 5.5, 5.5), (3, 5, 5.5, 5.5, 5.5);
select g, var_pop(i), var_samp(i), variance(i), stddev_pop(i), stddev_samp(i), stddev(i) from st_t group by g order by g;
select g, var_pop(n), var_samp(n), stddev_pop(n), stddev(n) from st_t group by g order by g;
select g, var_pop(f), var_samp(f), stddev_pop(f), stddev(f), variance(r) from st_t group by g order by g;
select var_pop(x::int8), stddev(x::int2) from (values (1), (2), (3), (10)) v(x);
select var_pop(x::float8) from (values ('1'), ('infinity')) v(x);
select var_pop(x::numeric) from (values ('1'), ('NaN')) v(x);
select avg(x::float8), var_pop(x::float8) from (values (100000003), (100000004), (100000006), (100000007)) v(x);
create table st_r (x float8, y float8);
insert into st_r values (10,150),(20,250),(30,350),(80,540),(100,200);
select regr_count(y, x), regr_sxx(y, x), regr_syy(y, x), regr_sxy(y, x), regr_avgx(y, x), regr_avgy(y, x) from st_r;
select regr_r2(y, x), regr_slope(y, x), regr_intercept(y, x), covar_pop(y, x), covar_samp(y, x), corr(y, x) from st_r;
select covar_samp(y, x), corr(y, x), regr_slope(y, x) from st_r where x = 10;
select regr_count(y, x), covar_pop(y, x) from st_r where false;
select x, var_samp(y) over (order by x rows between 1 preceding and 1 following) from st_r order by x;
select var_pop('a'::text);
