package io.pglitedb.sql.deparse;

import io.pglitedb.sql.analyze.Annotations;
import java.util.function.IntFunction;

/**
 * ruleutils' deparse_context: the output buffer, the pretty flags (PRETTYFLAG_PAREN drops the
 * parentheses a reader does not need, PRETTYFLAG_INDENT breaks clauses onto indented lines), the
 * current indentation, whether column references carry their range's name, what analysis recorded
 * about the tree, and how a relation OID is named (schema-qualified when the search path would
 * not find it).
 */
final class DeparseContext {
    static final int INDENT_STD = 8;
    static final int INDENT_JOIN = 4;
    static final int INDENT_VAR = 4;

    StringBuilder buf = new StringBuilder();
    final boolean prettyParen;
    final boolean prettyIndent;
    final Annotations annotations;
    final IntFunction<String> relationName;
    boolean varPrefix;
    int indentLevel;

    DeparseContext(boolean prettyParen, boolean prettyIndent, Annotations annotations, IntFunction<String> relationName) {
        this.prettyParen = prettyParen;
        this.prettyIndent = prettyIndent;
        this.annotations = annotations;
        this.relationName = relationName;
    }

    /** appendContextKeyword(): with indentation, a new line indented by the level (plus indentPlus), then the keyword. */
    void keyword(String str, int indentBefore, int indentAfter, int indentPlus) {
        if (prettyIndent) {
            indentLevel += indentBefore;
            removeTrailingSpaces();
            buf.append('\n');
            buf.repeat(' ', Math.max(indentLevel, 0) + indentPlus);
            buf.append(str);
            indentLevel += indentAfter;
            if (indentLevel < 0) {
                indentLevel = 0;
            }
        } else {
            buf.append(str);
        }
    }

    /** Prints into {@code to} from now on (a target or FROM item is built apart, then placed). */
    void swapBuffer(StringBuilder to) {
        buf = to;
    }

    void removeTrailingSpaces() {
        int len = buf.length();
        while (len > 0 && buf.charAt(len - 1) == ' ') {
            len--;
        }
        buf.setLength(len);
    }
}
