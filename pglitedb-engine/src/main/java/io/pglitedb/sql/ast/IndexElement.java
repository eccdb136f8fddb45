package io.pglitedb.sql.ast;

/** One column of CREATE INDEX: {@code column [ASC|DESC] [NULLS FIRST|LAST]}; nullsFirst null = the default. */
public record IndexElement(String column, boolean descending, Boolean nullsFirst, int position) {
}
