package io.pglitedb.types.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pglitedb.error.PgException;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Text and binary I/O and operator results of the geometric types, as PostgreSQL 15 gives them. */
class GeometricTypesTest {
    private static String roundTripText(PgType type, String input) {
        return type.toText(type.fromText(input, -1), -1);
    }

    private static void binary(PgType type, String text, String hex) {
        Object value = type.fromText(text, -1);
        assertThat(HexFormat.of().formatHex(type.toBinary(value, -1))).as("%s %s", type, text).isEqualTo(hex);
        assertThat(type.toText(type.fromBinary(HexFormat.of().parseHex(hex), -1), -1))
                .isEqualTo(type.toText(value, -1));
    }

    @Test
    void pointAcceptsEverySpellingOfPointIn() {
        assertThat(roundTripText(Types.POINT, "(1,2)")).isEqualTo("(1,2)");
        assertThat(roundTripText(Types.POINT, "10.0,10.0")).isEqualTo("(10,10)");
        assertThat(roundTripText(Types.POINT, " ( Nan , NaN ) ")).isEqualTo("(NaN,NaN)");
        assertThat(roundTripText(Types.POINT, "(1e+300,Inf)")).isEqualTo("(1e+300,Infinity)");
        assertThat(roundTripText(Types.POINT, "(-infinity, 5.1)")).isEqualTo("(-Infinity,5.1)");
    }

    @Test
    void badPointIsInvalidTextRepresentationNamingTheWholeInput() {
        assertThatThrownBy(() -> Types.POINT.fromText("(1,2", -1)).isInstanceOf(PgException.class)
                .hasMessage("invalid input syntax for type point: \"(1,2\"");
        assertThatThrownBy(() -> Types.POINT.fromText("(1e400,2)", -1)).isInstanceOf(PgException.class)
                .hasMessage("\"1e400\" is out of range for type double precision");
    }

    @Test
    void boxCornersAreReorderedUpperRightFirst() {
        assertThat(roundTripText(Types.BOX, "(0,0,100,100)")).isEqualTo("(100,100),(0,0)");
        assertThat(roundTripText(Types.BOX, "(1,4),(3,2)")).isEqualTo("(3,4),(1,2)");
        assertThat(roundTripText(Types.BOX, "((1,2),(3,4))")).isEqualTo("(3,4),(1,2)");
        assertThatThrownBy(() -> Types.BOX.fromText("[(1,2),(3,4)]", -1))
                .hasMessage("invalid input syntax for type box: \"[(1,2),(3,4)]\"");
    }

    @Test
    void circlePolygonLsegAndPathSpellings() {
        assertThat(roundTripText(Types.CIRCLE, "((1,2),3)")).isEqualTo("<(1,2),3>");
        assertThat(roundTripText(Types.CIRCLE, "1,2,3")).isEqualTo("<(1,2),3>");
        assertThatThrownBy(() -> Types.CIRCLE.fromText("<(1,2),-3>", -1))
                .hasMessage("invalid input syntax for type circle: \"<(1,2),-3>\"");
        assertThat(roundTripText(Types.POLYGON, "(1,2,3,4)")).isEqualTo("((1,2),(3,4))");
        assertThatThrownBy(() -> Types.POLYGON.fromText("1,2,3", -1))
                .hasMessage("invalid input syntax for type polygon: \"1,2,3\"");
        assertThat(roundTripText(Types.LSEG, "10,-10 ,-3,-4")).isEqualTo("[(10,-10),(-3,-4)]");
        assertThat(roundTripText(Types.PATH, " ( ( 1 , 2 ) , ( 3 , 4 ) ) ")).isEqualTo("((1,2),(3,4))");
        assertThat(roundTripText(Types.PATH, "[ 11,12,13,14 ]")).isEqualTo("[(11,12),(13,14)]");
    }

    @Test
    void binaryFormatsAreFloat8sAsPointSendAndFriends() {
        binary(Types.POINT, "(1,2)", "3ff00000000000004000000000000000");
        binary(Types.BOX, "(1,2),(3,4)", "400800000000000040100000000000003ff00000000000004000000000000000");
        binary(Types.CIRCLE, "<(1,2),3>", "3ff000000000000040000000000000004008000000000000");
        binary(Types.POLYGON, "(0,0),(1,1)", "00000002000000000000000000000000000000003ff00000000000003ff0000000000000");
        binary(Types.LSEG, "[(1,2),(3,4)]", "3ff0000000000000400000000000000040080000000000004010000000000000");
        binary(Types.PATH, "[(1,2),(3,4)]", "00000000023ff0000000000000400000000000000040080000000000004010000000000000");
        binary(Types.PATH, "((1,2),(3,4))", "01000000023ff0000000000000400000000000000040080000000000004010000000000000");
    }

    @Test
    void comparisonsAreFuzzyWithinEpsilonButNaNOnlyMatchesNaN() {
        assertThat(new Point(0, 0).sameAs(new Point(0.0000009, 0.0000009))).isTrue();
        assertThat(new Point(0, 0).sameAs(new Point(0.000002, 0))).isFalse();
        assertThat(new Point(Double.NaN, Double.NaN).sameAs(new Point(Double.NaN, Double.NaN))).isTrue();
        assertThat(new Point(Double.NaN, 1).sameAs(new Point(1, 1))).isFalse();
    }

    @Test
    void pointInPolygonCountsTheBorderAsInside() {
        Polygon square = GeometricText.polygon("(0,0),(0,10),(10,10),(10,0)");
        assertThat(square.contains(new Point(5, 5))).isTrue();
        assertThat(square.contains(new Point(10, 5))).isTrue();
        assertThat(square.contains(new Point(11, 5))).isFalse();
        Polygon notch = GeometricText.polygon("(0,0),(0,100),(100,100),(50,50),(100,0),(0,0)");
        assertThat(notch.contains(new Point(1e-300, -1e-300))).isTrue();
        assertThat(notch.contains(new Point(90, 50))).isFalse();
    }

    @Test
    void distancesMatchPostgres() {
        assertThat(new Point(-3, 4).distance(new Point(0, 1))).isEqualTo(4.242640687119286);
        assertThat(GeometricText.box("(1,1),(2,2)").distanceTo(new Point(0, 0))).isEqualTo(1.4142135623730951);
        assertThat(GeometricText.polygon("(1,2),(3,4)").distanceTo(new Point(0, 0))).isEqualTo(2.23606797749979);
        assertThat(GeometricText.circle("<(5,5),1>").distanceTo(new Point(0, 0))).isEqualTo(6.0710678118654755);
        assertThat(new Point(Double.POSITIVE_INFINITY, 0).distance(new Point(0, 0))).isInfinite();
    }

    @Test
    void overlapAndContainment() {
        assertThat(GeometricText.polygon("(0,0),(0,1),(1,1)").overlaps(GeometricText.polygon("(0.5,0.5),(3,3),(3,0)")))
                .isTrue();
        assertThat(GeometricText.polygon("(0,0),(0,1),(1,1)").overlaps(GeometricText.polygon("(5,5),(6,6),(6,5)")))
                .isFalse();
        assertThat(GeometricText.polygon("(0,0),(0,10),(10,10),(10,0)")
                .contains(GeometricText.polygon("(1,1),(2,2),(2,1)"))).isTrue();
        assertThat(GeometricText.circle("<(0,0),1>").overlaps(GeometricText.circle("<(2,0),1>"))).isTrue();
        assertThat(GeometricText.circle("<(0,0),1>").overlaps(GeometricText.circle("<(2.1,0),1>"))).isFalse();
    }
}
