package io.pglitedb.types;

/** pg_type.typcategory, used by PostgreSQL's operator and function resolution. */
public enum TypeCategory {
    ARRAY('A'), BITSTRING('V'), BOOLEAN('B'), DATETIME('D'), ENUM('E'), GEOMETRIC('G'), NUMERIC('N'), RANGE('R'), STRING('S'), TIMESPAN('T'), UNKNOWN('X'), USER('U'),
    INTERNAL('Z');

    private final char code;

    TypeCategory(char code) {
        this.code = code;
    }

    public char code() {
        return code;
    }
}
