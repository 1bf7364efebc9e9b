package vn.chiso766.model;

import java.math.BigDecimal;

/** One of the six groups of the index, e.g. CKMB "Công khai, minh bạch", 18 points. */
public record Group(String code, String name, BigDecimal max) {
}
