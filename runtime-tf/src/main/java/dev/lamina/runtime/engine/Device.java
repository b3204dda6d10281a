package dev.lamina.runtime.engine;

/** Where TensorFlow places a model's ops (see {@link EngineOptions#device()}). */
public enum Device {
    /** TensorFlow's choice: a GPU when the native library is the GPU build and one is visible, else the CPU. */
    AUTO,
    /** The CPU only, even where a GPU is visible. */
    CPU,
    /**
     * A GPU, required: building a model fails, naming what is missing, when TensorFlow sees none.
     * Ops without a GPU kernel still run on the CPU, as TensorFlow places them.
     */
    GPU
}
