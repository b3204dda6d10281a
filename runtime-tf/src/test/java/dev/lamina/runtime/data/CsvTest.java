package dev.lamina.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV reader against hand-made files in {@code src/test/resources/csv}, one per case. */
class CsvTest {
    static Path file(String name) {
        try {
            return Path.of(CsvTest.class.getResource("/csv/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static float[] row(Dataset d, int i) {
        float[] row = new float[d.exampleSize()];
        d.copyExample(i, row, 0);
        return row;
    }

    @Test
    void readsARegressionWithEveryOtherColumnAsFeatures() {
        Dataset d = Csv.read(file("regression.csv")).target("progression").load();

        assertEquals(3, d.size());
        assertArrayEquals(new long[] {2}, d.exampleShape());
        assertArrayEquals(new float[] {40, 25.5f}, row(d, 2), "spaces trimmed, quotes removed");
        assertEquals(141f, d.targets().value(2, 0));
        assertEquals(Targets.Kind.REAL, d.targets().kind());
    }

    @Test
    void readsTheNamedFeaturesInTheGivenOrder() {
        Dataset d = Csv.read(file("regression.csv")).features("bmi", "age").target("progression").load();

        assertArrayEquals(new float[] {22.5f, 50}, row(d, 0));
    }

    @Test
    void mapsTextLabelsToSortedClassIndicesAndKeepsTheNames() {
        Dataset d = Csv.read(file("classes.csv")).classTarget("species").load();

        assertEquals(List.of("setosa", "versicolor", "virginica"), d.classNames());
        assertEquals(0, d.label(0));
        assertEquals(2, d.label(1));
        assertEquals(1, d.label(3));
        assertEquals(3, d.numClasses());
    }

    @Test
    void sortsIntegerLabelsNumerically() {
        Dataset d = Csv.read(file("integer_classes.csv")).classTarget("label").load();

        assertEquals(List.of("-1", "2", "10"), d.classNames());
        assertEquals(2, d.label(0));
    }

    @Test
    void readsSeveralTargetColumns() {
        Dataset d = Csv.read(file("two_targets.csv")).targets("y1", "y2").load();

        assertEquals(2, d.targets().width());
        assertEquals(200f, d.targets().value(1, 1));
        assertArrayEquals(new long[] {1}, d.exampleShape());
    }

    @Test
    void readsAnotherSeparator() {
        Dataset d = Csv.read(file("semicolons.csv")).separator(';').target("progression").load();

        assertArrayEquals(new float[] {50, 22.5f}, row(d, 0));
    }

    @Test
    void aMissingValueIsNamedByFileLineAndColumn() {
        assertMessage("missing_value.csv", Csv.read(file("missing_value.csv")).target("progression"),
                ", line 3, column 2 ('bmi'): missing value. Fill it in (e.g. with the column's mean) or remove the line.");
    }

    @Test
    void aNonNumericValueIsNamedByFileLineAndColumn() {
        assertMessage("not_a_number.csv", Csv.read(file("not_a_number.csv")).target("progression"),
                ", line 4, column 2 ('bmi'): expected a number. Received: 'abc'.");
    }

    @Test
    void aNanIsRejectedWhereItIsWritten() {
        assertMessage("nan_value.csv", Csv.read(file("nan_value.csv")).target("progression"),
                ", line 2, column 2 ('bmi'): expected a finite number. Received: 'NaN'.");
    }

    @Test
    void aShortLineIsAMissingValue() {
        assertMessage("short_line.csv", Csv.read(file("short_line.csv")).target("progression"),
                ", line 3, column 3 ('progression'): missing value: the line has 2 values, the header 3.");
    }

    @Test
    void anUnknownColumnListsTheHeader() {
        assertMessage("regression.csv", Csv.read(file("regression.csv")).target("price"),
                ", line 1: no column 'price'. The header has [age, bmi, progression].");
    }

    @Test
    void binaryLabelsMustBeZeroOrOne() {
        assertMessage("binary_not_01.csv", Csv.read(file("binary_not_01.csv")).binaryTarget("label"),
                ", line 4, column 2 ('label'): expected a binary label, 0 or 1. Received: '2'.");
    }

    @Test
    void anEmptyFileAsksForAHeader() {
        assertMessage("empty.csv", Csv.read(file("empty.csv")).target("y"), ": the file is empty");
    }

    @Test
    void aTargetMustBeChosen() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Csv.read(file("regression.csv")).load());
        assertTrue(e.getMessage().startsWith("Csv: choose the target column first"), e.getMessage());
    }

    private static void assertMessage(String name, Csv csv, String expected) {
        InvalidDataException e = assertThrows(InvalidDataException.class, csv::load);
        assertEquals(file(name), e.file());
        assertTrue(e.getMessage().startsWith(file(name).toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
