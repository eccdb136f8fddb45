package io.pglitedb.exec;

import io.pglitedb.catalog.ColumnDescriptor;
import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.catalog.TableStatistics;
import io.pglitedb.sql.plan.TableScan;
import io.pglitedb.types.DataType;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * ANALYZE of one table, as PostgreSQL's analyze.c computes it with the default statistics target
 * (100): a sample of up to 30,000 rows (every row of a smaller table, so that its statistics are
 * exactly PostgreSQL's), then per column the NULL fraction, average width, distinct count
 * (Haas-Stokes estimate from the sample), most common values, histogram and correlation
 * (compute_scalar_stats, analyze_mcv_list). The storage order the correlation compares with is
 * the table's key order here, not a heap's insertion order.
 */
public final class TableAnalysis {
    private static final int TARGET = 100;
    private static final int SAMPLE_ROWS = 300 * TARGET;
    /** Values wider than this are left out of the distinct, MCV and histogram computations. */
    private static final int WIDTH_THRESHOLD = 1024;

    private TableAnalysis() {
    }

    /** Reads the table (its own rows, not its children's) and computes its statistics. */
    public static TableStatistics analyze(TableDescriptor table, ExecContext context) {
        List<Object[]> sample = new ArrayList<>();
        List<Long> positions = new ArrayList<>();
        Random random = new Random(table.oid());
        long seen = 0;
        try (RowIterator rows = Executor.open(new TableScan(table, null), context)) {
            Object[] row;
            while ((row = rows.next()) != null) {
                context.checkCancelled();
                if (sample.size() < SAMPLE_ROWS) {
                    sample.add(row.clone());
                    positions.add(seen);
                } else {
                    long k = (long) (random.nextDouble() * (seen + 1));
                    if (k < SAMPLE_ROWS) {
                        sample.set((int) k, row.clone());
                        positions.set((int) k, seen);
                    }
                }
                seen++;
            }
        }
        if (sample.isEmpty()) {
            return new TableStatistics(table.oid(), 0, List.of());
        }
        // back to storage order: the position of a sampled row is its index in the sample
        Integer[] order = new Integer[sample.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingLong(positions::get));
        List<Object[]> ordered = new ArrayList<>(order.length);
        for (int i : order) {
            ordered.add(sample.get(i));
        }
        List<TableStatistics.Column> columns = new ArrayList<>();
        List<ColumnDescriptor> described = table.columns();
        for (int c = 0; c < described.size(); c++) {
            columns.add(column(described.get(c), c, ordered, seen));
        }
        return new TableStatistics(table.oid(), seen, columns);
    }

    /** A sampled non-NULL value and its position among them (storage order; compute_scalar_stats' tupno). */
    private record Value(Object value, int row) {
    }

    private static TableStatistics.Column column(ColumnDescriptor column, int index, List<Object[]> sample,
            double totalRows) {
        DataType type = column.type();
        PgType t = type.type();
        int sampleRows = sample.size();
        int nulls = 0;
        int tooWide = 0;
        double totalWidth = 0;
        List<Value> values = new ArrayList<>();
        for (int r = 0; r < sampleRows; r++) {
            Object v = sample.get(r)[index];
            if (v == null) {
                nulls++;
                continue;
            }
            int width = width(type, v);
            totalWidth += width;
            if (width > WIDTH_THRESHOLD) {
                tooWide++;
                continue;
            }
            values.add(new Value(v, values.size()));
        }
        int nonNull = sampleRows - nulls;
        float nullFraction = (float) ((double) nulls / sampleRows);
        if (nonNull == 0) {
            return new TableStatistics.Column(column.attributeNumber(), nullFraction, 0, 0f, List.of(), List.of(),
                    List.of(), null);
        }
        int averageWidth = (int) (totalWidth / nonNull);
        if (t == Types.JSON) { // no equality: only the trivial statistics
            return new TableStatistics.Column(column.attributeNumber(), nullFraction, averageWidth, 0f, List.of(),
                    List.of(), List.of(), null);
        }
        // sorted by value, equal values by row (compute_scalar_stats' compare_scalars)
        values.sort((a, b) -> {
            int cmp = t.compare(a.value(), b.value());
            return cmp != 0 ? cmp : Integer.compare(a.row(), b.row());
        });
        int n = values.size();
        // runs of equal values: distinct count, values seen more than once, and the most common ones
        int distinct = 0;
        int multiple = 0;
        List<int[]> track = new ArrayList<>(); // {start index in values, count}, most common first
        double xySum = 0;
        int runStart = 0;
        for (int i = 0; i < n; i++) {
            xySum += (double) i * values.get(i).row();
            boolean runEnds = i == n - 1 || t.compare(values.get(i).value(), values.get(i + 1).value()) != 0;
            if (!runEnds) {
                continue;
            }
            int count = i - runStart + 1;
            distinct++;
            if (count > 1) {
                multiple++;
                if (track.size() < TARGET || count > track.get(track.size() - 1)[1]) {
                    int j = track.size() < TARGET ? track.size() : TARGET - 1;
                    if (track.size() < TARGET) {
                        track.add(null);
                    }
                    while (j > 0 && count > track.get(j - 1)[1]) {
                        track.set(j, track.get(j - 1));
                        j--;
                    }
                    track.set(j, new int[] {runStart, count});
                }
            }
            runStart = i + 1;
        }
        float nDistinct = (float) distinctEstimate(distinct, multiple, tooWide, sampleRows, nulls, nullFraction,
                totalRows);
        int commonCount;
        if (track.size() == distinct && tooWide == 0 && nDistinct > 0 && track.size() <= TARGET) {
            commonCount = track.size(); // every value seen, and all fit
        } else {
            commonCount = keptCommonValues(track, nDistinct, nullFraction, sampleRows, totalRows);
        }
        List<String> common = new ArrayList<>(commonCount);
        List<Float> frequencies = new ArrayList<>(commonCount);
        boolean[] isCommon = new boolean[n];
        for (int k = 0; k < commonCount; k++) {
            int[] entry = track.get(k);
            common.add(t.toText(values.get(entry[0]).value(), type.typmod()));
            frequencies.add((float) ((double) entry[1] / sampleRows));
            Arrays.fill(isCommon, entry[0], entry[0] + entry[1], true);
        }
        List<String> histogram = new ArrayList<>();
        int histogramSize = Math.min(distinct - commonCount, TARGET + 1);
        if (histogramSize >= 2) {
            List<Object> rest = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                if (!isCommon[i]) {
                    rest.add(values.get(i).value());
                }
            }
            int size = rest.size();
            int delta = (size - 1) / (histogramSize - 1);
            int deltaFraction = (size - 1) % (histogramSize - 1);
            int pos = 0;
            int posFraction = 0;
            for (int i = 0; i < histogramSize; i++) {
                histogram.add(t.toText(rest.get(pos), type.typmod()));
                pos += delta;
                posFraction += deltaFraction;
                if (posFraction >= histogramSize - 1) {
                    pos++;
                    posFraction -= histogramSize - 1;
                }
            }
        }
        Float correlation = null;
        if (n > 1) {
            double xSum = (double) (n - 1) * n / 2.0;
            double x2Sum = (double) (n - 1) * n * (2.0 * n - 1) / 6.0;
            correlation = (float) ((n * xySum - xSum * xSum) / (n * x2Sum - xSum * xSum));
        }
        return new TableStatistics.Column(column.attributeNumber(), nullFraction, averageWidth, nDistinct, common,
                frequencies, histogram, correlation);
    }

    /** stadistinct: a count, or minus a fraction of the rows when it is more than a tenth of them. */
    private static double distinctEstimate(int distinct, int multiple, int tooWide, int sampleRows, int nulls,
            float nullFraction, double totalRows) {
        double estimate;
        if (multiple == 0) {
            estimate = -1.0 * (1.0 - nullFraction); // every value is unique
        } else if (tooWide == 0 && multiple == distinct) {
            estimate = distinct; // every value seen more than once: all of them were seen
        } else {
            int f1 = distinct - multiple + tooWide;
            int d = f1 + multiple;
            double n = sampleRows - nulls;
            double rows = totalRows * (1.0 - nullFraction);
            double haasStokes = rows > 0 ? n * d / ((n - f1) + f1 * n / rows) : 0;
            haasStokes = Math.min(Math.max(haasStokes, d), rows);
            estimate = Math.floor(haasStokes + 0.5);
        }
        if (estimate > 0.1 * totalRows) {
            estimate = -(estimate / totalRows);
        }
        return estimate;
    }

    /**
     * analyze_mcv_list: how many of the tracked values (most common first) to keep: those whose
     * frequency is significantly above what the remaining values would have on average.
     */
    private static int keptCommonValues(List<int[]> track, double distinct, double nullFraction, int sampleRows,
            double totalRows) {
        int kept = track.size();
        if (sampleRows == totalRows || totalRows <= 1.0) {
            return kept;
        }
        double tableDistinct = distinct < 0 ? -distinct * totalRows : distinct;
        double sum = 0;
        for (int i = 0; i < kept - 1; i++) {
            sum += track.get(i)[1];
        }
        while (kept > 0) {
            double selectivity = Math.min(Math.max(1.0 - sum / sampleRows - nullFraction, 0.0), 1.0);
            double otherDistinct = tableDistinct - (kept - 1);
            if (otherDistinct > 1) {
                selectivity /= otherDistinct;
            }
            double bigN = totalRows;
            double n = sampleRows;
            double k = bigN * track.get(kept - 1)[1] / n;
            double variance = n * k * (bigN - k) * (bigN - n) / (bigN * bigN * (bigN - 1));
            if (track.get(kept - 1)[1] > selectivity * sampleRows + 2 * Math.sqrt(variance) + 0.5) {
                break;
            }
            kept--;
            if (kept == 0) {
                break;
            }
            sum -= track.get(kept - 1)[1];
        }
        return kept;
    }

    /** The bytes PostgreSQL would store the value in (typlen, or the varlena with its header). */
    private static int width(DataType type, Object value) {
        PgType t = type.type();
        if (t.length() > 0) {
            return t.length();
        }
        int bytes;
        if (value instanceof String s) {
            bytes = s.getBytes(StandardCharsets.UTF_8).length;
        } else if (value instanceof byte[] b) {
            bytes = b.length;
        } else if (t == Types.NUMERIC) {
            byte[] send = t.toBinary(value, type.typmod()); // ndigits base-10000 digits of 2 bytes
            int digits = ((send[0] & 0xff) << 8) | (send[1] & 0xff);
            return 1 + 2 + 2 * digits; // short varlena header, short numeric header
        } else {
            bytes = t.toText(value, type.typmod()).getBytes(StandardCharsets.UTF_8).length;
        }
        return bytes + (bytes + 1 <= 127 ? 1 : 4);
    }
}
