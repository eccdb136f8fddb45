package io.pglitedb.exec.expr;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.exec.ExecContext;
import io.pglitedb.exec.SessionServices;
import io.pglitedb.txn.WaitPolicy;
import io.pglitedb.types.DataType;
import io.pglitedb.types.Types;
import io.pglitedb.types.VoidType;
import java.util.List;

/**
 * Functions that act on the session or the lock manager rather than on values: advisory locks
 * (PostgreSQL's pg_advisory_* family, session- and transaction-level, exclusive and shared, one
 * bigint key or two int keys, which are different lock spaces), pg_backend_pid, pg_sleep,
 * pg_cancel_backend and pg_terminate_backend, amcheck's bt_index_check, txid_current[_if_assigned]. Never folded: evaluated when the statement runs.
 */
public final class SessionFunctionCall extends BoundExpr {
    /** What the call does; {@code result} is its SQL result type. */
    public enum Kind {
        LOCK(false, false, false), LOCK_SHARED(false, true, false), TRY_LOCK(false, false, true),
        TRY_LOCK_SHARED(false, true, true), XACT_LOCK(true, false, false), XACT_LOCK_SHARED(true, true, false),
        TRY_XACT_LOCK(true, false, true), TRY_XACT_LOCK_SHARED(true, true, true), UNLOCK(false, false, true),
        UNLOCK_SHARED(false, true, true), UNLOCK_ALL(false, false, false), BACKEND_PID(false, false, false),
        SLEEP(false, false, false), CANCEL_BACKEND(false, false, true), TERMINATE_BACKEND(false, false, true),
        INDEX_CHECK(false, false, false), TXID_CURRENT(false, false, false), TXID_CURRENT_IF_ASSIGNED(false, false, false);

        final boolean transactionLevel;
        final boolean shared;
        final boolean returnsBoolean;

        Kind(boolean transactionLevel, boolean shared, boolean returnsBoolean) {
            this.transactionLevel = transactionLevel;
            this.shared = shared;
            this.returnsBoolean = returnsBoolean;
        }

        public DataType resultType() {
            if (this == BACKEND_PID) {
                return DataType.of(Types.INT4);
            }
            if (this == TXID_CURRENT || this == TXID_CURRENT_IF_ASSIGNED) {
                return DataType.of(Types.INT8);
            }
            return DataType.of(returnsBoolean ? Types.BOOL : Types.VOID);
        }
    }

    private final Kind kind;
    private final List<BoundExpr> args;

    public SessionFunctionCall(Kind kind, List<BoundExpr> args) {
        super(kind.resultType());
        this.kind = kind;
        this.args = List.copyOf(args);
    }

    @Override
    public Object eval(Object[] row, Object[] params) {
        ExecContext context = ExecContext.of(params);
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = args.get(i).eval(row, params);
            if (values[i] == null) {
                return null; // all of these are strict
            }
        }
        SessionServices session = context.session();
        return switch (kind) {
            case BACKEND_PID -> session.processId();
            // the transaction's 64-bit id; its low 32 bits are the xid in the xmin of the rows it writes
            case TXID_CURRENT -> context.transaction().assignXid();
            case TXID_CURRENT_IF_ASSIGNED -> context.transaction().hasXid() ? context.transaction().id() : null;
            case INDEX_CHECK -> {
                io.pglitedb.exec.IndexCheck.check((Long) values[0], values.length > 1 && (Boolean) values[1], context);
                yield VoidType.VALUE;
            }
            case SLEEP -> sleep(context, ((Number) values[0]).doubleValue());
            case CANCEL_BACKEND -> session.signalBackend((Integer) values[0], false);
            case TERMINATE_BACKEND -> session.signalBackend((Integer) values[0], true);
            case UNLOCK_ALL -> {
                context.transaction().releaseSessionLocks(session.sessionLocks());
                yield VoidType.VALUE;
            }
            case UNLOCK, UNLOCK_SHARED -> {
                boolean released = context.transaction().unlockAdvisory(session.sessionLocks(), context.databaseOid(),
                        key(values), keyType(), kind.shared);
                if (!released) {
                    session.notice(new PgException(SqlState.WARNING, "you don't own a lock of type %s",
                            kind.shared ? "ShareLock" : "ExclusiveLock").withSeverity("WARNING"));
                }
                yield released;
            }
            default -> lock(context, session, values);
        };
    }

    private Object lock(ExecContext context, SessionServices session, Object[] values) {
        WaitPolicy policy = kind.returnsBoolean ? WaitPolicy.NOWAIT : WaitPolicy.BLOCK;
        boolean granted = kind.transactionLevel
                ? context.transaction().lockAdvisory(context.databaseOid(), key(values), keyType(), kind.shared, policy)
                : context.transaction().lockSessionAdvisory(session.sessionLocks(), context.databaseOid(),
                        key(values), keyType(), kind.shared, policy);
        return kind.returnsBoolean ? (Object) granted : VoidType.VALUE;
    }

    /** One bigint key, or two int keys packed high and low (their own lock space, see {@link #keyType()}). */
    private long key(Object[] values) {
        if (values.length == 1) {
            return (Long) values[0];
        }
        return ((long) (Integer) values[0] << 32) | ((Integer) values[1] & 0xFFFFFFFFL);
    }

    /** PostgreSQL's locktag field 4: 1 for a bigint key, 2 for two int keys. */
    private int keyType() {
        return args.size() == 1 ? 1 : 2;
    }

    private static Object sleep(ExecContext context, double seconds) {
        long deadline = System.nanoTime() + (long) Math.max(0, seconds * 1e9);
        long left;
        while ((left = deadline - System.nanoTime()) > 0) {
            try {
                Thread.sleep(Math.min(left / 1_000_000 + 1, 50));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PgException(SqlState.QUERY_CANCELED, "canceling statement due to user request");
            }
            context.checkCancelled();
        }
        return VoidType.VALUE;
    }
}
