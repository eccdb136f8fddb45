package io.pglitedb.types.geo;

/** A line segment between two points (geo_decls.h's LSEG): the lseg type's value, and an edge of boxes and polygons. */
public record Lseg(Point p0, Point p1) {

    /** lseg_eq (=): both endpoints the same, in order. */
    public boolean sameAs(Lseg o) {
        return p0.sameAs(o.p0) && p1.sameAs(o.p1);
    }

    /** lseg_length. */
    public double length() {
        return p0.distance(p1);
    }

    /** lseg_center (@@). */
    public Point center() {
        return new Point(Fuzzy.divide(Fuzzy.plus(p0.x(), p1.x()), 2.0), Fuzzy.divide(Fuzzy.plus(p0.y(), p1.y()), 2.0));
    }

    /** lseg_parallel (?||). */
    public boolean parallelTo(Lseg o) {
        return Fuzzy.eq(slope(), o.slope());
    }

    /** lseg_perp (?-|). */
    public boolean perpendicularTo(Lseg o) {
        return Fuzzy.eq(slope(), o.p0.inverseSlope(o.p1));
    }

    /** lseg_vertical (?|). */
    public boolean isVertical() {
        return Fuzzy.eq(p0.x(), p1.x());
    }

    /** lseg_horizontal (?-). */
    public boolean isHorizontal() {
        return Fuzzy.eq(p0.y(), p1.y());
    }

    double slope() {
        return p0.slope(p1);
    }

    /** lseg_contain_point: on the segment, by the triangle inequality within EPSILON. */
    public boolean contains(Point pt) {
        return Fuzzy.eq(pt.distance(p0) + pt.distance(p1), p0.distance(p1));
    }

    /** lseg_interpt_line: the intersection with a line when it falls on the segment, else null. */
    Point intersection(Line line) {
        Point interpt = Line.through(p0, slope()).intersection(line);
        if (interpt == null || !contains(interpt)) {
            return null;
        }
        if (p0.sameAs(interpt)) {
            return p0;
        }
        return p1.sameAs(interpt) ? p1 : interpt;
    }

    /** lseg_interpt_lseg: the intersection point of two segments, or null. */
    public Point intersection(Lseg l2) {
        Point interpt = intersection(Line.through(l2.p0, l2.slope()));
        return interpt != null && l2.contains(interpt) ? interpt : null;
    }

    public boolean intersects(Lseg l2) {
        return intersection(l2) != null;
    }

    /** lseg_closept_lseg's distance: 0 when they intersect, else from the nearest endpoints. */
    public double distanceTo(Lseg to) {
        if (intersects(to)) {
            return 0.0;
        }
        double dist = distanceTo(to.p0);
        double d = distanceTo(to.p1);
        if (Fuzzy.float8Lt(d, dist)) {
            dist = d;
        }
        d = to.distanceTo(p0);
        if (Fuzzy.float8Lt(d, dist)) {
            dist = d;
        }
        d = to.distanceTo(p1);
        if (Fuzzy.float8Lt(d, dist)) {
            dist = d;
        }
        return dist;
    }

    /** lseg_closept_line: the distance from the line to the segment's closest point, and that point. */
    private Point closestTo(Line line) {
        Point interpt = intersection(line);
        if (interpt != null) {
            return interpt;
        }
        double d1 = line.distanceTo(p0);
        double d2 = line.distanceTo(p1);
        return d1 < d2 ? p0 : p1;
    }

    /** lseg_closept_point: the distance from {@code pt} to the closest point of the segment. */
    public double distanceTo(Point pt) {
        Line perpendicular = Line.through(pt, p0.inverseSlope(p1));
        return closestTo(perpendicular).distance(pt);
    }
}
