package nl.dichtbij.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** The PDFs are tagged PDF/UA with an embedded font, without the application: a document in, the PDF read back. */
class PdfTest {

    private static final String DOCUMENT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="nl">
            <head>
              <title>Besluit 12 — Gemeente Woerden</title>
              <meta name="subject" content="Het besluit van de gemeente over uw aanvraag."/>
              <style>body { font-family: 'DejaVu Sans'; font-size: 11pt; } th { text-align: left; }</style>
            </head>
            <body>
              <h1>Besluit over uw aanvraag: toegekend</h1>
              <p>Mevrouw A. Jansen<br/>Rijnstraat 1<br/>3441 BW Woerden</p>
              <h2>Ons besluit</h2>
              <table>
                <tr><th scope="row">Product</th><td>Hulp bij het huishouden</td></tr>
                <tr><th scope="row">Persoonsgebonden budget</th><td>€ 12.500,00</td></tr>
              </table>
              <h2>Bent u het niet eens met dit besluit?</h2>
              <ul><li>uw naam en adres;</li><li>waarom u het er niet mee eens bent.</li></ul>
              <p><strong>Een onafhankelijke cliëntondersteuner</strong> helpt u gratis; één café, geëerd.</p>
            </body>
            </html>
            """;

    @Test
    void aDocumentBecomesATaggedPdfUaWithItsLanguageTitleAndAnEmbeddedFont() {
        byte[] pdf = Pdf.van(DOCUMENT);

        String tekst = PdfUa.assertToegankelijk(pdf);
        assertThat(tekst).contains("€ 12.500,00").contains("3441 BW Woerden").contains("cliëntondersteuner").contains("één café, geëerd")
                .contains("Besluit over uw aanvraag: toegekend");
        assertThat(PdfUa.structuur(pdf)).as("headings, a table with header cells and a list, as tags")
                .contains("H1", "H2", "Table", "TR", "TH", "TD", "L", "LI");
    }

    @Test
    void theTitleIsTheDocumentsAndTheFontIsDejaVuSansAsASubset() throws Exception {
        byte[] pdf = Pdf.van(DOCUMENT);
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Besluit 12 — Gemeente Woerden");
            var bronnen = document.getPage(0).getResources();
            assertThat(bronnen.getFontNames()).extracting(naam -> bronnen.getFont(naam).getName())
                    .isNotEmpty().allMatch(naam -> naam.matches("[A-Z]{6}\\+DejaVuSans(-Bold)?"));
        }
        assertThat(pdf.length).as("a subset, not the whole font").isLessThan(200_000);
    }

    @Test
    void anUntaggedPdfWithABase14FontIsRefused() throws Exception {
        // what Flying Saucer made: no structure tree, no language, Helvetica not embedded
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage pagina = new PDPage();
            document.addPage(pagina);
            try (PDPageContentStream inhoud = new PDPageContentStream(document, pagina)) {
                inhoud.beginText();
                inhoud.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                inhoud.newLineAtOffset(72, 720);
                inhoud.showText("Besluit");
                inhoud.endText();
            }
            document.getDocumentInformation().setTitle("Besluit");
            document.save(uit);
        }
        assertThatThrownBy(() -> PdfUa.assertToegankelijk(uit.toByteArray())).isInstanceOf(AssertionError.class)
                .hasMessageContaining("structure tree");
    }

    @Test
    void aDocumentWithoutLanguageOrTitleIsRefused() {
        String zonderTaal = DOCUMENT.replace(" lang=\"nl\"", "");
        assertThatThrownBy(() -> PdfUa.assertToegankelijk(Pdf.van(zonderTaal))).isInstanceOf(AssertionError.class)
                .hasMessageContaining("language");
        String zonderTitel = DOCUMENT.replace("<title>Besluit 12 — Gemeente Woerden</title>", "");
        assertThatThrownBy(() -> PdfUa.assertToegankelijk(Pdf.van(zonderTitel))).isInstanceOf(AssertionError.class)
                .hasMessageContaining("title");
    }
}
