package io.pglitedb.functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.pglitedb.types.DataType;
import io.pglitedb.types.DateType;
import io.pglitedb.types.TimestampType;
import io.pglitedb.types.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/** now(), CURRENT_TIMESTAMP, LOCALTIMESTAMP, CURRENT_DATE: result types as in PostgreSQL 15, values from the clock. */
class DateTimeFunctionsTest {
    private static ScalarFunction fn(String name, DataType... args) {
        return Functions.scalar(name, List.of(args));
    }

    @Test
    void resultTypes() {
        for (String name : List.of("now", "current_timestamp", "transaction_timestamp", "statement_timestamp",
                "clock_timestamp")) {
            assertThat(fn(name).resultType().displayName()).as(name).isEqualTo("timestamp with time zone");
        }
        assertThat(fn("current_timestamp", DataType.of(Types.INT4)).resultType().type()).isSameAs(Types.TIMESTAMPTZ);
        assertThat(fn("localtimestamp").resultType().displayName()).isEqualTo("timestamp without time zone");
        assertThat(fn("localtimestamp", DataType.of(Types.INT4)).resultType().type()).isSameAs(Types.TIMESTAMP);
        assertThat(fn("current_date").resultType().displayName()).isEqualTo("date");
    }

    @Test
    void valuesComeFromTheClockAtEvaluation() throws InterruptedException {
        long before = TimestampType.now(-1);
        long first = (Long) fn("now").apply(new Object[0]);
        Thread.sleep(2);
        long second = (Long) fn("clock_timestamp").apply(new Object[0]);
        assertThat(first).isBetween(before, second);
        long rounded = (Long) fn("current_timestamp", DataType.of(Types.INT4)).apply(new Object[] {0});
        assertThat(rounded % 1_000_000L).isZero();
        long local = (Long) fn("localtimestamp", DataType.of(Types.INT4)).apply(new Object[] {3});
        assertThat(local % 1_000L).isZero();
        assertThat((Integer) fn("current_date").apply(new Object[0])).isEqualTo(DateType.today());
        // the session TimeZone is UTC for now: localtimestamp has the same digits as now()
        long localNow = (Long) fn("localtimestamp").apply(new Object[0]);
        assertThat(localNow - second).isBetween(0L, 60_000_000L);
    }
}
