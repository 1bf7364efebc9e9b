package vn.chiso766.sample;

import java.util.List;
import vn.chiso766.model.Unit;

/**
 * One demonstration province: its own row, its publication record and its units.
 *
 * @param levels       the province's level per month: it drives the province-wide publication
 *                     indicators that all its units share
 * @param publishBias  how far its on-time publication sits from its level (often far below)
 */
record ProvincePlan(Unit unit, long key, double[] levels, double publishBias, List<Profile> members) {
    ProvincePlan {
        members = List.copyOf(members);
    }
}
