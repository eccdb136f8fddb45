package io.pglitedb.session;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.TransactionModes;
import io.pglitedb.txn.IsolationLevel;
import java.util.Locale;

/**
 * A transaction's characteristics (isolation level, READ ONLY, DEFERRABLE) and PostgreSQL's
 * rules for changing them with BEGIN, SET TRANSACTION or the transaction_* settings: the
 * isolation level and READ WRITE only before the first query and not inside a savepoint
 * (check_transaction_isolation, check_transaction_read_only, check_transaction_deferrable in
 * PostgreSQL's variable.c, same messages and order of checks).
 */
final class TransactionCharacteristics {
    IsolationLevel isolation = IsolationLevel.READ_COMMITTED;
    boolean readOnly;
    boolean deferrable;

    /** A new transaction: the default_transaction_* settings. */
    void reset(Settings settings) {
        isolation = supported(settings.get("default_transaction_isolation"));
        readOnly = parseBoolean("default_transaction_read_only", settings.get("default_transaction_read_only"));
        deferrable = parseBoolean("default_transaction_deferrable", settings.get("default_transaction_deferrable"));
    }

    void copyFrom(TransactionCharacteristics other) {
        isolation = other.isolation;
        readOnly = other.readOnly;
        deferrable = other.deferrable;
    }

    /**
     * Applies modes inside a transaction.
     *
     * @param firstSnapshotTaken a statement of this transaction has read data already
     * @param inSubtransaction a savepoint is active
     */
    void apply(TransactionModes modes, boolean firstSnapshotTaken, boolean inSubtransaction) {
        if (modes.isolation() != null) {
            setIsolation(supported(modes.isolation()), firstSnapshotTaken, inSubtransaction);
        }
        if (modes.readOnly() != null) {
            setReadOnly(modes.readOnly(), firstSnapshotTaken, inSubtransaction);
        }
        if (modes.deferrable() != null) {
            setDeferrable(modes.deferrable(), firstSnapshotTaken, inSubtransaction);
        }
    }

    private void setIsolation(IsolationLevel level, boolean firstSnapshotTaken, boolean inSubtransaction) {
        if (level != isolation) {
            if (firstSnapshotTaken) {
                throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION,
                        "SET TRANSACTION ISOLATION LEVEL must be called before any query");
            }
            if (inSubtransaction) {
                throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION,
                        "SET TRANSACTION ISOLATION LEVEL must not be called in a subtransaction");
            }
        }
        isolation = level;
    }

    private void setReadOnly(boolean value, boolean firstSnapshotTaken, boolean inSubtransaction) {
        if (!value && readOnly) {
            if (inSubtransaction) {
                throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION,
                        "cannot set transaction read-write mode inside a read-only transaction");
            }
            if (firstSnapshotTaken) {
                throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION,
                        "transaction read-write mode must be set before any query");
            }
        }
        readOnly = value;
    }

    private void setDeferrable(boolean value, boolean firstSnapshotTaken, boolean inSubtransaction) {
        if (value != deferrable) {
            if (inSubtransaction) {
                throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION,
                        "SET TRANSACTION [NOT] DEFERRABLE cannot be called within a subtransaction");
            }
            if (firstSnapshotTaken) {
                throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION,
                        "SET TRANSACTION [NOT] DEFERRABLE must be called before any query");
            }
        }
        deferrable = value;
    }

    /** The value SHOW prints for transaction_isolation, transaction_read_only, transaction_deferrable. */
    String show(String name) {
        return switch (name) {
            case "transaction_isolation" -> isolation.text();
            case "transaction_read_only" -> readOnly ? "on" : "off";
            default -> deferrable ? "on" : "off";
        };
    }

    /** 25006 unless the transaction may write. */
    void checkWritable(String command) {
        if (readOnly) {
            throw new PgException(SqlState.READ_ONLY_SQL_TRANSACTION, "cannot execute %s in a read-only transaction",
                    command);
        }
    }

    /** Names the per-transaction settings this class owns. */
    static boolean isTransactionSetting(String canonicalName) {
        return canonicalName.equals("transaction_isolation") || canonicalName.equals("transaction_read_only")
                || canonicalName.equals("transaction_deferrable");
    }

    /** The modes a SET of a per-transaction setting means; null values mean the default. */
    static TransactionModes modesFor(String canonicalName, String value, Settings settings) {
        return switch (canonicalName) {
            case "transaction_isolation" -> new TransactionModes(
                    value == null ? settings.get("default_transaction_isolation") : isolationText(canonicalName, value),
                    null, null);
            case "transaction_read_only" -> new TransactionModes(null, parseBoolean(canonicalName,
                    value == null ? settings.get("default_transaction_read_only") : value), null);
            default -> new TransactionModes(null, null, parseBoolean(canonicalName,
                    value == null ? settings.get("default_transaction_deferrable") : value));
        };
    }

    private static String isolationText(String name, String value) {
        IsolationLevel level = IsolationLevel.fromText(value);
        if (level == null) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid value for parameter \"%s\": \"%s\"", name,
                    value).withHint("Available values: serializable, repeatable read, read committed, read uncommitted.");
        }
        return level.text();
    }

    /** The level named (all four run; READ UNCOMMITTED behaves as READ COMMITTED, as in PostgreSQL). */
    static IsolationLevel supported(String text) {
        IsolationLevel level = IsolationLevel.fromText(text);
        if (level == null) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid value for parameter \"%s\": \"%s\"",
                    "transaction_isolation", text);
        }
        return level;
    }

    /** PostgreSQL's boolean setting values: on/off, true/false, yes/no, 1/0 and unique prefixes. */
    static boolean parseBoolean(String name, String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("1") || (!v.isEmpty() && ("true".startsWith(v) || "yes".startsWith(v))) || v.equals("on")) {
            return true;
        }
        if (v.equals("0") || (!v.isEmpty() && ("false".startsWith(v) || "no".startsWith(v))) || v.equals("off")
                || (v.length() >= 2 && "off".startsWith(v))) {
            return false;
        }
        throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "parameter \"%s\" requires a Boolean value", name);
    }
}
