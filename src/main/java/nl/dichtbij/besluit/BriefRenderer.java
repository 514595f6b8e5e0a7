package nl.dichtbij.besluit;

import java.io.ByteArrayOutputStream;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.xhtmlrenderer.pdf.ITextRenderer;

/** Renders the decision letter: a Thymeleaf template in XML mode, laid out as PDF by Flying Saucer. */
@Component
class BriefRenderer {

    private final TemplateEngine templates;

    BriefRenderer(TemplateEngine templates) {
        this.templates = templates;
    }

    byte[] pdf(Map<String, Object> gegevens) {
        Context context = new Context(java.util.Locale.forLanguageTag("nl-NL"), gegevens);
        String xhtml = templates.process(new TemplateSpec("besluit/brief", TemplateMode.XML), context);
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        ITextRenderer renderer = new ITextRenderer();
        renderer.setDocumentFromString(xhtml);
        renderer.layout();
        renderer.createPDF(uit);
        return uit.toByteArray();
    }
}
