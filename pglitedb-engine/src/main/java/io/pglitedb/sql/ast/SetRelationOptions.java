package io.pglitedb.sql.ast;

import java.util.List;

/**
 * {@code ALTER TABLE name SET (option [= value], ...)} or {@code RESET (option, ...)}: storage
 * parameters (reloptions). A value is the text written (a number, word or string); null when none.
 */
public record SetRelationOptions(List<Option> options, boolean reset) implements AlterTableAction {
    public SetRelationOptions {
        options = List.copyOf(options);
    }

    /** One {@code name [= value]}; name may be qualified ({@code toast.x}). */
    public record Option(String name, String value) {
    }
}
