package io.pglitedb.catalog;

/**
 * A column's settings beside its type that do not change its values: pg_attribute's attcollation
 * (COLLATE), attstattarget (ALTER COLUMN SET STATISTICS) and attstorage (SET STORAGE).
 *
 * @param collation the collation written with COLLATE, or 0 for the type's own (see {@link Collations#ofType})
 * @param statisticsTarget -1 for the default, else 0..10000
 * @param storage 'p', 'e', 'm' or 'x' as set by SET STORAGE, or '\0' for the type's own (typstorage)
 */
public record ColumnSettings(int collation, int statisticsTarget, char storage) {
    public static final ColumnSettings DEFAULT = new ColumnSettings(0, -1, '\0');

    public boolean isDefault() {
        return equals(DEFAULT);
    }

    public ColumnSettings withCollation(int newCollation) {
        return new ColumnSettings(newCollation, statisticsTarget, storage);
    }

    public ColumnSettings withStatisticsTarget(int newTarget) {
        return new ColumnSettings(collation, newTarget, storage);
    }

    public ColumnSettings withStorage(char newStorage) {
        return new ColumnSettings(collation, statisticsTarget, newStorage);
    }
}
