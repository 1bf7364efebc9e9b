package vn.chiso766.score;

import vn.chiso766.model.QualityNote;

/** What the portal's data-quality statuses mean, in plain Vietnamese. Pure. */
public final class PortalNotes {
    private PortalNotes() {
    }

    /** The meaning of a dataQualityStatus; the code itself where it is one we do not know. */
    public static String meaning(String status) {
        return switch (status) {
            case "TEMP_NATIONAL_REPORT_DENOMINATOR" -> "mẫu số lấy từ báo cáo quốc gia (BCQG/GRIS) đang là số tạm";
            case "NO_NATIONAL_REPORT_DATA" -> "chưa có số liệu báo cáo quốc gia (BCQG/GRIS)";
            case "" -> "";
            default -> "Cổng ghi trạng thái " + status;
        };
    }

    /** {@link #describe} ended by one full stop, also where the portal's message already has one. */
    public static String sentence(QualityNote note) {
        String text = describe(note);
        return text.endsWith(".\u201d") || text.endsWith(".") ? text : text + ".";
    }

    /** "mẫu số … đang là số tạm; Cổng ghi: “…”", starting in lower case, without a final stop. */
    public static String describe(QualityNote note) {
        String meaning = meaning(note.status());
        String message = note.message().isEmpty() ? "" : "Cổng ghi: \u201c" + note.message() + "\u201d";
        if (meaning.isEmpty() || message.isEmpty()) {
            return meaning + message;
        }
        return meaning + "; " + message;
    }
}
