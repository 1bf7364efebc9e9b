package vn.chiso766.sample;

/**
 * The province's publication of procedures in a month (công bố, cập nhật, công khai): one
 * record shared by every unit of the province, as the portal shows it.
 */
record Publication(long published, long onTime, long updated, long contentFull) {

    static Publication of(ProvincePlan province, int month, long seed) {
        Rng rng = Rng.of(seed, province.key(), month);
        double level = province.levels()[month];
        long published = 15 + rng.below(70);
        double onTime = clip(Math.pow(level, 0.5) + province.publishBias() + rng.normal(0, 0.12));
        double updated = clip(Math.pow(level, 0.3) + rng.normal(0, 0.05));
        double full = clip(0.93 + 0.07 * level + rng.normal(0, 0.03));
        return new Publication(published, Math.round(onTime * published), Math.round(updated * published),
                Math.round(full * published));
    }

    long onTime(Measure measure) {
        return switch (measure) {
            case PUBLISH_ON_TIME -> onTime;
            case PUBLIC_UPDATE_ON_TIME -> updated;
            case PUBLIC_CONTENT_FULL -> contentFull;
            default -> throw new IllegalArgumentException(measure.name());
        };
    }

    private static double clip(double rate) {
        return Math.max(0, Math.min(1, rate));
    }
}
