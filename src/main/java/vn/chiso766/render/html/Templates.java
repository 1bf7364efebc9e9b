package vn.chiso766.render.html;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import vn.chiso766.model.Release;

/**
 * The FreeMarker set-up of the site: templates from the classpath folder templates/, HTML
 * auto-escaping for .ftlh, Vietnamese locale, errors thrown rather than printed into a page.
 * Record components read as properties (page.frame.title).
 */
public final class Templates {
    private static final Configuration CONFIGURATION = configuration();

    private Templates() {
    }

    /** Renders a template to UTF-8 bytes; the stream stays open for its owner to close. */
    public static void render(String template, Map<String, Object> model, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            CONFIGURATION.getTemplate(template).process(model, writer);
        } catch (TemplateException e) {
            throw new IOException("template " + template + ": " + e.getMessage(), e);
        }
        writer.flush();
    }

    private static Configuration configuration() {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setTemplateLoader(new ClassTemplateLoader(Templates.class, "/templates"));
        c.setRecognizeStandardFileExtensions(true);
        c.setOutputFormat(HTMLOutputFormat.INSTANCE);
        c.setDefaultEncoding("UTF-8");
        c.setLocale(Locale.forLanguageTag("vi-VN"));
        c.setNumberFormat("computer");
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        c.setObjectWrapper(wrapper.build());
        // The footer names the version that made the page; a new version re-renders every page anyway
        // (BuildIdentity), so the pages' fingerprints need not carry it.
        try {
            c.setSharedVariable("producer", Release.CURRENT.name());
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
        return c;
    }
}
