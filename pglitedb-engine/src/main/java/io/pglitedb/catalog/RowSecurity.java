package io.pglitedb.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * A table's row-level security: pg_class's relrowsecurity and relforcerowsecurity, and its
 * policies (pg_policy). Kept in the table's {@link ObjectAcl} entry, so that it changes, commits,
 * rolls back and is dropped with the table's other security data.
 */
public record RowSecurity(boolean enabled, boolean forced, List<Policy> policies) {
    public static final RowSecurity NONE = new RowSecurity(false, false, List.of());

    /** PostgreSQL's polcmd values. */
    public static final char ALL = '*';
    public static final char SELECT = 'r';
    public static final char INSERT = 'a';
    public static final char UPDATE = 'w';
    public static final char DELETE = 'd';

    /**
     * One policy (a pg_policy row).
     *
     * @param roles role OIDs, {@link AclItem#PUBLIC} for PUBLIC
     * @param using the USING condition as SQL text, or null
     * @param withCheck the WITH CHECK condition as SQL text, or null
     */
    public record Policy(int oid, String name, char command, boolean permissive, List<Integer> roles, String using,
            String withCheck) {
        public Policy {
            roles = List.copyOf(roles);
        }

        public Policy withName(String newName) {
            return new Policy(oid, newName, command, permissive, roles, using, withCheck);
        }

        /** True when the policy is for this command ('r', 'a', 'w', 'd'), directly or as ALL. */
        public boolean appliesTo(char cmd) {
            return command == ALL || command == cmd;
        }
    }

    public RowSecurity {
        policies = List.copyOf(policies);
    }

    public boolean isDefault() {
        return !enabled && !forced && policies.isEmpty();
    }

    public RowSecurity withEnabled(boolean value) {
        return new RowSecurity(value, forced, policies);
    }

    public RowSecurity withForced(boolean value) {
        return new RowSecurity(enabled, value, policies);
    }

    public Policy policy(String name) {
        for (Policy p : policies) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    /** The policies with {@code changed} in place of the one of the same OID (added when new). */
    public RowSecurity withPolicy(Policy changed) {
        List<Policy> next = new ArrayList<>();
        boolean replaced = false;
        for (Policy p : policies) {
            if (p.oid() == changed.oid()) {
                next.add(changed);
                replaced = true;
            } else {
                next.add(p);
            }
        }
        if (!replaced) {
            next.add(changed);
        }
        return new RowSecurity(enabled, forced, next);
    }

    public RowSecurity withoutPolicy(int oid) {
        List<Policy> next = new ArrayList<>(policies);
        next.removeIf(p -> p.oid() == oid);
        return new RowSecurity(enabled, forced, next);
    }
}
