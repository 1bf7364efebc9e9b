package vn.chiso766.bench;

import java.util.Map;
import vn.chiso766.render.Timings;

/**
 * One build measured: wall time of each step, the thread time of each rendering phase (summed
 * over cores, so it can exceed the wall time), documents written and rendered, peak heap
 * (upper bound), the most the heap held right after a collection, and the process's CPU.
 */
record Measurement(long wallNanos, long loadNanos, long scoreNanos, long publishNanos,
                   Map<Timings.Phase, Long> phaseNanos, int units, int documents, int rendered, long peakHeapBytes,
                   long peakAfterCollectionBytes, Cpu cpu) {
}
