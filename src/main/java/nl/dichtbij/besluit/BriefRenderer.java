package nl.dichtbij.besluit;

import java.util.Map;

import nl.dichtbij.gemeente.Contactgegevens;
import nl.dichtbij.gemeente.Gemeente;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.platform.Pdf;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/** Renders the decision letter: a Thymeleaf template in XML mode, laid out as a tagged PDF ({@link Pdf}). */
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
        return Pdf.van(templates.process(new TemplateSpec("besluit/brief", TemplateMode.XML), context));
    }
}
