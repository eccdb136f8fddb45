package io.pglitedb.session;

import io.pglitedb.catalog.Catalog;
import io.pglitedb.catalog.CatalogView;
import io.pglitedb.catalog.RangeDefinition;
import io.pglitedb.catalog.TypeDescriptor;
import io.pglitedb.catalog.system.BuiltinFunctions;
import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.sql.ast.CreateRangeType;
import io.pglitedb.sql.ast.QualifiedName;
import io.pglitedb.sql.ast.TypeName;
import io.pglitedb.sql.analyze.UserFunctions;
import io.pglitedb.types.DataType;
import io.pglitedb.types.PgType;
import io.pglitedb.types.PseudoType;
import io.pglitedb.types.TypeCategory;
import io.pglitedb.types.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code CREATE TYPE name AS RANGE (SUBTYPE = ..., ...)} as typecmds.c's DefineRange checks it: a
 * range type (typtype 'r') over the subtype, with its array type and its pg_range row. The
 * subtype's default btree operator class is taken unless SUBTYPE_OPCLASS names one; COLLATION only
 * for a collatable subtype; SUBTYPE_DIFF must be a function (subtype, subtype); CANONICAL needs a
 * shell type, which does not exist here, so it is refused as PostgreSQL refuses it without one.
 * The multirange type PostgreSQL makes alongside is not implemented: its OIDs are reserved.
 */
final class RangeTypeCommands {
    /** pg_opclass: the default btree operator class of each built-in type (opcintype -> oid). */
    private static final Map<Integer, Integer> DEFAULT_BTREE_OPCLASS = new HashMap<>();
    /** pg_opclass: the btree operator classes by name. */
    private static final Map<String, Integer> BTREE_OPCLASS = new HashMap<>();

    static {
        int[][] defaults = {{16, 10003}, {17, 10006}, {18, 10007}, {19, 10028}, {20, 3124}, {21, 1979}, {23, 1978},
            {25, 3126}, {26, 1981}, {27, 10050}, {30, 10032}, {700, 10012}, {701, 3123}, {774, 10026}, {790, 10047},
            {829, 10024}, {869, 10015}, {1042, 10004}, {1082, 3122}, {1083, 10038}, {1114, 3128}, {1184, 3127},
            {1186, 10022}, {1266, 10041}, {1560, 10002}, {1562, 10043}, {1700, 3125}, {2249, 10034}, {2277, 10000},
            {2950, 10065}, {3220, 10067}, {3500, 10069}, {3614, 10071}, {3615, 10074}, {3802, 10088}, {3831, 10076},
            {4537, 10080}, {5069, 10053}, {1043, 3126}};
        for (int[] d : defaults) {
            DEFAULT_BTREE_OPCLASS.put(d[0], d[1]);
        }
        Object[] named = {"int4_ops", 1978, "int2_ops", 1979, "oid_ops", 1981, "date_ops", 3122, "float8_ops", 3123,
            "int8_ops", 3124, "numeric_ops", 3125, "text_ops", 3126, "timestamptz_ops", 3127, "timestamp_ops", 3128,
            "text_pattern_ops", 4217, "varchar_pattern_ops", 4218, "bpchar_pattern_ops", 4219, "array_ops", 10000,
            "bit_ops", 10002, "bool_ops", 10003, "bpchar_ops", 10004, "bytea_ops", 10006, "char_ops", 10007,
            "float4_ops", 10012, "interval_ops", 10022, "name_ops", 10028, "oidvector_ops", 10032,
            "record_ops", 10034, "time_ops", 10038, "timetz_ops", 10041, "varbit_ops", 10043, "varchar_ops", 10044,
            "tid_ops", 10050, "uuid_ops", 10065, "enum_ops", 10069, "range_ops", 10076, "jsonb_ops", 10088};
        for (int i = 0; i < named.length; i += 2) {
            BTREE_OPCLASS.put((String) named[i], (Integer) named[i + 1]);
        }
    }

    private static final int DEFAULT_COLLATION = 100;
    private static final int C_COLLATION = 950;
    private static final int POSIX_COLLATION = 951;

    private final TypeCommands types;
    private final Catalog catalog;
    private final Session session;
    private final CatalogView catalogView;

    RangeTypeCommands(TypeCommands types, Catalog catalog, Session session, CatalogView catalogView) {
        this.types = types;
        this.catalog = catalog;
        this.session = session;
        this.catalogView = catalogView;
    }

