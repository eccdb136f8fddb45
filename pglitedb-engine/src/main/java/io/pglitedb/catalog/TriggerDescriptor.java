package io.pglitedb.catalog;

import java.util.List;

/**
 * A trigger (a pg_trigger row). {@code type} is PostgreSQL's tgtype bit set ({@link #ROW},
 * {@link #BEFORE}, {@link #INSERT} ...); {@code updateColumns} the UPDATE OF columns (empty: any);
 * {@code when} the WHEN condition's text (null: none); {@code arguments} the function's arguments
 * as written; {@code enabled} PostgreSQL's tgenabled: 'O' enabled, 'D' disabled, 'R' replica,
 * 'A' always.
 */
public record TriggerDescriptor(int oid, String name, int tableOid, int functionOid, int type,
        List<String> updateColumns, String when, List<String> arguments, char enabled) {
    public static final int ROW = 1;
    public static final int BEFORE = 1 << 1;
    public static final int INSERT = 1 << 2;
    public static final int DELETE = 1 << 3;
    public static final int UPDATE = 1 << 4;
    public static final int TRUNCATE = 1 << 5;
    public static final int INSTEAD = 1 << 6;

    public TriggerDescriptor {
        updateColumns = List.copyOf(updateColumns);
        arguments = List.copyOf(arguments);
    }

    public boolean forEachRow() {
        return (type & ROW) != 0;
    }

    public boolean before() {
        return (type & BEFORE) != 0;
    }

    public boolean insteadOf() {
        return (type & INSTEAD) != 0;
    }

    public boolean on(int event) {
        return (type & event) != 0;
    }

    public boolean isEnabled() {
        return enabled != 'D';
    }

    public TriggerDescriptor withEnabled(char state) {
        return new TriggerDescriptor(oid, name, tableOid, functionOid, type, updateColumns, when, arguments, state);
    }
}
