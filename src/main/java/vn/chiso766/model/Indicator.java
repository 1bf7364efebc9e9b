package vn.chiso766.model;

import java.math.BigDecimal;

/**
 * A component indicator (chỉ số thành phần) of a group.
 *
 * @param fullWhenEmpty true where a denominator of 0 gives full points (no petitions at all)
 */
public record Indicator(String code, String group, String name, BigDecimal max, Rule rule,
                        boolean fullWhenEmpty) {
}
