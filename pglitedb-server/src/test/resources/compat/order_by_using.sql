-- ORDER BY ... USING: < and > and text's pattern operators; other operators are not ordering operators.
select x from (values ('b'),('a'),('c')) v(x) order by x using ~>~;
select string_agg(x, ',' order by x using ~<~) from (values ('b'),('a'),('c')) v(x);
select x from (values (2),(1),(3)) v(x) order by x using >;
select x from (values (2),(1)) v(x) order by x using <=;
