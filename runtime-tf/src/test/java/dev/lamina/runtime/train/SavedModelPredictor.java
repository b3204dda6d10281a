package dev.lamina.runtime.train;

import java.util.Map;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

/**
 * Run in a separate JVM by the export test: loads a SavedModel with TensorFlow's own loader (no
 * Lamina code involved) and prints the serving signature's probabilities for 2 × 2 inputs.
 * Arguments: the export directory, then the input values.
 */
public final class SavedModelPredictor {
    public static void main(String[] args) {
        float[] input = new float[args.length - 1];
        for (int i = 1; i < args.length; i++) {
            input[i - 1] = Float.parseFloat(args[i]);
        }
        try (SavedModelBundle bundle = SavedModelBundle.load(args[0], "serve");
                TFloat32 x = TFloat32.tensorOf(Shape.of(input.length / 4, 2, 2), DataBuffers.of(input, true, false));
                Result result = bundle.function("serving_default").call(Map.of("x", x))) {
            TFloat32 probabilities = (TFloat32) result.get("probabilities").orElseThrow();
            float[] values = new float[(int) probabilities.shape().size()];
            probabilities.copyTo(DataBuffers.of(values, false, false));
            StringBuilder out = new StringBuilder();
            for (float v : values) {
                out.append(Float.toString(v)).append('\n');
            }
            System.out.print(out);
        }
    }
}
