package io.pglitedb.catalog.system;

import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.SearchPath;
import java.util.Map;

/**
 * What the system relations are computed from: the catalog as the running statement's
 * transaction sees it, the session's search path (for the _is_visible functions), the database,
 * the current user and the session's settings (pg_settings).
 */
public record SystemContext(CatalogView view, SearchPath searchPath, String database, String user,
        Map<String, String> settings, Settings session) {

    /** The session's run-time settings, for current_setting and set_config. */
    public interface Settings {
        /** @return the setting's value; @throws io.pglitedb.error.PgException 42704 when there is none */
        String get(String name);

        /** SET [LOCAL] name = value (null: RESET); @return the new value */
        String set(String name, String value, boolean local);

        /** The session's parameters as pg_settings shows them. */
        default java.util.List<SettingRow> settingRows() {
            return java.util.List.of();
        }

        /** The session's named prepared statements (pg_prepared_statements). */
        default java.util.List<PreparedStatementRow> preparedStatements() {
            return java.util.List.of();
        }

        /** Every session of the server (pg_stat_activity). */
        default java.util.List<BackendRow> backends() {
            return java.util.List.of();
        }

        /** The lock table (pg_locks). */
        default java.util.List<LockRow> locks() {
            return java.util.List.of();
        }

        /** The engine's activity statistics (the pg_stat_* views); null where there are none. */
        default io.pglitedb.stats.Activity activity() {
            return null;
        }
    }

    /** One row of pg_settings (min, max, enumValues, unit and descriptions null where there are none). */
    public record SettingRow(String name, String setting, String unit, String category, String shortDesc,
            String extraDesc, String context, String vartype, String source, String min, String max,
            java.util.List<String> enumValues, String bootValue, String resetValue) {
    }

    /**
     * One row of pg_stat_activity; times are PostgreSQL timestamps (0: NULL), waitEvent is null or
     * {type, event}, xid null when the transaction has none.
     */
    public record BackendRow(int databaseOid, String databaseName, int pid, long userOid, String user,
            String applicationName, long backendStart, long transactionStart, long queryStart, long stateChange,
            String[] waitEvent, String state, Long xid, String query) {
    }

    /**
     * One row of pg_locks; rowKey (a tuple lock's row) is resolved to its relation by the catalog,
     * waitStart is Unix milliseconds (0: NULL).
     */
    public record LockRow(String locktype, Long database, Long relation, byte[] rowKey, String virtualXid,
            Long transactionId, Long classId, Long objId, Integer objSubId, String virtualTransaction, int pid,
            String mode, boolean granted, boolean fastpath, long waitStart) {
    }

    /**
     * One row of pg_prepared_statements.
     *
     * @param prepareTime timestamptz (microseconds since 2000-01-01 UTC)
     * @param parameterTypes the parameters' type OIDs
     */
    public record PreparedStatementRow(String name, String statement, long prepareTime, long[] parameterTypes,
            boolean fromSql) {
    }

    public SystemContext(CatalogView view, SearchPath searchPath, String database, String user,
            Map<String, String> settings) {
        this(view, searchPath, database, user, settings, new Settings() {
            @Override
            public String get(String name) {
                String value = settings.get(name);
                if (value == null) {
                    throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.UNDEFINED_OBJECT,
                            "unrecognized configuration parameter \"%s\"", name);
                }
                return value;
            }

            @Override
            public String set(String name, String value, boolean local) {
                throw new io.pglitedb.error.PgException(io.pglitedb.error.SqlState.FEATURE_NOT_SUPPORTED,
                        "set_config is not supported here");
            }
        });
    }
}
