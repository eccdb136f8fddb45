package io.pglitedb.jdbc;

import io.pglitedb.session.ResultColumn;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The DatabaseMetaData methods that describe columns, keys and indexes, as pgJDBC 42.7 answers them
 * against PostgreSQL 15: the same result columns (names and types), rows, values and order. The
 * rows come from pg_catalog queries (the engine's catalogs are PostgreSQL's); getColumns maps the
 * types in Java as pgJDBC does ({@link JdbcTypes}). Schema and table names are LIKE patterns where
 * pgJDBC takes patterns (getColumns) and exact names where it takes names (keys, indexes).
 */
final class CatalogMetadata {
    private final PgLiteConnection connection;

    CatalogMetadata(PgLiteConnection connection) {
        this.connection = connection;
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static boolean given(String s) {
        return s != null && !s.isEmpty();
    }

    private ResultSet query(String sql) throws SQLException {
        Statement statement = connection.createStatement();
        statement.closeOnCompletion();
        return statement.executeQuery(sql);
    }

    private static final DataType VARCHAR = DataType.of(Types.VARCHAR);
    private static final DataType INT2 = DataType.of(Types.INT2);
    private static final DataType INT4 = DataType.of(Types.INT4);

    private static ResultColumn column(String name, DataType type) {
        return new ResultColumn(name, 0, (short) 0, type);
    }

    /** pgJDBC's getColumns: 24 columns, ordered by schema, table and position. */
    ResultSet columns(String schemaPattern, String tablePattern, String columnPattern) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT * FROM (SELECT current_database() AS current_database, n.nspname,"
                + " c.relname, a.attname, a.atttypid, a.attnotnull, a.atttypmod,"
                + " row_number() OVER (PARTITION BY a.attrelid ORDER BY a.attnum) AS attnum,"
                + " nullif(a.attidentity, '') AS attidentity, nullif(a.attgenerated, '') AS attgenerated,"
                + " pg_catalog.pg_get_expr(def.adbin, def.adrelid) AS adsrc, dsc.description, t.typbasetype, t.typtype,"
                + " t.typname, t.typcategory"
                + " FROM pg_catalog.pg_namespace n JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid"
                + " JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid JOIN pg_catalog.pg_type t ON a.atttypid = t.oid"
                + " LEFT JOIN pg_catalog.pg_attrdef def ON a.attrelid = def.adrelid AND a.attnum = def.adnum"
                + " LEFT JOIN pg_catalog.pg_description dsc ON c.oid = dsc.objoid AND a.attnum = dsc.objsubid"
                + " WHERE c.relkind IN ('r', 'p', 'v', 'f', 'm') AND a.attnum > 0 AND NOT a.attisdropped");
        if (given(schemaPattern)) {
            sql.append(" AND n.nspname LIKE ").append(literal(schemaPattern));
        }
        if (given(tablePattern)) {
            sql.append(" AND c.relname LIKE ").append(literal(tablePattern));
        }
        sql.append(") c WHERE true");
        if (given(columnPattern)) {
            sql.append(" AND attname LIKE ").append(literal(columnPattern));
        }
        sql.append(" ORDER BY nspname, c.relname, attnum");

        List<Object[]> rows = new ArrayList<>();
        try (ResultSet rs = query(sql.toString())) {
            while (rs.next()) {
                int oid = (int) rs.getLong("atttypid");
                int typmod = rs.getInt("atttypmod");
                String typtype = rs.getString("typtype");
                String typeName = rs.getString("typname");
                String defval = rs.getString("adsrc");
                String identity = rs.getString("attidentity");
                boolean notNull = rs.getBoolean("attnotnull");
                int sqlType = switch (typtype) {
                    case "c" -> java.sql.Types.STRUCT;
                    case "d" -> java.sql.Types.DISTINCT;
                    case "e" -> java.sql.Types.VARCHAR;
                    default -> "A".equals(rs.getString("typcategory")) ? java.sql.Types.ARRAY : JdbcTypes.sqlType(oid);
                };
                if (defval != null && defval.contains("nextval(")) {
                    typeName = switch (typeName) {
                        case "int4" -> "serial";
                        case "int8" -> "bigserial";
                        case "int2" -> "smallserial";
                        default -> typeName;
                    };
                }
                int decimalDigits = JdbcTypes.scale(oid, typmod);
                int columnSize = JdbcTypes.precision(oid, typmod);
                if (columnSize == 0) {
                    columnSize = JdbcTypes.displaySize(oid, typmod);
                }
                boolean bits = typeName.equals("bit") || typeName.equals("varbit");
                rows.add(new Object[] {rs.getString("current_database"), rs.getString("nspname"),
                    rs.getString("relname"), rs.getString("attname"), (short) sqlType, typeName, columnSize, null,
                    decimalDigits, bits ? 2 : 10,
                    notNull ? DatabaseMetaData.columnNoNulls : DatabaseMetaData.columnNullable,
                    rs.getString("description"), defval, null, null,
                    sqlType == java.sql.Types.CHAR || sqlType == java.sql.Types.VARCHAR ? (Object) columnSize : null,
                    rs.getInt("attnum"), notNull ? "NO" : "YES", null, null, null, null,
                    (defval != null && defval.contains("nextval(")) || identity != null ? "YES" : "NO",
                    rs.getString("attgenerated") != null ? "YES" : "NO"});
            }
        }
        List<ResultColumn> columns = List.of(column("TABLE_CAT", VARCHAR), column("TABLE_SCHEM", VARCHAR),
                column("TABLE_NAME", VARCHAR), column("COLUMN_NAME", VARCHAR), column("DATA_TYPE", INT2),
                column("TYPE_NAME", VARCHAR), column("COLUMN_SIZE", INT4), column("BUFFER_LENGTH", VARCHAR),
                column("DECIMAL_DIGITS", INT4), column("NUM_PREC_RADIX", INT4), column("NULLABLE", INT4),
                column("REMARKS", VARCHAR), column("COLUMN_DEF", VARCHAR), column("SQL_DATA_TYPE", INT4),
                column("SQL_DATETIME_SUB", INT4), column("CHAR_OCTET_LENGTH", INT4),
                column("ORDINAL_POSITION", INT4), column("IS_NULLABLE", VARCHAR), column("SCOPE_CATALOG", VARCHAR),
                column("SCOPE_SCHEMA", VARCHAR), column("SCOPE_TABLE", VARCHAR), column("SOURCE_DATA_TYPE", INT2),
                column("IS_AUTOINCREMENT", VARCHAR), column("IS_GENERATEDCOLUMN", VARCHAR));
        PgLiteStatement statement = (PgLiteStatement) connection.createStatement();
        statement.closeOnCompletion();
        return new PgLiteResultSet(statement, columns, rows, null);
    }

