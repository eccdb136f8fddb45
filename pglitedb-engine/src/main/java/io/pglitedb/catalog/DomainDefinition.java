package io.pglitedb.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code CREATE DOMAIN} defines over its base type (pg_type's typbasetype, typtypmod,
 * typnotnull, typdefault, and the domain's pg_constraint rows).
 *
 * @param baseOid the base type's OID
 * @param baseTypmod the base type's modifier (pg_type.typtypmod), -1 for none
 * @param defaultSql the DEFAULT expression's SQL text, or null
 * @param checks the CHECK constraints over VALUE, in creation order
 */
public record DomainDefinition(int baseOid, int baseTypmod, boolean notNull, String defaultSql,
        List<Check> checks) {
    public DomainDefinition {
        checks = List.copyOf(checks);
    }

    /** One CHECK constraint (a pg_constraint row with contypid = the domain); {@code validated} false for NOT VALID. */
    public record Check(int oid, String name, String conditionSql, boolean validated) {
    }

    public DomainDefinition withNotNull(boolean newNotNull) {
        return new DomainDefinition(baseOid, baseTypmod, newNotNull, defaultSql, checks);
    }

    public DomainDefinition withDefault(String newDefaultSql) {
        return new DomainDefinition(baseOid, baseTypmod, notNull, newDefaultSql, checks);
    }

    public DomainDefinition withChecks(List<Check> newChecks) {
        return new DomainDefinition(baseOid, baseTypmod, notNull, defaultSql, newChecks);
    }

    public DomainDefinition withCheck(Check check) {
        List<Check> all = new ArrayList<>(checks);
        all.add(check);
        return withChecks(all);
    }

    /** The CHECK constraint of this name, or null. */
    public Check check(String name) {
        for (Check c : checks) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }
}
