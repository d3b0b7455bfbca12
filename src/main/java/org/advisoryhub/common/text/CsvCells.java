package org.advisoryhub.common.text;

/** Cells of the CSV files the hub writes (flat feeds, public downloads). */
public final class CsvCells {

    private CsvCells() {}

    /**
     * RFC 4180 quoting. A value that starts like a spreadsheet formula is quoted too, so that importers read it as
     * text; the value itself is never changed ({@code @scope/package} stays an npm package name).
     */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        boolean formulaLike = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
        return formulaLike || value.matches("(?s).*[\",\\n\\r].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /** One CSV record of these values, with its line end. */
    public static String row(String... values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            line.append(i == 0 ? "" : ",").append(cell(values[i]));
        }
        return line.append('\n').toString();
    }
}
