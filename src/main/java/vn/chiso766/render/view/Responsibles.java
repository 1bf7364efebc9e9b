package vn.chiso766.render.view;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.chiso766.model.Dataset;
import vn.chiso766.model.Indicator;
import vn.chiso766.model.Responsibility;
import vn.chiso766.model.Unit;

/** Who acts on an indicator (responsibilities.csv), in words: "Văn phòng UBND tỉnh chủ trì, Sở Tư pháp phối hợp". */
public final class Responsibles {
    private Responsibles() {
    }

    /** The indicator's row, else its group's; empty where responsibilities.csv names no one. */
    public static Optional<Responsibility> of(Dataset dataset, Indicator indicator) {
        return find(dataset.responsibilities(), indicator.code())
                .or(() -> find(dataset.responsibilities(), indicator.group()));
    }

    /** "Văn phòng UBND tỉnh chủ trì, Sở Tư pháp phối hợp", unit codes printed as the units' names; "" where no one. */
    public static String sentence(Dataset dataset, Indicator indicator) {
        return of(dataset, indicator).map(r -> name(dataset, r.lead()) + " chủ trì" + (r.support().isEmpty() ? ""
                : ", " + r.support().stream().map(s -> name(dataset, s)).collect(Collectors.joining(", "))
                + " phối hợp")).orElse("");
    }

    private static Optional<Responsibility> find(List<Responsibility> list, String code) {
        return list.stream().filter(r -> r.indicator().equals(code)).findFirst();
    }

    /** A unit's name for its code; an office's name as written. */
    private static String name(Dataset dataset, String lead) {
        return dataset.unit(lead).map(Unit::name).orElse(lead);
    }
}
