package io.pglitedb.types.geo;

/** A line Ax + By + C = 0 (geo_decls.h's LINE): the line type's value, and a tool of the other operators. */
public record Line(double a, double b, double c) {

    /** line_construct_pp (line(point, point)): 22023 when the points are the same. */
    public static Line throughPoints(Point p1, Point p2) {
        if (p1.sameAs(p2)) {
            throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.INVALID_PARAMETER_VALUE,
                    "invalid line specification: must be two distinct points");
        }
        return through(p1, p1.slope(p2));
    }

    /** line_eq (=): proportional coefficients within EPSILON; with NaN, exactly equal ones. */
    public boolean sameAs(Line o) {
        if (Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(c)
                || Double.isNaN(o.a) || Double.isNaN(o.b) || Double.isNaN(o.c)) {
            return Fuzzy.float8Eq(a, o.a) && Fuzzy.float8Eq(b, o.b) && Fuzzy.float8Eq(c, o.c);
        }
        double ratio;
        if (!Fuzzy.zero(o.a)) {
            ratio = Fuzzy.divide(a, o.a);
        } else if (!Fuzzy.zero(o.b)) {
            ratio = Fuzzy.divide(b, o.b);
        } else if (!Fuzzy.zero(o.c)) {
            ratio = Fuzzy.divide(c, o.c);
        } else {
            ratio = 1.0;
        }
        return Fuzzy.eq(a, Fuzzy.times(ratio, o.a)) && Fuzzy.eq(b, Fuzzy.times(ratio, o.b))
                && Fuzzy.eq(c, Fuzzy.times(ratio, o.c));
    }

    /** line_perp (?-|). */
    public boolean perpendicularTo(Line o) {
        if (Fuzzy.zero(a)) {
            return Fuzzy.zero(o.b);
        }
        if (Fuzzy.zero(o.a)) {
            return Fuzzy.zero(b);
        }
        if (Fuzzy.zero(b)) {
            return Fuzzy.zero(o.a);
        }
        if (Fuzzy.zero(o.b)) {
            return Fuzzy.zero(a);
        }
        return Fuzzy.eq(Fuzzy.divide(Fuzzy.times(a, o.a), Fuzzy.times(b, o.b)), -1.0);
    }

    /** line_distance (<->): 0 when they intersect, else between the parallels. */
    public double distanceTo(Line o) {
        if (intersection(o) != null) {
            return 0.0;
        }
        double ratio;
        if (!Fuzzy.zero(a) && !Double.isNaN(a) && !Fuzzy.zero(o.a) && !Double.isNaN(o.a)) {
            ratio = Fuzzy.divide(a, o.a);
        } else if (!Fuzzy.zero(b) && !Double.isNaN(b) && !Fuzzy.zero(o.b) && !Double.isNaN(o.b)) {
            ratio = Fuzzy.divide(b, o.b);
        } else {
            ratio = 1.0;
        }
        return Fuzzy.divide(Math.abs(Fuzzy.minus(c, Fuzzy.times(ratio, o.c))), Fuzzy.hypot(a, b));
    }

    /** line_contain_point (point <@ line): the point satisfies the equation within EPSILON. */
    public boolean contains(Point p) {
        return Fuzzy.zero(Fuzzy.plus(Fuzzy.plus(Fuzzy.times(a, p.x()), Fuzzy.times(b, p.y())), c));
    }

    /** line_construct: the line through {@code pt} with slope {@code m}. */
    static Line through(Point pt, double m) {
        if (Double.isInfinite(m)) {
            return new Line(-1.0, 0.0, pt.x());
        }
        if (m == 0) {
            return new Line(0.0, -1.0, pt.y());
        }
        double c = Fuzzy.minus(pt.y(), Fuzzy.times(m, pt.x()));
        return new Line(m, -1.0, c == 0.0 ? 0.0 : c);
    }

    /** line_invsl. */
    double inverseSlope() {
        if (Fuzzy.zero(a)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Fuzzy.zero(b)) {
            return 0.0;
        }
        return Fuzzy.divide(b, a);
    }

    /** line_interpt_line: the intersection point, or null when the lines are parallel (or the same). */
    public Point intersection(Line l2) {
        double x;
        double y;
        if (!Fuzzy.zero(b)) {
            if (Fuzzy.eq(l2.a, Fuzzy.times(a, Fuzzy.divide(l2.b, b)))) {
                return null;
            }
            x = Fuzzy.divide(Fuzzy.minus(Fuzzy.times(b, l2.c), Fuzzy.times(l2.b, c)),
                    Fuzzy.minus(Fuzzy.times(a, l2.b), Fuzzy.times(l2.a, b)));
            y = Fuzzy.divide(-Fuzzy.plus(Fuzzy.times(a, x), c), b);
        } else if (!Fuzzy.zero(l2.b)) {
            if (Fuzzy.eq(a, Fuzzy.times(l2.a, Fuzzy.divide(b, l2.b)))) {
                return null;
            }
            x = Fuzzy.divide(Fuzzy.minus(Fuzzy.times(l2.b, c), Fuzzy.times(b, l2.c)),
                    Fuzzy.minus(Fuzzy.times(l2.a, b), Fuzzy.times(a, l2.b)));
            y = Fuzzy.divide(-Fuzzy.plus(Fuzzy.times(l2.a, x), l2.c), l2.b);
        } else {
            return null;
        }
        return new Point(x == 0.0 ? 0.0 : x, y == 0.0 ? 0.0 : y);
    }

    /** line_closept_point's distance: NaN when no perpendicular can be dropped. */
    public double distanceTo(Point point) {
        Point closest = Line.through(point, inverseSlope()).intersection(this);
        return closest == null ? Double.NaN : closest.distance(point);
    }
}
