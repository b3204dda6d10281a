package dev.lamina.processor;

import com.google.auto.service.AutoService;
import dev.lamina.dsl.Model;
import dev.lamina.processor.read.UnreadableException;
import dev.lamina.processor.spec.ModelSpec;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic.Kind;

/**
 * Generates {@code <Name>Model} for every {@code @Model} type, after checking it. A round's models
 * are all read first, then checked and generated one at a time, and a model's failure stays with
 * it: its errors are reported, and the other models of the compilation are still generated. The
 * processor never claims {@code @Model}, so other processors may read it too.
 *
 * <p>Registered through {@code META-INF/services}, so it runs both from the class path and from
 * {@code annotationProcessorPaths}.
 */
@AutoService(Processor.class)
public final class LaminaProcessor extends AbstractProcessor {
    private final Function<ProcessingEnvironment, ModelStep> steps;
    private ModelStep step;
    /** Models that did not compile yet, by qualified name (elements do not outlive a round), with why. */
    private final Map<String, String> deferred = new LinkedHashMap<>();

    public LaminaProcessor() {
        this(env -> new Pipeline(env, Options.from(env.getOptions(), env.getMessager())));
    }

    /** For tests: {@code steps} makes the per-model work from the processing environment. */
    LaminaProcessor(Function<ProcessingEnvironment, ModelStep> steps) {
        this.steps = steps;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(Model.class.getCanonicalName());
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Options.names();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (round.processingOver()) {
            reportStillUnreadable();
            return false;
        }
        List<TypeElement> models = new ArrayList<>();
        for (String name : deferred.keySet()) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type != null) {
                models.add(type);
            }
        }
        deferred.clear();
        models.addAll(ElementFilter.typesIn(round.getElementsAnnotatedWith(Model.class)));
        // Every model of the round is read before any is checked: rules that compare models then
        // judge each against all the others, whatever order javac hands them over in.
        List<ModelSpec> read = new ArrayList<>();
        for (TypeElement model : models) {
            guarded(model, () -> read.add(step().read(model)));
        }
        for (ModelSpec model : read) {
            guarded(model.type(), () -> step().checkAndGenerate(model));
        }
        return false;
    }

    private ModelStep step() {
        if (step == null) {
            step = steps.apply(processingEnv);
        }
        return step;
    }

    /** Work on one model, which may find the model unreadable. */
    @FunctionalInterface
    private interface Work {
        void run() throws UnreadableException;
    }

    /** Runs {@code work} so that its failure stays with {@code model}: deferred, or reported on it. */
    private void guarded(TypeElement model, Work work) {
        try {
            work.run();
        } catch (UnreadableException e) {
            deferred.put(model.getQualifiedName().toString(), e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            // A bug of ours, reported on the model so the build fails with something to act on.
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            processingEnv.getMessager().printMessage(Kind.ERROR, ProcessorDiagnostic.INTERNAL.message(
                    "Lamina processor " + ProcessorVersion.get() + " failed on " + model.getQualifiedName() + ": " + e
                            + "; please report this to the Lamina maintainers, with the model and this stack trace.\n"
                            + trace),
                    model);
        }
    }

    private void reportStillUnreadable() {
        deferred.forEach((name, what) -> {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            String simpleName = type == null ? name : type.getSimpleName().toString();
            String text = "Model '" + simpleName + "' was not generated: " + what + " does not compile."
                    + " Lamina reads a model only once all of it compiles."
                    + " Fix the compiler error reported there, and " + simpleName + "Model will be generated.";
            // Without the element (it vanished between rounds) javac prints the message without a position.
            processingEnv.getMessager().printMessage(Kind.ERROR, ProcessorDiagnostic.UNREADABLE.message(text), type);
        });
        deferred.clear();
    }
}
