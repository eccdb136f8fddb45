package io.pglitedb.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.storage.KeyEncoder;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * date, timestamp and timestamptz: text and binary I/O, typmod, casts, operators and key order.
 * Every expected text, byte string and error was printed by PostgreSQL 15 (TimeZone Etc/UTC,
 * DateStyle ISO, MDY).
 */
class DateTimeTypesTest {
    private static final DataType DATE = DataType.of(Types.DATE);
    private static final DataType TS = DataType.of(Types.TIMESTAMP);
    private static final DataType TSTZ = DataType.of(Types.TIMESTAMPTZ);
    private static final DataType INT4 = DataType.of(Types.INT4);
    private static final DataType TEXT = DataType.of(Types.TEXT);
    private static final DataType UNKNOWN = DataType.of(Types.UNKNOWN);

    /** '...'::type as psql prints it. */
    private static String io(DataType type, String literal) {
        Object v = type.type().fromText(literal, -1);
        if (type.typmod() >= 0) {
            v = Casts.find(DataType.of(type.type()), type, CastContext.ASSIGNMENT).apply(v);
        }
        return type.type().toText(v, type.typmod());
    }

    private static String ts(String literal) {
        return io(TS, literal);
    }

    private static String tstz(String literal) {
        return io(TSTZ, literal);
    }

    private static String date(String literal) {
        return io(DATE, literal);
    }

    private static Object value(DataType type, String literal) {
        return type.type().fromText(literal, -1);
    }

    private static PgException error(DataType type, String literal) {
        try {
            type.type().fromText(literal, -1);
        } catch (PgException e) {
            return e;
        }
        throw new AssertionError("no error for " + literal);
    }

    private static void invalid(DataType type, String literal, String typeName) {
        PgException e = error(type, literal);
        assertThat(e.state()).isEqualTo(SqlState.INVALID_DATETIME_FORMAT);
        assertThat(e.getMessage()).isEqualTo("invalid input syntax for type " + typeName + ": \"" + literal + "\"");
    }

    private static void fieldOutOfRange(DataType type, String literal) {
        PgException e = error(type, literal);
        assertThat(e.state()).isEqualTo(SqlState.DATETIME_FIELD_OVERFLOW);
        assertThat(e.getMessage()).isEqualTo("date/time field value out of range: \"" + literal + "\"");
    }

    @Test
    void timestampTextOutputTrimsFractionAndMarksBc() {
        assertThat(ts("2024-01-02 03:04:05.123456")).isEqualTo("2024-01-02 03:04:05.123456");
        assertThat(ts("2024-01-02 03:04:05.1234567")).isEqualTo("2024-01-02 03:04:05.123457");
        assertThat(ts("2024-01-02 03:04:05.5")).isEqualTo("2024-01-02 03:04:05.5");
        assertThat(ts("2024-01-02 03:04:05.")).isEqualTo("2024-01-02 03:04:05");
        assertThat(ts("2024-01-02 03:04")).isEqualTo("2024-01-02 03:04:00");
        assertThat(ts("2024-01-02")).isEqualTo("2024-01-02 00:00:00");
        assertThat(ts("2024-1-2 3:4:5")).isEqualTo("2024-01-02 03:04:05");
        assertThat(ts("2024-01-02T03:04:05.5")).isEqualTo("2024-01-02 03:04:05.5");
        assertThat(ts("1500-06-07 10:11:12.000100")).isEqualTo("1500-06-07 10:11:12.0001");
        assertThat(ts("1999-12-31 23:59:59.9999995")).isEqualTo("2000-01-01 00:00:00");
        assertThat(ts("2024-01-01 24:00")).isEqualTo("2024-01-02 00:00:00");
        assertThat(ts("2024-01-02 03:04:60")).isEqualTo("2024-01-02 03:05:00");
        assertThat(ts("2024-01-02 03:04:05 pm")).isEqualTo("2024-01-02 15:04:05");
        assertThat(ts("12345-01-01")).isEqualTo("12345-01-01 00:00:00");
        assertThat(ts("294276-12-31 23:59:59.999999")).isEqualTo("294276-12-31 23:59:59.999999");
        assertThat(ts("4714-11-24 00:00:00 BC")).isEqualTo("4714-11-24 00:00:00 BC");
        assertThat(ts("0001-01-01 00:00:00 BC")).isEqualTo("0001-01-01 00:00:00 BC");
        assertThat(ts("infinity")).isEqualTo("infinity");
        assertThat(ts("-infinity")).isEqualTo("-infinity");
        assertThat(ts("epoch")).isEqualTo("1970-01-01 00:00:00");
        // a zone in the input of a timestamp without time zone is ignored
        assertThat(ts("2024-01-02 03:04:05+05:30")).isEqualTo("2024-01-02 03:04:05");
    }

