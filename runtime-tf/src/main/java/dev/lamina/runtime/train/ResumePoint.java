package dev.lamina.runtime.train;

import dev.lamina.runtime.io.FitProgress;
import java.util.Map;

/**
 * Where a fit stood at an epoch's end: the progress the manifest records, and the arrays of its
 * stateful callbacks (by callback key, then name), which the save keeps in a file of their own.
 */
record ResumePoint(FitProgress progress, Map<String, Map<String, float[]>> arrays) {}
