package vn.chiso766.render.view;

/**
 * A target of a unit, in words.
 *
 * @param name   what is measured: the indicator's or group's name, "Tổng điểm", "Thứ hạng của tỉnh…"
 * @param target "tối thiểu 95,5%", "tối thiểu 80 điểm", "thứ 10 trở lên"
 * @param value  the unit's figure: "94,90%", "78,25 điểm", "thứ 4"; "chưa có dữ liệu"
 * @param status "Đạt", "Chưa đạt" or "Chưa có số liệu"
 * @param action what it takes ("cần thêm 12 hồ sơ xử lý trước hạn, đúng hạn", "còn thiếu 1,25 điểm"),
 *               or why there is no figure; "" where met
 * @param source the document that set the target; "" where not given
 * @param state  "met", "missed" or "none", for styles
 */
public record TargetLine(String name, String code, String target, String value, String status, String action,
                         String source, String state) {
}
