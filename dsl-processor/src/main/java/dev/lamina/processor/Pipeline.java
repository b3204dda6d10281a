package dev.lamina.processor;

import com.palantir.javapoet.JavaFile;
import dev.lamina.processor.check.CheckReport;
import dev.lamina.processor.check.CheckedModel;
import dev.lamina.processor.check.Checker;
import dev.lamina.processor.check.Diagnostic;
import dev.lamina.processor.generate.ModelWriter;
import dev.lamina.processor.read.ModelReader;
import dev.lamina.processor.read.UnreadableException;
import dev.lamina.processor.spec.ModelSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/** The three stages: read a model, then check it (print what it found, then gate) and generate it. */
final class Pipeline implements ModelStep {
    private final ModelReader reader;
    private final Checker checker;
    private final ModelWriter writer = new ModelWriter();
    private final Filer filer;
    private final Messager messager;

    Pipeline(ProcessingEnvironment env, Options options) {
        this.reader = new ModelReader(env.getElementUtils(), env.getTypeUtils());
        this.checker = new Checker(env.getTypeUtils(), env.getElementUtils(), options.warningsAsErrors());
        this.filer = env.getFiler();
        this.messager = env.getMessager();
    }

    @Override
    public ModelSpec read(TypeElement type) throws UnreadableException {
        ModelSpec spec = reader.read(type);
        checker.add(spec);
        return spec;
    }

    @Override
    public void checkAndGenerate(ModelSpec spec) {
        CheckReport report = checker.check(spec);
        for (Diagnostic diagnostic : report.diagnostics()) {
            messager.printMessage(diagnostic.kind(), diagnostic.message(), diagnostic.element(), diagnostic.mirror(),
                    diagnostic.value());
        }
        report.model().ifPresent(this::write);
    }

    private void write(CheckedModel model) {
        JavaFile file = writer.write(model);
        try {
            file.writeTo(filer);
        } catch (FilerException e) {
            // The Filer refuses a name that exists already in this compilation.
            String name = model.spec().name();
            String generated = (file.packageName().isEmpty() ? "" : file.packageName() + ".")
                    + ModelWriter.generatedName(model.spec());
            messager.printMessage(Kind.ERROR, ProcessorDiagnostic.GENERATED_NAME_TAKEN.message(
                    "Cannot generate " + generated + " for model '" + name + "': the name is taken. Received: "
                            + e.getMessage() + ". The generated class is named after the model's simple name, in"
                            + " its package, so two models (or a model and another class) collide. Rename the model"
                            + " or the other type."),
                    model.spec().type());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
