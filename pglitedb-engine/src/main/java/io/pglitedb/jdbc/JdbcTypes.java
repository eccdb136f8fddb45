package io.pglitedb.jdbc;

import io.pglitedb.types.NumericType;
import java.sql.Types;

/**
 * How pgJDBC describes PostgreSQL types to JDBC (its TypeInfoCache): the java.sql.Types code,
 * the type name, the class getObject returns, precision, scale and display size. Kept identical
 * so that code written against pgJDBC sees the same metadata here.
 */
final class JdbcTypes {
    private JdbcTypes() {
    }

    static final int BOOL = 16;
    static final int NAME = 19;
    static final int INT8 = 20;
    static final int INT2 = 21;
    static final int INT4 = 23;
    static final int TEXT = 25;
    static final int OID = 26;
    static final int FLOAT4 = 700;
    static final int FLOAT8 = 701;
    static final int UNKNOWN = 705;
    static final int BPCHAR = 1042;
    static final int VARCHAR = 1043;
    static final int DATE = 1082;
    static final int TIME = 1083;
    static final int TIMESTAMP = 1114;
    static final int TIMESTAMPTZ = 1184;
    static final int NUMERIC = 1700;
    static final int UNSPECIFIED = 0;

    /** pgJDBC's "unknownLength" default: Integer.MAX_VALUE. */
    private static final int UNKNOWN_LENGTH = Integer.MAX_VALUE;

    static int sqlType(int oid) {
        return switch (oid) {
            case INT2 -> Types.SMALLINT;
            case INT4 -> Types.INTEGER;
            case INT8, OID -> Types.BIGINT;
            case NUMERIC -> Types.NUMERIC;
            case FLOAT4 -> Types.REAL;
            case FLOAT8 -> Types.DOUBLE;
            case BPCHAR -> Types.CHAR;
            case VARCHAR, TEXT, NAME -> Types.VARCHAR;
            case BOOL -> Types.BIT;
            case DATE -> Types.DATE;
            case TIME, 1266 -> Types.TIME;
            case TIMESTAMP, TIMESTAMPTZ -> Types.TIMESTAMP;
            case 17 -> Types.BINARY;
            default -> io.pglitedb.types.ArrayTypes.byOid(oid) != null ? Types.ARRAY : Types.OTHER;
        };
    }

    /** An array's element type (its metadata is the element's, as in pgJDBC), else the type itself. */
    private static int element(int oid) {
        io.pglitedb.types.ArrayType array = io.pglitedb.types.ArrayTypes.byOid(oid);
        return array == null ? oid : array.element().oid();
    }

    private static final int INTERVAL = 1186;
    private static final int TIMETZ = 1266;

    static String className(int oid) {
        if (io.pglitedb.types.ArrayTypes.byOid(oid) != null) {
            return "java.sql.Array";
        }
        return switch (oid) {
            case INT2, INT4 -> "java.lang.Integer";
            case INT8, OID -> "java.lang.Long";
            case NUMERIC -> "java.math.BigDecimal";
            case FLOAT4 -> "java.lang.Float";
            case FLOAT8 -> "java.lang.Double";
            case BOOL -> "java.lang.Boolean";
            case DATE -> "java.sql.Date";
            case TIME, TIMETZ -> "java.sql.Time";
            case TIMESTAMP, TIMESTAMPTZ -> "java.sql.Timestamp";
            case 17 -> "[B";
            case 2950 -> "java.util.UUID";
            default -> "java.lang.String";
        };
    }

    static int precision(int oid, int typmod) {
        if (oid != element(oid)) {
            return precision(element(oid), -1);
        }
        return switch (oid) {
            case INT2 -> 5;
            case OID, INT4 -> 10;
            case INT8 -> 19;
            case FLOAT4 -> 8;
            case FLOAT8 -> 17;
            case NUMERIC -> typmod == -1 ? 0 : NumericType.precision(typmod);
            case BOOL -> 1;
            case BPCHAR, VARCHAR -> typmod == -1 ? UNKNOWN_LENGTH : typmod - 4;
            case DATE, TIME, TIMETZ, TIMESTAMP, TIMESTAMPTZ, INTERVAL -> displaySize(oid, typmod);
            default -> UNKNOWN_LENGTH;
        };
    }

