package io.pglitedb.sql.ast;

import java.util.List;

/** {@code name} or {@code schema.name}; schema is null when not written. */
public record QualifiedName(String schema, String name, int position) {
}
