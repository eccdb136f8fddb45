package io.pglitedb.sql.ast;

import java.util.List;

/**
 * A type as written: name lower-cased with its words joined by one space ("double precision",
 * "character varying", "int", "serial"), the modifiers in parentheses, array dimensions ([] count).
 */
public record TypeName(String name, List<Integer> modifiers, int arrayDimensions, int position) {
    public TypeName {
        modifiers = List.copyOf(modifiers);
    }
}
