package io.pglitedb.types.geo;

import io.pglitedb.types.CastContext;
import io.pglitedb.types.Operators;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import java.util.function.UnaryOperator;

/**
 * pg_operator and pg_cast rows of PostgreSQL 15 for the geometric types, as far as they are
 * implemented: position (<< >> <<| |>> &< &> ...), containment (@> <@), overlap (&&), same-as
 * (~=), distance (<->), box comparisons by area (= < <= > >=), and the conversions between shapes.
 */
public final class GeometricOperators {
    private GeometricOperators() {
    }

    /** Takes one binary operator (Operators' registry). */
    @FunctionalInterface
    public interface OperatorSink {
        void binary(String name, PgType left, PgType right, PgType result, Operators.Function2 function);
    }

    /** Takes one cast (Casts' registry). */
    @FunctionalInterface
    public interface CastSink {
        void cast(PgType from, PgType to, CastContext context, UnaryOperator<Object> function);
    }

    private interface PointTest {
        boolean test(Point a, Point b);
    }

    private interface BoxTest {
        boolean test(Box a, Box b);
    }

    public static void registerOperators(OperatorSink sink) {
        PgType point = Types.POINT;
        PgType box = Types.BOX;
        PgType circle = Types.CIRCLE;
        PgType polygon = Types.POLYGON;
        PgType bool = Types.BOOL;
        PgType float8 = Types.FLOAT8;

        pointTest(sink, "<<", Point::leftOf);
        pointTest(sink, ">>", Point::rightOf);
        pointTest(sink, "<<|", Point::below);
        pointTest(sink, "|>>", Point::above);
        pointTest(sink, "<^", Point::below);
        pointTest(sink, ">^", Point::above);
        pointTest(sink, "?|", Point::vertical);
        pointTest(sink, "?-", Point::horizontal);
        pointTest(sink, "~=", Point::sameAs);
        pointTest(sink, "<>", (a, b) -> !a.sameAs(b));
        sink.binary("+", point, point, point, (x, y) -> ((Point) x).plus((Point) y));
        sink.binary("-", point, point, point, (x, y) -> ((Point) x).minus((Point) y));
        sink.binary("*", point, point, point, (x, y) -> ((Point) x).times((Point) y));
        sink.binary("/", point, point, point, (x, y) -> ((Point) x).dividedBy((Point) y));
        sink.binary("+", box, point, box, (x, y) -> ((Box) x).plus((Point) y));
        sink.binary("-", box, point, box, (x, y) -> ((Box) x).minus((Point) y));
        sink.binary("*", box, point, box, (x, y) -> ((Box) x).times((Point) y));
        sink.binary("/", box, point, box, (x, y) -> ((Box) x).dividedBy((Point) y));
        sink.binary("<->", point, point, float8, (x, y) -> ((Point) x).distance((Point) y));

        boxTest(sink, "~=", Box::sameAs);
        boxTest(sink, "&&", Box::overlaps);
        boxTest(sink, "@>", Box::contains);
        boxTest(sink, "<@", (a, b) -> b.contains(a));
        boxTest(sink, "<<", Box::leftOf);
        boxTest(sink, "&<", Box::overLeft);
        boxTest(sink, ">>", Box::rightOf);
        boxTest(sink, "&>", Box::overRight);
        boxTest(sink, "<<|", Box::below);
        boxTest(sink, "&<|", Box::overBelow);
        boxTest(sink, "|>>", Box::above);
        boxTest(sink, "|&>", Box::overAbove);
        boxTest(sink, "=", (a, b) -> Fuzzy.eq(a.area(), b.area()));
        boxTest(sink, "<", (a, b) -> Fuzzy.lt(a.area(), b.area()));
        boxTest(sink, "<=", (a, b) -> Fuzzy.le(a.area(), b.area()));
        boxTest(sink, ">", (a, b) -> Fuzzy.gt(a.area(), b.area()));
        boxTest(sink, ">=", (a, b) -> Fuzzy.ge(a.area(), b.area()));
        boxTest(sink, ">^", (a, b) -> Fuzzy.ge(a.low().y(), b.high().y()));
        boxTest(sink, "<^", (a, b) -> Fuzzy.le(a.high().y(), b.low().y()));
        sink.binary("#", box, box, box, (x, y) -> ((Box) x).intersection((Box) y));
        sink.binary("<->", box, box, float8, (x, y) -> ((Box) x).center().distance(((Box) y).center()));
        sink.binary("<@", point, box, bool, (x, y) -> ((Box) y).contains((Point) x));
        sink.binary("@>", box, point, bool, (x, y) -> ((Box) x).contains((Point) y));
        sink.binary("<->", point, box, float8, (x, y) -> ((Box) y).distanceTo((Point) x));
        sink.binary("<->", box, point, float8, (x, y) -> ((Box) x).distanceTo((Point) y));

        polygonTest(sink, "<<", (a, b) -> a.boundBox().high().x() < b.boundBox().low().x());
        polygonTest(sink, "&<", (a, b) -> a.boundBox().high().x() <= b.boundBox().high().x());
        polygonTest(sink, ">>", (a, b) -> a.boundBox().low().x() > b.boundBox().high().x());
        polygonTest(sink, "&>", (a, b) -> a.boundBox().low().x() >= b.boundBox().low().x());
        polygonTest(sink, "<<|", (a, b) -> a.boundBox().high().y() < b.boundBox().low().y());
        polygonTest(sink, "&<|", (a, b) -> a.boundBox().high().y() <= b.boundBox().high().y());
        polygonTest(sink, "|>>", (a, b) -> a.boundBox().low().y() > b.boundBox().high().y());
        polygonTest(sink, "|&>", (a, b) -> a.boundBox().low().y() >= b.boundBox().low().y());
        polygonTest(sink, "@>", Polygon::contains);
        polygonTest(sink, "<@", (a, b) -> b.contains(a));
        sink.binary("<->", polygon, polygon, float8, (x, y) -> ((Polygon) x).distanceTo((Polygon) y));
        sink.binary("<@", point, polygon, bool, (x, y) -> ((Polygon) y).contains((Point) x));
        sink.binary("@>", polygon, point, bool, (x, y) -> ((Polygon) x).contains((Point) y));
        sink.binary("&&", polygon, polygon, bool, (x, y) -> ((Polygon) x).overlaps((Polygon) y));
        sink.binary("~=", polygon, polygon, bool, (x, y) -> ((Polygon) x).sameAs((Polygon) y));
        sink.binary("<->", point, polygon, float8, (x, y) -> ((Polygon) y).distanceTo((Point) x));
        sink.binary("<->", polygon, point, float8, (x, y) -> ((Polygon) x).distanceTo((Point) y));

        circleTest(sink, "<<", (a, b) -> Fuzzy.lt(Fuzzy.plus(a.center().x(), a.radius()),
                Fuzzy.minus(b.center().x(), b.radius())));
        circleTest(sink, "&<", (a, b) -> Fuzzy.le(Fuzzy.plus(a.center().x(), a.radius()),
                Fuzzy.plus(b.center().x(), b.radius())));
        circleTest(sink, ">>", (a, b) -> Fuzzy.gt(Fuzzy.minus(a.center().x(), a.radius()),
                Fuzzy.plus(b.center().x(), b.radius())));
        circleTest(sink, "&>", (a, b) -> Fuzzy.ge(Fuzzy.minus(a.center().x(), a.radius()),
                Fuzzy.minus(b.center().x(), b.radius())));
        circleTest(sink, "<<|", (a, b) -> Fuzzy.lt(Fuzzy.plus(a.center().y(), a.radius()),
                Fuzzy.minus(b.center().y(), b.radius())));
        circleTest(sink, "&<|", (a, b) -> Fuzzy.le(Fuzzy.plus(a.center().y(), a.radius()),
                Fuzzy.plus(b.center().y(), b.radius())));
        circleTest(sink, "|>>", (a, b) -> Fuzzy.gt(Fuzzy.minus(a.center().y(), a.radius()),
                Fuzzy.plus(b.center().y(), b.radius())));
        circleTest(sink, "|&>", (a, b) -> Fuzzy.ge(Fuzzy.minus(a.center().y(), a.radius()),
                Fuzzy.minus(b.center().y(), b.radius())));
        circleTest(sink, "<@", Circle::containedIn);
        circleTest(sink, "@>", (a, b) -> b.containedIn(a));
        circleTest(sink, "=", (a, b) -> Fuzzy.eq(a.area(), b.area()));
        circleTest(sink, "<>", (a, b) -> !Fuzzy.eq(a.area(), b.area()));
        circleTest(sink, "<", (a, b) -> Fuzzy.lt(a.area(), b.area()));
        circleTest(sink, "<=", (a, b) -> Fuzzy.le(a.area(), b.area()));
        circleTest(sink, ">", (a, b) -> Fuzzy.gt(a.area(), b.area()));
        circleTest(sink, ">=", (a, b) -> Fuzzy.ge(a.area(), b.area()));
        sink.binary("<->", circle, circle, float8, (x, y) -> ((Circle) x).distanceTo((Circle) y));
        sink.binary("<->", circle, polygon, float8, (x, y) -> ((Circle) x).distanceTo((Polygon) y));
        sink.binary("<->", polygon, circle, float8, (x, y) -> ((Circle) y).distanceTo((Polygon) x));
        sink.binary("+", circle, point, circle, (x, y) -> ((Circle) x).plus((Point) y));
        sink.binary("-", circle, point, circle, (x, y) -> ((Circle) x).minus((Point) y));
        sink.binary("*", circle, point, circle, (x, y) -> ((Circle) x).times((Point) y));
        sink.binary("/", circle, point, circle, (x, y) -> ((Circle) x).dividedBy((Point) y));
        PgType line = Types.LINE;
        lineTest(sink, "=", Line::sameAs);
        lineTest(sink, "?#", (a, b) -> a.intersection(b) != null);
        lineTest(sink, "?||", (a, b) -> a.intersection(b) == null);
        lineTest(sink, "?-|", Line::perpendicularTo);
        sink.binary("#", line, line, point, (x, y) -> ((Line) x).intersection((Line) y));
        sink.binary("<->", line, line, float8, (x, y) -> ((Line) x).distanceTo((Line) y));
        sink.binary("<->", point, line, float8, (x, y) -> ((Line) y).distanceTo((Point) x));
        sink.binary("<->", line, point, float8, (x, y) -> ((Line) x).distanceTo((Point) y));
        sink.binary("<@", point, line, bool, (x, y) -> ((Line) y).contains((Point) x));
        PgType path = Types.PATH;
        sink.binary("=", path, path, bool, (x, y) -> ((Path) x).size() == ((Path) y).size());
        sink.binary("<", path, path, bool, (x, y) -> ((Path) x).size() < ((Path) y).size());
        sink.binary("<=", path, path, bool, (x, y) -> ((Path) x).size() <= ((Path) y).size());
        sink.binary(">", path, path, bool, (x, y) -> ((Path) x).size() > ((Path) y).size());
        sink.binary(">=", path, path, bool, (x, y) -> ((Path) x).size() >= ((Path) y).size());
        sink.binary("+", path, path, path, (x, y) -> ((Path) x).concat((Path) y));
        sink.binary("<->", path, path, float8, (x, y) -> ((Path) x).distanceTo((Path) y));
        sink.binary("+", path, point, path, (x, y) -> ((Path) x).map(p -> p.plus((Point) y)));
        sink.binary("-", path, point, path, (x, y) -> ((Path) x).map(p -> p.minus((Point) y)));
        sink.binary("*", path, point, path, (x, y) -> ((Path) x).map(p -> p.times((Point) y)));
        sink.binary("/", path, point, path, (x, y) -> ((Path) x).map(p -> p.dividedBy((Point) y)));
        sink.binary("<->", point, path, float8, (x, y) -> ((Path) y).distanceTo((Point) x));
        sink.binary("<->", path, point, float8, (x, y) -> ((Path) x).distanceTo((Point) y));
        sink.binary("<@", point, path, bool, (x, y) -> ((Path) y).contains((Point) x));
        sink.binary("@>", path, point, bool, (x, y) -> ((Path) x).contains((Point) y));
        PgType lseg = Types.LSEG;
        lsegTest(sink, "=", Lseg::sameAs);
        lsegTest(sink, "<>", (a, b) -> !a.p0().sameAs(b.p0()) || !a.p1().sameAs(b.p1()));
        lsegTest(sink, "<", (a, b) -> Fuzzy.lt(a.length(), b.length()));
        lsegTest(sink, "<=", (a, b) -> Fuzzy.le(a.length(), b.length()));
        lsegTest(sink, ">", (a, b) -> Fuzzy.gt(a.length(), b.length()));
        lsegTest(sink, ">=", (a, b) -> Fuzzy.ge(a.length(), b.length()));
        lsegTest(sink, "?#", Lseg::intersects);
        lsegTest(sink, "?||", Lseg::parallelTo);
        lsegTest(sink, "?-|", Lseg::perpendicularTo);
        sink.binary("#", lseg, lseg, point, (x, y) -> ((Lseg) x).intersection((Lseg) y));
        sink.binary("<->", lseg, lseg, float8, (x, y) -> ((Lseg) x).distanceTo((Lseg) y));
        sink.binary("<->", point, lseg, float8, (x, y) -> ((Lseg) y).distanceTo((Point) x));
        sink.binary("<->", lseg, point, float8, (x, y) -> ((Lseg) x).distanceTo((Point) y));
        sink.binary("<@", point, lseg, bool, (x, y) -> ((Lseg) y).contains((Point) x));
        sink.binary("<@", lseg, box, bool, (x, y) -> ((Box) y).contains(((Lseg) x).p0())
                && ((Box) y).contains(((Lseg) x).p1()));
        sink.binary("<@", point, circle, bool, (x, y) -> ((Circle) y).contains((Point) x));
        sink.binary("@>", circle, point, bool, (x, y) -> ((Circle) x).contains((Point) y));
        sink.binary("&&", circle, circle, bool, (x, y) -> ((Circle) x).overlaps((Circle) y));
        sink.binary("~=", circle, circle, bool, (x, y) -> ((Circle) x).sameAs((Circle) y));
        sink.binary("<->", point, circle, float8, (x, y) -> ((Circle) y).distanceTo((Point) x));
        sink.binary("<->", circle, point, float8, (x, y) -> ((Circle) x).distanceTo((Point) y));
    }

