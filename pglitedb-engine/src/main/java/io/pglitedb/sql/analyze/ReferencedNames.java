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
 * The names a syntax tree (a statement, a query, an expression; nested queries included) refers to,
 * found before it is analysed, as supersets: the FROM analysis plans by them without resolving them.
 * Every syntax node is a record, whose components are its children.
 */
final class ReferencedNames {
    private static final String AST_PACKAGE = ColumnRef.class.getPackageName();

    private ReferencedNames() {
    }

    /**
     * The names it may use as whole-row references ({@code t} or {@code t.*} as a value): single-part
     * column references and qualifiers of {@code t.*}. An outer join carries a null-extension marker
     * ({@link Scope#nullExtensionMarkers}) only for a side with a range of one of these names.
     */
    static Set<String> wholeRowCandidates(Object ast) {
        Set<String> names = new HashSet<>();
        collect(ast, names, false);
        return names;
    }

    /** The table names and column names it may refer to: qualifiers, single-part references, t.* tables. */
    static Set<String> tablesAndColumns(Object ast) {
        Set<String> names = new HashSet<>();
        collect(ast, names, true);
        return names;
    }

    private static void collect(Object node, Set<String> out, boolean qualifiers) {
        switch (node) {
            case null -> {
            }
            case ColumnRef ref -> {
                if (ref.parts().size() == 1) {
                    out.add(ref.column());
                } else if (qualifiers) {
                    out.add(ref.parts().get(ref.parts().size() - 2));
                }
            }
            case Star star -> {
                if (star.qualifier() != null) {
                    out.add(star.qualifier().substring(star.qualifier().lastIndexOf('.') + 1));
                }
            }
            case Collection<?> items -> items.forEach(item -> collect(item, out, qualifiers));
            case Map<?, ?> map -> map.values().forEach(value -> collect(value, out, qualifiers));
            case java.util.Optional<?> optional -> optional.ifPresent(value -> collect(value, out, qualifiers));
            case Record syntax when syntax.getClass().getPackageName().equals(AST_PACKAGE) -> {
                for (RecordComponent component : syntax.getClass().getRecordComponents()) {
                    try {
                        collect(component.getAccessor().invoke(syntax), out, qualifiers);
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
