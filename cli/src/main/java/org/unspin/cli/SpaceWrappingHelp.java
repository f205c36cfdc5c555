// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * picocli's help, wrapped only at spaces. picocli wraps with a {@link java.text.BreakIterator} line instance, which
 * also breaks after a '.' or '/' before a letter: {@code ./unspin --help} printed the cache folder as "~/." with
 * "cache/unspin" on the next line, {@code serve --help} "example." and "org", {@code restore --help} ".pdf, .docx, ."
 * and "odt", and users copy paths and option values from help. The columns, their widths and indents are picocli's;
 * only where a line breaks differs: at the last space that fits, or inside a word only when the word alone is wider
 * than its column (as picocli does). Not thread-safe; picocli makes one per help message.
 */
final class SpaceWrappingHelp extends Help {

  /** The factory that {@link Cli#commandLine} sets on every command. */
  static final CommandLine.IHelpFactory FACTORY = SpaceWrappingHelp::new;

  SpaceWrappingHelp(CommandSpec spec, ColorScheme colorScheme) {
    super(spec, colorScheme);
  }

  @Override
  public Layout createDefaultLayout() {
    return spaced(super.createDefaultLayout());
  }

  @Override
  public Layout createDefaultLayout(List<OptionSpec> options, List<PositionalParamSpec> positionals,
      ColorScheme colorScheme) {
    return spaced(super.createDefaultLayout(options, positionals, colorScheme));
  }

  /** {@code layout} with a table of the same columns that wraps at spaces. */
  private static Layout spaced(Layout layout) {
    return new Layout(layout.colorScheme(), Table.like(layout.colorScheme(), layout.textTable()),
        layout.optionRenderer(), layout.parameterRenderer());
  }

  @Override
  public TextTable createTextTable(Map<?, ?> map) {
    // as picocli fills it (the exit codes): the keys in a column as wide as the longest, 3 spaces, the values
    if (map == null || map.isEmpty()) {
      return super.createTextTable(map);
    }
    int width = commandSpec().usageMessage().width();
    int keys = Math.min(width - 3 - 1, map.keySet().stream().mapToInt(k -> String.valueOf(k).length()).max()
        .orElse(0));
    Table table = new Table(colorScheme(), new Column(keys + 3, 2, Column.Overflow.SPAN),
        new Column(width - (keys + 3), 2, Column.Overflow.WRAP));
    table.setAdjustLineBreaksForWideCJKCharacters(adjustCjk());
    for (Map.Entry<?, ?> e : map.entrySet()) {
      table.addRowValues(format(String.valueOf(e.getKey())), format(String.valueOf(e.getValue())));
    }
    return table;
  }

  @Override
  public String commandList(Map<String, Help> subcommands) {
    // as picocli lists them: the names in a column as wide as the longest (up to half the width), then each one's
    // header, or else the first line of its description
    if (subcommands.isEmpty()) {
      return "";
    }
    int width = commandSpec().usageMessage().width();
    int names = Math.min(subcommands.keySet().stream().mapToInt(String::length).max().orElse(0), width / 2);
    Table table = new Table(colorScheme(), new Column(names + 2, 2, Column.Overflow.SPAN),
        new Column(width - (names + 2), 2, Column.Overflow.WRAP));
    table.setAdjustLineBreaksForWideCJKCharacters(adjustCjk());
    for (Help sub : subcommands.values()) {
      CommandLine.Model.UsageMessageSpec usage = sub.commandSpec().usageMessage();
      String first = usage.header().length > 0 ? usage.header()[0]
          : usage.description().length > 0 ? usage.description()[0] : "";
      Text[] lines = colorScheme().text(format(first)).splitLines();
      for (int i = 0; i < lines.length; i++) {
        table.addRowValues(i == 0 ? sub.commandNamesText(", ") : colorScheme().text(""), lines[i]);
      }
    }
    return table.toString();
  }

  @Override
  public String description(Object... params) {
    return joined(commandSpec().usageMessage().description(), params);
  }

  @Override
  public String header(Object... params) {
    return joined(commandSpec().usageMessage().header(), params);
  }

  @Override
  public String footer(Object... params) {
    return joined(commandSpec().usageMessage().footer(), params);
  }

  @Override
  public String customSynopsis(Object... params) {
    return joined(commandSpec().usageMessage().customSynopsis(), params);
  }

