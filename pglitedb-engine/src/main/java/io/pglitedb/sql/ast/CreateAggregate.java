package io.pglitedb.sql.ast;

import java.util.List;

/**
 * CREATE [OR REPLACE] AGGREGATE name ([direct args] [ORDER BY aggregated args]) (definition), or
 * the old form {@code CREATE AGGREGATE name (BASETYPE = type, SFUNC = ..., ...)}.
 *
 * @param arguments the aggregated arguments ({@code *}: none); null in the old form
 * @param directArguments the direct arguments of an ordered-set aggregate ({@code (a ORDER BY b)}),
 *        or null for an ordinary aggregate
 * @param definition the {@code name = value} clauses in order, names as written (folded to lower
 *        case unless quoted)
 */
public record CreateAggregate(QualifiedName name, boolean orReplace, List<FunctionParameter> arguments,
        List<FunctionParameter> directArguments, List<Definition> definition) implements Statement {
    public CreateAggregate {
        arguments = arguments == null ? null : List.copyOf(arguments);
        directArguments = directArguments == null ? null : List.copyOf(directArguments);
        definition = List.copyOf(definition);
    }

    /** True for the old form, whose input type is the BASETYPE clause. */
    public boolean oldStyle() {
        return arguments == null;
    }

    /**
     * One {@code name [= value]} clause (gram.y's def_elem). A value is a string constant, a number,
     * or a word / (qualified) name / type name, kept as {@code type} when it parses as one.
     *
     * @param text the value as a string (a name without its argument list); null when absent
     * @param type the value read as a type name, or null when it is a string or number
     */
    public record Definition(String name, String text, TypeName type, int position) {
    }
}
