package io.pglitedb.sql.analyze;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.DataType;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The types of a statement's $n parameters: those the client declared at Parse, and those the
 * analyser infers from context (the other operand of an operator, the target column of an
 * INSERT). Whatever is still unknown at the end becomes text, as PostgreSQL does.
 */
public final class ParameterTypes {
    private final List<DataType> types = new ArrayList<>();

    public ParameterTypes(int[] declaredOids) {
        if (declaredOids != null) {
            for (int oid : declaredOids) {
                if (oid == 0) {
                    types.add(DataType.of(Types.UNKNOWN));
                } else {
                    PgType type = Types.byOid(oid);
                    if (type == null) {
                        throw new PgException(SqlState.UNDEFINED_OBJECT, "type with OID %d does not exist", oid);
                    }
                    types.add(DataType.of(type));
                }
            }
        }
    }

    private List<String> names = List.of();
    private String routineName;

    /** The names of the parameters (a SQL function body refers to its arguments by name; "" unnamed). */
    void name(List<String> parameterNames, String routine) {
        this.names = List.copyOf(parameterNames);
        this.routineName = routine;
    }

    /**
     * Resolves names the statement does not find among its columns (PL/pgSQL variables): the
     * 1-based index of the parameter that stands for {@code qualifier.name} (its type resolved
     * through {@link #resolve}), or 0.
     */
    public interface NameResolver {
        int resolve(String qualifier, String name, ParameterTypes types);
    }

    private NameResolver resolver;

    public void setResolver(NameResolver resolver) {
        this.resolver = resolver;
    }

    /** How many parameters are known so far. */
    public int count() {
        return types.size();
    }

    /** The 1-based index of the parameter called {@code name} ({@code qualifier}: the function's name or null), or 0. */
    int named(String qualifier, String name) {
        if (resolver != null) {
            return resolver.resolve(qualifier, name, this);
        }
        if (qualifier != null && !qualifier.equals(routineName)) {
            return 0;
        }
        int i = names.indexOf(name);
        return i < 0 || name.isEmpty() ? 0 : i + 1;
    }

    /** The current type of $index (1-based), growing the list as parameters are seen. */
    public DataType get(int index) {
        while (types.size() < index) {
            types.add(DataType.of(Types.UNKNOWN));
        }
        return types.get(index - 1);
    }

    public void resolve(int index, DataType type) {
        get(index);
        types.set(index - 1, DataType.of(type.type()));
    }

    /** The final list: unknown parameters become text. */
    public List<DataType> finish() {
        List<DataType> result = new ArrayList<>(types.size());
        for (DataType t : types) {
            result.add(t.type() == Types.UNKNOWN ? DataType.of(Types.TEXT) : t);
        }
        return result;
    }
}