    static int scale(int oid, int typmod) {
        if (oid != element(oid)) {
            return scale(element(oid), -1);
        }
        return switch (oid) {
            case FLOAT4 -> 8;
            case FLOAT8 -> 17;
            case NUMERIC -> typmod == -1 ? 0 : NumericType.scale(typmod);
            case TIME, TIMETZ, TIMESTAMP, TIMESTAMPTZ -> typmod == -1 ? 6 : typmod;
            case INTERVAL -> typmod == -1 ? 6 : typmod & 0xFFFF;
            default -> 0;
        };
    }

    static int displaySize(int oid, int typmod) {
        if (oid != element(oid)) {
            return displaySize(element(oid), -1);
        }
        switch (oid) {
            case INT2:
                return 6;
            case INT4:
                return 11;
            case OID:
                return 10;
            case INT8:
                return 20;
            case FLOAT4:
                return 15;
            case FLOAT8:
                return 25;
            case BOOL:
                return 1;
            case DATE:
                return 13;
            case INTERVAL:
                return 49;
            case TIME:
            case TIMETZ:
            case TIMESTAMP:
            case TIMESTAMPTZ: {
                int secondSize = switch (typmod) {
                    case -1 -> 7;
                    case 0 -> 0;
                    case 1 -> 3;
                    default -> typmod + 1;
                };
                return switch (oid) {
                    case TIME -> 8 + secondSize;
                    case TIMETZ -> 8 + secondSize + 6;
                    case TIMESTAMP -> 13 + 1 + 8 + secondSize;
                    default -> 13 + 1 + 8 + secondSize + 6;
                };
            }
            case VARCHAR:
            case BPCHAR:
                return typmod == -1 ? UNKNOWN_LENGTH : typmod - 4;
            case NUMERIC: {
                if (typmod == -1) {
                    return 131089;
                }
                int precision = NumericType.precision(typmod);
                int scale = NumericType.scale(typmod);
                return 1 + precision + (scale != 0 ? 1 : 0);
            }
            default:
                return UNKNOWN_LENGTH;
        }
    }

    static boolean isSigned(int oid) {
        oid = element(oid);
        return oid == INT2 || oid == INT4 || oid == INT8 || oid == FLOAT4 || oid == FLOAT8 || oid == NUMERIC;
    }

    static boolean isCaseSensitive(int oid) {
        return switch (oid) {
            case OID, INT2, INT4, INT8, FLOAT4, FLOAT8, NUMERIC, BOOL, DATE, TIME, TIMESTAMP, TIMESTAMPTZ -> false;
            default -> true;
        };
    }

    /** The parameter type pgJDBC declares for setNull(i, sqlType). */
    static int oidForSetNull(int sqlType) throws java.sql.SQLException {
        return switch (sqlType) {
            case Types.INTEGER -> INT4;
            case Types.TINYINT, Types.SMALLINT -> INT2;
            case Types.BIGINT -> INT8;
            case Types.REAL -> FLOAT4;
            case Types.DOUBLE, Types.FLOAT -> FLOAT8;
            case Types.DECIMAL, Types.NUMERIC -> NUMERIC;
            case Types.CHAR -> BPCHAR;
            case Types.VARCHAR, Types.LONGVARCHAR, Types.NVARCHAR, Types.LONGNVARCHAR -> VARCHAR;
            case Types.DATE -> DATE;
            case Types.TIME, Types.TIME_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP -> UNSPECIFIED;
            case Types.BOOLEAN, Types.BIT -> BOOL;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> 17;
            case Types.BLOB, Types.CLOB -> OID;
            case Types.ARRAY, Types.DISTINCT, Types.STRUCT, Types.NULL, Types.OTHER -> UNSPECIFIED;
            default -> throw new PgLiteSQLException("Unknown Types value.", "07006");
        };
    }
}
