package vn.chiso766.render.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** The Nu Html Checker (the engine behind validator.w3.org/nu) as a test helper. */
final class HtmlChecker {
    private final List<String> errors = new ArrayList<>();
    private final SimpleDocumentValidator validator = new SimpleDocumentValidator();

    HtmlChecker() throws Exception {
        // The checker sets log4j's root logger to DEBUG, which floods the test output (FreeMarker logs there too).
        org.apache.log4j.Logger.getRootLogger().setLevel(org.apache.log4j.Level.WARN);
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collect);
        validator.setUpValidatorAndParsers(collect, true, false);
    }

    /** The checker's errors for one page; empty when valid. */
    List<String> errors(Path page) throws IOException, SAXException {
        errors.clear();
        try (InputStream in = Files.newInputStream(page)) {
            InputSource source = new InputSource(in);
            source.setEncoding("UTF-8");
            source.setSystemId(page.toUri().toString());
            validator.checkHtmlInputSource(source);
        }
        return List.copyOf(errors);
    }
}
