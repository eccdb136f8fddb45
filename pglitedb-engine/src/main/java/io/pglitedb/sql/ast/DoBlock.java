package io.pglitedb.sql.ast;

/** DO [LANGUAGE lang] 'code': an anonymous code block. */
public record DoBlock(String code, String language) implements Statement {
}
