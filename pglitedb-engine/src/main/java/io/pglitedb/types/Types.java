package io.pglitedb.types;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.range.DiscreteSteps;
import io.pglitedb.types.range.MultirangeType;
import io.pglitedb.types.range.RangeType;
import java.util.List;
import java.util.Locale;

/**
 * The built-in types and the lookups on them: by OID and by the names SQL allows
 * ({@code int}, {@code integer}, {@code int4}, {@code double precision}, {@code character varying}...).
 */
public final class Types {
    private Types() {
    }

    public static final PgType BOOL = new BoolType();
    public static final PgType INT2 = new Int2Type();
    public static final PgType INT4 = new Int4Type();
    public static final PgType INT8 = new Int8Type();
    public static final PgType FLOAT4 = new Float4Type();
    public static final PgType FLOAT8 = new Float8Type();
    public static final PgType NUMERIC = new NumericType();
    public static final PgType TEXT = new TextType();
    public static final PgType VARCHAR = new VarcharType();
    public static final PgType BPCHAR = new BpcharType();
    public static final PgType NAME = new NameType();
    public static final PgType OID = new OidType();
    public static final PgType DATE = new DateType();
    public static final PgType TIMESTAMP = new TimestampType(false);
    public static final PgType TIMESTAMPTZ = new TimestampType(true);
    public static final PgType BYTEA = new ByteaType();
    public static final PgType UUID = new UuidType();
    /** The result of functions called for their effect (2278). */
    public static final PgType VOID = new VoidType();
    /** "char": the one-byte internal type of catalog columns such as pg_class.relkind. */
    public static final PgType CHAR = new CharType();
    public static final PgType REGPROC = new RegType(24, "regproc");
    public static final PgType REGPROCEDURE = new RegType(2202, "regprocedure");
    /** Operators by name and by signature; pg_operator has no rows here, so they print as numbers. */
    public static final PgType REGOPER = new RegType(2203, "regoper");
    public static final PgType REGOPERATOR = new RegType(2204, "regoperator");
    public static final PgType REGCLASS = new RegType(2205, "regclass");
    public static final PgType REGTYPE = new RegType(2206, "regtype");
    public static final PgType REGNAMESPACE = new RegType(4089, "regnamespace");
    public static final PgType REGROLE = new RegType(4096, "regrole");
    public static final PgType INTERVAL = new IntervalType();
    public static final PgType TIME = new TimeType(false);
    public static final PgType TIMETZ = new TimeType(true);
    public static final PgType JSON = new JsonType();
    public static final PgType JSONB = new JsonbType();
    public static final PgType JSONPATH = new JsonPathType();
    public static final PgType BIT = new BitType(false);
    public static final PgType VARBIT = new BitType(true);
    /** An access control list entry, as the catalogs show privileges (relacl, attacl ...). */
    public static final PgType ACLITEM = new AclItemType();
    /** A 32-bit transaction id (pg_locks.transactionid, pg_stat_activity.backend_xid). */
    public static final PgType XID = new XidType();
    /** A command id within a transaction (the cmin and cmax system columns). */
    public static final PgType CID = new XidType(29, "cid");
    /** A row's position (block, offset): the ctid system column. */
    public static final PgType TID = new TidType();
    public static final PgType POINT = new io.pglitedb.types.geo.PointType();
    public static final PgType BOX = new io.pglitedb.types.geo.BoxType();
    public static final PgType LSEG = new io.pglitedb.types.geo.LsegType();
    public static final PgType PATH = new io.pglitedb.types.geo.PathType();
    public static final PgType LINE = new io.pglitedb.types.geo.LineType();
    public static final PgType POLYGON = new io.pglitedb.types.geo.PolygonType();
    public static final PgType CIRCLE = new io.pglitedb.types.geo.CircleType();
    public static final PgType INT4RANGE = new RangeType(3904, "int4range", INT4, DiscreteSteps::int4);
    public static final PgType NUMRANGE = new RangeType(3906, "numrange", NUMERIC, null);
    public static final PgType TSRANGE = new RangeType(3908, "tsrange", TIMESTAMP, null);
    public static final PgType TSTZRANGE = new RangeType(3910, "tstzrange", TIMESTAMPTZ, null);
    public static final PgType DATERANGE = new RangeType(3912, "daterange", DATE, DiscreteSteps::date);
    public static final PgType INT8RANGE = new RangeType(3926, "int8range", INT8, DiscreteSteps::int8);
    public static final PgType INT4MULTIRANGE = new MultirangeType(4451, "int4multirange", (RangeType) INT4RANGE);
    public static final PgType NUMMULTIRANGE = new MultirangeType(4532, "nummultirange", (RangeType) NUMRANGE);
    public static final PgType TSMULTIRANGE = new MultirangeType(4533, "tsmultirange", (RangeType) TSRANGE);
    public static final PgType TSTZMULTIRANGE = new MultirangeType(4534, "tstzmultirange", (RangeType) TSTZRANGE);
    public static final PgType DATEMULTIRANGE = new MultirangeType(4535, "datemultirange", (RangeType) DATERANGE);
    public static final PgType INT8MULTIRANGE = new MultirangeType(4536, "int8multirange", (RangeType) INT8RANGE);
    /** The type of an undecorated string literal or an untyped parameter before resolution (705). */
    public static final PgType UNKNOWN = new UnknownType();