    @Test
    void timestamptzReadsOffsetsAndPrintsInSessionZone() {
        assertThat(tstz("2024-01-02 03:04:05+05:30")).isEqualTo("2024-01-01 21:34:05+00");
        assertThat(tstz("2024-01-02 03:04:05 +0530")).isEqualTo("2024-01-01 21:34:05+00");
        assertThat(tstz("2024-01-02 03:04:05+15:59")).isEqualTo("2024-01-01 11:05:05+00");
        assertThat(tstz("2024-01-02 03:04:05.123456+05:30:15")).isEqualTo("2024-01-01 21:33:50.123456+00");
        assertThat(tstz("2024-01-02T03:04:05Z")).isEqualTo("2024-01-02 03:04:05+00");
        assertThat(tstz("1999-01-08 04:05:06 -8:00")).isEqualTo("1999-01-08 12:05:06+00");
        assertThat(tstz("2024-01-02 03:04:05 EST")).isEqualTo("2024-01-02 08:04:05+00");
        assertThat(tstz("2024-01-02 03:04:05.5 America/New_York")).isEqualTo("2024-01-02 08:04:05.5+00");
        assertThat(tstz("2024-06-15 12:00 Europe/Berlin")).isEqualTo("2024-06-15 10:00:00+00");
        assertThat(tstz("2024-01-15 12:00 Europe/Berlin")).isEqualTo("2024-01-15 11:00:00+00");
        assertThat(tstz("2024-01-02")).isEqualTo("2024-01-02 00:00:00+00");
        assertThat(tstz("10000-01-01 00:00:00")).isEqualTo("10000-01-01 00:00:00+00");
        assertThat(tstz("0001-01-01 00:00:00 BC")).isEqualTo("0001-01-01 00:00:00+00 BC");
        assertThat(tstz("2024-01-02 03:04:05 bc")).isEqualTo("2024-01-02 03:04:05+00 BC");
        assertThat(tstz("-infinity")).isEqualTo("-infinity");
        assertThat(tstz("epoch")).isEqualTo("1970-01-01 00:00:00+00");
    }

    @Test
    void dateTextFormats() {
        assertThat(date("2024-01-02")).isEqualTo("2024-01-02");
        assertThat(date("  2024-01-02  ")).isEqualTo("2024-01-02");
        assertThat(date("20240102")).isEqualTo("2024-01-02");
        assertThat(date("01/02/2024")).isEqualTo("2024-01-02");
        assertThat(date("Jan 2 2024")).isEqualTo("2024-01-02");
        assertThat(date("2 Jan 2024")).isEqualTo("2024-01-02");
        assertThat(date("2024-Jan-02")).isEqualTo("2024-01-02");
        assertThat(date("February 29, 2024")).isEqualTo("2024-02-29");
        assertThat(date("4714-11-24 BC")).isEqualTo("4714-11-24 BC");
        assertThat(date("epoch")).isEqualTo("1970-01-01");
        assertThat(date("infinity")).isEqualTo("infinity");
        assertThat(date("-infinity")).isEqualTo("-infinity");
        assertThat(date("2024-01-02 03:04:05+02")).isEqualTo("2024-01-02");
    }

