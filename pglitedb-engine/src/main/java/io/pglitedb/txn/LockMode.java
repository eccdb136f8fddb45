package io.pglitedb.txn;

/**
 * PostgreSQL's lock modes with its conflict tables: the four row-level modes (SELECT ... FOR
 * KEY SHARE / SHARE / NO KEY UPDATE / UPDATE; UPDATE takes NO KEY UPDATE unless it changes the
 * key, DELETE takes UPDATE) and the eight table-level modes of LOCK TABLE (AccessShareLock for
 * SELECT, RowExclusiveLock for INSERT/UPDATE/DELETE, AccessExclusiveLock for DROP, TRUNCATE,
 * ALTER). Advisory locks use SHARE and EXCLUSIVE. A mode never conflicts with modes the same
 * owner holds.
 */
public enum LockMode {
    FOR_KEY_SHARE("KeyShareLock", "FOR KEY SHARE"),
    FOR_SHARE("ShareLock", "FOR SHARE"),
    FOR_NO_KEY_UPDATE("NoKeyUpdateLock", "FOR NO KEY UPDATE"),
    FOR_UPDATE("UpdateLock", "FOR UPDATE"),
    ACCESS_SHARE("AccessShareLock", "ACCESS SHARE"),
    ROW_SHARE("RowShareLock", "ROW SHARE"),
    ROW_EXCLUSIVE("RowExclusiveLock", "ROW EXCLUSIVE"),
    SHARE_UPDATE_EXCLUSIVE("ShareUpdateExclusiveLock", "SHARE UPDATE EXCLUSIVE"),
    SHARE("ShareLock", "SHARE"),
    SHARE_ROW_EXCLUSIVE("ShareRowExclusiveLock", "SHARE ROW EXCLUSIVE"),
    EXCLUSIVE("ExclusiveLock", "EXCLUSIVE"),
    ACCESS_EXCLUSIVE("AccessExclusiveLock", "ACCESS EXCLUSIVE");

    private static final LockMode[] VALUES = values();

    static {
        conflicts(FOR_KEY_SHARE, FOR_UPDATE);
        conflicts(FOR_SHARE, FOR_NO_KEY_UPDATE, FOR_UPDATE);
        conflicts(FOR_NO_KEY_UPDATE, FOR_SHARE, FOR_NO_KEY_UPDATE, FOR_UPDATE);
        conflicts(FOR_UPDATE, FOR_KEY_SHARE, FOR_SHARE, FOR_NO_KEY_UPDATE, FOR_UPDATE);
        conflicts(ACCESS_SHARE, ACCESS_EXCLUSIVE);
        conflicts(ROW_SHARE, EXCLUSIVE, ACCESS_EXCLUSIVE);
        conflicts(ROW_EXCLUSIVE, SHARE, SHARE_ROW_EXCLUSIVE, EXCLUSIVE, ACCESS_EXCLUSIVE);
        conflicts(SHARE_UPDATE_EXCLUSIVE, SHARE_UPDATE_EXCLUSIVE, SHARE, SHARE_ROW_EXCLUSIVE, EXCLUSIVE,
                ACCESS_EXCLUSIVE);
        conflicts(SHARE, ROW_EXCLUSIVE, SHARE_UPDATE_EXCLUSIVE, SHARE_ROW_EXCLUSIVE, EXCLUSIVE, ACCESS_EXCLUSIVE);
        conflicts(SHARE_ROW_EXCLUSIVE, ROW_EXCLUSIVE, SHARE_UPDATE_EXCLUSIVE, SHARE, SHARE_ROW_EXCLUSIVE, EXCLUSIVE,
                ACCESS_EXCLUSIVE);
        conflicts(EXCLUSIVE, ROW_SHARE, ROW_EXCLUSIVE, SHARE_UPDATE_EXCLUSIVE, SHARE, SHARE_ROW_EXCLUSIVE, EXCLUSIVE,
                ACCESS_EXCLUSIVE);
        conflicts(ACCESS_EXCLUSIVE, ACCESS_SHARE, ROW_SHARE, ROW_EXCLUSIVE, SHARE_UPDATE_EXCLUSIVE, SHARE,
                SHARE_ROW_EXCLUSIVE, EXCLUSIVE, ACCESS_EXCLUSIVE);
    }

    private final String lockName;
    private final String sqlName;
    /** Bit i set: conflicts with values()[i]. */
    private int conflictMask;

    LockMode(String lockName, String sqlName) {
        this.lockName = lockName;
        this.sqlName = sqlName;
    }

    private static void conflicts(LockMode mode, LockMode... with) {
        for (LockMode other : with) {
            mode.conflictMask |= other.bit();
        }
    }

    /** PostgreSQL's name in pg_locks and deadlock reports, e.g. "AccessExclusiveLock". */
    public String lockName() {
        return lockName;
    }

    /** The words in SQL: "ACCESS EXCLUSIVE", "FOR UPDATE". */
    public String sqlName() {
        return sqlName;
    }

    int bit() {
        return 1 << ordinal();
    }

    int conflictMask() {
        return conflictMask;
    }

    public boolean conflictsWith(LockMode other) {
        return (conflictMask & other.bit()) != 0;
    }

    boolean isRowMode() {
        return ordinal() <= FOR_UPDATE.ordinal();
    }

    /** True when holding the modes in {@code heldMask} makes a request for this mode redundant. */
    boolean coveredBy(int heldMask) {
        if ((heldMask & bit()) != 0) {
            return true;
        }
        if (isRowMode()) {
            // a stronger row lock includes the weaker ones
            int stronger = ~(bit() - 1) & (FOR_UPDATE.bit() * 2 - 1);
            return (heldMask & stronger) != 0;
        }
        return false;
    }

    static LockMode ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }
}
