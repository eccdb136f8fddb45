package io.pglitedb.types.geo;

/**
 * A line Ax + By + C = 0 (geo_decls.h's LINE). Only the operators use it here: there is no line
 * column type yet.
 */
record Line(double a, double b, double c) {

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
    Point intersection(Line l2) {
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
    double distanceTo(Point point) {
        Point closest = Line.through(point, inverseSlope()).intersection(this);
        return closest == null ? Double.NaN : closest.distance(point);
    }
}