    private static final PgType[] ALL = {BOOL, INT2, INT4, INT8, FLOAT4, FLOAT8, NUMERIC, TEXT, VARCHAR, BPCHAR,
        NAME, OID, DATE, TIMESTAMP, TIMESTAMPTZ, UNKNOWN, BYTEA, UUID,
        CHAR, REGPROC, REGPROCEDURE, REGOPER, REGOPERATOR, REGCLASS, REGTYPE, REGNAMESPACE, REGROLE, INTERVAL, TIME, TIMETZ, JSON, JSONB,
        JSONPATH, BIT, VARBIT, ACLITEM, XID, CID, TID, POINT, LSEG, PATH, LINE, BOX, POLYGON, CIRCLE,
        INT4RANGE, NUMRANGE, TSRANGE, TSTZRANGE, DATERANGE, INT8RANGE, INT4MULTIRANGE, NUMMULTIRANGE, TSMULTIRANGE,
        TSTZMULTIRANGE, DATEMULTIRANGE, INT8MULTIRANGE};

    /** Every built-in type, in no particular order (for catalogs such as pg_type); arrays included. */
    public static List<PgType> all() {
        List<PgType> all = new java.util.ArrayList<>(List.of(ALL));
        all.addAll(ArrayTypes.all());
        return all;
    }

    /** @return the type with this OID, or null */
    public static PgType byOid(int oid) {
        switch (oid) {
            case 16: return BOOL;
            case 21: return INT2;
            case 23: return INT4;
            case 20: return INT8;
            case 700: return FLOAT4;
            case 701: return FLOAT8;
            case 1700: return NUMERIC;
            case 25: return TEXT;
            case 1043: return VARCHAR;
            case 1042: return BPCHAR;
            case 19: return NAME;
            case 26: return OID;
            case 1082: return DATE;
            case 1114: return TIMESTAMP;
            case 1184: return TIMESTAMPTZ;
            case 705: return UNKNOWN;
            case 2278: return VOID;
            case 17: return BYTEA;
            case 2950: return UUID;
            case 18: return CHAR;
            case 24: return REGPROC;
            case 2202: return REGPROCEDURE;
            case 2203: return REGOPER;
            case 2204: return REGOPERATOR;
            case 2205: return REGCLASS;
            case 2206: return REGTYPE;
            case 4089: return REGNAMESPACE;
            case 4096: return REGROLE;
            case 1186: return INTERVAL;
            case 1083: return TIME;
            case 1266: return TIMETZ;
            case 114: return JSON;
            case 3802: return JSONB;
            case 4072: return JSONPATH;
            case 1560: return BIT;
            case 1562: return VARBIT;
            case 1033: return ACLITEM;
            case 28: return XID;
            case 29: return CID;
            case 27: return TID;
            case 600: return POINT;
            case 601: return LSEG;
            case 602: return PATH;
            case 628: return LINE;
            case 603: return BOX;
            case 604: return POLYGON;
            case 718: return CIRCLE;
            case 3904: return INT4RANGE;
            case 3906: return NUMRANGE;
            case 3908: return TSRANGE;
            case 3910: return TSTZRANGE;
            case 3912: return DATERANGE;
            case 3926: return INT8RANGE;
            case 4451: return INT4MULTIRANGE;
            case 4532: return NUMMULTIRANGE;
            case 4533: return TSMULTIRANGE;
            case 4534: return TSTZMULTIRANGE;
            case 4535: return DATEMULTIRANGE;
            case 4536: return INT8MULTIRANGE;
            default: {
                PgType array = ArrayTypes.byOid(oid);
                return array != null ? array : OidNames.currentUserType(oid);
            }
        }
    }

