/**
 * PostgreSQL's geometric types (point, box, circle, polygon; line segments and lines only as the
 * operators need them internally), ported from geo_ops.c of PostgreSQL 15.
 *
 * <p>Values are immutable records ({@link io.pglitedb.types.geo.Point}, {@link io.pglitedb.types.geo.Box},
 * {@link io.pglitedb.types.geo.Circle}, {@link io.pglitedb.types.geo.Polygon}); their text I/O lives in
 * {@link io.pglitedb.types.geo.GeometricText} (path_decode / path_encode), their PgTypes in
 * {@code *Type}, the operators in {@link io.pglitedb.types.geo.GeometricOperators}.
 *
 * <p>The invariant every operator keeps: comparisons are geo_decls.h's fuzzy ones
 * ({@link io.pglitedb.types.geo.Fuzzy}, EPSILON = 1e-6) exactly where geo_ops.c uses FPxx macros and
 * exact ones where it uses plain C comparisons or float8_lt & co (which order NaN above all), and
 * arithmetic goes through float.c's checked float8_pl / _mi / _mul / _div, so results and
 * overflow errors match PostgreSQL's bit for bit.
 */
package io.pglitedb.types.geo;
