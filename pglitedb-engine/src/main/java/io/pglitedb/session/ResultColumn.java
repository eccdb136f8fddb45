package io.pglitedb.session;

import io.pglitedb.types.DataType;

/**
 * One column of a result, as RowDescription describes it: name, the table OID and attribute number
 * when the column comes straight from a table (else 0), and the type with its modifier.
 */
public record ResultColumn(String name, int tableOid, short attributeNumber, DataType type) {
}
