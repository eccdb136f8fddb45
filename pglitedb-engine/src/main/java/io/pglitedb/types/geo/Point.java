package io.pglitedb.types.geo;

/** A point value (x, y): geo_decls.h's Point, and the point routines of geo_ops.c. */
public record Point(double x, double y) {

    /** point_eq_point: fuzzy equality, except that NaN coordinates must match exactly. */
    public boolean sameAs(Point o) {
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isNaN(o.x) || Double.isNaN(o.y)) {
            return Fuzzy.float8Eq(x, o.x) && Fuzzy.float8Eq(y, o.y);
        }
        return Fuzzy.eq(x, o.x) && Fuzzy.eq(y, o.y);
    }

    /** point_dt: the distance between two points. */
    public double distance(Point o) {
        return Fuzzy.hypot(Fuzzy.minus(x, o.x), Fuzzy.minus(y, o.y));
    }

    /** slope(point, point). */
    public double slopeTo(Point o) {
        return slope(o);
    }

    /** point_sl: the slope of the line through both points (infinite when vertical or the same). */
    double slope(Point o) {
        if (Fuzzy.eq(x, o.x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Fuzzy.eq(y, o.y)) {
            return 0.0;
        }
        return Fuzzy.divide(Fuzzy.minus(y, o.y), Fuzzy.minus(x, o.x));
    }

    /** point_invsl: the slope of a perpendicular to the line through both points. */
    double inverseSlope(Point o) {
        if (Fuzzy.eq(x, o.x)) {
            return 0.0;
        }
        if (Fuzzy.eq(y, o.y)) {
            return Double.POSITIVE_INFINITY;
        }
        return Fuzzy.divide(Fuzzy.minus(x, o.x), Fuzzy.minus(o.y, y));
    }

    /** point + point. */
    public Point plus(Point o) {
        return new Point(Fuzzy.plus(x, o.x), Fuzzy.plus(y, o.y));
    }

    /** point - point. */
    public Point minus(Point o) {
        return new Point(Fuzzy.minus(x, o.x), Fuzzy.minus(y, o.y));
    }

    /** point * point: multiplication as complex numbers (rotation and scaling). */
    public Point times(Point o) {
        return new Point(Fuzzy.minus(Fuzzy.times(x, o.x), Fuzzy.times(y, o.y)),
                Fuzzy.plus(Fuzzy.times(x, o.y), Fuzzy.times(y, o.x)));
    }

    /** point / point: division as complex numbers. */
    public Point dividedBy(Point o) {
        double div = Fuzzy.plus(Fuzzy.times(o.x, o.x), Fuzzy.times(o.y, o.y));
        return new Point(Fuzzy.divide(Fuzzy.plus(Fuzzy.times(x, o.x), Fuzzy.times(y, o.y)), div),
                Fuzzy.divide(Fuzzy.minus(Fuzzy.times(y, o.x), Fuzzy.times(x, o.y)), div));
    }

    /** << : strictly left of. */
    public boolean leftOf(Point o) {
        return Fuzzy.lt(x, o.x);
    }

    /** >> : strictly right of. */
    public boolean rightOf(Point o) {
        return Fuzzy.gt(x, o.x);
    }

    /** |>> : strictly above. */
    public boolean above(Point o) {
        return Fuzzy.gt(y, o.y);
    }

    /** <<| : strictly below. */
    public boolean below(Point o) {
        return Fuzzy.lt(y, o.y);
    }

    /** ?| : vertically aligned. */
    public boolean vertical(Point o) {
        return Fuzzy.eq(x, o.x);
    }

    /** ?- : horizontally aligned. */
    public boolean horizontal(Point o) {
        return Fuzzy.eq(y, o.y);
    }
}
