package vn.chiso766.load;

import java.math.BigDecimal;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/**
 * One shared instance per distinct code and number read from the period files. National data
 * has a million rows but only thousands of distinct unit codes, indicator codes and counts:
 * sharing them keeps the loaded data (and the scorecards that point to it) within a small heap.
 * One per load, shared by the threads reading its period files.
 */
final class Canonical {
    private final Map<String, String> texts = new ConcurrentHashMap<>();
    private final Map<BigDecimal, BigDecimal> numbers = new ConcurrentHashMap<>();

    String of(String text) {
        return texts.computeIfAbsent(text, t -> t);
    }

    /** Equal in value and scale: "5" and "5.0" stay distinct, as they print differently. */
    BigDecimal of(BigDecimal number) {
        return numbers.computeIfAbsent(number, n -> n);
    }
}
