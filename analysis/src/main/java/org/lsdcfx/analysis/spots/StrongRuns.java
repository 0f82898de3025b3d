package org.lsdcfx.analysis.spots;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Strong pixels of one frame stored as horizontal runs, joined into 8-connected groups by union-find as rows are
 * added. Memory grows with the number of strong pixels, not with the frame (a per-pixel label image of a 16M frame
 * would be 70 MB). Not thread-safe: one instance per frame.
 */
final class StrongRuns {

    private final BitSet strong;
    private final int width;
    private int size;
    private int[] row = new int[256];
    private int[] x0 = new int[256];
    private int[] x1 = new int[256];
    private long[] sumV = new long[256];
    private double[] sumVX = new double[256]; // Σ v·(x + 0.5) over the run
    private int[] maxV = new int[256];
    private int[] parent = new int[256];

    // Runs of the previous row occupy [prevBegin, prevEnd); runs of the current row start at curBegin.
    private int currentRow = -1;
    private int prevBegin;
    private int prevEnd;
    private int curBegin;
    private int prevScan; // first run of the previous row that can still touch runs further right
    private int strongPixels;

    StrongRuns(int width, int height) {
        this.width = width;
        this.strong = new BitSet(width * height);
    }

    /** Starts row y; rows must come in increasing order. */
    void startRow(int y) {
        if (y == currentRow + 1) {
            prevBegin = curBegin;
            prevEnd = size;
        } else { // a skipped row: nothing above can touch
            prevBegin = size;
            prevEnd = size;
        }
        curBegin = size;
        prevScan = prevBegin;
        currentRow = y;
    }

    /** Adds the run [first, last] of strong pixels on the current row, with Σv, Σv·(x+0.5) and the maximum. */
    void addRun(int first, int last, long runSum, double runSumX, int runMax) {
        if (size == row.length) {
            grow();
        }
        int r = size++;
        row[r] = currentRow;
        x0[r] = first;
        x1[r] = last;
        sumV[r] = runSum;
        sumVX[r] = runSumX;
        maxV[r] = runMax;
        parent[r] = r;
        int base = currentRow * width;
        strong.set(base + first, base + last + 1);
        strongPixels += last - first + 1;
        // 8-connectivity: runs on adjacent rows touch when their x ranges overlap after widening by one pixel.
        while (prevScan < prevEnd && x1[prevScan] < first - 1) {
            prevScan++;
        }
        for (int q = prevScan; q < prevEnd && x0[q] <= last + 1; q++) {
            union(q, r);
        }
    }

    int strongPixelCount() {
        return strongPixels;
    }

    /** The strong-pixel map, row-major; read-only by convention. */
    BitSet strongMap() {
        return strong;
    }

    /** The 8-connected groups, in order of their first run. */
    List<Blob> blobs() {
        int[] slot = new int[size];
        Arrays.fill(slot, -1);
        List<Blob.Accumulator> acc = new ArrayList<>();
        for (int r = 0; r < size; r++) {
            int root = find(r);
            if (slot[root] < 0) {
                slot[root] = acc.size();
                acc.add(new Blob.Accumulator());
            }
            acc.get(slot[root]).add(row[r], x0[r], x1[r], sumV[r], sumVX[r], maxV[r]);
        }
        List<Blob> out = new ArrayList<>(acc.size());
        for (Blob.Accumulator a : acc) {
            out.add(a.toBlob());
        }
        return out;
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]]; // path halving
            i = parent[i];
        }
        return i;
    }

    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            // the older run stays root, so roots are always the first run of their group
            if (ra < rb) {
                parent[rb] = ra;
            } else {
                parent[ra] = rb;
            }
        }
    }

    private void grow() {
        int n = row.length * 2;
        row = Arrays.copyOf(row, n);
        x0 = Arrays.copyOf(x0, n);
        x1 = Arrays.copyOf(x1, n);
        sumV = Arrays.copyOf(sumV, n);
        sumVX = Arrays.copyOf(sumVX, n);
        maxV = Arrays.copyOf(maxV, n);
        parent = Arrays.copyOf(parent, n);
    }

    /**
     * A connected group of strong pixels, before background subtraction. Sums of positions use pixel centres.
     */
    record Blob(int pixels, long sumV, double sumVX, double sumVY, double sumX, double sumY,
                int minX, int maxX, int minY, int maxY, int maxValue) {

        static final class Accumulator {
            private int pixels;
            private long sumV;
            private double sumVX;
            private double sumVY;
            private double sumX;
            private double sumY;
            private int minX = Integer.MAX_VALUE;
            private int maxX = Integer.MIN_VALUE;
            private int minY = Integer.MAX_VALUE;
            private int maxY = Integer.MIN_VALUE;
            private int maxValue;

            void add(int y, int first, int last, long runSum, double runSumX, int runMax) {
                int n = last - first + 1;
                pixels += n;
                sumV += runSum;
                sumVX += runSumX;
                sumVY += runSum * (y + 0.5);
                sumX += n * ((first + last) / 2.0 + 0.5);
                sumY += n * (y + 0.5);
                minX = Math.min(minX, first);
                maxX = Math.max(maxX, last);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
                maxValue = Math.max(maxValue, runMax);
            }

            Blob toBlob() {
                return new Blob(pixels, sumV, sumVX, sumVY, sumX, sumY, minX, maxX, minY, maxY, maxValue);
            }
        }
    }
}
