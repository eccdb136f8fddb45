package io.pglitedb.sql.ast;

import java.util.List;

/**
 * One option of CREATE/ALTER SEQUENCE or of an identity column's {@code (options)}.
 *
 * @param value the number for INCREMENT, MINVALUE, MAXVALUE, START, RESTART (null = RESTART
 *     without WITH), CACHE; else null
 * @param type the type of AS, else null
 * @param ownedBy the column of OWNED BY ([schema.]table.column parts), empty for OWNED BY NONE
 */
public record SequenceOption(Kind kind, Long value, TypeName type, List<String> ownedBy, int position) {
    public enum Kind { AS, INCREMENT, MINVALUE, NO_MINVALUE, MAXVALUE, NO_MAXVALUE, START, RESTART, CACHE, CYCLE,
        NO_CYCLE, OWNED_BY, SEQUENCE_NAME }

    public SequenceOption {
        ownedBy = ownedBy == null ? null : List.copyOf(ownedBy);
    }

    public SequenceOption(Kind kind, Long value, int position) {
        this(kind, value, null, null, position);
    }
}
