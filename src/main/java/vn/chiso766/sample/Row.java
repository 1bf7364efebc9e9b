package vn.chiso766.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** One line of a long-form period file, as written: empty text is an empty cell. */
record Row(String unit, String code, String numerator, String denominator, String score) {
    static final String HEADER = "unit_code,indicator,numerator,denominator,score";

    static Row counts(String unit, String code, long numerator, long denominator) {
        return new Row(unit, code, Long.toString(numerator), Long.toString(denominator), "");
    }

    static Row score(String unit, String code, double points) {
        return new Row(unit, code, "", "", twoDecimals(points));
    }

    /** Points the portal way: two decimals, half up, dot decimal. */
    static String twoDecimals(double points) {
        return BigDecimal.valueOf(points).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    void appendTo(StringBuilder out) {
        out.append(unit).append(',').append(code).append(',').append(numerator).append(',')
                .append(denominator).append(',').append(score).append('\n');
    }
}
