package io.pglitedb.functions;

import io.pglitedb.types.NumericType;
import io.pglitedb.types.NumericValue;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * var_pop, var_samp, variance, stddev_pop, stddev_samp, stddev over integers and numeric (exact sums,
 * PostgreSQL's numeric_stddev_internal scale) and over floats (Youngs-Cramer, as float8_accum), and
 * the two-argument float8 aggregates covar_pop/covar_samp/corr/regr_* (float8_regr_accum).
 */
final class StatisticalAggregates {
    private StatisticalAggregates() {
    }

    static final List<String> VARIANCE = List.of("var_pop", "var_samp", "variance", "stddev_pop", "stddev_samp",
            "stddev");
    static final List<String> REGRESSION = List.of("covar_pop", "covar_samp", "corr", "regr_count", "regr_sxx",
            "regr_syy", "regr_sxy", "regr_avgx", "regr_avgy", "regr_r2", "regr_slope", "regr_intercept");

    /** Registers every signature through {@code add(signature)}. */
    static void register(BiConsumer<String, Aggregates.Signature> add) {
        for (String name : VARIANCE) {
            boolean sample = !name.endsWith("_pop");
            boolean stddev = name.startsWith("stddev");
            for (PgType t : new PgType[] {Types.INT2, Types.INT4, Types.INT8, Types.NUMERIC}) {
                add.accept(name, new Aggregates.Signature(name, new PgType[] {t}, Types.NUMERIC,
                        () -> new NumericVariance(sample, stddev)));
            }
            for (PgType t : new PgType[] {Types.FLOAT4, Types.FLOAT8}) {
                add.accept(name, new Aggregates.Signature(name, new PgType[] {t}, Types.FLOAT8,
                        () -> new FloatVariance(sample, stddev)));
            }
        }
        for (String name : REGRESSION) {
            add.accept(name, new Aggregates.Signature(name, new PgType[] {Types.FLOAT8, Types.FLOAT8},
                    name.equals("regr_count") ? Types.INT8 : Types.FLOAT8, () -> new Regression(name)));
        }
    }

    /** numeric_accum / numeric_stddev_internal. */
    static final class NumericVariance implements AggregateFunction.Accumulator {
        private final boolean sample;
        private final boolean stddev;
        private long count;
        private BigDecimal sumX = BigDecimal.ZERO;
        private BigDecimal sumX2 = BigDecimal.ZERO;
        private boolean special; // NaN or an infinity was seen

        NumericVariance(boolean sample, boolean stddev) {
            this.sample = sample;
            this.stddev = stddev;
        }

        @Override
        public void add(Object[] args) {
            Object v = args[0];
            if (v == null) {
                return;
            }
            count++;
            BigDecimal x;
            if (v instanceof BigDecimal d) {
                x = d;
            } else if (v instanceof NumericValue) {
                special = true;
                return;
            } else {
                x = BigDecimal.valueOf(((Number) v).longValue());
            }
            sumX = sumX.add(x);
            sumX2 = sumX2.add(x.multiply(x));
        }

        @Override
        public Object result() {
            if (count == 0 || sample && count == 1) {
                return null;
            }
            if (special) {
                return NumericValue.NAN;
            }
            BigDecimal n = BigDecimal.valueOf(count);
            BigDecimal numerator = n.multiply(sumX2).subtract(sumX.multiply(sumX));
            if (numerator.signum() <= 0) {
                return BigDecimal.ZERO;
            }
            BigDecimal denominator = sample ? n.multiply(BigDecimal.valueOf(count - 1)) : n.multiply(n);
            int rscale = NumericType.selectDivScale(numerator, denominator);
            BigDecimal variance = numerator.divide(denominator, rscale, RoundingMode.HALF_UP);
            if (!stddev) {
                return variance;
            }
            int digits = Math.max(1, variance.precision() - variance.scale()) + rscale + 5;
            return variance.sqrt(new MathContext(digits, RoundingMode.DOWN)).setScale(rscale, RoundingMode.HALF_UP);
        }
    }

    /** float8_accum / float8_var_pop ... (Youngs-Cramer). */
    static final class FloatVariance implements AggregateFunction.Accumulator {
        private final boolean sample;
        private final boolean stddev;
        private double n;
        private double sx;
        private double sxx;

        FloatVariance(boolean sample, boolean stddev) {
            this.sample = sample;
            this.stddev = stddev;
        }

        @Override
        public void add(Object[] args) {
            Object v = args[0];
            if (v == null) {
                return;
            }
            double x = ((Number) v).doubleValue();
            double oldN = n;
            n += 1.0;
            sx += x;
            if (oldN > 0.0) {
                double tmp = x * n - sx;
                sxx += tmp * tmp / (n * oldN);
                if (Double.isInfinite(sx) || Double.isInfinite(sxx)) {
                    sxx = Double.NaN;
                }
            } else if (Double.isNaN(x) || Double.isInfinite(x)) {
                sxx = Double.NaN; // an infinite or NaN input makes the variance NaN
            }
        }

        @Override
        public Object result() {
            if (n == 0.0 || sample && n == 1.0) {
                return null;
            }
            double variance = sxx / (sample ? n - 1.0 : n);
            return stddev ? Math.sqrt(variance) : variance;
        }
    }

    /** float8_regr_accum and its final functions. */
    static final class Regression implements AggregateFunction.Accumulator {
        private final String name;
        private double n;
        private double sx;
        private double sxx;
        private double sy;
        private double syy;
        private double sxy;

        Regression(String name) {
            this.name = name;
        }

        @Override
        public void add(Object[] args) {
            if (args[0] == null || args[1] == null) {
                return;
            }
            double y = ((Number) args[0]).doubleValue();
            double x = ((Number) args[1]).doubleValue();
            double oldN = n;
            n += 1.0;
            sx += x;
            sy += y;
            if (oldN > 0.0) {
                double tmpX = x * n - sx;
                double tmpY = y * n - sy;
                double scale = 1.0 / (n * oldN);
                sxx += tmpX * tmpX * scale;
                syy += tmpY * tmpY * scale;
                sxy += tmpX * tmpY * scale;
                if (Double.isInfinite(sx) || Double.isInfinite(sxx)) {
                    sxx = Double.NaN;
                }
                if (Double.isInfinite(sy) || Double.isInfinite(syy)) {
                    syy = Double.NaN;
                }
                if (Double.isInfinite(sxy)) {
                    sxy = Double.NaN;
                }
            } else {
                if (Double.isNaN(x) || Double.isInfinite(x)) {
                    sxx = Double.NaN;
                    sxy = Double.NaN;
                }
                if (Double.isNaN(y) || Double.isInfinite(y)) {
                    syy = Double.NaN;
                    sxy = Double.NaN;
                }
            }
        }

        @Override
        public Object result() {
            if (name.equals("regr_count")) {
                return (long) n;
            }
            if (n < 1.0 || name.equals("covar_samp") && n < 2.0) {
                return null;
            }
            return switch (name) {
                case "covar_pop" -> sxy / n;
                case "covar_samp" -> sxy / (n - 1.0);
                case "regr_sxx" -> sxx;
                case "regr_syy" -> syy;
                case "regr_sxy" -> sxy;
                case "regr_avgx" -> sx / n;
                case "regr_avgy" -> sy / n;
                case "corr" -> sxx == 0 || syy == 0 ? null : sxy / Math.sqrt(sxx * syy);
                case "regr_r2" -> sxx == 0 ? null : syy == 0 ? (Object) 1.0 : sxy * sxy / (sxx * syy);
                case "regr_slope" -> sxx == 0 ? null : sxy / sxx;
                case "regr_intercept" -> sxx == 0 ? null : (sy - sx * sxy / sxx) / n;
                default -> throw new IllegalStateException(name);
            };
        }
    }
}
