package io.pglitedb.security;

import io.pglitedb.catalog.Privileges;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a statement needs to be allowed to run, collected while it is analysed (PostgreSQL's
 * range table entries with requiredPerms, selectedCols, insertedCols, updatedCols): per table the
 * privileges and the columns read, inserted and updated; per sequence the privileges nextval,
 * currval or setval need; per user-defined routine called, EXECUTE. {@link Authorization#check} checks
 * them in the order they were met.
 */
public final class AccessRequirements {
    /**
     * One table's needs; a column read adds SELECT (PostgreSQL's markVarForSelectPriv). The column
     * sets hold attnum - {@link #FIRST_LOW_INVALID_ATTNUM}, so system columns (tableoid -6 ...
     * ctid -1) fit, as in PostgreSQL's selectedCols.
     */
    public static final class Relation {
        final int oid;
        final String name;
        int required;
        final BitSet selected = new BitSet();
        final BitSet inserted = new BitSet();
        final BitSet updated = new BitSet();

        Relation(int oid, String name) {
            this.oid = oid;
            this.name = name;
        }
    }

    /** A sequence function's need: {@code anyOf} privileges, one of which suffices. */
    record SequenceNeed(int oid, String name, int anyOf) {
    }

    /** A call of a user-defined function or procedure: EXECUTE on it. */
    record FunctionNeed(int oid, String name, boolean procedure) {
    }

    /** Below the lowest system column's attnum (FirstLowInvalidHeapAttributeNumber). */
    static final int FIRST_LOW_INVALID_ATTNUM = -7;

    private final Map<Integer, Relation> relations = new LinkedHashMap<>();
    private final List<SequenceNeed> sequences = new ArrayList<>();
    private final List<FunctionNeed> functions = new ArrayList<>();
    /** What views need from their base relations, checked as each view's owner. */
    private final Map<Integer, AccessRequirements> asOwners = new LinkedHashMap<>();

    /** The role these requirements are checked as: -1 for the current user, else a view's owner. */
    private int checkAsUser = -1;
    /** row_security: off makes a query that row-level security would filter fail instead. */
    private boolean rowSecurity = true;
    /** Tables whose policies are being expanded (shared with the views' requirements): recursion detection. */
    private java.util.Set<Integer> expandingPolicies = new java.util.HashSet<>();

    /** The requirements checked as {@code owner} (a view's query reads with its owner's privileges). */
    public AccessRequirements asOwner(int owner) {
        return asOwners.computeIfAbsent(owner, this::withSettingsAs);
    }

    /**
     * Requirements with these settings that nobody checks: what an inheritance child's share of an
     * UPDATE or DELETE on its parent records (PostgreSQL checks only the named table's privileges).
     */
    public AccessRequirements unchecked() {
        return withSettingsAs(checkAsUser);
    }

    /** New, empty requirements with these settings, checked as {@code user} (-1: the current user). */
    private AccessRequirements withSettingsAs(int user) {
        AccessRequirements r = new AccessRequirements();
        r.checkAsUser = user;
        r.rowSecurity = rowSecurity;
        r.expandingPolicies = expandingPolicies;
        r.definingView = definingView;
        return r;
    }

    /** -1: the current user; else the role (a view's owner) these requirements are checked as. */
    public int checkAsUser() {
        return checkAsUser;
    }

    public boolean rowSecurity() {
        return rowSecurity;
    }

    public void setRowSecurity(boolean on) {
        rowSecurity = on;
    }

    /** While a view is defined (shared with the views' requirements): row security applies where it is used. */
    private boolean[] definingView = new boolean[1];

    public boolean definingView() {
        return definingView[0];
    }

    public void setDefiningView(boolean on) {
        definingView[0] = on;
    }

    /**
     * Marks the start of expanding a table's policies.
     *
     * @return false when they are being expanded already (a policy reads its own table, directly or
     *     through other policies)
     */
    public boolean enterPolicies(int tableOid) {
        return expandingPolicies.add(tableOid);
    }

    public void leavePolicies(int tableOid) {
        expandingPolicies.remove(tableOid);
    }

    /** True when the statement reads columns of the table (SELECT rights are needed on it). */
    public boolean selects(int oid) {
        Relation r = relations.get(oid);
        return r != null && (r.required & Privileges.SELECT) != 0;
    }

    /**
     * Moves what was recorded for writing relation {@code oid} (INSERT, UPDATE, DELETE and their
     * columns) to {@code to}: the base table of an updatable view is written with the view
     * owner's privileges.
     */
    public void moveWrites(int oid, AccessRequirements to) {
        Relation r = relations.get(oid);
        if (r == null) {
            return;
        }
        int writes = r.required & (Privileges.INSERT | Privileges.UPDATE | Privileges.DELETE);
        Relation target = to.relation(oid, r.name);
        target.required |= writes;
        target.inserted.or(r.inserted);
        target.updated.or(r.updated);
        r.required &= ~writes;
        r.inserted.clear();
        r.updated.clear();
        if (r.required == 0) {
            relations.remove(oid);
        }
    }

    Map<Integer, AccessRequirements> owners() {
        return asOwners;
    }

    private Relation relation(int oid, String name) {
        return relations.computeIfAbsent(oid, o -> new Relation(o, name));
    }

    /** The table is read (a FROM item): SELECT on it or, if columns are named, on them. */
    public void read(int oid, String name) {
        relation(oid, name).required |= Privileges.SELECT;
    }

    /** A column of a table is read. Tables the statement does not name (oid 0) are ignored. */
    public void column(int oid, int attributeNumber) {
        Relation r = relations.get(oid);
        if (r != null && attributeNumber != 0 && attributeNumber > FIRST_LOW_INVALID_ATTNUM) {
            r.required |= Privileges.SELECT;
            r.selected.set(attributeNumber - FIRST_LOW_INVALID_ATTNUM);
        }
    }

    /** The statement's target: INSERT, UPDATE, DELETE (or UPDATE for SELECT FOR UPDATE/SHARE). */
    public void modify(int oid, String name, int privilege) {
        relation(oid, name).required |= privilege;
    }

    public void inserted(int oid, String name, int attributeNumber) {
        Relation r = relation(oid, name);
        r.required |= Privileges.INSERT;
        r.inserted.set(attributeNumber - FIRST_LOW_INVALID_ATTNUM);
    }

    public void updated(int oid, String name, int attributeNumber) {
        Relation r = relation(oid, name);
        r.required |= Privileges.UPDATE;
        r.updated.set(attributeNumber - FIRST_LOW_INVALID_ATTNUM);
    }

    /** nextval (USAGE or UPDATE), currval (SELECT or USAGE), setval (UPDATE). */
    public void sequence(int oid, String name, int anyOf) {
        sequences.add(new SequenceNeed(oid, name, anyOf));
    }

    /** A call of routine {@code oid} (ExecInitFunc's pg_proc_aclcheck): EXECUTE is needed. */
    public void function(int oid, String name, boolean procedure) {
        for (FunctionNeed f : functions) {
            if (f.oid() == oid) {
                return;
            }
        }
        functions.add(new FunctionNeed(oid, name, procedure));
    }

    public boolean isEmpty() {
        return relations.isEmpty() && sequences.isEmpty() && functions.isEmpty() && asOwners.isEmpty();
    }

    List<FunctionNeed> functionNeeds() {
        return functions;
    }

    Iterable<Relation> relations() {
        return relations.values();
    }

    List<SequenceNeed> sequenceNeeds() {
        return sequences;
    }
}
