package io.pglitedb.types.geo;

/** A circle by center and radius (geo_decls.h's CIRCLE); the radius is never negative (NaN allowed). */
public record Circle(Point center, double radius) {

    /** circle_overlap (&&): the centers are no farther apart than the radii sum, within EPSILON. */
    public boolean overlaps(Circle o) {
        return Fuzzy.le(center.distance(o.center), Fuzzy.plus(radius, o.radius));
    }

    /** circle_contain_pt (@> point, point <@ circle): exact comparison with the radius. */
    public boolean contains(Point p) {
        return center.distance(p) <= radius;
    }

    /** dist_cpoint (circle <-> point): distance to the circle's edge, 0 inside. */
    public double distanceTo(Point p) {
        double result = Fuzzy.minus(p.distance(center), radius);
        return result < 0 ? 0.0 : result;
    }

    /** circle_contained (<@): within {@code o}, within EPSILON. */
    public boolean containedIn(Circle o) {
        return Fuzzy.le(Fuzzy.plus(center.distance(o.center), radius), o.radius);
    }

    /** circle_distance (<->): between the edges, 0 when they overlap. */
    public double distanceTo(Circle o) {
        double result = Fuzzy.minus(center.distance(o.center), Fuzzy.plus(radius, o.radius));
        return result < 0 ? 0.0 : result;
    }

    /** dist_cpoly (<-> polygon): from the center to the polygon, less the radius, at least 0. */
    public double distanceTo(Polygon poly) {
        double result = Fuzzy.minus(poly.distanceTo(center), radius);
        return result < 0 ? 0.0 : result;
    }

    /** circle + point: translated. */
    public Circle plus(Point p) {
        return new Circle(center.plus(p), radius);
    }

    /** circle - point: translated. */
    public Circle minus(Point p) {
        return new Circle(center.minus(p), radius);
    }

    /** circle * point: the center multiplied as a complex number, the radius scaled by |p|. */
    public Circle times(Point p) {
        return new Circle(center.times(p), Fuzzy.times(radius, Fuzzy.hypot(p.x(), p.y())));
    }

    /** circle / point. */
    public Circle dividedBy(Point p) {
        return new Circle(center.dividedBy(p), Fuzzy.divide(radius, Fuzzy.hypot(p.x(), p.y())));
    }

    /** circle_poly: {@code npts} points on the circle, counter-clockwise from the leftmost. */
    public Polygon toPolygon(int npts) {
        if (Fuzzy.zero(radius)) {
            throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.FEATURE_NOT_SUPPORTED,
                    "cannot convert circle with radius zero to polygon");
        }
        if (npts < 2) {
            throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.INVALID_PARAMETER_VALUE,
                    "must request at least 2 points");
        }
        double step = Fuzzy.divide(2.0 * Math.PI, npts);
        Point[] points = new Point[npts];
        for (int i = 0; i < npts; i++) {
            double angle = Fuzzy.times(step, i);
            points[i] = new Point(Fuzzy.minus(center.x(), Fuzzy.times(radius, Math.cos(angle))),
                    Fuzzy.plus(center.y(), Fuzzy.times(radius, Math.sin(angle))));
        }
        return Polygon.of(points);
    }

    /** circle_same (~=). */
    public boolean sameAs(Circle o) {
        return ((Double.isNaN(radius) && Double.isNaN(o.radius)) || Fuzzy.eq(radius, o.radius))
                && center.sameAs(o.center);
    }

    /** circle_box (box(circle)): the box inscribed in the circle. */
    public Box toBox() {
        double delta = Fuzzy.divide(radius, Math.sqrt(2.0));
        return new Box(new Point(Fuzzy.plus(center.x(), delta), Fuzzy.plus(center.y(), delta)),
                new Point(Fuzzy.minus(center.x(), delta), Fuzzy.minus(center.y(), delta)));
    }

    /** circle_area. */
    public double area() {
        return Fuzzy.times(Fuzzy.times(radius, radius), Math.PI);
    }
}
