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
        sink.binary("<@", point, box, bool, (x, y) -> ((Box) y).contains((Point) x));
        sink.binary("@>", box, point, bool, (x, y) -> ((Box) x).contains((Point) y));
        sink.binary("<->", point, box, float8, (x, y) -> ((Box) y).distanceTo((Point) x));
        sink.binary("<->", box, point, float8, (x, y) -> ((Box) x).distanceTo((Point) y));

        sink.binary("<@", point, polygon, bool, (x, y) -> ((Polygon) y).contains((Point) x));
        sink.binary("@>", polygon, point, bool, (x, y) -> ((Polygon) x).contains((Point) y));
        sink.binary("&&", polygon, polygon, bool, (x, y) -> ((Polygon) x).overlaps((Polygon) y));
        sink.binary("~=", polygon, polygon, bool, (x, y) -> ((Polygon) x).sameAs((Polygon) y));
        sink.binary("<->", point, polygon, float8, (x, y) -> ((Polygon) y).distanceTo((Point) x));
        sink.binary("<->", polygon, point, float8, (x, y) -> ((Polygon) x).distanceTo((Point) y));

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

    private static void boxTest(OperatorSink sink, String name, BoxTest test) {
        sink.binary(name, Types.BOX, Types.BOX, Types.BOOL, (x, y) -> test.test((Box) x, (Box) y));
    }

    /** The explicit conversions between shapes (pg_cast's function casts among point, box, circle, polygon). */
    public static void registerCasts(CastSink sink) {
        CastContext e = CastContext.EXPLICIT;
        sink.cast(Types.BOX, Types.POINT, e, v -> ((Box) v).center());
        sink.cast(Types.BOX, Types.POLYGON, e, v -> ((Box) v).toPolygon());
        sink.cast(Types.BOX, Types.CIRCLE, e, v -> ((Box) v).toCircle());
        sink.cast(Types.CIRCLE, Types.POINT, e, v -> ((Circle) v).center());
        sink.cast(Types.CIRCLE, Types.BOX, e, v -> ((Circle) v).toBox());
        sink.cast(Types.POLYGON, Types.BOX, e, v -> ((Polygon) v).boundBox());
    }
}
