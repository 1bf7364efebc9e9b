package vn.chiso766.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Numbers written the Vietnamese way: 65,54 điểm; 92,74%; 343.894 hồ sơ (periods and dates:
 * {@link vn.chiso766.model.PeriodNames}). Rounding happens here, half up, never in templates.
 */
public final class Format {
    /** What a page prints where there is no data. */
    public static final String NO_DATA = "chưa có dữ liệu";

    private Format() {
    }

    /** Points with two decimals: 65,54; 0,00. */
    public static String points(BigDecimal value) {
        return group(value.setScale(2, RoundingMode.HALF_UP));
    }

    /** Points with two decimals, or "—" for no data. */
    public static String points(Optional<BigDecimal> value) {
        return value.map(Format::points).orElse("—");
    }

    /** A signed change: +1,26; −0,28 (true minus sign); 0,00. */
    public static String signedPoints(BigDecimal value) {
        BigDecimal v = value.setScale(2, RoundingMode.HALF_UP);
        String body = group(v.abs());
        return v.signum() > 0 ? "+" + body : v.signum() < 0 ? "\u2212" + body : body;
    }

    /** A signed whole number: +2; −1; 0. */
    public static String signed(int value) {
        return value > 0 ? "+" + value : value < 0 ? "\u2212" + (-value) : "0";
    }

    /** A fraction as a percentage with two decimals: 0.9274 → 92,74%. */
    public static String percent(BigDecimal fraction) {
        return group(fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP)) + "%";
    }

    /** A count with dots between thousands: 343894 → 343.894; decimals kept with a comma. */
    public static String count(BigDecimal value) {
        return group(value.stripTrailingZeros().scale() <= 0 ? value.setScale(0, RoundingMode.UNNECESSARY)
                : value.stripTrailingZeros());
    }

    public static String count(long value) {
        return count(BigDecimal.valueOf(value));
    }

    /** Dots between thousands, a comma before decimals. */
    static String group(BigDecimal value) {
        String plain = value.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String decimals = dot < 0 ? "" : "," + plain.substring(dot + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(whole.charAt(i));
        }
        return (value.signum() < 0 ? "-" : "") + grouped + decimals;
    }
}
