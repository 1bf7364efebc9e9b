package vn.chiso766.render.chart;

import java.awt.Color;
import java.util.List;

/**
 * One colour per band level, 0 = the highest band of the catalogue. Bands are data, so a
 * colour follows a band's position, not its name; levels past the palette take the last one.
 * The site's CSS uses the same values (classes band-0 … band-4).
 */
public final class BandColors {
    private static final List<Color> PALETTE = List.of(new Color(0x17672d), new Color(0x3d7a1f),
            new Color(0x2c6aa0), new Color(0xa85a0c), new Color(0xb3261e));

    private BandColors() {
    }

    public static Color of(int level) {
        return PALETTE.get(Math.max(0, Math.min(level, PALETTE.size() - 1)));
    }
}
