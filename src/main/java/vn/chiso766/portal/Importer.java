package vn.chiso766.portal;

/**
 * Portal answers → the data folder: units.csv, scores/YYYY-MM.csv, national/YYYY-MM.csv,
 * sources/YYYY-MM.properties. All or nothing: a failed import leaves the folder as it was.
 */
public final class Importer {
    private Importer() {
    }

    public static ImportReport run(ImportRequest request) throws ImportException {
        throw new UnsupportedOperationException("being written");
    }
}
