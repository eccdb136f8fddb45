-- Geometric types: point, lseg, path, box, polygon, circle (geo_ops.c semantics)
-- input spellings and output
SELECT '(1,2)'::point, '1,2'::point, ' ( Nan , NaN ) '::point, '(1e+300,Inf)'::point, '(1e-300,-1e-300)'::point;
SELECT '(-0,2.50)'::point, point '(  3 , 4 )', '(0.1,0.2)'::point;
SELECT box '(0,0,100,100)', box '((1,2),(3,4))', box '(3,4),(1,2)', '1,2,3,4'::box, box '(1,4),(3,2)';
SELECT polygon '(0,0),(0,100),(100,100)', '((1,2),(3,4),(5,6))'::polygon, '(1,2,3,4)'::polygon;
SELECT circle '<(50,50),50>', circle '((1,2),3)', circle '1,2,3', circle '(1,2),3';
SELECT lseg '[(1,2),(3,4)]', lseg '(0,0),(6,6)', '10,-10 ,-3,-4'::lseg;
SELECT path '[(1,2),(3,4)]', path ' ( ( 1 , 2 ) , ( 3 , 4 ) ) ', path '1,2 ,3,4 ', path '[ 11,12,13,14 ]';
-- invalid input
SELECT '(1,2'::point;
SELECT 'abc'::point;
SELECT '(1,2) x'::point;
SELECT '(1e400,2)'::point;
SELECT '(1,2),(3'::box;
SELECT '[(1,2),(3,4)]'::box;
SELECT '<(1,2),-3>'::circle;
SELECT '<(1,2),3'::circle;
SELECT '(1,2)'::polygon;
SELECT '1,2,3'::polygon;
SELECT '[(1,2),(3,4)'::lseg;
SELECT '[]'::path;
-- types and catalog
SELECT pg_typeof(point '1,2'), pg_typeof(box '1,2,3,4'), pg_typeof(circle '1,2,3'), pg_typeof(polygon '1,2,3,4');
SELECT oid, typname, typlen, typcategory FROM pg_type WHERE typname IN ('point', 'lseg', 'path', 'box', 'polygon', 'circle') ORDER BY oid;
SELECT typname, typelem FROM pg_type WHERE oid IN (1017, 1018, 1019, 1020, 1027, 719) ORDER BY oid;
SELECT '{"(1,2)","(3,4)"}'::point[];
-- a table of points
CREATE TABLE geo_points (id int, f1 point);
INSERT INTO geo_points VALUES (1, '(0,0)'), (2, '(-10,0)'), (3, '(-3,4)'), (4, '(5.1, 34.5)'),
  (5, '(-5,-12)'), (6, '(1e-300,-1e-300)'), (7, '(1e+300,Inf)'), (8, ' ( Nan , NaN ) '), (9, '10.0,10.0'), (10, NULL);
SELECT id, f1, f1[0] AS x, f1[1] AS y, f1[2] AS none FROM geo_points ORDER BY id;
SELECT id, f1 <-> '0,1' AS dist FROM geo_points ORDER BY f1 <-> '0,1', id;
SELECT count(*) FROM geo_points WHERE f1 <@ box '(0,0,100,100)';
SELECT count(*) FROM geo_points WHERE box '(0,0,100,100)' @> f1;
SELECT count(*) FROM geo_points WHERE f1 <@ polygon '(0,0),(0,100),(100,100),(50,50),(100,0),(0,0)';
SELECT count(*) FROM geo_points WHERE f1 <@ circle '<(50,50),50>';
SELECT id FROM geo_points WHERE f1 << '(0.0, 0.0)' ORDER BY id;
SELECT id FROM geo_points WHERE f1 >> '(0.0, 0.0)' ORDER BY id;
SELECT id FROM geo_points WHERE f1 <<| '(0.0, 0.0)' ORDER BY id;
SELECT id FROM geo_points WHERE f1 |>> '(0.0, 0.0)' ORDER BY id;
SELECT id FROM geo_points WHERE f1 ~= '(-5, -12)' ORDER BY id;
SELECT id FROM geo_points WHERE f1 IS NULL;
-- fuzzy equality (EPSILON 1e-6), NaN only equal to NaN
SELECT point '(0,0)' ~= point '(0.0000009,0.0000009)', point '(0,0)' ~= point '(0.000002,0)',
  point '(NaN,NaN)' ~= point '(NaN,NaN)', point '(NaN,1)' ~= point '(1,1)';
