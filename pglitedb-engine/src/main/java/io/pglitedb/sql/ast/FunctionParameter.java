package io.pglitedb.sql.ast;

/**
 * One parameter of CREATE FUNCTION: {@code [mode] [name] type [DEFAULT expr]}; name is null when
 * not written, defaultValue null when absent; defaultText is the default as written (for
 * pg_get_function_arguments and for re-parsing).
 *
 * @param mode "i" (IN), "o" (OUT), "b" (INOUT), "v" (VARIADIC), "t" (a RETURNS TABLE column)
 */
public record FunctionParameter(String mode, String name, TypeName type, Expr defaultValue, String defaultText) {
}
