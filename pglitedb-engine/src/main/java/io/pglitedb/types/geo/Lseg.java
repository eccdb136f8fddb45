package io.pglitedb.types.geo;

/** A line segment between two points (geo_decls.h's LSEG), as the polygon and box operators use it. */
record Lseg(Point p0, Point p1) {

    double slope() {
        return p0.slope(p1);
    }

    /** lseg_contain_point: on the segment, by the triangle inequality within EPSILON. */
    boolean contains(Point pt) {
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
    Point intersection(Lseg l2) {
        Point interpt = intersection(Line.through(l2.p0, l2.slope()));
        return interpt != null && l2.contains(interpt) ? interpt : null;
    }

    boolean intersects(Lseg l2) {
        return intersection(l2) != null;
    }

    /** lseg_closept_lseg's distance: 0 when they intersect, else from the nearest endpoints. */
    double distanceTo(Lseg to) {
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
    double distanceTo(Point pt) {
        Line perpendicular = Line.through(pt, p0.inverseSlope(p1));
        return closestTo(perpendicular).distance(pt);
    }
}
