package vn.chiso766.render.office;

import java.util.List;
import vn.chiso766.model.Kind;

/**
 * Names of a workbook's sheets: at most 31 characters, none of : \ / ? * [ ], unique ignoring
 * case, as Excel requires (a group's name is data, so it is cleaned).
 */
final class SheetNames {
    static final String NOTES = "Chất lượng dữ liệu";
    private static final int MAX = 31;

    private SheetNames() {
    }

    static String ranking(Kind kind) {
        return switch (kind) {
            case PROVINCE -> "Xếp hạng tỉnh, thành phố";
            case AGENCY -> "Xếp hạng sở, ban, ngành";
            case COMMUNE -> "Xếp hạng xã, phường, đặc khu";
            case DISTRICT -> "Xếp hạng huyện, thị xã";
        };
    }

    /** A clean name, not yet in taken (which it joins); "Nhóm" where nothing is left of it. */
    static String unique(String wanted, List<String> taken) {
        String clean = wanted.replaceAll("[:\\\\/?*\\[\\]]", " ").replaceAll("\\s+", " ").strip()
                .replaceAll("^'+|'+$", "");
        String base = clean.isEmpty() ? "Nhóm" : clean.substring(0, Math.min(MAX, clean.length())).strip();
        String name = base;
        for (int i = 2; taken.stream().anyMatch(name::equalsIgnoreCase) || reserved(name); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), MAX - suffix.length())) + suffix;
        }
        taken.add(name);
        return name;
    }

    private static boolean reserved(String name) {
        return name.equalsIgnoreCase(NOTES) || name.equalsIgnoreCase("History")
                || java.util.Arrays.stream(Kind.values()).map(SheetNames::ranking).anyMatch(name::equalsIgnoreCase);
    }
}
