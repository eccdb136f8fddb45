/**
 * PostgreSQL's range and multirange types, ported from rangetypes.c and multirangetypes.c of
 * PostgreSQL 15.
 *
 * <p>Values are immutable records: {@link io.pglitedb.types.range.Range} (empty, or two bounds of
 * the subtype, a null bound being infinite) and {@link io.pglitedb.types.range.Multirange} (its
 * ranges). Types: {@link io.pglitedb.types.range.RangeType} (the built-in int4range ... int8range
 * and those of {@code CREATE TYPE ... AS RANGE}) and {@link io.pglitedb.types.range.MultirangeType};
 * text I/O of ranges in {@link io.pglitedb.types.range.RangeText}, the operators in
 * {@link io.pglitedb.types.range.RangeOperators} and {@link io.pglitedb.types.range.MultirangeOperators}.
 *
 * <p>The invariant everything relies on: a value is only ever made by
 * {@link io.pglitedb.types.range.RangeType#make} (range_serialize plus the canonical function of a
 * discrete type) or {@link io.pglitedb.types.range.MultirangeType#canonical} (sorted, no empties,
 * no two ranges overlapping or adjacent). So equal values have equal bounds, and ordering
 * (range_cmp), hashing (ValueKey) and index keys (KeyEncoder) can compare bounds directly and
 * agree with equality.
 *
 * <p>Not here: GiST / SP-GiST operator classes and EXCLUDE constraints, and multirange functions
 * called by their internal names (range_overlaps_multirange ...) or unnest(multirange).
 */
package io.pglitedb.types.range;
