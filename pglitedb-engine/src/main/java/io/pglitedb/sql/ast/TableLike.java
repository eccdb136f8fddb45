package io.pglitedb.sql.ast;

/**
 * {@code LIKE source [INCLUDING | EXCLUDING option] ...} in CREATE TABLE: the source's columns
 * are inserted where the clause stands, after {@code columnsBefore} column definitions.
 *
 * @param options the INCLUDING options that hold, a set of the {@code *} bits below
 */
public record TableLike(QualifiedName source, int options, int columnsBefore, int position) {
    public static final int COMMENTS = 1;
    public static final int COMPRESSION = 1 << 1;
    public static final int CONSTRAINTS = 1 << 2;
    public static final int DEFAULTS = 1 << 3;
    public static final int GENERATED = 1 << 4;
    public static final int IDENTITY = 1 << 5;
    public static final int INDEXES = 1 << 6;
    public static final int STATISTICS = 1 << 7;
    public static final int STORAGE = 1 << 8;
    public static final int ALL = (1 << 9) - 1;

    public boolean includes(int option) {
        return (options & option) != 0;
    }
}
