package vn.chiso766.model;

/**
 * The portal's own note on a figure it publishes (dataQualityStatus, dataQualityMessage).
 *
 * @param status  the portal's status code, e.g. TEMP_NATIONAL_REPORT_DENOMINATOR; may be empty
 * @param message the portal's Vietnamese message; may be empty
 */
public record QualityNote(String status, String message) {
    public QualityNote {
        status = status == null ? "" : status;
        message = message == null ? "" : message;
    }
}
