package dev.lamina.processor.spec;

import static com.google.common.truth.Truth.assertThat;

import dev.lamina.dsl.Repeat;
import org.junit.jupiter.api.Test;

/** The names of repetitions, and which counts declare layers. */
class RepeatSpecTest {

    @Test
    void aRepetitionIsNamedAfterItsMethodAndNumberedFromOne() {
        assertThat(RepeatSpec.layerName("hidden", 1)).isEqualTo("hidden1");
        assertThat(RepeatSpec.layerName("hidden", 100)).isEqualTo("hidden100");
    }

    @Test
    void aMethodNameEndingInADigitGetsAnUnderscoreBeforeTheNumber() {
        // Without it, block1 repeated and block repeated thirteen times would both name a layer block13.
        assertThat(RepeatSpec.layerName("block1", 3)).isEqualTo("block1_3");
        assertThat(RepeatSpec.layerName("block_", 3)).isEqualTo("block_3");
    }

    @Test
    void onlyACountFromOneToTheMaximumDeclaresLayers() {
        assertThat(new RepeatSpec(null, 0).declaresLayers()).isFalse();
        assertThat(new RepeatSpec(null, -1).declaresLayers()).isFalse();
        assertThat(new RepeatSpec(null, 1).declaresLayers()).isTrue();
        assertThat(new RepeatSpec(null, Repeat.MAX).declaresLayers()).isTrue();
        assertThat(new RepeatSpec(null, Repeat.MAX + 1).declaresLayers()).isFalse();
    }
}