    @Test
    void relativeWordsReadTheClock() {
        int today = (Integer) value(DATE, "today");
        assertThat((Integer) value(DATE, "yesterday")).isEqualTo(today - 1);
        assertThat((Integer) value(DATE, "tomorrow")).isEqualTo(today + 1);
        assertThat((Integer) value(DATE, "now")).isEqualTo(today);
        assertThat((Long) value(TS, "today")).isEqualTo(today * DateTimeText.MICROS_PER_DAY);
        assertThat((Long) value(TS, "today 12:00")).isEqualTo(today * DateTimeText.MICROS_PER_DAY + 43_200_000_000L);
        long before = DateTimeText.nowMicros();
        long now = (Long) value(TSTZ, "now");
        assertThat(now).isBetween(before, DateTimeText.nowMicros());
    }

    @Test
    void badInputRaisesPostgresErrors() {
        invalid(TS, "x", "timestamp");
        invalid(TSTZ, "x", "timestamp with time zone");
        invalid(DATE, "x", "date");
        invalid(DATE, "", "date");
        invalid(DATE, "+infinity", "date");
        invalid(TS, "+infinity", "timestamp");
        invalid(TS, "03:04:05", "timestamp");
        invalid(DATE, "2024-01-02x", "date");

        fieldOutOfRange(DATE, "2024-02-30");
        fieldOutOfRange(DATE, "Feb 29 2023");
        fieldOutOfRange(DATE, "0000-01-01");
        fieldOutOfRange(TS, "2024-01-01 25:00");
        fieldOutOfRange(TS, "2024-01-02 03:04:61");
        PgException month = error(TS, "2024-13-01");
        assertThat(month.getMessage()).isEqualTo("date/time field value out of range: \"2024-13-01\"");
        assertThat(month.hint()).isEqualTo("Perhaps you need a different \"datestyle\" setting.");
        assertThat(error(DATE, "24-01-02").hint()).isEqualTo("Perhaps you need a different \"datestyle\" setting.");

        assertThat(error(TS, "300000-01-01").getMessage()).isEqualTo("timestamp out of range: \"300000-01-01\"");
        assertThat(error(TS, "294277-01-01").getMessage()).isEqualTo("timestamp out of range: \"294277-01-01\"");
        assertThat(error(DATE, "6000000-01-01").getMessage()).isEqualTo("date out of range: \"6000000-01-01\"");
        assertThat(error(DATE, "4714-11-23 BC").getMessage()).isEqualTo("date out of range: \"4714-11-23 BC\"");
        PgException zone = error(TSTZ, "2024-01-02 03:04:05+16:00");
        assertThat(zone.state()).isEqualTo(SqlState.DATETIME_FIELD_OVERFLOW);
        assertThat(zone.getMessage())
                .isEqualTo("time zone displacement out of range: \"2024-01-02 03:04:05+16:00\"");
    }

    private static void binary(DataType type, String literal, String hex) {
        Object v = value(type, literal);
        assertThat(HexFormat.of().formatHex(type.type().toBinary(v, -1))).as(literal).isEqualTo(hex);
        assertThat(type.type().fromBinary(HexFormat.of().parseHex(hex), -1)).isEqualTo(v);
    }

    @Test
    void binaryFormatIsPostgresInt8MicrosAndInt4Days() {
        binary(TS, "2024-01-02 03:04:05.123456", "0002b0ec8517d580");
        binary(TS, "2000-01-01", "0000000000000000");
        binary(TS, "1999-12-31 23:59:59.999999", "ffffffffffffffff");
        binary(TS, "infinity", "7fffffffffffffff");
        binary(TS, "-infinity", "8000000000000000");
        binary(TSTZ, "2024-01-02 03:04:05+02", "0002b0ead7eeab40");
        binary(DATE, "2024-01-02", "0000223f");
        binary(DATE, "1999-12-31", "ffffffff");
        binary(DATE, "infinity", "7fffffff");
        binary(DATE, "-infinity", "80000000");
        binary(DATE, "4714-11-24 BC", "ffda97a7");
        assertThat(value(TS, "4714-11-24 BC")).isEqualTo(-2_451_545L * 86_400_000_000L);
        assertThatThrownBy(() -> Types.DATE.fromBinary(new byte[3], -1))
                .isInstanceOf(PgException.class).extracting(e -> ((PgException) e).state())
                .isEqualTo(SqlState.INVALID_BINARY_REPRESENTATION);
    }

