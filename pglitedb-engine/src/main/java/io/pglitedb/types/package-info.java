/**
 * PostgreSQL's data types: OIDs, text and binary I/O, ordering, casts and operators.
 *
 * <h2>Map</h2>
 * <ul>
 * <li>{@link io.pglitedb.types.Types}: the type constants, lookup by OID and by SQL name
 *     ({@code resolve}), and {@code formatType} (format_type()).</li>
 * <li>One file per type, holding everything about it: {@code BoolType}, {@code Int2Type},
 *     {@code Int4Type}, {@code Int8Type} (also the integer parser and 64-bit arithmetic),
 *     {@code Float4Type}, {@code Float8Type} (shortest-exact output, float.c's overflow rules),
 *     {@code NumericType} (display scale, select_div_scale, power/sqrt/ln/exp scales, typmod,
 *     base-10000 binary format), {@code TextType}, {@code VarcharType}, {@code BpcharType},
 *     {@code NameType}, {@code OidType}, {@code UnknownType}, {@code DateType}, {@code TimestampType}
 *     (timestamp and timestamptz: one class, the zone only matters at the edges);
 *     {@code DateTimeText} is their shared text input (DecodeDateTime's common forms) and ISO
 *     output, the calendar conversions, and the session TimeZone hook (UTC for now);
 *     {@code ByteaType} (hex/escape I/O, bytea_output published per thread, encode/decode),
 *     {@code UuidType}, {@code JsonType} (text as written) and {@code JsonbType} (a normalised
 *     {@link io.pglitedb.types.JsonValue}); {@code JsonParser} is PostgreSQL's JSON lexer/parser
 *     with its errors, {@code JsonOperations} the json/jsonb operators and the operations behind
 *     the json functions; {@code JsonPathType} (jsonpath: {@code JsonPathParser} builds
 *     {@code JsonPathItem}s, {@code JsonPathExecutor} runs them as jsonpath_exec.c, lax/strict,
 *     silent, the jsonb_path_* functions' bodies); {@code Regex} is PostgreSQL's regular expressions over java.util.regex
 *     (the ~ operators, regexp_*, SIMILAR TO's translation); {@code EnumType} is a user-defined
 *     enum (labels, order, I/O, comparison operators, enum_* functions), one instance per type
 *     kept by the catalog's {@code TypeCatalog} and found through {@link io.pglitedb.types.OidNames}.</li>
 * <li>{@link io.pglitedb.types.Casts}: pg_cast restricted to our types, plus I/O conversion casts
 *     and typmod coercion (varchar(n) 22001, char(n) padding, numeric(p,s) rounding).</li>
 * <li>{@link io.pglitedb.types.Operators}: pg_operator restricted to our types;
 *     {@link io.pglitedb.types.OverloadResolution} is PostgreSQL's func_select_candidate, shared
 *     with function lookup.</li>
 * </ul>
 *
 * <h2>Rules</h2>
 * <ol>
 * <li>PostgreSQL 15 is the specification: every output text, result type and error in the tests
 *     was printed by the reference server.</li>
 * <li>An operator or function declares the types its inputs must have; the caller coerces
 *     arguments with {@code Casts.find(actual, declared, IMPLICIT)} before calling it. Operators
 *     and functions never see SQL NULL (strictness is the caller's job).</li>
 * <li>UNKNOWN (an undecorated literal) resolves to the other operand's type if that gives an exact
 *     operator; otherwise resolution follows chapter 10 of the manual, string category winning.</li>
 * <li>Values are immutable Java objects (see {@link io.pglitedb.types.PgType}); a numeric's
 *     BigDecimal scale is its display scale and is never negative.</li>
 * </ol>
 */
package io.pglitedb.types;