    private static void pointTest(OperatorSink sink, String name, PointTest test) {
        sink.binary(name, Types.POINT, Types.POINT, Types.BOOL, (x, y) -> test.test((Point) x, (Point) y));
    }

    private interface LineTest {
        boolean test(Line a, Line b);
    }

    private static void lineTest(OperatorSink sink, String name, LineTest test) {
        sink.binary(name, Types.LINE, Types.LINE, Types.BOOL, (x, y) -> test.test((Line) x, (Line) y));
    }

    private interface LsegTest {
        boolean test(Lseg a, Lseg b);
    }

    private static void lsegTest(OperatorSink sink, String name, LsegTest test) {
        sink.binary(name, Types.LSEG, Types.LSEG, Types.BOOL, (x, y) -> test.test((Lseg) x, (Lseg) y));
    }

    private interface CircleTest {
        boolean test(Circle a, Circle b);
    }

    private static void circleTest(OperatorSink sink, String name, CircleTest test) {
        sink.binary(name, Types.CIRCLE, Types.CIRCLE, Types.BOOL, (x, y) -> test.test((Circle) x, (Circle) y));
    }

    /** Prefix operators: @@ (center of box, circle, polygon) and # (number of polygon points). */
    public static void registerPrefixOperators(OperatorSink sink) {
        sink.binary("@@", null, Types.BOX, Types.POINT, (x, y) -> ((Box) y).center());
        sink.binary("@@", null, Types.CIRCLE, Types.POINT, (x, y) -> ((Circle) y).center());
        sink.binary("@@", null, Types.POLYGON, Types.POINT, (x, y) -> ((Polygon) y).toCircle().center());
        sink.binary("@@", null, Types.LSEG, Types.POINT, (x, y) -> ((Lseg) y).center());
        sink.binary("?|", null, Types.LSEG, Types.BOOL, (x, y) -> ((Lseg) y).isVertical());
        sink.binary("?-", null, Types.LSEG, Types.BOOL, (x, y) -> ((Lseg) y).isHorizontal());
        sink.binary("?|", null, Types.LINE, Types.BOOL, (x, y) -> Fuzzy.zero(((Line) y).b()));
        sink.binary("?-", null, Types.LINE, Types.BOOL, (x, y) -> Fuzzy.zero(((Line) y).a()));
        sink.binary("#", null, Types.PATH, Types.INT4, (x, y) -> ((Path) y).size());
        sink.binary("@-@", null, Types.PATH, Types.FLOAT8, (x, y) -> ((Path) y).length());
        sink.binary("@-@", null, Types.LSEG, Types.FLOAT8, (x, y) -> ((Lseg) y).length());
        sink.binary("#", null, Types.POLYGON, Types.INT4, (x, y) -> ((Polygon) y).size());
    }

