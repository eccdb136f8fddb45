package io.pglitedb.exec;

import io.pglitedb.catalog.Catalog;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.stats.TableActivity;
import io.pglitedb.txn.Transaction;
import java.util.Arrays;
import java.util.IdentityHashMap;

/**
 * What a running statement needs: its transaction, parameter values, the catalog, cancellation,
 * and its runtime slots (PostgreSQL's PARAM_EXEC parameters): values a correlated subquery or a
 * LATERAL item reads from the row around it, and the work tables of recursive queries. The
 * analyser numbers the slots of a statement; whoever sets a slot does so before it runs the plan
 * that reads it.
 *
 * <p>{@link #params()} is the bound parameter values followed by one more element, this context:
 * expressions that run plans ({@link io.pglitedb.exec.expr.SubqueryValue}) reach the running
 * statement through the params argument every {@code eval} already receives ({@link #of}).
 */
public final class ExecContext {
    private final Transaction transaction;
    private final Object[] params;
    private Object[] slots = new Object[4];
    private IdentityHashMap<Object, Object> cache;
    /** Per plan node statistics while EXPLAIN ANALYZE runs a plan (else null). */
    private IdentityHashMap<io.pglitedb.sql.plan.PlanNode, NodeStats> instrumentation;
    private boolean timing;
    private final Catalog catalog;
    private final int databaseOid;
    private volatile PgException cancelled;
    /** The session running the statement; null for statements run by DDL (defaults, checks). */
    private SessionServices session;
    private int rowsSinceYield;

    public ExecContext(Transaction transaction, Object[] params, Catalog catalog, int databaseOid) {
        this.transaction = transaction;
        this.params = Arrays.copyOf(params, params.length + 1);
        this.params[params.length] = this;
        this.catalog = catalog;
        this.databaseOid = databaseOid;
    }

    public Transaction transaction() {
        return transaction;
    }

    /** The parameter values ($1 is element 0), then this context as the last element. */
    public Object[] params() {
        return params;
    }

    /** The context of the statement whose {@link #params()} array this is. */
    public static ExecContext of(Object[] params) {
        return (ExecContext) params[params.length - 1];
    }

    /** From now on every operator opened counts its rows (and its time, when timing). */
    void instrument(boolean timing) {
        this.instrumentation = new IdentityHashMap<>();
        this.timing = timing;
    }

    boolean instrumented() {
        return instrumentation != null;
    }

    boolean timing() {
        return timing;
    }

    /** The statistics of a node (made on first use), or null when not instrumenting. */
    NodeStats stats(io.pglitedb.sql.plan.PlanNode node) {
        return instrumentation == null ? null : instrumentation.computeIfAbsent(node, n -> new NodeStats());
    }

    /** The statistics of a node if it ran, else null. */
    NodeStats statsIfRan(io.pglitedb.sql.plan.PlanNode node) {
        return instrumentation == null ? null : instrumentation.get(node);
    }

    public Object slot(int slot) {
        return slot < slots.length ? slots[slot] : null;
    }

    public void setSlot(int slot, Object value) {
        if (slot >= slots.length) {
            slots = Arrays.copyOf(slots, Math.max(slot + 1, slots.length * 2));
        }
        slots[slot] = value;
    }

    /** Per-execution memo of an uncorrelated subquery's result, keyed by the expression (identity). */
    public Object cached(Object owner) {
        return cache == null ? null : cache.get(owner);
    }

    public void cache(Object owner, Object value) {
        if (cache == null) {
            cache = new IdentityHashMap<>();
        }
        cache.put(owner, value);
    }

    private io.pglitedb.catalog.system.SystemContext systemContext;
    private java.util.function.Supplier<io.pglitedb.catalog.system.SystemContext> systemContextSource;

    /**
     * What pg_catalog relations and catalog functions are computed from (set by the session).
     * Made on first use: most statements read no system relation, and building it copies the
     * session's settings.
     */
    public void setSystemContext(java.util.function.Supplier<io.pglitedb.catalog.system.SystemContext> source) {
        this.systemContextSource = source;
    }

    /** The statement's view of the catalog for system relations (the committed catalog if none was set). */
    public io.pglitedb.catalog.system.SystemContext systemContext() {
        if (systemContext == null && systemContextSource != null) {
            systemContext = systemContextSource.get();
        }
        if (systemContext == null) {
            systemContext = new io.pglitedb.catalog.system.SystemContext(new io.pglitedb.catalog.CatalogView(catalog),
                    io.pglitedb.catalog.SearchPath.DEFAULT, "postgres", "postgres", java.util.Map.of());
        }
        return systemContext;
    }