-- arithmetic and distances
SELECT point '(1,2)' + point '(3,4)', point '(1,2)' - point '(3,4)', point '(1,2)' * point '(3,4)', point '(1,2)' / point '(3,4)';
SELECT box '(0,0),(1,1)' + point '(2,3)', box '(0,0),(1,1)' * point '(2,-1)', circle '<(1,1),2>' * point '(0,2)';
SELECT point '(0,0)' <-> box '(1,1),(2,2)', box '(1,1),(2,2)' <-> point '(0,0)', point '(1.5,1.5)' <-> box '(1,1),(2,2)';
SELECT polygon '(1,2),(3,4)' <-> point '(0,0)', circle '<(5,5),1>' <-> point '(0,0)', point '(0,0)' <-> lseg '[(1,1),(2,0)]';
SELECT point '(1,1)' <-> point '(1e+300,1)', point '(Inf,0)' <-> point '(0,0)';
SELECT point '(1e+300,1e+300)' - point '(-1e+300,0)';
-- boxes
SELECT box '(0,0),(2,2)' && box '(1,1),(3,3)', box '(0,0),(2,2)' && box '(3,3),(4,4)';
SELECT box '(0,0),(2,2)' @> box '(1,1),(2,2)', box '(1,1),(2,2)' <@ box '(0,0),(2,2)', box '(0,0),(2,2)' @> box '(1,1),(3,3)';
SELECT box '(0,0),(2,2)' = box '(5,5),(7,7)', box '(0,0),(2,2)' < box '(0,0),(3,3)', box '(0,0),(2,2)' ~= box '(2,2),(0,0)';
SELECT box '(0,0),(1,1)' << box '(2,0),(3,1)', box '(0,0),(1,1)' &< box '(2,0),(3,1)', box '(0,0),(1,1)' |>> box '(0,2),(1,3)';
SELECT box '(0,0),(2,2)' # box '(1,1),(3,3)', box '(0,0),(1,1)' # box '(2,2),(3,3)';
SELECT @@ box '(0,0),(2,4)', area(box '(0,0),(2,4)'), width(box '(0,0),(2,4)'), height(box '(0,0),(2,4)');
SELECT b[0] AS high, b[1] AS low, (b[0])[0] AS high_x FROM (VALUES (box '(1,2),(3,4)')) v(b);
-- polygons and circles
SELECT polygon '(0,0),(0,1),(1,1)' && polygon '(0.5,0.5),(3,3),(3,0)', polygon '(0,0),(0,1),(1,1)' && polygon '(5,5),(6,6),(6,5)';
SELECT polygon '(0,0),(0,10),(10,10),(10,0)' @> polygon '(1,1),(2,2),(2,1)', polygon '(1,1),(2,2),(2,1)' <@ polygon '(0,0),(0,10),(10,10),(10,0)';
SELECT polygon '(0,0),(0,10),(10,10),(10,0)' @> point '(5,5)', point '(10,5)' <@ polygon '(0,0),(0,10),(10,10),(10,0)';
SELECT circle '<(0,0),1>' && circle '<(2,0),1>', circle '<(0,0),1>' && circle '<(2.1,0),1>', circle '<(0,0),5>' @> circle '<(1,1),1>';
SELECT circle '<(0,0),1>' < circle '<(0,0),2>', circle '<(0,0),1>' = circle '<(5,5),1>', circle '<(0,0),1>' <-> circle '<(5,0),1>';
SELECT polygon(box '(0,0,1,1)'), circle(box '(0,0,1,1)'), box(circle '<(0,0),1>'), box(point '(1,2)', point '(0,0)');
SELECT circle(point '(1,2)', 3), circle_center(circle '<(1,2),3>'), radius(circle '<(1,2),3>'), diameter(circle '<(1,2),3>');
SELECT polygon(4, circle '<(0,0),1>'), circle(polygon '(0,0),(0,2),(2,2),(2,0)'), @@ polygon '(0,0),(0,2),(2,2),(2,0)';
SELECT npoints(polygon '(0,0),(0,2),(2,2)'), # polygon '(0,0),(0,2),(2,2)';
SELECT polygon(0, circle '<(0,0),1>');
SELECT box '(0,0),(1,1)'::polygon, box '(0,0),(1,1)'::circle, polygon '(0,0),(1,3),(2,1)'::box, circle '<(1,1),1>'::point;
-- line segments and paths
SELECT lseg '[(0,0),(2,2)]' ?# lseg '[(0,2),(2,0)]', lseg '[(0,0),(2,2)]' # lseg '[(0,2),(2,0)]', lseg '[(0,0),(1,0)]' # lseg '[(0,1),(1,1)]';
SELECT lseg '[(0,0),(2,2)]' ?|| lseg '[(1,0),(3,2)]', lseg '[(0,0),(2,2)]' ?-| lseg '[(0,2),(2,0)]', ?| lseg '[(1,0),(1,5)]', @@ lseg '[(0,0),(2,2)]';
SELECT length(lseg '[(0,0),(3,4)]'), lseg '[(0,0),(3,4)]' = lseg '[(0,0),(3,4)]', lseg '[(0,0),(3,4)]' < lseg '[(0,0),(9,9)]';
SELECT isopen(path '[(0,0),(1,1)]'), isclosed(path '((0,0),(1,1))'), pclose(path '[(0,0),(1,1),(2,0)]'), popen(path '((0,0),(1,1))');
SELECT length(path '[(0,0),(3,4),(3,0)]'), length(path '((0,0),(3,4),(3,0))'), area(path '((0,0),(4,0),(4,4))'), area(path '[(0,0),(4,0),(4,4)]');
SELECT point '(1,1)' <@ path '[(0,0),(2,2)]', point '(1,1)' <-> path '[(0,0),(2,0)]', polygon(path '((0,0),(1,1),(2,0))');
SELECT polygon(path '[(0,0),(1,1),(2,0)]');
SELECT path '[(0,0),(1,1)]' + path '[(2,2),(3,3)]', path '((0,0),(1,1))' + path '[(2,2),(3,3)]', path '[(0,0),(1,1)]' * point '(0,1)';
SELECT path '[(0,0),(1,1)]' = path '((5,5),(6,6))', path '[(0,0),(1,1)]' <-> path '[(3,0),(3,5)]', path '((0,0),(1,1),(2,0))'::polygon;
SELECT '{1,2,3}'::line, ' (0,0), (6,6)'::line, '[(1,3),(2,3)]'::line, line(point '(3,1)', point '(3,2)'), '{NaN,NaN,NaN}'::line;
SELECT '{0,0,1}'::line;
SELECT '[(1,2),(1,2)]'::line;
SELECT '{0,0,1} x'::line;
SELECT line(point '(1,0)', point '(1,0)');
SELECT '{nan, 1, nan}'::line = '{nan, 1, nan}'::line, '{nan, 1, nan}'::line = '{nan, 2, nan}'::line, '{1,2,3}'::line = '{2,4,6}'::line;
SELECT '{0,-1,5}'::line <-> point '(1,1)', '{1,2,3}'::line <-> '{2,4,7}'::line, '{1,-1,0}'::line # '{1,1,-2}'::line, '{1,-1,0}'::line ?-| '{1,1,-2}'::line;
SELECT point '(2,2)' <@ '{1,-1,0}'::line, ?| '{1,0,5}'::line, ?- '{0,-1,5}'::line, '{1,-1,0}'::line ?|| '{1,-1,4}'::line;
-- no such operators
SELECT point '(1,1)' = point '(1,1)';
SELECT point '(1,1)' < point '(1,1)';
SELECT (point '(1,2)')[0:1];
-- float output follows extra_float_digits
SET extra_float_digits = 0;
SELECT point '(0,0)' <-> point '(1,1)', point(1.0/3, 2);
SET extra_float_digits = -3;
SELECT circle '<(0,0),1>' <-> point '(3,3)', 1.0::float8 / 3;
RESET extra_float_digits;
SELECT point(1.0/3, 2);
-- shapes derived from a table
CREATE TABLE geo_boxes (home_base box);
INSERT INTO geo_boxes VALUES ('(12699,9028,12654,8987)'), ('(22689,4680,22614,4626)'), ('(1444,403,1346,344)'),
  ('(369,1457,278,1409)'), (NULL);
SELECT * FROM geo_boxes WHERE home_base <@ '(200,200),(2000,1000)'::box ORDER BY (home_base[0])[0];
SELECT count(*) FROM geo_boxes WHERE home_base && '(1000,1000,0,0)'::box;
CREATE TABLE geo_polygons AS SELECT polygon(home_base) AS f1 FROM geo_boxes;
CREATE TABLE geo_circles AS SELECT circle(home_base) AS f1 FROM geo_boxes;
SELECT count(*) FROM geo_polygons WHERE f1 && '(1000,1000,0,0)'::polygon;
SELECT count(*) FROM geo_circles WHERE f1 && '<(500,500),500>'::circle;
SELECT * FROM geo_polygons ORDER BY f1 <-> '(0,0)'::point LIMIT 3;
SELECT circle_center(f1), round(radius(f1)) AS radius FROM geo_circles ORDER BY f1 <-> '(200,300)'::point LIMIT 3;
DROP TABLE geo_points, geo_boxes, geo_polygons, geo_circles;
