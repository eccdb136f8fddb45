package io.pglitedb.sql.analyze;

import io.pglitedb.sql.ast.ColumnRef;
import io.pglitedb.sql.ast.Star;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The names a statement may use as whole-row references ({@code t} or {@code t.*} as a value):
 * its single-part column references and the qualifiers of its {@code t.*}, anywhere in its syntax
 * tree, nested queries included. A superset, found before the FROM clause is planned: an outer
 * join carries a null-extension marker ({@link Scope#nullExtensionMarkers}) only for a side that
 * has a range of one of these names, so that other joins keep their plans.
 */
final class WholeRowReferences {
    private static final String AST_PACKAGE = ColumnRef.class.getPackageName();

    private WholeRowReferences() {
    }

    /** The candidate names in a syntax tree (a statement, a query, an expression). */
    static Set<String> in(Object ast) {
        Set<String> names = new HashSet<>();
        collect(ast, names);
        return names;
    }

    private static void collect(Object node, Set<String> out) {
        switch (node) {
            case null -> {
            }
            case ColumnRef ref -> {
                if (ref.parts().size() == 1) {
                    out.add(ref.column());
                }
            }
            case Star star -> {
                if (star.qualifier() != null) {
                    out.add(star.qualifier().substring(star.qualifier().lastIndexOf('.') + 1));
                }
            }
            case Collection<?> items -> items.forEach(item -> collect(item, out));
            case Map<?, ?> map -> map.values().forEach(value -> collect(value, out));
            case java.util.Optional<?> optional -> optional.ifPresent(value -> collect(value, out));
            case Record syntax when syntax.getClass().getPackageName().equals(AST_PACKAGE) -> {
                // every syntax node is a record: its components are its children
                for (RecordComponent component : syntax.getClass().getRecordComponents()) {
                    try {
                        collect(component.getAccessor().invoke(syntax), out);
                    } catch (IllegalAccessException | InvocationTargetException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            default -> {
            }
        }
    }
}
