package vn.chiso766.sample;

/**
 * A small seeded random source (SplitMix64) whose every draw is defined here, so the same seed
 * gives the same bytes on any JVM. Streams are derived per unit and month, which keeps a unit's
 * figures independent of how many other units or months are generated.
 */
final class Rng {
    private long state;

    private Rng(long state) {
        this.state = state;
    }

    /** An independent stream for a path of keys under a seed, e.g. (seed, unit, month). */
    static Rng of(long seed, long... keys) {
        long s = mix(seed ^ 0x766L);
        for (long key : keys) {
            s = mix(s ^ mix(key + 0x9E3779B97F4A7C15L));
        }
        return new Rng(s);
    }

    long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    double uniform() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    double uniform(double from, double to) {
        return from + (to - from) * uniform();
    }

    /** Uniform in [0, bound). */
    int below(int bound) {
        return (int) Math.floor(uniform() * bound);
    }

    boolean chance(double probability) {
        return uniform() < probability;
    }

    /** Standard normal (Box–Muller). */
    double gaussian() {
        double u = 1.0 - uniform();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * uniform());
    }

    double normal(double mean, double sd) {
        return mean + sd * gaussian();
    }

    /** Poisson by counting uniform products: fine for the small means of petitions. */
    int poisson(double mean) {
        double limit = Math.exp(-mean);
        double product = uniform();
        int count = 0;
        while (product > limit) {
            product *= uniform();
            count++;
        }
        return count;
    }

    /** Successes among n trials of probability p (n is small where this is used). */
    int binomial(int n, double p) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            count += chance(p) ? 1 : 0;
        }
        return count;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
