package io.pglitedb.types;

import java.util.List;

/**
 * The parsed form of a jsonpath (jsonpath_gram.y's items). A {@link Chain} is a primary item
 * followed by accessors ({@code $.a[*] ? (@ > 1).size()}); operands of operators and predicates
 * are chains. Predicates (comparisons, &amp;&amp;, exists ...) evaluate to true/false/unknown.
 */
public sealed interface JsonPathItem {
    /** A whole jsonpath: lax or strict, and its expression (null for an empty path). */
    record Path(boolean lax, Chain expr) {
    }

    /** A primary and the accessors applied one after another. */
    record Chain(List<JsonPathItem> items) implements JsonPathItem {
        public Chain {
            items = List.copyOf(items);
        }
    }

    record Root() implements JsonPathItem {
    }

    record Current() implements JsonPathItem {
    }

    record Last() implements JsonPathItem {
    }

    record Variable(String name) implements JsonPathItem {
    }

    /** A null, boolean, number or string literal. */
    record Literal(JsonValue value) implements JsonPathItem {
    }

    record Key(String name) implements JsonPathItem {
    }

    record AnyKey() implements JsonPathItem {
    }

    record AnyArray() implements JsonPathItem {
    }

    /** One subscript: {@code from} or {@code from to to}. */
    record Subscript(Chain from, Chain to) {
    }

    record IndexArray(List<Subscript> subscripts) implements JsonPathItem {
        public IndexArray {
            subscripts = List.copyOf(subscripts);
        }
    }

    /** {@code .**{first to last}}; {@link #LAST} stands for {@code last}. */
    record Any(int first, int last) implements JsonPathItem {
        public static final int LAST = Integer.MAX_VALUE;
    }

    record Filter(Chain predicate) implements JsonPathItem {
    }

    /** .type() .size() .double() .ceiling() .floor() .abs() .keyvalue(). */
    record Method(String name) implements JsonPathItem {
    }

    /** .datetime() with an optional template. */
    record Datetime(String template) implements JsonPathItem {
    }

    /** + - * / % between two operands. */
    record Arithmetic(String op, Chain left, Chain right) implements JsonPathItem {
    }

    /** Unary + or -. */
    record Unary(String op, Chain operand) implements JsonPathItem {
    }

    /** A predicate: it yields true, false or unknown. */
    sealed interface Predicate extends JsonPathItem {
    }

    record And(Chain left, Chain right) implements Predicate {
    }

    record Or(Chain left, Chain right) implements Predicate {
    }

    record Not(Chain operand) implements Predicate {
    }

    record IsUnknown(Chain operand) implements Predicate {
    }

    /** == != &lt; &lt;= &gt; &gt;= ({@code <>} is read as !=). */
    record Comparison(String op, Chain left, Chain right) implements Predicate {
    }

    record Exists(Chain path) implements Predicate {
    }

    record StartsWith(Chain whole, Chain initial) implements Predicate {
    }

    record LikeRegex(Chain operand, String pattern, String flags) implements Predicate {
    }
}
