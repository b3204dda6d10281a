package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Freezes layers from the moment the model is created: their variables are left out of the
 * gradient computation and the optimizer's updates, and a frozen {@link BatchNorm} normalizes
 * with its moving statistics, as a layer frozen with {@code layer.freeze()} at run time.
 * {@code model.unfreezeAll()} (or {@code unfreeze()} on a layer) makes them trainable again from
 * the next {@code fit} on: the chapter's transfer-learning recipe, training the new head first and
 * fine-tuning everything afterwards.
 *
 * <ul>
 *   <li>On a layer method: that layer, in every model that has it. The layer must have weights
 *       ({@link Dense}, {@link BatchNorm}, {@link PReLU}); freezing a {@link Flatten},
 *       {@link Dropout} or activation layer would do nothing, and is a compile error.
 *   <li>On a {@link Model} type: its reused layers, those it inherits from a super-interface that
 *       is not a model itself (the layers a transfer-learning model shares with the model it
 *       reuses). A model without reused layers is a compile error.
 * </ul>
 *
 * <pre>{@code
 * @Model(input = {28, 28}, loss = BINARY_CROSSENTROPY, metrics = ACCURACY)
 * @Frozen                                           // FashionBody's layers start frozen
 * interface ModelBOnA extends FashionBody { @Dense(units = 1, act = SIGMOID) Layer output(); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Frozen {}