    /** pg_type.typispreferred: float8, oid, text, bool and timestamptz are their categories' preferred types. */
    public static boolean isPreferred(PgType type) {
        return type == FLOAT8 || type == OID || type == TEXT || type == BOOL || type == TIMESTAMPTZ
                || type == INTERVAL;
    }

    /** pg_type.typname lookup (int4, float8, varchar ...), as function-style casts use it; null if none. */
    public static PgType byCatalogName(String name) {
        for (PgType t : ALL) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        for (PgType t : ArrayTypes.all()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }

    /**
     * A type name with its modifiers and {@code []} count: {@code int[]} is (INT4 array, -1),
     * {@code varchar(10)[]} (VARCHAR array, 14). The typmod of an array type is its element's.
     */
    public static DataType resolve(String name, List<Integer> modifiers, int arrayDimensions) {
        DataType base = resolve(name, modifiers);
        if (arrayDimensions <= 0 || base.type() instanceof ArrayType && !(base.type() instanceof VectorType)) {
            return base;
        }
        ArrayType array = ArrayTypes.arrayOf(base.type());
        if (array == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "could not find array type for data type %s",
                    formatType(base));
        }
        return new DataType(array, base.typmod());
    }

    /**
     * The domain a type name as written means (not an array of it), or null when it names another
     * type or none. {@link #resolve} gives the domain's base type; a caller that applies the
     * domain's constraints (a cast, a column definition) asks this first.
     */
    public static DomainType domain(String name, int arrayDimensions) {
        if (arrayDimensions > 0) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (n.startsWith("pg_catalog.") || byCatalogName(n) != null) {
            return null;
        }
        return OidNames.currentUserType(n) instanceof DomainType d ? d : null;
    }

