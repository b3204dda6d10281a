package dev.lamina.runtime.data;

/** Unsigned pixel bytes scaled to [0, 1] (divided by 255), as floats. */
final class PixelScaling {
    /** {@code SCALED[b] == b / 255f}: an unsigned pixel byte scaled to [0, 1]. */
    private static final float[] SCALED = new float[256];

    static {
        for (int b = 0; b < SCALED.length; b++) {
            SCALED[b] = b / 255f;
        }
    }

    private PixelScaling() {}

    /**
     * Pixels {@code [from, from + n)} of {@code src} scaled to [0, 1] into {@code dst} from {@code
     * at} on: by table, which holds exactly {@code b / 255f}, as the loop is start-up time and
     * runs before the JIT has warmed up.
     */
    static void toFloats(byte[] src, int from, float[] dst, int at, int n) {
        float[] scaled = SCALED;
        for (int i = 0; i < n; i++) {
            dst[at + i] = scaled[src[from + i] & 0xFF];
        }
    }
}
