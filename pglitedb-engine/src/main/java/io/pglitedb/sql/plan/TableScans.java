package io.pglitedb.sql.plan;

/** The alias of the scans of one table ({@link TableScan}, {@link IndexScan}, ...), which EXPLAIN prints. */
public final class TableScans {
    private TableScans() {
    }

    /** The query's name for the table a scan reads (null: its own name); null for other nodes. */
    public static String alias(PlanNode node) {
        return switch (node) {
            case TableScan s -> s.alias();
            case SystemColumnsScan s -> s.alias();
            case IndexScan s -> s.alias();
            case PrimaryKeyScan s -> s.alias();
            case KeyLookup s -> s.alias();
            case SystemScan s -> s.alias();
            default -> null;
        };
    }

    /** The same scan under {@code alias}; any other node unchanged. */
    public static PlanNode withAlias(PlanNode node, String alias) {
        if (alias == null) {
            return node;
        }
        return switch (node) {
            case TableScan s -> new TableScan(s.table(), s.filter(), s.columns(), alias);
            case SystemColumnsScan s -> new SystemColumnsScan(s.table(), alias);
            case IndexScan s -> new IndexScan(s.table(), s.index(), s.ranges(), s.filter(), s.columns(), alias);
            case PrimaryKeyScan s -> new PrimaryKeyScan(s.table(), s.range(), s.filter(), s.columns(), alias);
            case KeyLookup s -> new KeyLookup(s.table(), s.keys(), s.filter(), s.columns(), alias);
            case SystemScan s -> new SystemScan(s.relation(), s.rowSystemColumns(), alias);
            default -> node;
        };
    }
}
