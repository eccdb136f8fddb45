package io.pglitedb.sql.analyze;

import io.pglitedb.catalog.IndexDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.sql.ast.CreateIndex;
import io.pglitedb.sql.ast.IndexElement;
import io.pglitedb.sql.ast.QualifiedName;
import java.util.ArrayList;
import java.util.List;

/** An existing index's definition as a CREATE INDEX for another table (LIKE ... INCLUDING INDEXES, partitions). */
public final class IndexStatements {
    private static final int NO_POSITION = -1;

    private IndexStatements() {
    }

    /** CREATE INDEX {@code name} (null: chosen) ON {@code target} with {@code index}'s columns (by name) of {@code source}. */
    public static CreateIndex recreate(TableDescriptor source, IndexDescriptor index, QualifiedName target,
            String name) {
        List<IndexElement> elements = new ArrayList<>();
        int[] cols = index.columns();
        for (int i = 0; i < cols.length; i++) {
            String sql = index.expression(i);
            elements.add(sql != null
                    ? new IndexElement(null, DefaultValues.parseExpression(sql), index.descending()[i],
                            index.nullsFirst()[i], NO_POSITION)
                    : new IndexElement(source.columns().get(cols[i]).name(), index.descending()[i],
                            index.nullsFirst()[i], NO_POSITION));
        }
        List<IndexElement> included = new ArrayList<>();
        for (int c : index.included()) {
            included.add(new IndexElement(source.columns().get(c).name(), false, null, NO_POSITION));
        }
        return new CreateIndex(name, target, index.unique(), false, elements,
                index.predicate() == null ? null : DefaultValues.parseExpression(index.predicate()), NO_POSITION,
                included, index.method(), NO_POSITION);
    }
}
