package vn.chiso766.sample;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Vietnamese names of the sample units: real department names (every province has them),
 * invented commune names, and demonstration province names that no real province carries.
 */
final class Names {
    /** A department and the usual size of its monthly intake of dossiers. */
    record Agency(String name, int dossiers) {
    }

    /** In this order: the first 20 are the sample province's; units with few dossiers score low, as real ones do. */
    static final List<Agency> AGENCIES = List.of(
            new Agency("Sở Nội vụ", 160),
            new Agency("Sở Tư pháp", 900),
            new Agency("Sở Tài chính", 300),
            new Agency("Sở Công Thương", 700),
            new Agency("Sở Xây dựng", 550),
            new Agency("Sở Nông nghiệp và Môi trường", 2400),
            new Agency("Sở Khoa học và Công nghệ", 70),
            new Agency("Sở Giáo dục và Đào tạo", 450),
            new Agency("Sở Y tế", 420),
            new Agency("Sở Văn hóa, Thể thao và Du lịch", 90),
            new Agency("Sở Ngoại vụ", 12),
            new Agency("Sở Dân tộc và Tôn giáo", 25),
            new Agency("Thanh tra tỉnh", 2),
            new Agency("Ban Quản lý các khu công nghiệp", 140),
            new Agency("Công an tỉnh", 3200),
            new Agency("Bảo hiểm xã hội tỉnh", 1800),
            new Agency("Thuế tỉnh", 1500),
            new Agency("Văn phòng Ủy ban nhân dân tỉnh", 30),
            new Agency("Công ty Điện lực tỉnh", 2600),
            new Agency("Bộ Chỉ huy Quân sự tỉnh", 40),
            new Agency("Ban Quản lý Khu kinh tế", 160),
            new Agency("Sở Du lịch", 60),
            new Agency("Kho bạc Nhà nước khu vực", 700),
            new Agency("Ngân hàng Nhà nước khu vực", 45));

    /** Syllables of invented commune names: auspicious Sino-Vietnamese words, as most real names are. */
    private static final List<String> FIRST = List.of("An", "Bình", "Hòa", "Tân", "Phú", "Long", "Thạnh",
            "Vĩnh", "Hưng", "Thuận", "Phước", "Mỹ", "Đông", "Tây", "Hiệp", "Quang", "Thanh", "Xuân", "Kim",
            "Ngọc", "Hải", "Sơn", "Trung", "Đức", "Minh", "Nghĩa", "Hồng", "Cẩm", "Gia", "Yên", "Thái", "Định",
            "Phong", "Lạc", "Tường", "Châu", "Quế", "Đại", "Tam", "Hoài");
    private static final List<String> SECOND = List.of("An", "Bình", "Hòa", "Phú", "Lợi", "Thịnh", "Phát",
            "Hội", "Điền", "Khánh", "Lâm", "Hà", "Tiến", "Thành", "Thắng", "Lộc", "Thọ", "Hưng", "Phước",
            "Mỹ", "Sơn", "Trung", "Đông", "Tây", "Nam", "Bắc", "Xuân", "Hiệp", "Quang", "Long", "Tân",
            "Nghĩa", "Đức", "Định", "Yên", "Hải", "Châu", "Phong", "Lạc", "Vinh");
    /** Islands for the special zones (đặc khu), invented. */
    private static final List<String> ISLANDS = List.of("Hòn Mây", "Cồn Ngọc", "Hòn Nhạn Xanh", "Bãi Sao Biển",
            "Hòn Sẻ", "Cù Lao Mây", "Hòn Yến Lớn", "Cồn Cát Vàng");

    private Names() {
    }

    /** "UBND tỉnh Mẫu (dữ liệu minh họa)", or numbered "UBND tỉnh Mẫu 07 (dữ liệu minh họa)" in national data. */
    static String province(int index, int count) {
        String number = count == 1 ? "" : String.format(" %02d", index + 1);
        return nfc("UBND tỉnh Mẫu" + number + " (dữ liệu minh họa)");
    }

    /**
     * Commune names of one province, unique: mostly xã, some phường, and the first one a đặc khu
     * where {@code island} says the province has one.
     */
    static List<String> communes(int count, boolean island, Rng rng) {
        List<String> stems = shuffledStems(rng);
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (i == 0 && island) {
                names.add(nfc("Đặc khu " + ISLANDS.get(rng.below(ISLANDS.size()))));
            } else {
                names.add(nfc((rng.chance(0.18) ? "Phường " : "Xã ") + stems.get(i)));
            }
        }
        return names;
    }

    /** Every two-syllable stem, in a seeded order: taking a prefix keeps names unique. */
    private static List<String> shuffledStems(Rng rng) {
        List<String> stems = new ArrayList<>();
        for (String first : FIRST) {
            for (String second : SECOND) {
                if (!first.equals(second)) {
                    stems.add(first + " " + second);
                }
            }
        }
        for (int i = stems.size() - 1; i > 0; i--) {
            int j = rng.below(i + 1);
            stems.set(j, stems.set(i, stems.get(j)));
        }
        return stems;
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
