package io.pglitedb.sql.ast;



/** A parsed SQL statement. */
public sealed interface Statement permits CreateTable, DropTable, Insert, Query, Update, Delete, Merge, CommentOn,
        TransactionControl, SetVariable, ShowVariable, ResetVariable, Truncate, Copy, Maintenance, AlterTable,
        Savepoint, SetTransaction, CreateRole, AlterRole, DropRole, CreateSequence, AlterSequence, DropObjects,
        CreateIndex, AlterIndexOptions, LockTable, LockedQuery, CreateDatabase, AlterDatabase, AlterSetting, DropDatabase,
        CreateSchema, DropSchema, AlterSchema, CreateView, RefreshMaterializedView, AlterView, AlterIndex, CreateTableAs,
        GrantRole, GrantPrivileges, AlterOwner, Prepare, ExecutePrepared, Deallocate, Discard, Explain,
        CreateFunction, CreateAggregate, CommentOnAggregate, RenameAggregate, DropFunction, CallProcedure, DoBlock, CreateTrigger, DropTrigger, AlterTrigger,
        CreatePolicy, AlterPolicy, DropPolicy, AlterDefaultPrivileges, CursorStatement, Reindex,
        CreateEnumType, CreateCompositeType, CreateRangeType, AlterType, DropType, CreateDomain, AlterDomain, SetConstraints, WithStatement {
}
