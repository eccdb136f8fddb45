package io.pglitedb.types.geo;

import java.util.Arrays;

/**
 * A polygon: its vertices in input order and their bounding box (geo_decls.h's POLYGON). The
 * point-in-polygon test is geo_ops.c's ray crossing count (point_inside / lseg_crossing).
 */
public record Polygon(Point[] points, Box boundBox) {

    private static final int POINT_ON_POLYGON = Integer.MAX_VALUE;

    public Polygon {
        points = points.clone();
    }

    /** A polygon with its bounding box computed as make_bound_box does. */
    public static Polygon of(Point[] points) {
        double x1 = points[0].x();
        double x2 = x1;
        double y1 = points[0].y();
        double y2 = y1;
        for (int i = 1; i < points.length; i++) {
            Point p = points[i];
            if (Fuzzy.float8Lt(p.x(), x1)) {
                x1 = p.x();
            }
            if (Fuzzy.float8Gt(p.x(), x2)) {
                x2 = p.x();
            }
            if (Fuzzy.float8Lt(p.y(), y1)) {
                y1 = p.y();
            }
            if (Fuzzy.float8Gt(p.y(), y2)) {
                y2 = p.y();
            }
        }
        return new Polygon(points, new Box(new Point(x2, y2), new Point(x1, y1)));
    }

