package vn.chiso766.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The units whose total fell most since the previous period, and why, from the deltas. Pure. */
public final class Falls {
    private Falls() {
    }

    /** At most {@code limit} units, the largest fall first (ties by code). */
    public static List<Fall> of(List<UnitResult> members, Optional<PeriodResult> previous, int limit) {
        if (previous.isEmpty()) {
            return List.of();
        }
        return members.stream().filter(u -> u.standing().deltaTotal().filter(d -> d.signum() < 0).isPresent())
                .sorted(Comparator.comparing((UnitResult u) -> u.standing().deltaTotal().orElseThrow())
                        .thenComparing(u -> u.unit().code()))
                .limit(limit)
                .map(u -> new Fall(u, u.standing().deltaTotal().orElseThrow(),
                        declines(u.card(), previous.get().unit(u.unit().code()).map(UnitResult::card))))
                .toList();
    }

    /**
     * Every item whose points fell: an indicator where the group is explained by its indicators in
     * both periods, else the group as a whole. Most fallen first.
     */
    static List<Decline> declines(Scorecard now, Optional<Scorecard> before) {
        List<Decline> out = new ArrayList<>();
        for (GroupScore group : now.groups()) {
            Optional<GroupScore> earlier = before.flatMap(b -> b.group(group.group().code()));
            if (group.points().isEmpty() || earlier.flatMap(GroupScore::points).isEmpty()) {
                continue;
            }
            if (Losses.explainedByIndicators(group) && Losses.explainedByIndicators(earlier.get())) {
                indicators(group, earlier.get(), out);
            } else {
                add(out, group.group().code(), group.group().name(), earlier.get().points().get(), group.points().get());
            }
        }
        out.sort(Comparator.comparing(Decline::delta).thenComparing(Decline::code));
        return out;
    }

    private static void indicators(GroupScore now, GroupScore before, List<Decline> out) {
        for (IndicatorScore i : now.indicators()) {
            Optional<BigDecimal> was = before.indicators().stream()
                    .filter(b -> b.indicator().code().equals(i.indicator().code()))
                    .flatMap(b -> b.points().stream()).findFirst();
            if (i.indicator().rule().computes() && i.points().isPresent() && was.isPresent()) {
                add(out, i.indicator().code(), i.indicator().name(), was.get(), i.points().get());
            }
        }
    }

    private static void add(List<Decline> out, String code, String name, BigDecimal before, BigDecimal now) {
        BigDecimal delta = Points.round(now.subtract(before));
        if (delta.signum() < 0) {
            out.add(new Decline(code, name, before, now, delta));
        }
    }
}
