package io.ami4j.internal.cleanup;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with a header row, columns as wide as their widest cell (capped, with an
 * ellipsis), for printing plans and reports on a terminal.
 */
public final class TextTable {
  private static final int MAX_WIDTH = 60;
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  /**
   * A table with these column names.
   *
   * @param header the column names
   */
  public TextTable(String... header) {
    this.header = List.of(header);
  }

  /**
   * Adds a row; {@code null} cells print as {@code -}.
   *
   * @param cells one per column
   * @return this table
   */
  public TextTable row(String... cells) {
    List<String> r = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String c = i < cells.length && cells[i] != null ? cells[i] : "-";
      r.add(c.length() > MAX_WIDTH ? c.substring(0, MAX_WIDTH - 1) + "…" : c);
    }
    rows.add(r);
    return this;
  }

  @Override
  public String toString() {
    int[] width = new int[header.size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = header.get(i).length();
      for (List<String> r : rows) {
        width[i] = Math.max(width[i], r.get(i).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, header, width);
    for (List<String> r : rows) {
      line(sb, r, width);
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, List<String> cells, int[] width) {
    StringBuilder l = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        l.append("  ");
      }
      l.append(cells.get(i));
      if (i < cells.size() - 1) {
        l.append(" ".repeat(width[i] - cells.get(i).length()));
      }
    }
    sb.append(l.toString().stripTrailing()).append('\n');
  }
}
