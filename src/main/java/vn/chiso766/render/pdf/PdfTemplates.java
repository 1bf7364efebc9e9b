package vn.chiso766.render.pdf;

import freemarker.cache.ClassTemplateLoader;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The FreeMarker templates of the PDFs (classpath templates/pdf/*.ftlh, HTML auto-escaping on).
 * The output is XHTML for openhtmltopdf, normalised to NFC: there is no glyph shaping, so a
 * decomposed accent would be drawn beside its letter.
 */
final class PdfTemplates {
    static final String FOLDER = "templates/pdf/";
    /** The shared layout and macros every PDF template includes. */
    static final List<String> SHARED = List.of(FOLDER + "layout.ftlh", FOLDER + "scorecard.ftlh");

    private static final Configuration CONFIGURATION = configuration();

    private PdfTemplates() {
    }

    /** Classpath names of a template and the shared ones, for fingerprints. */
    static List<String> resources(String template) {
        return java.util.stream.Stream.concat(SHARED.stream(), java.util.stream.Stream.of(FOLDER + template))
                .distinct().toList();
    }

    static String render(String template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            CONFIGURATION.getTemplate(template).process(model, out);
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("template " + template + ": " + e.getMessage(), e);
        }
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
    }

    private static Configuration configuration() {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(new ClassTemplateLoader(PdfTemplates.class, "/" + FOLDER));
        configuration.setDefaultEncoding("UTF-8");
        configuration.setLocale(Locale.forLanguageTag("vi-VN"));
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        // View models are records: their accessors read as properties (card.name).
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        configuration.setObjectWrapper(wrapper.build());
        return configuration;
    }
}
