package io.pglitedb.types.geo;

import java.util.Arrays;

/** A path: points joined by segments, open or closed (geo_decls.h's PATH). */
public record Path(Point[] points, boolean closed) {

    public Path {
        points = points.clone();
    }

    @Override
    public Point[] points() {
        return points.clone();
    }

    public int size() {
        return points.length;
    }

    public Path withClosed(boolean newClosed) {
        return new Path(points, newClosed);
    }

    /** path + path: an open path followed by another, null when either is closed. */
    public Path concat(Path o) {
        if (closed || o.closed) {
            return null;
        }
        Point[] all = Arrays.copyOf(points, points.length + o.points.length);
        System.arraycopy(o.points, 0, all, points.length, o.points.length);
        return new Path(all, false);
    }

    /** Each point mapped (path + - * / point). */
    public Path map(java.util.function.UnaryOperator<Point> f) {
        Point[] out = new Point[points.length];
        for (int i = 0; i < points.length; i++) {
            out[i] = f.apply(points[i]);
        }
        return new Path(out, closed);
    }

    /** path_distance (<->): the closest approach of two segments, null when a path has none. */
    public Double distanceTo(Path o) {
        double min = 0.0;
        boolean haveMin = false;
        for (int i = 0; i < points.length; i++) {
            int iprev = previous(i);
            if (iprev < 0) {
                continue;
            }
            for (int j = 0; j < o.points.length; j++) {
                int jprev = o.previous(j);
                if (jprev < 0) {
                    continue;
                }
                double d = new Lseg(points[iprev], points[i]).distanceTo(new Lseg(o.points[jprev], o.points[j]));
                if (!haveMin || Fuzzy.float8Lt(d, min)) {
                    min = d;
                    haveMin = true;
                }
            }
        }
        return haveMin ? min : null;
    }

    /** path_length: the segments' lengths, the closing one included when closed. */
    public double length() {
        double result = 0.0;
        for (int i = 0; i < points.length; i++) {
            int prev = previous(i);
            if (prev >= 0) {
                result = Fuzzy.plus(result, points[prev].distance(points[i]));
            }
        }
        return result;
    }

    /** path_area: the shoelace area of a closed path, null for an open one. */
    public Double area() {
        if (!closed) {
            return null;
        }
        double area = 0.0;
        for (int i = 0; i < points.length; i++) {
            int j = (i + 1) % points.length;
            area = Fuzzy.plus(area, Fuzzy.times(points[i].x(), points[j].y()));
            area = Fuzzy.minus(area, Fuzzy.times(points[i].y(), points[j].x()));
        }
        return Fuzzy.divide(Math.abs(area), 2.0);
    }

    /** dist_ppath_internal (<-> point): the nearest segment's distance. */
    public double distanceTo(Point pt) {
        double result = 0.0;
        boolean haveMin = false;
        for (int i = 0; i < points.length; i++) {
            int prev = previous(i);
            if (prev < 0) {
                continue;
            }
            double d = new Lseg(points[prev], points[i]).distanceTo(pt);
            if (!haveMin || Fuzzy.float8Lt(d, result)) {
                result = d;
                haveMin = true;
            }
        }
        return result;
    }

    /** on_ppath (point <@ path): on a segment of an open path, inside or on a closed one. */
    public boolean contains(Point pt) {
        if (!closed) {
            double a = pt.distance(points[0]);
            for (int i = 0; i < points.length - 1; i++) {
                double b = pt.distance(points[i + 1]);
                if (Fuzzy.eq(Fuzzy.plus(a, b), points[i].distance(points[i + 1]))) {
                    return true;
                }
                a = b;
            }
            return false;
        }
        return Polygon.inside(pt, points) != 0;
    }

    /** The index of the segment start before point i, or -1 for the first point of an open path. */
    private int previous(int i) {
        if (i > 0) {
            return i - 1;
        }
        return closed ? points.length - 1 : -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Path p && closed == p.closed && Arrays.equals(points, p.points);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(points) * 31 + (closed ? 1 : 0);
    }

    @Override
    public String toString() {
        return (closed ? "closed " : "open ") + Arrays.toString(points);
    }
}