    @Test
    void typeNamesModifiersAndFormatType() {
        assertThat(Types.resolve("timestamp", List.of()).displayName()).isEqualTo("timestamp without time zone");
        assertThat(Types.resolve("timestamp without time zone", List.of(3)).displayName())
                .isEqualTo("timestamp(3) without time zone");
        assertThat(Types.resolve("timestamptz", List.of()).displayName()).isEqualTo("timestamp with time zone");
        assertThat(Types.resolve("timestamp with time zone", List.of(0)).displayName())
                .isEqualTo("timestamp(0) with time zone");
        assertThat(Types.resolve("timestamp", List.of(7)).typmod()).isEqualTo(6);
        assertThat(Types.resolve("date", List.of()).displayName()).isEqualTo("date");
        assertThat(Types.resolve("timestamp", List.of(3)).type()).isSameAs(Types.TIMESTAMP);
        assertThat(Types.byOid(1114)).isSameAs(Types.TIMESTAMP);
        assertThat(Types.byOid(1184)).isSameAs(Types.TIMESTAMPTZ);
        assertThat(Types.byOid(1082)).isSameAs(Types.DATE);
        assertThat(Types.byCatalogName("timestamptz")).isSameAs(Types.TIMESTAMPTZ);
        assertThat(Types.isPreferred(Types.TIMESTAMPTZ)).isTrue();
        assertThat(Types.TIMESTAMP.category().code()).isEqualTo('D');
        assertThatThrownBy(() -> Types.resolve("date", List.of(1))).isInstanceOf(PgException.class);
    }

    @Test
    void precisionRoundsHalfAwayFromZero() {
        assertThat(io(new DataType(Types.TIMESTAMP, 3), "2024-01-02 03:04:05.123456789"))
                .isEqualTo("2024-01-02 03:04:05.123");
        assertThat(io(new DataType(Types.TIMESTAMP, 0), "2024-01-02 03:04:05.999")).isEqualTo("2024-01-02 03:04:06");
        assertThat(io(new DataType(Types.TIMESTAMP, 0), "2024-01-02 03:04:05.5")).isEqualTo("2024-01-02 03:04:06");
        assertThat(io(new DataType(Types.TIMESTAMP, 1), "2024-01-02 03:04:05.25")).isEqualTo("2024-01-02 03:04:05.3");
        assertThat(io(new DataType(Types.TIMESTAMP, 0), "1999-12-31 23:59:59.5")).isEqualTo("1999-12-31 23:59:59");
        assertThat(io(new DataType(Types.TIMESTAMP, 1), "1500-12-31 23:59:59.45"))
                .isEqualTo("1500-12-31 23:59:59.4");
        assertThat(io(new DataType(Types.TIMESTAMPTZ, 2), "2024-01-02 03:04:05.125+00"))
                .isEqualTo("2024-01-02 03:04:05.13+00");
        assertThat(io(new DataType(Types.TIMESTAMP, 0), "infinity")).isEqualTo("infinity");
    }

    private static Object cast(DataType from, String literal, DataType to, CastContext context) {
        Cast c = Casts.find(from, to, context);
        assertThat(c).as("cast %s -> %s (%s)", from, to, context).isNotNull();
        return c.apply(value(from, literal));
    }

    private static String castText(DataType from, String literal, DataType to, CastContext context) {
        return to.type().toText(cast(from, literal, to, context), to.typmod());
    }

