package vn.chiso766.model;

import java.math.BigDecimal;

/** A classification band (xếp loại): a total of at least {@code min} earns this name. */
public record Band(String name, BigDecimal min) {
}