    private interface PolygonTest {
        boolean test(Polygon a, Polygon b);
    }

    private static void polygonTest(OperatorSink sink, String name, PolygonTest test) {
        sink.binary(name, Types.POLYGON, Types.POLYGON, Types.BOOL, (x, y) -> test.test((Polygon) x, (Polygon) y));
    }

    private static void boxTest(OperatorSink sink, String name, BoxTest test) {
        sink.binary(name, Types.BOX, Types.BOX, Types.BOOL, (x, y) -> test.test((Box) x, (Box) y));
    }

    /** The explicit conversions between shapes (pg_cast's function casts among point, box, circle, polygon). */
    public static void registerCasts(CastSink sink) {
        CastContext e = CastContext.EXPLICIT;
        sink.cast(Types.POLYGON, Types.PATH, CastContext.ASSIGNMENT, v -> new Path(((Polygon) v).points(), true));
        sink.cast(Types.PATH, Types.POLYGON, e, v -> Polygon.fromPath((Path) v));
        sink.cast(Types.LSEG, Types.POINT, e, v -> ((Lseg) v).center());
        sink.cast(Types.BOX, Types.LSEG, e, v -> new Lseg(((Box) v).high(), ((Box) v).low()));
        sink.cast(Types.BOX, Types.POINT, e, v -> ((Box) v).center());
        sink.cast(Types.BOX, Types.POLYGON, e, v -> ((Box) v).toPolygon());
        sink.cast(Types.BOX, Types.CIRCLE, e, v -> ((Box) v).toCircle());
        sink.cast(Types.CIRCLE, Types.POINT, e, v -> ((Circle) v).center());
        sink.cast(Types.CIRCLE, Types.BOX, e, v -> ((Circle) v).toBox());
        sink.cast(Types.POLYGON, Types.BOX, e, v -> ((Polygon) v).boundBox());
        sink.cast(Types.POLYGON, Types.CIRCLE, e, v -> ((Polygon) v).toCircle());
        sink.cast(Types.POLYGON, Types.POINT, e, v -> ((Polygon) v).toCircle().center());
        sink.cast(Types.CIRCLE, Types.POLYGON, e, v -> ((Circle) v).toPolygon(12));
        sink.cast(Types.POINT, Types.BOX, e, v -> Box.construct((Point) v, (Point) v));
    }
}