    @Test
    void castContextsFollowPgCast() {
        CastContext i = CastContext.IMPLICIT;
        CastContext a = CastContext.ASSIGNMENT;
        assertThat(Casts.contextOf(Types.DATE, Types.TIMESTAMP)).isEqualTo(i);
        assertThat(Casts.contextOf(Types.DATE, Types.TIMESTAMPTZ)).isEqualTo(i);
        assertThat(Casts.contextOf(Types.TIMESTAMP, Types.TIMESTAMPTZ)).isEqualTo(i);
        assertThat(Casts.contextOf(Types.TIMESTAMPTZ, Types.TIMESTAMP)).isEqualTo(a);
        assertThat(Casts.contextOf(Types.TIMESTAMP, Types.DATE)).isEqualTo(a);
        assertThat(Casts.contextOf(Types.TIMESTAMPTZ, Types.DATE)).isEqualTo(a);
        assertThat(Casts.find(TSTZ, TS, i)).isNull();
        assertThat(Casts.find(TS, DATE, i)).isNull();
        // text I/O casts: to text by assignment, from text explicitly only
        assertThat(Casts.find(TS, TEXT, a)).isNotNull();
        assertThat(Casts.find(TEXT, TS, a)).isNull();
        assertThat(Casts.find(TEXT, TS, CastContext.EXPLICIT)).isNotNull();
        assertThat(Casts.isImplicitlyCoercible(Types.DATE, Types.TIMESTAMPTZ)).isTrue();
        assertThat(Casts.isImplicitlyCoercible(Types.INT4, Types.DATE)).isFalse();
    }

    @Test
    void castsConvertInSessionZone() {
        CastContext e = CastContext.EXPLICIT;
        assertThat(castText(TSTZ, "2024-01-02 03:04:05+02", DATE, e)).isEqualTo("2024-01-02");
        assertThat(castText(TSTZ, "2024-01-02 01:04:05+02", DATE, e)).isEqualTo("2024-01-01");
        assertThat(castText(TS, "2024-01-02 03:04:05.5", TSTZ, e)).isEqualTo("2024-01-02 03:04:05.5+00");
        assertThat(castText(TSTZ, "2024-01-02 03:04:05.5+01", TS, e)).isEqualTo("2024-01-02 02:04:05.5");
        assertThat(castText(DATE, "2024-01-02", TS, e)).isEqualTo("2024-01-02 00:00:00");
        assertThat(castText(DATE, "2024-01-02", TSTZ, e)).isEqualTo("2024-01-02 00:00:00+00");
        assertThat(castText(DATE, "-infinity", TS, e)).isEqualTo("-infinity");
        assertThat(castText(TS, "infinity", DATE, e)).isEqualTo("infinity");
        assertThat(castText(TS, "0044-03-15 12:00 BC", DATE, e)).isEqualTo("0044-03-15 BC");
        assertThat(castText(TS, "2024-01-02 03:04:05.654321", new DataType(Types.TIMESTAMP, 2), e))
                .isEqualTo("2024-01-02 03:04:05.65");
        assertThat(cast(TS, "2024-01-02 03:04:05.5", TEXT, e)).isEqualTo("2024-01-02 03:04:05.5");
        assertThat(cast(DATE, "4714-11-24 BC", TEXT, e)).isEqualTo("4714-11-24 BC");
        assertThat(Casts.find(UNKNOWN, TS, CastContext.IMPLICIT).apply("2024-01-02")).isEqualTo(value(TS, "2024-01-02"));
        assertThatThrownBy(() -> cast(DATE, "5874897-12-31", TS, e))
                .isInstanceOf(PgException.class).hasMessage("date out of range for timestamp");
    }

    private static Object op(String op, DataType lt, String l, DataType rt, String r) {
        Operator o = Operators.binary(op, lt, rt);
        Object lv = Casts.find(lt, o.leftType(), CastContext.IMPLICIT).apply(lt.type() == Types.INT4
                ? Integer.valueOf(l) : value(lt, l));
        Object rv = Casts.find(rt, o.rightType(), CastContext.IMPLICIT).apply(rt.type() == Types.INT4
                ? Integer.valueOf(r) : value(rt, r));
        return o.apply(lv, rv);
    }