    /**
     * Resolves a type name as written in SQL with its modifiers, e.g. ("character varying", [20]),
     * ("numeric", [10, 2]), ("int", []), ("serial", []) gives INT4 (the caller handles serial's
     * default). @throws io.pglitedb.error.PgException 42704 type "x" does not exist
     */
    public static DataType resolve(String name, List<Integer> modifiers) {
        String n = name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (n.startsWith("pg_catalog.")) {
            n = n.substring("pg_catalog.".length());
        }
        int mods = modifiers == null ? 0 : modifiers.size();
        switch (n) {
            case "int", "integer", "int4", "serial", "serial4":
                return plain(INT4, name, mods);
            case "smallint", "int2", "smallserial", "serial2":
                return plain(INT2, name, mods);
            case "bigint", "int8", "bigserial", "serial8":
                return plain(INT8, name, mods);
            case "real", "float4":
                return plain(FLOAT4, name, mods);
            case "double precision", "float8":
                return plain(FLOAT8, name, mods);
            case "float":
                return floatType(modifiers);
            case "boolean", "bool":
                return plain(BOOL, name, mods);
            case "text":
                return plain(TEXT, name, mods);
            case "name":
                return plain(NAME, name, mods);
            case "oid":
                return plain(OID, name, mods);
            case "unknown":
                return plain(UNKNOWN, name, mods);
            case "\"char\"":
                return plain(CHAR, name, mods);
            case "regproc":
                return plain(REGPROC, name, mods);
            case "regprocedure":
                return plain(REGPROCEDURE, name, mods);
            case "regoper":
                return plain(REGOPER, name, mods);
            case "regoperator":
                return plain(REGOPERATOR, name, mods);
            case "regclass":
                return plain(REGCLASS, name, mods);
            case "regtype":
                return plain(REGTYPE, name, mods);
            case "regnamespace":
                return plain(REGNAMESPACE, name, mods);
            case "regrole":
                return plain(REGROLE, name, mods);
            case "date":
                return plain(DATE, name, mods);
            case "bytea":
                return plain(BYTEA, name, mods);
            case "aclitem":
                return plain(ACLITEM, name, mods);
            case "xid":
                return plain(XID, name, mods);
            case "cid":
                return plain(CID, name, mods);
            case "tid":
                return plain(TID, name, mods);
            case "uuid":
                return plain(UUID, name, mods);
            case "json":
                return plain(JSON, name, mods);
            case "jsonb":
                return plain(JSONB, name, mods);
            case "timestamp", "timestamp without time zone":
                return timestampType(TIMESTAMP, modifiers);
            case "timestamptz", "timestamp with time zone":
                return timestampType(TIMESTAMPTZ, modifiers);
            case "interval":
                return modifiers == null || modifiers.isEmpty() ? DataType.of(INTERVAL)
                        : new DataType(INTERVAL, IntervalType.typmod(modifiers));
            case "time", "time without time zone":
                return modifiers == null || modifiers.isEmpty() ? DataType.of(TIME)
                        : new DataType(TIME, TimeType.typmod(modifiers.get(0)));
            case "timetz", "time with time zone":
                return modifiers == null || modifiers.isEmpty() ? DataType.of(TIMETZ)
                        : new DataType(TIMETZ, TimeType.typmod(modifiers.get(0)));
            case "bit":
                return bitType(BIT, modifiers, 1);
            case "\"bit\"":
                return bitType(BIT, modifiers, -1);
            case "bit varying", "varbit":
                return bitType(VARBIT, modifiers, -1);
            case "numeric", "decimal":
                return numericType(modifiers);
            case "varchar", "character varying", "char varying":
                return lengthType(VARCHAR, "varchar", modifiers, -1);
            case "char", "character", "bpchar":
                return lengthType(BPCHAR, "char", modifiers, n.equals("bpchar") ? -1 : 5);
            default: {
                PgType other = byCatalogName(n);
                if (other != null && other != UNKNOWN && !(other instanceof PseudoType)) {
                    return plain(other, name, mods);
                }
                PgType user = OidNames.currentUserType(n);
                if (user instanceof DomainType domain) {
                    plain(user, name, mods);
                    return domain.base();
                }
                if (user != null) {
                    return plain(user, name, mods);
                }
                throw new PgException(SqlState.UNDEFINED_OBJECT, "type \"%s\" does not exist", name);
            }
        }
    }

    private static DataType plain(PgType type, String written, int mods) {
        if (mods > 0) {
            throw new PgException(SqlState.SYNTAX_ERROR, "type modifier is not allowed for type \"%s\"", type.name());
        }
        return DataType.of(type);
    }