  @Override
  protected String insertSynopsisCommandName(int synopsisHeadingLength, Text details) {
    // as picocli writes it: one column of the help's width, wrapped lines indented under the first option (or by
    // the synopsis indent when that is too deep), after a padding of the heading's length that is cut off again
    CommandLine.Model.UsageMessageSpec usage = commandSpec().usageMessage();
    int width = usage.width();
    String name = commandSpec().qualifiedName();
    int indent = synopsisHeadingLength + name.length() + 1;
    if (indent > usage.synopsisAutoIndentThreshold() * width) {
      indent = usage.synopsisIndent() < 0 ? synopsisHeadingLength : usage.synopsisIndent();
      indent = Math.min(indent, (int) (0.9 * width));
    }
    Table table = new Table(colorScheme(), new Column(width, 0, Column.Overflow.WRAP));
    table.setAdjustLineBreaksForWideCJKCharacters(adjustCjk());
    table.indentWrappedLines = indent;
    Text padding = Ansi.OFF.new Text("X".repeat(synopsisHeadingLength), colorScheme());
    table.addRowValues(padding.concat(colorScheme().commandText(name)).concat(details));
    return table.toString().substring(synopsisHeadingLength);
  }

  /** The lines {@code values} (formatted with {@code params}) in one column of the help's width, as picocli joins. */
  private String joined(String[] values, Object... params) {
    if (values == null || values.length == 0) {
      return "";
    }
    Table table = new Table(colorScheme(), new Column(commandSpec().usageMessage().width(), 0,
        Column.Overflow.WRAP));
    table.setAdjustLineBreaksForWideCJKCharacters(adjustCjk());
    table.indentWrappedLines = 0;
    for (String v : values) {
      table.addRowValues(format(v, params));
    }
    return table.toString();
  }

  /** {@code line} formatted with {@code params} ("%n" a line break), or as it is where it is no format (picocli's). */
  private static String format(String line, Object... params) {
    if (line == null) {
      return "";
    }
    try {
      return String.format(line, params);
    } catch (java.util.IllegalFormatException e) {
      return line;
    }
  }

  private boolean adjustCjk() {
    return commandSpec().usageMessage().adjustLineBreaksForWideCJKCharacters();
  }

  /**
   * A picocli text table whose last column, when it wraps, breaks lines at spaces only. Each line is handed to
   * picocli whole, already short enough for its column, so that picocli's own writing (styles, indents, CJK widths)
   * is kept and its line breaker never has to break.
   */
  static final class Table extends TextTable {

    Table(ColorScheme colorScheme, Column... columns) {
      super(colorScheme, columns);
    }

    /** A table of {@code template}'s columns and settings, empty, that wraps at spaces. */
    static Table like(ColorScheme colorScheme, TextTable template) {
      Table t = new Table(colorScheme, template.columns());
      t.indentWrappedLines = template.indentWrappedLines;
      t.setAdjustLineBreaksForWideCJKCharacters(template.isAdjustLineBreaksForWideCJKCharacters());
      return t;
    }

    @Override
    public Cell putValue(int row, int col, Text value) {
      Column[] columns = columns();
      Column column = columns[col];
      // picocli breaks lines only in a last column that wraps; elsewhere it cuts, and that is left to it
      if (value == null || value.plainString().isEmpty() || column.overflow != Column.Overflow.WRAP
          || col != columns.length - 1) {
        return super.putValue(row, col, value);
      }
      String plain = value.plainString();
      int indent = column.indent;
      int from = 0;
      int r = row;
      while (true) {
        int end = lineEnd(value, plain, from, column.width - indent);
        Cell cell = putWhole(r, col, value.substring(from, end), indent);
        from = end;
        if (from >= plain.length()) {
          return cell;
        }
        addEmptyRow();
        r++;
        indent = column.indent + indentWrappedLines;
      }
    }

    /** Writes {@code line}, which fits, at {@code indent} (picocli writes a value's first line at its column's). */
    private Cell putWhole(int row, int col, Text line, int indent) {
      Column column = columns()[col]; // the table's own column: columns() copies the array, not the columns
      int kept = column.indent;
      column.indent = indent;
      try {
        return super.putValue(row, col, line);
      } finally {
        column.indent = kept;
      }
    }

    /**
     * Where the line of {@code plain} that starts at {@code from} ends, {@code room} wide: after the last word, with
     * the spaces after it, that fits (as picocli counts, a word's trailing spaces must fit too); inside the first
     * word only when that word alone is wider than {@code room}.
     */
    private int lineEnd(Text value, String plain, int from, int room) {
      int end = from;
      int i = from;
      while (i < plain.length()) {
        int e = i;
        while (e < plain.length() && plain.charAt(e) != ' ') {
          e++;
        }
        while (e < plain.length() && plain.charAt(e) == ' ') {
          e++;
        }
        if (width(value, from, e) > room) {
          break;
        }
        end = e;
        i = e;
      }
      if (end > from) {
        return end;
      }
      int cut = from + 1;
      while (cut < plain.length() && width(value, from, cut + 1) <= room) {
        cut++;
      }
      return cut;
    }

    /** The columns {@code value}'s characters from {@code from} to {@code to} take. */
    private int width(Text value, int from, int to) {
      return isAdjustLineBreaksForWideCJKCharacters() ? value.substring(from, to).getCJKAdjustedLength() : to - from;
    }
  }
}