    /** pgJDBC's getPrimaryKeys: the primary key's columns in key order. */
    ResultSet primaryKeys(String schema, String table) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT current_database() AS \"TABLE_CAT\", n.nspname AS \"TABLE_SCHEM\","
                + " ct.relname AS \"TABLE_NAME\", a.attname AS \"COLUMN_NAME\", k.n::int4 AS \"KEY_SEQ\","
                + " con.conname AS \"PK_NAME\""
                + " FROM pg_catalog.pg_constraint con JOIN pg_catalog.pg_class ct ON con.conrelid = ct.oid"
                + " JOIN pg_catalog.pg_namespace n ON ct.relnamespace = n.oid"
                + " CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, n)"
                + " JOIN pg_catalog.pg_attribute a ON a.attrelid = ct.oid AND a.attnum = k.attnum"
                + " WHERE con.contype = 'p'");
        if (given(schema)) {
            sql.append(" AND n.nspname = ").append(literal(schema));
        }
        if (given(table)) {
            sql.append(" AND ct.relname = ").append(literal(table));
        }
        return query(sql.append(" ORDER BY \"TABLE_NAME\", \"PK_NAME\", \"KEY_SEQ\"").toString());
    }

    /** pgJDBC's getIndexInfo: one row per index column, unique indexes first. */
    ResultSet indexInfo(String schema, String table, boolean unique) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT current_database() AS \"TABLE_CAT\", n.nspname AS \"TABLE_SCHEM\","
                + " ct.relname AS \"TABLE_NAME\", NOT i.indisunique AS \"NON_UNIQUE\", NULL AS \"INDEX_QUALIFIER\","
                + " ci.relname AS \"INDEX_NAME\", CASE i.indisclustered WHEN true THEN 1"
                + " ELSE CASE am.amname WHEN 'hash' THEN 2 ELSE 3 END END AS \"TYPE\", k.n::int4 AS \"ORDINAL_POSITION\","
                + " trim(both '\"' from pg_catalog.pg_get_indexdef(ci.oid, k.n::int4, false)) AS \"COLUMN_NAME\","
                + " CASE am.amname = 'btree' WHEN true THEN CASE i.indoption[k.n - 1] & 1::smallint"
                + " WHEN 1 THEN 'D' ELSE 'A' END ELSE NULL END AS \"ASC_OR_DESC\", ci.reltuples AS \"CARDINALITY\","
                + " ci.relpages AS \"PAGES\", pg_catalog.pg_get_expr(i.indpred, i.indrelid) AS \"FILTER_CONDITION\","
                + " d.description AS \"REMARKS\""
                + " FROM pg_catalog.pg_class ct JOIN pg_catalog.pg_namespace n ON ct.relnamespace = n.oid"
                + " JOIN pg_catalog.pg_index i ON ct.oid = i.indrelid JOIN pg_catalog.pg_class ci ON ci.oid = i.indexrelid"
                + " JOIN pg_catalog.pg_am am ON ci.relam = am.oid"
                + " LEFT JOIN pg_catalog.pg_description d ON ci.oid = d.objoid"
                + " CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n) WHERE true");
        if (given(schema)) {
            sql.append(" AND n.nspname = ").append(literal(schema));
        }
        sql.append(" AND ct.relname = ").append(literal(table == null ? "" : table));
        if (unique) {
            sql.append(" AND i.indisunique");
        }
        return query(sql.append(" ORDER BY \"NON_UNIQUE\", \"TYPE\", \"INDEX_NAME\", \"ORDINAL_POSITION\"").toString());
    }

    /**
     * pgJDBC's getImportedKeys / getExportedKeys / getCrossReference: foreign key columns with the
     * referenced columns, rules and deferrability; imported keys ordered by the referenced table,
     * the others by the referencing one.
     */
    ResultSet keys(String primarySchema, String primaryTable, String foreignSchema, String foreignTable)
            throws SQLException {
        String rule = " WHEN 'c' THEN 0 WHEN 'n' THEN 2 WHEN 'd' THEN 4 WHEN 'r' THEN 1 WHEN 'p' THEN 1"
                + " WHEN 'a' THEN 3 ELSE NULL END";
        StringBuilder sql = new StringBuilder("SELECT current_database() AS \"PKTABLE_CAT\", pkn.nspname AS \"PKTABLE_SCHEM\","
                + " pkc.relname AS \"PKTABLE_NAME\", pka.attname AS \"PKCOLUMN_NAME\","
                + " current_database() AS \"FKTABLE_CAT\", fkn.nspname AS \"FKTABLE_SCHEM\","
                + " fkc.relname AS \"FKTABLE_NAME\", fka.attname AS \"FKCOLUMN_NAME\", pos.n AS \"KEY_SEQ\","
                + " CASE con.confupdtype" + rule + " AS \"UPDATE_RULE\","
                + " CASE con.confdeltype" + rule + " AS \"DELETE_RULE\","
                + " con.conname AS \"FK_NAME\", pkic.relname AS \"PK_NAME\","
                + " CASE WHEN con.condeferrable AND con.condeferred THEN 5 WHEN con.condeferrable THEN 6 ELSE 7 END"
                + " AS \"DEFERRABILITY\""
                + " FROM pg_catalog.pg_namespace pkn, pg_catalog.pg_class pkc, pg_catalog.pg_attribute pka,"
                + " pg_catalog.pg_namespace fkn, pg_catalog.pg_class fkc, pg_catalog.pg_attribute fka,"
                + " pg_catalog.pg_constraint con, pg_catalog.generate_series(1, 32) pos(n), pg_catalog.pg_class pkic"
                + " WHERE pkn.oid = pkc.relnamespace AND pkc.oid = pka.attrelid AND pka.attnum = con.confkey[pos.n]"
                + " AND con.confrelid = pkc.oid AND fkn.oid = fkc.relnamespace AND fkc.oid = fka.attrelid"
                + " AND fka.attnum = con.conkey[pos.n] AND con.conrelid = fkc.oid AND con.contype = 'f'"
                + " AND (pkic.relkind = 'i' OR pkic.relkind = 'I') AND pkic.oid = con.conindid");
        if (given(primarySchema)) {
            sql.append(" AND pkn.nspname = ").append(literal(primarySchema));
        }
        if (given(foreignSchema)) {
            sql.append(" AND fkn.nspname = ").append(literal(foreignSchema));
        }
        if (given(primaryTable)) {
            sql.append(" AND pkc.relname = ").append(literal(primaryTable));
        }
        if (given(foreignTable)) {
            sql.append(" AND fkc.relname = ").append(literal(foreignTable));
        }
        sql.append(primaryTable != null ? " ORDER BY fkn.nspname, fkc.relname, con.conname, pos.n"
                : " ORDER BY pkn.nspname, pkc.relname, con.conname, pos.n");
        return query(sql.toString());
    }
}
