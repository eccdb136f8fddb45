package io.pglitedb.routines;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.functions.AggregateFunction;
import io.pglitedb.types.DataType;
import java.util.List;

/**
 * A call of an aggregate made by CREATE AGGREGATE, resolved for its argument types: nodeAgg's
 * advance_transition_function and finalize_aggregate over the state type. A strict transition
 * function is skipped for rows with a NULL input; without INITCOND its state starts as the first
 * row's first input (the state stays NULL after the function returned NULL). A strict final
 * function gives NULL for a NULL state; FINALFUNC_EXTRA passes NULLs for the aggregated arguments.
 *
 * <p>In a window whose frame start moves, the moving-aggregate implementation (MSFUNC, MINVFUNC,
 * MFINALFUNC over MSTYPE) is used when there is one: see {@link #movingMode()}.
 */
public final class UserAggregate implements AggregateFunction {
    /** One implementation: the plain one or the moving one. */
    public record Implementation(DataType stateType, SupportCall transition, SupportCall inverse,
            SupportCall finalFunction, boolean finalExtra, String initialValue) {
    }

    private final String name;
    private final List<DataType> argumentTypes;
    private final DataType resultType;
    private final Implementation plain;
    private final Implementation moving;

    public UserAggregate(String name, List<DataType> argumentTypes, DataType resultType, Implementation plain,
            Implementation moving) {
        this.name = name;
        this.argumentTypes = List.copyOf(argumentTypes);
        this.resultType = resultType;
        this.plain = plain;
        this.moving = moving;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<DataType> argumentTypes() {
        return argumentTypes;
    }

    @Override
    public DataType resultType() {
        return resultType;
    }

    /**
     * What decides whether two calls can share a transition state (with equal inputs): the state
     * type, the transition function and the initial value.
     */
    public String transitionIdentity() {
        return plain.stateType() + "|" + plain.transition().identity() + "|" + plain.initialValue();
    }

    /** The moving-aggregate implementation, or null when CREATE AGGREGATE gave none. */
    public Implementation movingMode() {
        return moving;
    }

    @Override
    public Accumulator newAccumulator() {
        throw new IllegalStateException("a user-defined aggregate needs the statement's parameters");
    }

    @Override
    public Accumulator newAccumulator(Object[] params) {
        return new State(plain, params, argumentTypes.size());
    }

    /** The same aggregate without its moving-aggregate implementation (volatile arguments disable it). */
    public UserAggregate withoutMovingMode() {
        return new UserAggregate(name, argumentTypes, resultType, plain, null);
    }

    /** An accumulator of the moving-aggregate implementation, which can also remove rows. */
    public State newMovingAccumulator(Object[] params) {
        return new State(moving, params, argumentTypes.size());
    }

    /** The transition state of one group or one window frame. */
    public static final class State implements Accumulator {
        private final Implementation impl;
        private final Object[] params;
        private final int argumentCount;
        private Object value;
        /** True until the first input arrives when a strict function has no initial value. */
        private boolean noValue;
        /** How many inputs the state holds (nodeWindowAgg's transValueCount). */
        private int count;

        State(Implementation impl, Object[] params, int argumentCount) {
            this.impl = impl;
            this.params = params;
            this.argumentCount = argumentCount;
            reset();
        }

        /** Back to the initial state (a new group or a restarted frame). */
        public void reset() {
            String init = impl.initialValue();
            DataType t = impl.stateType();
            value = init == null ? null : t.type().fromText(init, t.typmod());
            noValue = init == null;
            count = 0;
        }

        @Override
        public void add(Object[] args) {
            SupportCall transition = impl.transition();
            if (transition.strict()) {
                for (Object a : args) {
                    if (a == null) {
                        return;
                    }
                }
                if (noValue) {
                    value = args.length == 0 ? null : args[0];
                    noValue = false;
                    count = 1;
                    return;
                }
                if (value == null) {
                    return;
                }
            }
            noValue = false;
            count++;
            value = transition.call(withState(args), params);
            if (value == null && impl.inverse() != null) {
                throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED,
                        "moving-aggregate transition function must not return null");
            }
        }

        /**
         * Removes a row that left the frame (the inverse transition function).
         *
         * @return false when the inverse function returned NULL: the state must be recomputed
         */
        public boolean remove(Object[] args) {
            SupportCall inverse = impl.inverse();
            if (inverse.strict()) {
                for (Object a : args) {
                    if (a == null) {
                        return true;
                    }
                }
            }
            if (count == 1) {
                reset(); // the last input: back to the initial state rather than calling the inverse
                return true;
            }
            Object next = inverse.call(withState(args), params);
            if (next == null) {
                return false;
            }
            value = next;
            count--;
            return true;
        }

        private Object[] withState(Object[] args) {
            Object[] call = new Object[args.length + 1];
            call[0] = value;
            System.arraycopy(args, 0, call, 1, args.length);
            return call;
        }

        /** Takes over the transition state of an aggregate with the same transition (state sharing). */
        public void shareStateOf(State other) {
            value = other.value;
            noValue = other.noValue;
            count = other.count;
        }

        @Override
        public Object result() {
            SupportCall f = impl.finalFunction();
            if (f == null) {
                return value;
            }
            if (f.strict() && value == null) {
                return null;
            }
            Object[] call = new Object[impl.finalExtra() ? argumentCount + 1 : 1];
            call[0] = value;
            return f.call(call, params);
        }
    }
}