    String create(CreateRangeType create) {
        String schema = UtilityCommands.creationSchema(catalogView, session.searchPath(), create.name());
        String name = create.name().name();
        Map<String, CreateRangeType.Option> options = new HashMap<>();
        for (CreateRangeType.Option o : create.options()) {
            switch (o.name()) {
                case "subtype", "subtype_opclass", "collation", "canonical", "subtype_diff", "multirange_type_name" -> {
                }
                default -> throw new PgException(SqlState.SYNTAX_ERROR, "type attribute \"%s\" not recognized",
                        o.name());
            }
            if (options.put(o.name(), o) != null) {
                throw new PgException(SqlState.SYNTAX_ERROR, "conflicting or redundant options")
                        .withPosition(o.position() + 1);
            }
        }
        CreateRangeType.Option subtypeOption = options.get("subtype");
        if (subtypeOption == null) {
            throw new PgException(SqlState.INVALID_OBJECT_DEFINITION, "type attribute \"subtype\" is required");
        }
        types.checkNameFree(schema, name);
        TypeName subtypeName = subtypeOption.type();
        DataType subtype = UserFunctions.resolveType(subtypeName);
        if (subtype.type() instanceof PseudoType) {
            throw new PgException(SqlState.DATATYPE_MISMATCH, "range subtype cannot be %s",
                    subtype.type().name());
        }
        int collation = collation(options.get("collation"), subtype.type());
        int opclass = opclass(options.get("subtype_opclass"), subtype.type());
        if (options.containsKey("canonical")) {
            throw new PgException(SqlState.INVALID_OBJECT_DEFINITION,
                    "cannot specify a canonical function without a pre-created shell type")
                    .withHint("Create the type as a shell type, then create its canonicalization function, "
                            + "then do a full CREATE TYPE.");
        }
        int subtypeDiff = subtypeDiff(options.get("subtype_diff"), subtype);
        int oid = catalog.allocateOid();
        int arrayOid = catalog.allocateOid();
        int multirangeOid = catalog.allocateOid();
        int multirangeArrayOid = catalog.allocateOid();
        types.write(new TypeDescriptor(oid, arrayOid, schema, name, session.currentRoleOid(catalogView),
                new RangeDefinition(subtype.oid(), opclass, collation, 0, subtypeDiff, multirangeOid,
                        multirangeArrayOid, multirangeName(options.get("multirange_type_name"), name))));
        return "CREATE TYPE";
    }

    /** MULTIRANGE_TYPE_NAME as written (its last part), else PostgreSQL's default name. */
    private static String multirangeName(CreateRangeType.Option option, String rangeName) {
        return option == null ? RangeDefinition.defaultMultirangeName(rangeName) : option.value().name();
    }

    private static boolean collatable(PgType subtype) {
        return subtype.category() == TypeCategory.STRING;
    }

    private static int collation(CreateRangeType.Option option, PgType subtype) {
        if (option == null) {
            return collatable(subtype) ? (subtype == Types.NAME ? C_COLLATION : DEFAULT_COLLATION) : 0;
        }
        if (!collatable(subtype)) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE,
                    "range collation specified but subtype does not support collation");
        }
        String name = option.value().name();
        return switch (name) {
            case "C" -> C_COLLATION;
            case "POSIX" -> POSIX_COLLATION;
            case "default" -> DEFAULT_COLLATION;
            default -> throw new PgException(SqlState.UNDEFINED_OBJECT,
                    "collation \"%s\" for encoding \"UTF8\" does not exist", name);
        };
    }

    private static int opclass(CreateRangeType.Option option, PgType subtype) {
        if (option == null) {
            Integer oid = DEFAULT_BTREE_OPCLASS.get(subtype instanceof io.pglitedb.types.RecordType ? 2249
                    : subtype.category() == TypeCategory.ARRAY ? 2277
                    : subtype.category() == TypeCategory.ENUM ? 3500
                    : subtype.category() == TypeCategory.RANGE ? 3831 : subtype.oid());
            if (oid == null) {
                throw new PgException(SqlState.UNDEFINED_OBJECT,
                        "data type %s has no default operator class for access method \"btree\"",
                        Types.formatType(DataType.of(subtype)))
                        .withHint("You must specify an operator class for the range type or define a default "
                                + "operator class for the subtype.");
            }
            return oid;
        }
        String name = option.value().name();
        Integer oid = BTREE_OPCLASS.get(name);
        if (oid == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT,
                    "operator class \"%s\" does not exist for access method \"btree\"", name);
        }
        return oid;
    }

    /** The built-in function (subtype, subtype) the option names, as pg_range.rngsubdiff. */
    private static int subtypeDiff(CreateRangeType.Option option, DataType subtype) {
        if (option == null) {
            return 0;
        }
        QualifiedName function = option.value();
        String name = function.name().toLowerCase(Locale.ROOT);
        long oid = BuiltinFunctions.oidOf(name, List.of(subtype.oid(), subtype.oid()));
        if (oid == 0) {
            String type = Types.formatType(DataType.of(subtype.type()));
            throw new PgException(SqlState.UNDEFINED_FUNCTION, "function %s(%s, %s) does not exist", name, type,
                    type);
        }
        return (int) oid;
    }
}
