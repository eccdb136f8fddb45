package io.pglitedb.types;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The array types of the built-in types, with PostgreSQL's OIDs (pg_type.typarray of each element
 * type), and int2vector / oidvector. A type added to {@link Types} gets its array by one line here.
 */
public final class ArrayTypes {
    private ArrayTypes() {
    }

    private static final Map<Integer, ArrayType> BY_OID = new HashMap<>();
    private static final Map<Integer, ArrayType> BY_ELEMENT = new HashMap<>();

    private static ArrayType array(int oid, PgType element) {
        ArrayType t = new ArrayType(oid, "_" + element.name(), element);
        BY_OID.put(oid, t);
        BY_ELEMENT.put(element.oid(), t);
        return t;
    }

    public static final ArrayType BOOL = array(1000, Types.BOOL);
    public static final ArrayType CHAR = array(1002, Types.CHAR);
    public static final ArrayType NAME = array(1003, Types.NAME);
    public static final ArrayType INT2 = array(1005, Types.INT2);
    public static final ArrayType INT4 = array(1007, Types.INT4);
    public static final ArrayType TEXT = array(1009, Types.TEXT);
    public static final ArrayType OID = array(1028, Types.OID);
    public static final ArrayType BPCHAR = array(1014, Types.BPCHAR);
    public static final ArrayType VARCHAR = array(1015, Types.VARCHAR);
    public static final ArrayType INT8 = array(1016, Types.INT8);
    public static final ArrayType FLOAT4 = array(1021, Types.FLOAT4);
    public static final ArrayType FLOAT8 = array(1022, Types.FLOAT8);
    public static final ArrayType TIMESTAMP = array(1115, Types.TIMESTAMP);
    public static final ArrayType DATE = array(1182, Types.DATE);
    public static final ArrayType TIMESTAMPTZ = array(1185, Types.TIMESTAMPTZ);
    public static final ArrayType NUMERIC = array(1231, Types.NUMERIC);
    public static final ArrayType BYTEA = array(1001, Types.BYTEA);
    public static final ArrayType UUID = array(2951, Types.UUID);
    public static final ArrayType INTERVAL = array(1187, Types.INTERVAL);
    public static final ArrayType TIME = array(1183, Types.TIME);
    public static final ArrayType TIMETZ = array(1270, Types.TIMETZ);
    public static final ArrayType ACLITEM = array(1034, Types.ACLITEM);
    public static final ArrayType JSON = array(199, Types.JSON);
    public static final ArrayType JSONB = array(3807, Types.JSONB);
    public static final ArrayType JSONPATH = array(4073, Types.JSONPATH);
    public static final ArrayType BIT = array(1561, Types.BIT);
    public static final ArrayType VARBIT = array(1563, Types.VARBIT);
    public static final ArrayType REGTYPE = array(2211, Types.REGTYPE);
    public static final ArrayType TID = array(1010, Types.TID);
    public static final ArrayType XID = array(1011, Types.XID);
    public static final ArrayType CID = array(1012, Types.CID);
    public static final ArrayType POINT = array(1017, Types.POINT);
    public static final ArrayType LSEG = array(1018, Types.LSEG);
    public static final ArrayType PATH = array(1019, Types.PATH);
    public static final ArrayType LINE = array(629, Types.LINE);
    public static final ArrayType BOX = array(1020, Types.BOX);
    public static final ArrayType POLYGON = array(1027, Types.POLYGON);
    public static final ArrayType CIRCLE = array(719, Types.CIRCLE);
    public static final ArrayType INT4RANGE = array(3905, Types.INT4RANGE);
    public static final ArrayType NUMRANGE = array(3907, Types.NUMRANGE);
    public static final ArrayType TSRANGE = array(3909, Types.TSRANGE);
    public static final ArrayType TSTZRANGE = array(3911, Types.TSTZRANGE);
    public static final ArrayType DATERANGE = array(3913, Types.DATERANGE);
    public static final ArrayType INT8RANGE = array(3927, Types.INT8RANGE);
    public static final ArrayType INT4MULTIRANGE = array(6150, Types.INT4MULTIRANGE);
    public static final ArrayType NUMMULTIRANGE = array(6151, Types.NUMMULTIRANGE);
    public static final ArrayType TSMULTIRANGE = array(6152, Types.TSMULTIRANGE);
    public static final ArrayType TSTZMULTIRANGE = array(6153, Types.TSTZMULTIRANGE);
    public static final ArrayType DATEMULTIRANGE = array(6155, Types.DATEMULTIRANGE);
    public static final ArrayType INT8MULTIRANGE = array(6157, Types.INT8MULTIRANGE);

    /** int2vector (22) and oidvector (30), and their own arrays (1006, 1013). */
    public static final VectorType INT2VECTOR = vector(22, "int2vector", Types.INT2);
    public static final VectorType OIDVECTOR = vector(30, "oidvector", Types.OID);
    public static final ArrayType INT2VECTOR_ARRAY = array(1006, INT2VECTOR);
    public static final ArrayType OIDVECTOR_ARRAY = array(1013, OIDVECTOR);

    private static VectorType vector(int oid, String name, PgType element) {
        VectorType t = new VectorType(oid, name, element);
        BY_OID.put(oid, t);
        return t;
    }

    /** The array type of a user-defined type, which the catalog (not this registry) keeps. */
    public static ArrayType userArray(int oid, PgType element) {
        return new ArrayType(oid, "_" + element.name(), element);
    }

    /** The array type with this OID (or int2vector / oidvector), or null. */
    public static ArrayType byOid(int oid) {
        return BY_OID.get(oid);
    }

    /** pg_type.typarray: the array type whose elements are {@code element}, or null (no arrays of arrays). */
    public static ArrayType arrayOf(PgType element) {
        if (element instanceof ArrayType && !(element instanceof VectorType)) {
            return null;
        }
        if (element instanceof EnumType e) {
            return e.arrayType();
        }
        if (element instanceof RecordType r) {
            return r.arrayType();
        }
        if (element instanceof io.pglitedb.types.range.RangeType r && r.arrayType() != null) {
            return r.arrayType(); // a user-defined range type's
        }
        if (element instanceof io.pglitedb.types.range.MultirangeType m && m.arrayType() != null) {
            return m.arrayType();
        }
        return BY_ELEMENT.get(element.oid());
    }

    /** Every array type and vector type, for catalogs. */
    public static List<ArrayType> all() {
        return List.copyOf(BY_OID.values());
    }
}
