package io.pglitedb.catalog;

/** pg_get_triggerdef: a trigger as the CREATE TRIGGER statement that makes it. */
public final class TriggerDefinitions {
    private TriggerDefinitions() {
    }

    /** pg_get_triggerdef(oid [, pretty]): the CREATE TRIGGER statement of a trigger. */
    public static String of(TriggerDescriptor t, String tableName, String functionName) {
        StringBuilder out = new StringBuilder("CREATE TRIGGER ").append(t.name()).append(' ');
        out.append(t.insteadOf() ? "INSTEAD OF" : t.before() ? "BEFORE" : "AFTER");
        String sep = " ";
        String[] names = {"INSERT", "DELETE", "UPDATE", "TRUNCATE"};
        int[] bits = {TriggerDescriptor.INSERT, TriggerDescriptor.DELETE, TriggerDescriptor.UPDATE,
            TriggerDescriptor.TRUNCATE};
        for (int i = 0; i < names.length; i++) {
            if (t.on(bits[i])) {
                out.append(sep).append(names[i]);
                if (bits[i] == TriggerDescriptor.UPDATE && !t.updateColumns().isEmpty()) {
                    out.append(" OF ").append(String.join(", ", t.updateColumns()));
                }
                sep = " OR ";
            }
        }
        out.append(" ON ").append(tableName).append(" FOR EACH ").append(t.forEachRow() ? "ROW" : "STATEMENT");
        if (t.when() != null) {
            out.append(" WHEN (").append(t.when()).append(')');
        }
        out.append(" EXECUTE FUNCTION ").append(functionName).append('(');
        for (int i = 0; i < t.arguments().size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append('\'').append(t.arguments().get(i).replace("'", "''")).append('\'');
        }
        return out.append(')').toString();
    }
}
