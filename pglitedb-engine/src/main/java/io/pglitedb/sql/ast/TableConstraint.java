package io.pglitedb.sql.ast;

import java.util.List;

/**
 * A table constraint (or a column constraint, with that column as its only column): PRIMARY KEY
 * (cols), UNIQUE (cols), CHECK (expr), FOREIGN KEY (cols) REFERENCES table [(cols)]; name is
 * null when not given.
 *
 * @param check the condition of CHECK, else null
 * @param checkText the condition's SQL text as written, else null
 * @param referencedTable for FOREIGN KEY, else null
 * @param referencedColumns for FOREIGN KEY; empty = the referenced table's primary key
 * @param onDelete, onUpdate "NO ACTION", "RESTRICT", "CASCADE", "SET NULL", "SET DEFAULT"
 * @param notValid NOT VALID (ALTER TABLE ADD CONSTRAINT): existing rows are not checked
 * @param deferrable DEFERRABLE (UNIQUE, PRIMARY KEY, FOREIGN KEY)
 * @param initiallyDeferred INITIALLY DEFERRED
 * @param include the INCLUDE columns of a UNIQUE or PRIMARY KEY table constraint
 */
public record TableConstraint(Kind kind, String name, List<String> columns, int position, Expr check,
        String checkText, QualifiedName referencedTable, List<String> referencedColumns, String onDelete,
        String onUpdate, boolean matchFull, boolean notValid, boolean nullsNotDistinct,
        boolean deferrable, boolean initiallyDeferred, List<String> include) {
    public enum Kind { PRIMARY_KEY, UNIQUE, CHECK, FOREIGN_KEY }

    public TableConstraint {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        include = List.copyOf(include);
    }

    public TableConstraint(Kind kind, String name, List<String> columns, int position, Expr check,
            String checkText, QualifiedName referencedTable, List<String> referencedColumns, String onDelete,
            String onUpdate, boolean matchFull, boolean notValid, boolean nullsNotDistinct,
            boolean deferrable, boolean initiallyDeferred) {
        this(kind, name, columns, position, check, checkText, referencedTable, referencedColumns, onDelete, onUpdate,
                matchFull, notValid, nullsNotDistinct, deferrable, initiallyDeferred, List.of());
    }

    public TableConstraint(Kind kind, String name, List<String> columns, int position, Expr check,
            String checkText, QualifiedName referencedTable, List<String> referencedColumns, String onDelete,
            String onUpdate, boolean matchFull, boolean notValid, boolean nullsNotDistinct) {
        this(kind, name, columns, position, check, checkText, referencedTable, referencedColumns, onDelete, onUpdate,
                matchFull, notValid, nullsNotDistinct, false, false);
    }

    public TableConstraint(Kind kind, String name, List<String> columns, int position) {
        this(kind, name, columns, position, null, null, null, List.of(), "NO ACTION", "NO ACTION", false, false,
                false);
    }

    public TableConstraint withName(String newName) {
        return new TableConstraint(kind, newName, columns, position, check, checkText, referencedTable,
                referencedColumns, onDelete, onUpdate, matchFull, notValid, nullsNotDistinct, deferrable, initiallyDeferred,
                include);
    }

    /** The same constraint with INCLUDE columns. */
    public TableConstraint withInclude(List<String> newInclude) {
        return new TableConstraint(kind, name, columns, position, check, checkText, referencedTable,
                referencedColumns, onDelete, onUpdate, matchFull, notValid, nullsNotDistinct, deferrable, initiallyDeferred,
                newInclude);
    }

    /** The same constraint with other ConstraintAttributeSpec values. */
    public TableConstraint withAttributes(boolean newNotValid, boolean newDeferrable, boolean newInitiallyDeferred) {
        return new TableConstraint(kind, name, columns, position, check, checkText, referencedTable,
                referencedColumns, onDelete, onUpdate, matchFull, newNotValid, nullsNotDistinct, newDeferrable,
                newInitiallyDeferred, include);
    }
}
