package nl.dichtbij.besluit;

import java.io.ByteArrayOutputStream;
import java.util.Map;

import nl.dichtbij.gemeente.Contactgegevens;
import nl.dichtbij.gemeente.Gemeente;
import nl.dichtbij.gemeente.Gemeenten;

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
    private final Gemeenten gemeenten;
    private final Contactgegevens contactgegevens;

    BriefRenderer(TemplateEngine templates, Gemeenten gemeenten, Contactgegevens contactgegevens) {
        this.templates = templates;
        this.gemeenten = gemeenten;
        this.contactgegevens = contactgegevens;
    }

    /** The letter of a municipality: its name as sender, and where to send an objection and whom to call (if known). */
    byte[] pdf(String gemeenteCode, Map<String, Object> gegevens) {
        Context context = new Context(java.util.Locale.forLanguageTag("nl-NL"), gegevens);
        context.setVariable("gemeente", gemeenten.vind(gemeenteCode).map(Gemeente::naam).orElse(gemeenteCode));
        context.setVariable("contact", contactgegevens.van(gemeenteCode).orElse(null));
        String xhtml = templates.process(new TemplateSpec("besluit/brief", TemplateMode.XML), context);
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        ITextRenderer renderer = new ITextRenderer();
        renderer.setDocumentFromString(xhtml);
        renderer.layout();
        renderer.createPDF(uit);
        return uit.toByteArray();
    }
}
