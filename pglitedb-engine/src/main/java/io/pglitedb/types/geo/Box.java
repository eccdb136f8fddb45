package io.pglitedb.types.geo;

/**
 * A box by its upper-right and lower-left corners (geo_decls.h's BOX): {@link #of} puts the
 * corners in that order, as box_in and box_recv do.
 */
public record Box(Point high, Point low) {

    /** A box from two opposite corners in any order (box_in's reordering: NaN counts as largest). */
    public static Box of(Point a, Point b) {
        double hx = a.x();
        double lx = b.x();
        if (Fuzzy.float8Lt(hx, lx)) {
            double t = hx;
            hx = lx;
            lx = t;
        }
        double hy = a.y();
        double ly = b.y();
        if (Fuzzy.float8Lt(hy, ly)) {
            double t = hy;
            hy = ly;
            ly = t;
        }
        return new Box(new Point(hx, hy), new Point(lx, ly));
    }

    /** box_construct (box(point, point)): float8_gt picks the high corner. */
    public static Box construct(Point p1, Point p2) {
        double hx;
        double lx;
        if (Fuzzy.float8Gt(p1.x(), p2.x())) {
            hx = p1.x();
            lx = p2.x();
        } else {
            hx = p2.x();
            lx = p1.x();
        }
        double hy;
        double ly;
        if (Fuzzy.float8Gt(p1.y(), p2.y())) {
            hy = p1.y();
            ly = p2.y();
        } else {
            hy = p2.y();
            ly = p1.y();
        }
        return new Box(new Point(hx, hy), new Point(lx, ly));
    }

    /** box + point: translated. */
    public Box plus(Point p) {
        return new Box(high.plus(p), low.plus(p));
    }

    /** box - point: translated. */
    public Box minus(Point p) {
        return new Box(high.minus(p), low.minus(p));
    }

    /** box * point: both corners scaled and rotated, then put in order again. */
    public Box times(Point p) {
        return construct(high.times(p), low.times(p));
    }

    /** box / point. */
    public Box dividedBy(Point p) {
        return construct(high.dividedBy(p), low.dividedBy(p));
    }

    /** box_intersect (#): the overlap of two boxes, or null when they do not overlap. */
    public Box intersection(Box o) {
        if (!overlaps(o)) {
            return null;
        }
        return new Box(new Point(Fuzzy.min(high.x(), o.high.x()), Fuzzy.min(high.y(), o.high.y())),
                new Point(Fuzzy.max(low.x(), o.low.x()), Fuzzy.max(low.y(), o.low.y())));
    }

    /** boxes_bound_box (bound_box): the smallest box holding both. */
    public Box boundWith(Box o) {
        return new Box(new Point(Fuzzy.max(high.x(), o.high.x()), Fuzzy.max(high.y(), o.high.y())),
                new Point(Fuzzy.min(low.x(), o.low.x()), Fuzzy.min(low.y(), o.low.y())));
    }

    /** box_cn: the center. */
    public Point center() {
        return new Point(Fuzzy.divide(Fuzzy.plus(high.x(), low.x()), 2.0),
                Fuzzy.divide(Fuzzy.plus(high.y(), low.y()), 2.0));
    }

    /** box_ar: width times height. */
    public double area() {
        return Fuzzy.times(width(), height());
    }

    public double width() {
        return Fuzzy.minus(high.x(), low.x());
    }

    public double height() {
        return Fuzzy.minus(high.y(), low.y());
    }

    /** box_same (~=). */
    public boolean sameAs(Box o) {
        return high.sameAs(o.high) && low.sameAs(o.low);
    }

    /** box_ov (&&). */
    public boolean overlaps(Box o) {
        return Fuzzy.le(low.x(), o.high.x()) && Fuzzy.le(o.low.x(), high.x())
                && Fuzzy.le(low.y(), o.high.y()) && Fuzzy.le(o.low.y(), high.y());
    }

    /** box_contain_box (@>): {@code o} lies within this box, within EPSILON. */
    public boolean contains(Box o) {
        return Fuzzy.ge(high.x(), o.high.x()) && Fuzzy.le(low.x(), o.low.x())
                && Fuzzy.ge(high.y(), o.high.y()) && Fuzzy.le(low.y(), o.low.y());
    }

    /** box_contain_point (@> point, point <@ box): in the box or on its border, exactly. */
    public boolean contains(Point p) {
        return high.x() >= p.x() && low.x() <= p.x() && high.y() >= p.y() && low.y() <= p.y();
    }

    /** box_left (<<). */
    public boolean leftOf(Box o) {
        return Fuzzy.lt(high.x(), o.low.x());
    }

    /** box_overleft (&<). */
    public boolean overLeft(Box o) {
        return Fuzzy.le(high.x(), o.high.x());
    }

    /** box_right (>>). */
    public boolean rightOf(Box o) {
        return Fuzzy.gt(low.x(), o.high.x());
    }

    /** box_overright (&>). */
    public boolean overRight(Box o) {
        return Fuzzy.ge(low.x(), o.low.x());
    }

    /** box_below (<<|). */
    public boolean below(Box o) {
        return Fuzzy.lt(high.y(), o.low.y());
    }

    /** box_overbelow (&<|). */
    public boolean overBelow(Box o) {
        return Fuzzy.le(high.y(), o.high.y());
    }

    /** box_above (|>>). */
    public boolean above(Box o) {
        return Fuzzy.gt(low.y(), o.high.y());
    }

    /** box_overabove (|&>). */
    public boolean overAbove(Box o) {
        return Fuzzy.ge(low.y(), o.low.y());
    }

    /** box_closept_point's distance (point <-> box): 0 inside, else to the nearest edge. */
    public double distanceTo(Point pt) {
        if (contains(pt)) {
            return 0.0;
        }
        Point corner = new Point(low.x(), high.y());
        double dist = new Lseg(low, corner).distanceTo(pt);
        double d = new Lseg(high, corner).distanceTo(pt);
        if (Fuzzy.float8Lt(d, dist)) {
            dist = d;
        }
        corner = new Point(high.x(), low.y());
        d = new Lseg(low, corner).distanceTo(pt);
        if (Fuzzy.float8Lt(d, dist)) {
            dist = d;
        }
        d = new Lseg(high, corner).distanceTo(pt);
        if (Fuzzy.float8Lt(d, dist)) {
            dist = d;
        }
        return dist;
    }

    /** box_circle (circle(box)): centered on the box, through its corners. */
    public Circle toCircle() {
        Point center = center();
        return new Circle(center, center.distance(high));
    }

    /** box_poly (polygon(box)): the four corners, starting at the lower left, clockwise. */
    public Polygon toPolygon() {
        return new Polygon(new Point[] {low, new Point(low.x(), high.y()), high, new Point(high.x(), low.y())}, this);
    }
}