    /** path_poly (polygon(path)): only a closed path becomes a polygon (22023). */
    public static Polygon fromPath(Path p) {
        if (!p.closed()) {
            throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.INVALID_PARAMETER_VALUE,
                    "open path cannot be converted to polygon");
        }
        return of(p.points());
    }

    @Override
    public Point[] points() {
        return points.clone();
    }

    public int size() {
        return points.length;
    }

    public Point point(int i) {
        return points[i];
    }

    /** pt_contained_poly (point <@ polygon, polygon @> point): inside or on the border. */
    public boolean contains(Point p) {
        return inside(p, points) != 0;
    }

    /** poly_overlap (&&): the bounding boxes overlap and an edge crosses or one holds the other's first vertex. */
    public boolean overlaps(Polygon o) {
        if (!boundBox.overlaps(o.boundBox)) {
            return false;
        }
        Point a0 = points[points.length - 1];
        for (Point a1 : points) {
            Lseg sa = new Lseg(a0, a1);
            Point b0 = o.points[o.points.length - 1];
            for (Point b1 : o.points) {
                if (sa.intersects(new Lseg(b0, b1))) {
                    return true;
                }
                b0 = b1;
            }
            a0 = a1;
        }
        return inside(points[0], o.points) != 0 || inside(o.points[0], points) != 0;
    }

    /** poly_to_circle (circle(polygon)): centered on the mean vertex, radius the mean distance to it. */
    public Circle toCircle() {
        double x = 0;
        double y = 0;
        for (Point p : points) {
            x = Fuzzy.plus(x, p.x());
            y = Fuzzy.plus(y, p.y());
        }
        Point center = new Point(Fuzzy.divide(x, points.length), Fuzzy.divide(y, points.length));
        double radius = 0;
        for (Point p : points) {
            radius = Fuzzy.plus(radius, p.distance(center));
        }
        return new Circle(center, Fuzzy.divide(radius, points.length));
    }

    /** poly_contain_poly (@>): the bounding box holds the other's and every edge of the other lies inside. */
    public boolean contains(Polygon contained) {
        if (!boundBox.contains(contained.boundBox)) {
            return false;
        }
        Point s0 = contained.points[contained.points.length - 1];
        for (Point s1 : contained.points) {
            if (!segmentInside(s0, s1, 0)) {
                return false;
            }
            s0 = s1;
        }
        return true;
    }

    /** lseg_inside_poly: whether the segment (a, b) lies in this polygon, checking edges from {@code start}. */
    private boolean segmentInside(Point a, Point b, int start) {
        Lseg t = new Lseg(a, b);
        boolean res = true;
        boolean intersection = false;
        Point s0 = points[start == 0 ? points.length - 1 : start - 1];
        for (int i = start; i < points.length && res; i++) {
            Lseg s = new Lseg(s0, points[i]);
            if (s.contains(t.p0())) {
                if (s.contains(t.p1())) {
                    return true;
                }
                res = touchedSegmentInside(t.p0(), t.p1(), s, i + 1);
            } else if (s.contains(t.p1())) {
                res = touchedSegmentInside(t.p1(), t.p0(), s, i + 1);
            } else {
                Point interpt = t.intersection(s);
                if (interpt != null) {
                    intersection = true;
                    res = segmentInside(t.p0(), interpt, i + 1);
                    if (res) {
                        res = segmentInside(t.p1(), interpt, i + 1);
                    }
                }
            }
            s0 = points[i];
        }
        if (res && !intersection) {
            Point p = new Point(Fuzzy.divide(Fuzzy.plus(t.p0().x(), t.p1().x()), 2.0),
                    Fuzzy.divide(Fuzzy.plus(t.p0().y(), t.p1().y()), 2.0));
            res = inside(p, points) != 0;
        }
        return res;
    }

    /** touched_lseg_inside_poly: a lies on edge s, b does not. */
    private boolean touchedSegmentInside(Point a, Point b, Lseg s, int start) {
        Lseg t = new Lseg(a, b);
        if (a.sameAs(s.p0())) {
            if (t.contains(s.p1())) {
                return segmentInside(b, s.p1(), start);
            }
        } else if (a.sameAs(s.p1())) {
            if (t.contains(s.p0())) {
                return segmentInside(b, s.p0(), start);
            }
        } else if (t.contains(s.p0())) {
            return segmentInside(b, s.p0(), start);
        } else if (t.contains(s.p1())) {
            return segmentInside(b, s.p1(), start);
        }
        return true;
    }

    /** poly_distance (<->): 0 when they overlap, else the closest approach of two edges. */
    public double distanceTo(Polygon o) {
        if (overlaps(o)) {
            return 0.0;
        }
        double min = 0.0;
        boolean haveMin = false;
        for (int i = 0; i < points.length; i++) {
            Lseg seg1 = new Lseg(points[i > 0 ? i - 1 : points.length - 1], points[i]);
            for (int j = 0; j < o.points.length; j++) {
                Lseg seg2 = new Lseg(o.points[j > 0 ? j - 1 : o.points.length - 1], o.points[j]);
                double d = seg1.distanceTo(seg2);
                if (!haveMin || Fuzzy.float8Lt(d, min)) {
                    min = d;
                    haveMin = true;
                }
            }
        }
        return min;
    }

    /** dist_ppoly_internal (polygon <-> point): 0 inside, else the distance to the nearest edge. */
    public double distanceTo(Point pt) {
        if (inside(pt, points) != 0) {
            return 0.0;
        }
        int n = points.length;
        double result = new Lseg(points[0], points[n - 1]).distanceTo(pt);
        for (int i = 0; i < n - 1; i++) {
            double d = new Lseg(points[i], points[i + 1]).distanceTo(pt);
            if (Fuzzy.float8Lt(d, result)) {
                result = d;
            }
        }
        return result;
    }

    /** poly_same (~=): the same vertices in the same cyclic order, either direction. */
    public boolean sameAs(Polygon o) {
        return points.length == o.points.length && sameCycle(points, o.points);
    }

    private static boolean sameCycle(Point[] p1, Point[] p2) {
        int n = p1.length;
        for (int i = 0; i < n; i++) {
            if (!p1[i].sameAs(p2[0])) {
                continue;
            }
            boolean forward = true;
            for (int ii = 1, j = i + 1; ii < n; ii++, j++) {
                if (!p2[ii].sameAs(p1[j % n])) {
                    forward = false;
                    break;
                }
            }
            if (forward) {
                return true;
            }
            boolean backward = true;
            for (int ii = 1, j = i - 1; ii < n; ii++, j--) {
                if (j < 0) {
                    j = n - 1;
                }
                if (!p2[ii].sameAs(p1[j])) {
                    backward = false;
                    break;
                }
            }
            if (backward) {
                return true;
            }
        }
        return false;
    }

    /** point_inside: 0 outside, 1 inside, 2 on the border. */
    static int inside(Point p, Point[] plist) {
        double x0 = Fuzzy.minus(plist[0].x(), p.x());
        double y0 = Fuzzy.minus(plist[0].y(), p.y());
        double prevX = x0;
        double prevY = y0;
        int totalCross = 0;
        for (int i = 1; i < plist.length; i++) {
            double x = Fuzzy.minus(plist[i].x(), p.x());
            double y = Fuzzy.minus(plist[i].y(), p.y());
            int cross = crossing(x, y, prevX, prevY);
            if (cross == POINT_ON_POLYGON) {
                return 2;
            }
            totalCross += cross;
            prevX = x;
            prevY = y;
        }
        int cross = crossing(x0, y0, prevX, prevY);
        if (cross == POINT_ON_POLYGON) {
            return 2;
        }
        totalCross += cross;
        return totalCross != 0 ? 1 : 0;
    }

    /** lseg_crossing: how the edge from (prevX, prevY) to (x, y) crosses the positive X axis. */
    private static int crossing(double x, double y, double prevX, double prevY) {
        if (Fuzzy.zero(y)) {
            if (Fuzzy.zero(x)) {
                return POINT_ON_POLYGON;
            } else if (Fuzzy.gt(x, 0)) {
                if (Fuzzy.zero(prevY)) {
                    return Fuzzy.gt(prevX, 0.0) ? 0 : POINT_ON_POLYGON;
                }
                return Fuzzy.lt(prevY, 0.0) ? 1 : -1;
            } else {
                if (Fuzzy.zero(prevY)) {
                    return Fuzzy.lt(prevX, 0.0) ? 0 : POINT_ON_POLYGON;
                }
                return 0;
            }
        }
        int ySign = Fuzzy.gt(y, 0.0) ? 1 : -1;
        if (Fuzzy.zero(prevY)) {
            return Fuzzy.lt(prevX, 0.0) ? 0 : ySign;
        } else if ((ySign < 0 && Fuzzy.lt(prevY, 0.0)) || (ySign > 0 && Fuzzy.gt(prevY, 0.0))) {
            return 0;
        }
        if (Fuzzy.ge(x, 0.0) && Fuzzy.gt(prevX, 0.0)) {
            return 2 * ySign;
        }
        if (Fuzzy.lt(x, 0.0) && Fuzzy.le(prevX, 0.0)) {
            return 0;
        }
        double z = Fuzzy.minus(Fuzzy.times(Fuzzy.minus(x, prevX), y), Fuzzy.times(Fuzzy.minus(y, prevY), x));
        if (Fuzzy.zero(z)) {
            return POINT_ON_POLYGON;
        }
        if ((ySign < 0 && Fuzzy.lt(z, 0.0)) || (ySign > 0 && Fuzzy.gt(z, 0.0))) {
            return 0;
        }
        return 2 * ySign;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Polygon p && Arrays.equals(points, p.points);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(points);
    }

    @Override
    public String toString() {
        return Arrays.toString(points);
    }
}
