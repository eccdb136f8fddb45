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