    /**
     * A context for a statement run inside this one (the body of a SQL function): the same
     * transaction, session and catalog view, its own parameters ({@code params}, the function's
     * arguments) and slots. {@code depth} counts the nesting (stack depth limit).
     */
    public ExecContext child(Object[] childParams) {
        ExecContext child = new ExecContext(transaction, childParams, catalog, databaseOid);
        child.session = session;
        child.systemContextSource = systemContextSource;
        child.systemContext = systemContext;
        child.depth = depth + 1;
        child.memory = memory;
        child.workMem = workMem;
        child.parallelWorkers = parallelWorkers;
        child.hashMemMultiplier = hashMemMultiplier;
        child.mergeJoins = mergeJoins;
        if (child.depth > 1000) {
            throw io.pglitedb.types.JsonParser.stackDepthExceeded();
        }
        return child;
    }

    /** The statement's context when this is a worker's ({@link #forWorker}), else null. */
    private ExecContext statement;

    /**
     * A context for a worker thread running part of this statement's plan: the same transaction,
     * parameter values, catalog and settings, its own slots (a copy of this context's now) and
     * no instrumentation; a cancel of the statement stops it too ({@link #checkCancelled}).
     */
    ExecContext forWorker() {
        ExecContext worker = new ExecContext(transaction, Arrays.copyOf(params, params.length - 1), catalog, databaseOid);
        worker.statement = this;
        worker.slots = slots.clone();
        worker.session = session;
        worker.depth = depth;
        worker.memory = memory;
        worker.workMem = workMem;
        worker.hashMemMultiplier = hashMemMultiplier;
        return worker;
    }

    /** True for a worker's context: its reads must not touch the transaction's write batch. */
    boolean isWorker() {
        return statement != null;
    }

    private int depth;
    private MemoryBudget memory = new MemoryBudget(MemoryBudget.UNLIMITED);

    /** The statement's memory budget (shared with the statements it runs inside it). */
    public MemoryBudget memory() {
        return memory;
    }

    private long workMem;
    private int parallelWorkers;

    /**
     * max_parallel_workers_per_gather: how many worker threads a scan may use besides the
     * statement's own (0, the default outside a session: none).
     */
    public int parallelWorkers() {
        return parallelWorkers;
    }

    public ExecContext parallelWorkers(int workers) {
        this.parallelWorkers = Math.max(0, workers);
        return this;
    }

    /** work_mem in bytes: what a sort keeps in memory before it writes runs to disk (0: never). */
    public long workMem() {
        return workMem;
    }

    public ExecContext workMem(long bytes) {
        this.workMem = bytes;
        return this;
    }

    private double hashMemMultiplier = 2.0;
    private boolean mergeJoins;

    /**
     * Whether equi-joins run as merge joins (enable_hashjoin off, enable_mergejoin on: what
     * PostgreSQL's planner then chooses for them) instead of hash joins or index lookups.
     */
    public boolean mergeJoins() {
        return mergeJoins;
    }

    public ExecContext mergeJoins(boolean merge) {
        this.mergeJoins = merge;
        return this;
    }

    /** work_mem × hash_mem_multiplier: what a hash table keeps in memory before it spills (0: never). */
    public long hashMem() {
        return (long) Math.min(Long.MAX_VALUE / 2.0, workMem * hashMemMultiplier);
    }

    public ExecContext hashMemMultiplier(double multiplier) {
        this.hashMemMultiplier = multiplier;
        return this;
    }

    /** Limits what the statement's operators may keep to {@code bytes} (0: no limit). */
    public ExecContext limitMemory(long bytes) {
        this.memory = new MemoryBudget(bytes);
        return this;
    }

    public Catalog catalog() {
        return catalog;
    }

    public ExecContext withSession(SessionServices services) {
        this.session = services;
        return this;
    }

    /**
     * The session running the statement.
     *
     * @throws PgException 0A000 where a statement runs without one (inside DDL)
     */
    public SessionServices session() {
        if (session == null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "this function cannot be used here");
        }
        return session;
    }

    /** Where scans are counted (pg_stat_*_tables), or null outside a session. */
    TableActivity tableActivity() {
        return session == null ? null : session.tableActivity();
    }

    public int databaseOid() {
        return databaseOid;
    }

    /** Asks the running statement to stop (CancelRequest); also interrupts a lock wait. */
    public void cancel() {
        cancel(new PgException(SqlState.QUERY_CANCELED, "canceling statement due to user request"));
    }

    /** Stops the running statement with {@code reason} (statement_timeout: 57014 with its own message). */
    public void cancel(PgException reason) {
        cancelled = reason;
        transaction.cancelWait(reason);
    }

    /**
     * Called by operators between rows. Every few thousand rows it also yields the thread: a long
     * CPU-bound statement on a virtual thread must not keep the few carrier threads from other
     * sessions.
     */
    public void checkCancelled() {
        PgException reason = statement == null ? cancelled : statement.cancelled;
        if (reason != null) {
            throw reason;
        }
        if ((++rowsSinceYield & 0xFFF) == 0) {
            Thread.yield();
        }
    }
}
