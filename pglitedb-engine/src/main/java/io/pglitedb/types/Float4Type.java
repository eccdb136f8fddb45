package io.pglitedb.types;

/**
 * real (float4, OID 700): Java {@link Float}. Output as float8's but with float4's shortest
 * digits and exponent notation from 1e+06 (FLT_DIG); same NaN/-0 ordering.
 */
public final class Float4Type extends PgType {
    Float4Type() {
        super(700, "float4", 4, TypeCategory.NUMERIC);
    }

    @Override
    public String toText(Object value, int typmod) {
        return Float8Type.format((Float) value, true);
    }

    @Override
    public Object fromText(String text, int typmod) {
        String s = text.strip();
        if (Float8Type.DECIMAL.matcher(s).matches()) {
            float v = Float.parseFloat(s);
            if (Float.isInfinite(v) || (v == 0.0f && Float8Type.hasNonZeroDigit(s))) {
                throw PgTypeSupport.outOfRange("\"" + text + "\" is out of range for type real");
            }
            return v;
        }
        return (float) Float8Type.parse(text, "real");
    }

    @Override
    public byte[] toBinary(Object value, int typmod) {
        return PgTypeSupport.int32(Float.floatToRawIntBits((Float) value));
    }

    @Override
    public Object fromBinary(byte[] bytes, int typmod) {
        PgTypeSupport.expectLength(bytes, 4);
        return Float.intBitsToFloat(PgTypeSupport.readInt32(bytes, 0));
    }

    @Override
    public int compare(Object a, Object b) {
        return Float8Type.compareDoubles((Float) a, (Float) b);
    }

    static float add(float a, float b) {
        float r = a + b;
        if (Float.isInfinite(r) && !Float.isInfinite(a) && !Float.isInfinite(b)) {
            throw Float8Type.overflow();
        }
        return r;
    }

    static float subtract(float a, float b) {
        float r = a - b;
        if (Float.isInfinite(r) && !Float.isInfinite(a) && !Float.isInfinite(b)) {
            throw Float8Type.overflow();
        }
        return r;
    }

    static float multiply(float a, float b) {
        float r = a * b;
        if (Float.isInfinite(r) && !Float.isInfinite(a) && !Float.isInfinite(b)) {
            throw Float8Type.overflow();
        }
        if (r == 0.0f && a != 0.0f && b != 0.0f) {
            throw Float8Type.underflow();
        }
        return r;
    }

    static float divide(float a, float b) {
        if (b == 0.0f && !Float.isNaN(a)) {
            throw PgTypeSupport.divisionByZero();
        }
        float r = a / b;
        if (Float.isInfinite(r) && !Float.isInfinite(a)) {
            throw Float8Type.overflow();
        }
        if (r == 0.0f && a != 0.0f && !Float.isInfinite(b)) {
            throw Float8Type.underflow();
        }
        return r;
    }

    /** float8 to float4: 22003 on overflow or underflow. */
    static float fromDouble(double v) {
        float r = (float) v;
        if (Float.isInfinite(r) && !Double.isInfinite(v)) {
            throw Float8Type.overflow();
        }
        if (r == 0.0f && v != 0.0) {
            throw Float8Type.underflow();
        }
        return r;
    }
}
