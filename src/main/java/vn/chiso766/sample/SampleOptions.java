package vn.chiso766.sample;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.chiso766.model.Period;

/**
 * What to generate: how many provinces, departments and communes per province, how many
 * consecutive months ending with {@code until}, and the seed.
 */
public record SampleOptions(int provinces, int agencies, int communes, int months, YearMonth until, long seed) {
    public static final int DEFAULT_PROVINCES = 1;
    public static final int DEFAULT_AGENCIES = 20;
    public static final int DEFAULT_COMMUNES = 120;
    public static final int DEFAULT_MONTHS = 12;
    public static final String DEFAULT_UNTIL = "2026-10";
    public static final long DEFAULT_SEED = 766;
    public static final int MAX_PROVINCES = 99;
    public static final int MAX_COMMUNES = 899;
    public static final int MAX_MONTHS = 120;

    public SampleOptions {
        check(provinces >= 1 && provinces <= MAX_PROVINCES, "số tỉnh phải từ 1 đến " + MAX_PROVINCES);
        check(agencies >= 0 && agencies <= Names.AGENCIES.size(),
                "số sở, ban, ngành phải từ 0 đến " + Names.AGENCIES.size());
        check(communes >= 0 && communes <= MAX_COMMUNES, "số xã, phường, đặc khu phải từ 0 đến " + MAX_COMMUNES);
        check(agencies + communes >= 1, "mỗi tỉnh cần ít nhất một đơn vị (sở hoặc xã)");
        check(months >= 1 && months <= MAX_MONTHS, "số tháng phải từ 1 đến " + MAX_MONTHS);
        check(until != null, "thiếu tháng cuối");
    }

    /** The sample data of the project: one demonstration province, 20 sở, 120 xã, 11/2025–10/2026. */
    public static SampleOptions defaults() {
        return new SampleOptions(DEFAULT_PROVINCES, DEFAULT_AGENCIES, DEFAULT_COMMUNES, DEFAULT_MONTHS,
                YearMonth.parse(DEFAULT_UNTIL), DEFAULT_SEED);
    }

    /** The months generated, oldest first. */
    public List<Period> periods() {
        List<Period> periods = new ArrayList<>();
        for (int i = months - 1; i >= 0; i--) {
            periods.add(Period.of(until.minusMonths(i)));
        }
        return periods;
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message + ".");
        }
    }
}
