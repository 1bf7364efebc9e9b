package vn.chiso766.model;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The groups, indicators and bands in force: data a user edits, never code. */
public record Catalogue(List<Group> groups, List<Indicator> indicators, List<Band> bands) {
    public Catalogue {
        groups = List.copyOf(groups);
        indicators = List.copyOf(indicators);
        bands = bands.stream().sorted(Comparator.comparing(Band::min).reversed()).toList();
    }

    // Plain loops: scoring national data asks these a few million times, over some thirty codes.
    public Optional<Group> group(String code) {
        for (Group g : groups) {
            if (g.code().equals(code)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    public Optional<Indicator> indicator(String code) {
        for (Indicator i : indicators) {
            if (i.code().equals(code)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    public List<Indicator> indicatorsOf(String groupCode) {
        return indicators.stream().filter(i -> i.group().equals(groupCode)).toList();
    }

    public Map<String, Indicator> indicatorsByCode() {
        return indicators.stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
    }

    /** True for a group or an indicator code. */
    public boolean knows(String code) {
        return group(code).isPresent() || indicator(code).isPresent();
    }

    /** The band of a total: the highest band whose minimum it reaches. */
    public Band bandOf(BigDecimal total) {
        return bands.stream().filter(b -> total.compareTo(b.min()) >= 0).findFirst()
                .orElse(bands.get(bands.size() - 1));
    }

    public BigDecimal maxTotal() {
        return groups.stream().map(Group::max).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
