package vn.chiso766.model;

import java.util.List;

/** Every observation of one period file. */
public record PeriodData(Period period, String file, List<Observation> observations) {
    public PeriodData {
        observations = List.copyOf(observations);
    }
}
