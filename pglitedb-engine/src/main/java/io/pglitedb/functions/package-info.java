/**
 * Built-in functions and aggregates.
 *
 * <ul>
 * <li>{@link io.pglitedb.functions.Functions}: lookup by name and argument types
 *     (PostgreSQL's overload resolution via {@link io.pglitedb.types.OverloadResolution}, then
 *     function-style casts such as {@code int4('5')}), and LIKE/ILIKE.</li>
 * <li>{@code Scalars}: the scalar functions (math, strings, version()); {@code Concat}: concat
 *     and concat_ws (VARIADIC "any", not strict); {@code Aggregates}: count, sum, avg, min, max,
 *     bool_and/bool_or/every, string_agg; {@code Like}: the matcher; {@code DateTimeFunctions}:
 *     now(), CURRENT_TIMESTAMP, LOCALTIMESTAMP, CURRENT_DATE, clock_timestamp() ... (read the
 *     clock at evaluation until the session supplies transaction and statement start times);
 *     {@code BinaryFunctions} (bytea and uuid), {@code JsonFunctions} and {@code JsonAggregates}
 *     (json/jsonb builders, to_json, json(b)_agg ...), {@code TextFunctions} (regexp_*, format,
 *     quote_*, unistr, similar_to_escape).</li>
 * <li>{@link io.pglitedb.functions.TableFunctions}: every set-returning function
 *     ({@code GenerateSeriesFunction}, {@code UnnestFunction} for unnest and string_to_table,
 *     json(b)_each, json(b)_array_elements, json(b)_object_keys, regexp_split_to_table), one
 *     {@link io.pglitedb.functions.TableFunction} used in FROM (a FunctionScan: LATERAL arguments,
 *     WITH ORDINALITY) and, through ProjectSet, in SELECT lists.</li>
 * </ul>
 *
 * Special forms (coalesce, nullif, greatest, least, position, current_user ...) belong to the
 * analyzer and the session, not here. count(DISTINCT x) is deduplicated by the caller.
 */
package io.pglitedb.functions;
