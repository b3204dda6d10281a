package dev.lamina.samples;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean …?" for a misspelt name: the known name fewest single-character edits away. */
final class Spelling {
    private Spelling() {}

    /**
     * The name closest to {@code input} by {@link #distance}, if it is close enough to be a typo:
     * at most a third of the input's length, and at least one edit, away (two for a short name).
     * On a tie, the first in {@code names}.
     */
    static Optional<String> closest(String input, Collection<String> names) {
        int allowed = Math.max(2, input.length() / 3);
        return names.stream()
                .filter(name -> distance(input, name) <= allowed)
                .min(Comparator.comparingInt(name -> distance(input, name)));
    }

    /**
     * The Levenshtein distance: the fewest insertions, deletions and substitutions of one
     * character that turn {@code a} into {@code b}. Two rows of the dynamic programme:
     * {@code d[i][j] = min(d[i−1][j] + 1, d[i][j−1] + 1, d[i−1][j−1] + [a_i ≠ b_j])}.
     */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
