package io.pglitedb.functions;

import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import io.pglitedb.types.geo.Box;
import io.pglitedb.types.geo.Circle;
import io.pglitedb.types.geo.Path;
import io.pglitedb.types.geo.Point;
import io.pglitedb.types.geo.Polygon;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Constructors and accessors of the geometric types: point(x, y), box(point, point), circle(point,
 * radius), the shape conversions named after their result type (polygon(box), circle(box),
 * box(circle), point(box) ...), center, radius, area, width, height, npoints.
 */
final class GeometricFunctions {
    private GeometricFunctions() {
    }

    static void register(Map<String, List<Scalars.Signature>> m) {
        PgType point = Types.POINT;
        PgType box = Types.BOX;
        PgType circle = Types.CIRCLE;
        PgType polygon = Types.POLYGON;
        PgType float8 = Types.FLOAT8;
        add(m, "point", point, a -> new Point((Double) a[0], (Double) a[1]), float8, float8);
        add(m, "point", point, a -> ((Box) a[0]).center(), box);
        add(m, "point", point, a -> ((Circle) a[0]).center(), circle);
        add(m, "box", box, a -> Box.construct((Point) a[0], (Point) a[1]), point, point);
        add(m, "box", box, a -> Box.construct((Point) a[0], (Point) a[0]), point);
        add(m, "box", box, a -> ((Circle) a[0]).toBox(), circle);
        add(m, "box", box, a -> ((Polygon) a[0]).boundBox(), polygon);
        add(m, "polygon", polygon, a -> ((Box) a[0]).toPolygon(), box);
        add(m, "circle", circle, a -> ((Box) a[0]).toCircle(), box);
        add(m, "circle", circle, a -> circle((Point) a[0], (Double) a[1]), point, float8);
        add(m, "polygon", polygon, a -> ((Circle) a[0]).toPolygon(12), circle);
        add(m, "polygon", polygon, a -> ((Circle) a[1]).toPolygon((Integer) a[0]), Types.INT4, circle);
        add(m, "circle", circle, a -> ((Polygon) a[0]).toCircle(), polygon);
        add(m, "point", point, a -> ((Polygon) a[0]).toCircle().center(), polygon);
        add(m, "poly_center", point, a -> ((Polygon) a[0]).toCircle().center(), polygon);
        add(m, "bound_box", box, a -> ((Box) a[0]).boundWith((Box) a[1]), box, box);
        add(m, "slope", float8, a -> ((Point) a[0]).slopeTo((Point) a[1]), point, point);
        add(m, "isvertical", Types.BOOL, a -> ((Point) a[0]).vertical((Point) a[1]), point, point);
        add(m, "ishorizontal", Types.BOOL, a -> ((Point) a[0]).horizontal((Point) a[1]), point, point);
        add(m, "lseg", Types.LSEG, a -> new io.pglitedb.types.geo.Lseg((Point) a[0], (Point) a[1]), point, point);
        add(m, "lseg", Types.LSEG, a -> new io.pglitedb.types.geo.Lseg(((Box) a[0]).high(), ((Box) a[0]).low()), box);
        add(m, "diagonal", Types.LSEG, a -> new io.pglitedb.types.geo.Lseg(((Box) a[0]).high(), ((Box) a[0]).low()),
                box);
        add(m, "length", float8, a -> ((io.pglitedb.types.geo.Lseg) a[0]).length(), Types.LSEG);
        add(m, "point", point, a -> ((io.pglitedb.types.geo.Lseg) a[0]).center(), Types.LSEG);
        add(m, "line", Types.LINE, a -> io.pglitedb.types.geo.Line.throughPoints((Point) a[0], (Point) a[1]),
                point, point);
        PgType path = Types.PATH;
        add(m, "isopen", Types.BOOL, a -> !((Path) a[0]).closed(), path);
        add(m, "isclosed", Types.BOOL, a -> ((Path) a[0]).closed(), path);
        add(m, "pclose", path, a -> ((Path) a[0]).withClosed(true), path);
        add(m, "popen", path, a -> ((Path) a[0]).withClosed(false), path);
        add(m, "npoints", Types.INT4, a -> ((Path) a[0]).size(), path);
        add(m, "length", float8, a -> ((Path) a[0]).length(), path);
        add(m, "area", float8, a -> ((Path) a[0]).area(), path);
        add(m, "path", path, a -> new Path(((Polygon) a[0]).points(), true), polygon);
        add(m, "polygon", polygon, a -> Polygon.fromPath((Path) a[0]), path);
        add(m, "circle_center", point, a -> ((Circle) a[0]).center(), circle);
        add(m, "center", point, a -> ((Circle) a[0]).center(), circle);
        add(m, "center", point, a -> ((Box) a[0]).center(), box);
        add(m, "radius", float8, a -> ((Circle) a[0]).radius(), circle);
        add(m, "diameter", float8, a -> io.pglitedb.types.Float8Type.multiply(((Circle) a[0]).radius(), 2.0), circle);
        add(m, "area", float8, a -> ((Box) a[0]).area(), box);
        add(m, "area", float8, a -> ((Circle) a[0]).area(), circle);
        add(m, "width", float8, a -> ((Box) a[0]).width(), box);
        add(m, "height", float8, a -> ((Box) a[0]).height(), box);
        add(m, "npoints", Types.INT4, a -> ((Polygon) a[0]).size(), polygon);
    }

    /** cr_circle: 22P02-free constructor; a negative radius is kept as PostgreSQL keeps it. */
    private static Circle circle(Point center, double radius) {
        return new Circle(center, radius);
    }

    private static void add(Map<String, List<Scalars.Signature>> byName, String name, PgType result, Scalars.Body body,
            PgType... args) {
        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(new Scalars.Signature(name, args, result, true, body));
    }
}
