package dev.lamina.runtime.data;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A CSV file's header and rows as text, each row with its line number, parsed by Jackson's CSV
 * module (quoting, escapes, separators, blank lines): what {@link Csv} turns into numbers, with
 * errors that name the file, the line and the column.
 */
final class CsvTable {
    final Path file;
    final List<String> header;
    final List<String[]> rows = new ArrayList<>();
    /** The 1-based line on which each row starts. */
    final List<Integer> lines = new ArrayList<>();

    private CsvTable(Path file, List<String> header) {
        this.file = file;
        this.header = header;
    }

    static CsvTable read(Path file, char separator) {
        CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .enable(CsvParser.Feature.SKIP_EMPTY_LINES).enable(CsvParser.Feature.TRIM_SPACES).build();
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<String[]> it = mapper.readerFor(String[].class).with(schema).readValues(reader)) {
            if (!it.hasNext()) {
                throw new InvalidDataException(file, file + ": the file is empty; expected a header line with the"
                        + " column names.", null);
            }
            CsvTable table = new CsvTable(file, List.of(stripBom(it.next())));
            while (it.hasNext()) {
                int line = it.getCurrentLocation().getLineNr();
                String[] row = it.next();
                table.rows.add(row);
                table.lines.add(line);
            }
            return table;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidDataException invalid) {
                throw invalid;
            }
            throw new InvalidDataException(file, file + ": cannot read the CSV file: " + e.getMessage(), e);
        }
    }

    /** The header without the byte-order mark some editors write before it. */
    private static String[] stripBom(String[] header) {
        String[] names = Arrays.copyOf(header, header.length);
        if (names.length > 0 && names[0].startsWith("\uFEFF")) {
            names[0] = names[0].substring(1);
        }
        return names;
    }

    /** The position of column {@code name}; fails naming the columns there are. */
    int column(String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new InvalidDataException(file, file + ", line 1: no column '" + name + "'. The header has "
                    + header + ".", null);
        }
        return index;
    }

    /** The text of row {@code r}'s column {@code c}; fails naming the line when the row is too short. */
    String cell(int r, int c) {
        String[] row = rows.get(r);
        if (c >= row.length) {
            throw error(r, c, "missing value: the line has " + row.length + " values, the header " + header.size());
        }
        return row[c];
    }

    /** An error about row {@code r}'s column {@code c}: "data.csv, line 12, column 3 ('bmi'): …". */
    InvalidDataException error(int r, int c, String problem) {
        return new InvalidDataException(file, file + ", line " + lines.get(r) + ", column " + (c + 1) + " ('"
                + header.get(c) + "'): " + problem + ".", null);
    }
}
