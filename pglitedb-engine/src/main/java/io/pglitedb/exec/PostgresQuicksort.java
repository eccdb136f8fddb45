package io.pglitedb.exec;

import java.util.Comparator;

/**
 * The in-memory sort PostgreSQL's tuplesort uses (its sort_template.h: Bentley-McIlroy quicksort
 * with a presorted check, median-of-three or ninther pivots, three-way partitioning and insertion
 * sort below seven elements). It is not stable, and which of several equal rows comes first is
 * part of what a query returns: ORDER BY four over rows that tie on four, or a window's peers,
 * come out in the order PostgreSQL prints them only when the same algorithm sorts the same input.
 */
public final class PostgresQuicksort {
    private PostgresQuicksort() {
    }

    /** Sorts {@code a[0..n)} by {@code cmp}, permuting equal elements exactly as PostgreSQL would. */
    public static <T> void sort(T[] a, int n, Comparator<? super T> cmp) {
        sort(a, 0, n, cmp);
    }

    private static <T> void sort(T[] a, int base, int n, Comparator<? super T> cmp) {
        while (true) {
            if (n < 7) {
                for (int m = base + 1; m < base + n; m++) {
                    for (int l = m; l > base && cmp.compare(a[l - 1], a[l]) > 0; l--) {
                        swap(a, l, l - 1);
                    }
                }
                return;
            }
            boolean presorted = true;
            for (int m = base + 1; m < base + n; m++) {
                if (cmp.compare(a[m - 1], a[m]) > 0) {
                    presorted = false;
                    break;
                }
            }
            if (presorted) {
                return;
            }
            int pm = base + n / 2;
            if (n > 7) {
                int pl = base;
                int pn = base + n - 1;
                if (n > 40) {
                    int d = n / 8;
                    pl = med3(a, pl, pl + d, pl + 2 * d, cmp);
                    pm = med3(a, pm - d, pm, pm + d, cmp);
                    pn = med3(a, pn - 2 * d, pn - d, pn, cmp);
                }
                pm = med3(a, pl, pm, pn, cmp);
            }
            swap(a, base, pm);
            int pa = base + 1;
            int pb = pa;
            int pc = base + n - 1;
            int pd = pc;
            while (true) {
                int r;
                while (pb <= pc && (r = cmp.compare(a[pb], a[base])) <= 0) {
                    if (r == 0) {
                        swap(a, pa++, pb);
                    }
                    pb++;
                }
                while (pb <= pc && (r = cmp.compare(a[pc], a[base])) >= 0) {
                    if (r == 0) {
                        swap(a, pc, pd--);
                    }
                    pc--;
                }
                if (pb > pc) {
                    break;
                }
                swap(a, pb++, pc--);
            }
            int pn = base + n;
            int d1 = Math.min(pa - base, pb - pa);
            swapRange(a, base, pb - d1, d1);
            d1 = Math.min(pd - pc, pn - pd - 1);
            swapRange(a, pb, pn - d1, d1);
            d1 = pb - pa;
            int d2 = pd - pc;
            // recurse into the smaller side, loop on the larger (as PostgreSQL does, which fixes
            // the order in which equal elements are moved)
            if (d1 <= d2) {
                if (d1 > 1) {
                    sort(a, base, d1, cmp);
                }
                if (d2 <= 1) {
                    return;
                }
                base = pn - d2;
                n = d2;
            } else {
                if (d2 > 1) {
                    sort(a, pn - d2, d2, cmp);
                }
                if (d1 <= 1) {
                    return;
                }
                n = d1;
            }
        }
    }

    private static <T> int med3(T[] a, int i, int j, int k, Comparator<? super T> cmp) {
        return cmp.compare(a[i], a[j]) < 0
                ? (cmp.compare(a[j], a[k]) < 0 ? j : (cmp.compare(a[i], a[k]) < 0 ? k : i))
                : (cmp.compare(a[j], a[k]) > 0 ? j : (cmp.compare(a[i], a[k]) < 0 ? i : k));
    }

    private static void swap(Object[] a, int i, int j) {
        Object t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    private static void swapRange(Object[] a, int i, int j, int n) {
        for (int k = 0; k < n; k++) {
            swap(a, i + k, j + k);
        }
    }
}
