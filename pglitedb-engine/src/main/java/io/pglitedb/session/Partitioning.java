package io.pglitedb.session;

import io.pglitedb.catalog.Inheritance;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.partition.PartitionBound;
import io.pglitedb.partition.PartitionKey;
import io.pglitedb.sql.analyze.AnalyzerContext;
import io.pglitedb.sql.analyze.PartitionDefinitions;
import io.pglitedb.sql.analyze.TableInherits;
import io.pglitedb.sql.ast.CreateTable;

/** The inheritance entry of a new table: its parents, PARTITION BY and FOR VALUES, checked against its siblings. */
final class Partitioning {
    private Partitioning() {
    }

    static Inheritance define(CreateTable create, TableDescriptor table, TableInherits.Expanded inherited,
            AnalyzerContext context) {
        PartitionKey key = create.inheritance().partitionBy() == null ? null
                : PartitionDefinitions.key(create.inheritance().partitionBy(), table, context);
        PartitionBound bound = null;
        if (create.inheritance().partitionOf() != null) {
            TableDescriptor parent = inherited.parents().get(0);
            bound = PartitionDefinitions.bound(create.inheritance().bound(), parent, context);
            PartitionDefinitions.checkBound(parent, table.name(), bound, create.inheritance().bound(), context);
        }
        return new Inheritance(inherited.inheritance().parents(), key, bound);
    }
}