    @Test
    void comparisonsWithinAndAcrossTypes() {
        assertThat(op("=", DATE, "2024-01-01", TS, "2024-01-01")).isEqualTo(true);
        assertThat(op("<", DATE, "2024-01-01", TS, "2024-01-01 00:00:01")).isEqualTo(true);
        assertThat(op("<", DATE, "2024-01-01", TSTZ, "2024-01-01 00:00:00+01")).isEqualTo(false);
        assertThat(op("=", TS, "2024-01-01", TSTZ, "2024-01-01")).isEqualTo(true);
        assertThat(op("=", DATE, "infinity", TS, "infinity")).isEqualTo(true);
        assertThat(op(">", DATE, "5874897-12-31", TS, "infinity")).isEqualTo(false);
        assertThat(op(">", DATE, "5874897-12-31", TS, "294276-12-31")).isEqualTo(true);
        assertThat(op("<>", TSTZ, "2024-01-01 00:00+01", TSTZ, "2024-01-01 01:00+02")).isEqualTo(false);
        assertThat(op(">=", TS, "2024-01-01", DATE, "2024-01-02")).isEqualTo(false);
        assertThat(Operators.binary("<", TS, UNKNOWN).rightType()).isEqualTo(TS);
        assertThat(Operators.binary("=", DATE, TSTZ).resultType().type()).isSameAs(Types.BOOL);
        assertThatThrownBy(() -> Operators.binary("=", INT4, DATE)).isInstanceOf(PgException.class)
                .hasMessage("operator does not exist: integer = date");
    }

    @Test
    void dateArithmeticInDays() {
        assertThat(op("-", DATE, "2024-01-01", DATE, "2023-01-01")).isEqualTo(365);
        assertThat(Types.DATE.toText(op("+", DATE, "2024-01-01", INT4, "1"), -1)).isEqualTo("2024-01-02");
        assertThat(Types.DATE.toText(op("+", INT4, "1", DATE, "2024-01-01"), -1)).isEqualTo("2024-01-02");
        assertThat(Types.DATE.toText(op("-", DATE, "2024-01-01", INT4, "1"), -1)).isEqualTo("2023-12-31");
        assertThat(Types.DATE.toText(op("+", DATE, "infinity", INT4, "1"), -1)).isEqualTo("infinity");
        assertThat(Operators.binary("-", DATE, INT4).resultType().type()).isSameAs(Types.DATE);
        assertThat(Operators.binary("-", DATE, DATE).resultType().type()).isSameAs(Types.INT4);
        // date - unknown reads the literal as a date, date + unknown is ambiguous (as in PostgreSQL)
        assertThat(Operators.binary("-", DATE, UNKNOWN).rightType()).isEqualTo(DATE);
        assertThatThrownBy(() -> Operators.binary("+", DATE, UNKNOWN)).isInstanceOf(PgException.class)
                .hasMessage("operator is not unique: date + unknown");
        assertThatThrownBy(() -> Operators.binary("+", UNKNOWN, DATE)).isInstanceOf(PgException.class)
                .hasMessage("operator is not unique: unknown + date");
        assertThatThrownBy(() -> op("-", DATE, "infinity", DATE, "2023-01-01")).isInstanceOf(PgException.class)
                .hasMessage("cannot subtract infinite dates");
        assertThatThrownBy(() -> op("+", DATE, "2024-01-01", INT4, "2147483647")).isInstanceOf(PgException.class)
                .hasMessage("date out of range");
    }

    private static void keysSortLikeValues(DataType type, String... ascending) {
        List<byte[]> keys = new ArrayList<>();
        for (String literal : ascending) {
            Object v = value(type, literal);
            keys.add(new KeyEncoder().add(type, v).toBytes());
        }
        for (int k = 1; k < keys.size(); k++) {
            assertThat(KeyEncoder.compareKeys(keys.get(k - 1), keys.get(k)))
                    .as("%s < %s", ascending[k - 1], ascending[k]).isNegative();
            assertThat(type.type().compare(value(type, ascending[k - 1]), value(type, ascending[k]))).isNegative();
        }
    }

    @Test
    void keysAndCompareOrderLikePostgres() {
        keysSortLikeValues(TS, "-infinity", "4714-11-24 BC", "0001-12-31 23:59:59.999999 BC", "1999-12-31 23:59:59.999999",
                "2000-01-01", "2000-01-01 00:00:00.000001", "2024-01-02 03:04:05", "294276-12-31 23:59:59.999999",
                "infinity");
        keysSortLikeValues(TSTZ, "-infinity", "2024-01-02 03:04:05+01", "2024-01-02 03:04:05", "infinity");
        keysSortLikeValues(DATE, "-infinity", "4714-11-24 BC", "1999-12-31", "2000-01-01", "5874897-12-31",
                "infinity");
    }
}
