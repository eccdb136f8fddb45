package io.pglitedb.exec;

import java.util.Comparator;

/**
 * PostgreSQL's top-N heapsort for a sort under a LIMIT (tuplesort's bounded heap): it keeps the
 * {@code bound} smallest rows in a heap ordered largest-first, discards a new row that is not
 * smaller than the heap's top, and finally unheapifies in place. Which of several equal rows
 * survive and in what order they come out is PostgreSQL's only when the same steps run.
 */
final class BoundedHeap {
    private final Object[][] heap;
    /** The reversed order: the heap's top is the largest row under the sort's order. */
    private final Comparator<Object[]> reversed;
    private int count;

    BoundedHeap(int bound, Comparator<Object[]> order) {
        this.heap = new Object[bound][];
        this.reversed = order.reversed();
    }

    /** Offers one more input row (tuplesort's puttuple in its bounded states). */
    void add(Object[] row) {
        if (count < heap.length) {
            insert(row);
        } else if (reversed.compare(row, heap[0]) > 0) {
            replaceTop(row);
        }
    }

    /** The kept rows in sort order (sort_bounded_heap). */
    Object[][] sorted() {
        int total = count;
        while (count > 1) {
            Object[] top = heap[0];
            deleteTop();
            heap[count] = top;
        }
        count = total;
        return java.util.Arrays.copyOf(heap, total);
    }

    private void insert(Object[] row) {
        int j = count++;
        while (j > 0) {
            int i = (j - 1) >> 1;
            if (reversed.compare(row, heap[i]) >= 0) {
                break;
            }
            heap[j] = heap[i];
            j = i;
        }
        heap[j] = row;
    }

    private void deleteTop() {
        if (--count <= 0) {
            return;
        }
        replaceTop(heap[count]);
    }

    private void replaceTop(Object[] row) {
        int n = count;
        int i = 0;
        while (true) {
            int j = 2 * i + 1;
            if (j >= n) {
                break;
            }
            if (j + 1 < n && reversed.compare(heap[j], heap[j + 1]) > 0) {
                j++;
            }
            if (reversed.compare(row, heap[j]) <= 0) {
                break;
            }
            heap[i] = heap[j];
            i = j;
        }
        heap[i] = row;
    }
}