    private static DataType bitType(PgType type, List<Integer> modifiers, int defaultLength) {
        if (modifiers == null || modifiers.isEmpty()) {
            return new DataType(type, defaultLength);
        }
        if (modifiers.size() > 1) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid type modifier");
        }
        int n = modifiers.get(0);
        if (n < 1) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "length for type %s must be at least 1",
                    type == BIT ? "bit" : "varbit");
        }
        return new DataType(type, n);
    }

    private static DataType floatType(List<Integer> modifiers) {
        if (modifiers == null || modifiers.isEmpty()) {
            return DataType.of(FLOAT8);
        }
        int p = modifiers.get(0);
        if (p < 1) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "precision for type float must be at least 1 bit");
        }
        if (p <= 24) {
            return DataType.of(FLOAT4);
        }
        if (p <= 53) {
            return DataType.of(FLOAT8);
        }
        throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "precision for type float must be less than 54 bits");
    }

    private static DataType numericType(List<Integer> modifiers) {
        if (modifiers == null || modifiers.isEmpty()) {
            return DataType.of(NUMERIC);
        }
        if (modifiers.size() > 2) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid NUMERIC type modifier");
        }
        int precision = modifiers.get(0);
        int scale = modifiers.size() == 2 ? modifiers.get(1) : 0;
        if (precision < 1 || precision > 1000) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    "NUMERIC precision %d must be between 1 and %d", precision, 1000);
        }
        if (scale < -1000 || scale > 1000) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    "NUMERIC scale %d must be between %d and %d", scale, -1000, 1000);
        }
        return new DataType(NUMERIC, NumericType.typmod(precision, scale));
    }

    private static DataType timestampType(PgType type, List<Integer> modifiers) {
        if (modifiers == null || modifiers.isEmpty()) {
            return DataType.of(type);
        }
        if (modifiers.size() > 1) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid type modifier");
        }
        return new DataType(type, TimestampType.typmod(modifiers.get(0), type == TIMESTAMPTZ));
    }

    private static DataType lengthType(PgType type, String sqlName, List<Integer> modifiers, int defaultTypmod) {
        if (modifiers == null || modifiers.isEmpty()) {
            return new DataType(type, defaultTypmod);
        }
        if (modifiers.size() > 1) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid type modifier");
        }
        int n = modifiers.get(0);
        if (n < 1) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "length for type %s must be at least 1", sqlName);
        }
        if (n > 10485760) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "length for type %s cannot exceed %d", sqlName,
                    10485760);
        }
        return new DataType(type, n + 4);
    }

    /** format_type(): "integer", "character varying(20)", "numeric(10,2)", "character(1)". */
    public static String formatType(DataType type) {
        PgType t = type.type();
        int typmod = type.typmod();
        if (t == BOOL) {
            return "boolean";
        } else if (t == INT2) {
            return "smallint";
        } else if (t == INT4) {
            return "integer";
        } else if (t == INT8) {
            return "bigint";
        } else if (t == FLOAT4) {
            return "real";
        } else if (t == FLOAT8) {
            return "double precision";
        } else if (t == NUMERIC) {
            return typmod < 4 ? "numeric"
                    : "numeric(" + NumericType.precision(typmod) + "," + NumericType.scale(typmod) + ")";
        } else if (t == VARCHAR) {
            return typmod < 4 ? "character varying" : "character varying(" + (typmod - 4) + ")";
        } else if (t == BPCHAR) {
            return typmod < 4 ? "bpchar" : "character(" + (typmod - 4) + ")";
        } else if (t == TIMESTAMP) {
            return typmod < 0 ? "timestamp without time zone" : "timestamp(" + typmod + ") without time zone";
        } else if (t == TIMESTAMPTZ) {
            return typmod < 0 ? "timestamp with time zone" : "timestamp(" + typmod + ") with time zone";
        } else if (t == BIT) {
            return typmod < 0 ? "bit" : "bit(" + typmod + ")";
        } else if (t == VARBIT) {
            return typmod < 0 ? "bit varying" : "bit varying(" + typmod + ")";
        } else if (t == INTERVAL) {
            return "interval" + IntervalType.typmodText(typmod);
        } else if (t == TIME) {
            return typmod < 0 ? "time without time zone" : "time(" + typmod + ") without time zone";
        } else if (t == TIMETZ) {
            return typmod < 0 ? "time with time zone" : "time(" + typmod + ") with time zone";
        } else if (t instanceof ArrayType a && !(t instanceof VectorType)) {
            return formatType(new DataType(a.element(), typmod)) + "[]";
        }
        if (t == CHAR) {
            return "\"char\"";
        }
        OidNames names = t.oid() >= 16384 ? OidNames.current() : null;
        String userName = names == null ? null : names.userTypeName(t);
        return userName != null ? userName : t.name();
    }
}
