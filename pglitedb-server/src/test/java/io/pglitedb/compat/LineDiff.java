package io.pglitedb.compat;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, line by line (longest common subsequence), for test failure
 * messages. Scripts are a few hundred lines, so the quadratic table is fine.
 */
final class LineDiff {
    private LineDiff() {}

    /** One line of the edit script: ' ' in both, '-' only expected, '+' only actual. */
    private record Edit(char op, int expectedIndex, int actualIndex) {}

    /** Returns "" when equal, else hunks in unified-diff style with {@code context} lines around changes. */
    static String unified(String expectedName, String expected, String actualName, String actual, int context) {
        List<String> a = lines(expected);
        List<String> b = lines(actual);
        int n = a.size(), m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Edit> ops = new ArrayList<>();
        int i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                ops.add(new Edit(' ', i++, j++));
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add(new Edit('-', i++, j));
            } else {
                ops.add(new Edit('+', i, j++));
            }
        }
        StringBuilder out = new StringBuilder();
        int k = 0, total = ops.size();
        while (k < total) {
            if (ops.get(k).op() == ' ') { k++; continue; }
            int start = Math.max(0, k - context);
            int end = k;
            // extend the hunk while changes are within 2*context lines of each other
            while (end < total) {
                if (ops.get(end).op() != ' ') { end++; continue; }
                int next = end;
                while (next < total && ops.get(next).op() == ' ') next++;
                if (next < total && next - end <= 2 * context) { end = next; } else { break; }
            }
            int stop = Math.min(total, end + context);
            if (out.isEmpty()) {
                out.append("--- ").append(expectedName).append('\n').append("+++ ").append(actualName).append('\n');
            }
            out.append("@@ expected line ").append(ops.get(start).expectedIndex() + 1)
               .append(", actual line ").append(ops.get(start).actualIndex() + 1).append(" @@\n");
            for (int h = start; h < stop; h++) {
                Edit e = ops.get(h);
                String line = e.op() == '+' ? b.get(e.actualIndex()) : a.get(e.expectedIndex());
                out.append(e.op()).append(line).append('\n');
            }
            k = stop;
        }
        return out.toString();
    }

    private static List<String> lines(String text) {
        List<String> result = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!result.isEmpty() && result.get(result.size() - 1).isEmpty()) {
            result.remove(result.size() - 1);   // a final newline ends the last line, it is not a line
        }
        return result;
    }
}
