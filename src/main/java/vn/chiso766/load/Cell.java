package vn.chiso766.load;

/** Where a cell stands, to make a problem about it. */
record Cell(String file, long line, int column, String header) {

    static Cell of(CsvTable table, CsvTable.Row row, String header) {
        return new Cell(table.file(), row.line(), table.column(header) + 1, header);
    }

    Problem problem(String message) {
        return new Problem(file, line, column, header, message);
    }
}
