package nl.dichtbij.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What a PDF of ours must have for a screen reader and for PDF/UA-1 (ISO 14289-1), read back with PDFBox: a structure
 * tree (tagged), marked as such, a language, a title that the viewer shows, only embedded fonts, and the PDF/UA
 * identification in its XMP metadata. Not a full validator (that is veraPDF's job), but it refuses the untagged
 * PDFs with non-embedded base-14 fonts that Flying Saucer made before (see PdfTest).
 */
public final class PdfUa {

    private PdfUa() {
    }

    /** Asserts that the PDF is tagged and identifies itself as PDF/UA-1; returns its text, whitespace collapsed. */
    public static String assertToegankelijk(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalogus = document.getDocumentCatalog();
            assertThat(catalogus.getStructureTreeRoot()).as("a structure tree (tagged PDF)").isNotNull();
            assertThat(catalogus.getStructureTreeRoot().getKids()).as("the structure tree has content").isNotEmpty();
            assertThat(catalogus.getMarkInfo()).as("MarkInfo").isNotNull();
            assertThat(catalogus.getMarkInfo().isMarked()).as("MarkInfo /Marked true").isTrue();
            assertThat(catalogus.getLanguage()).as("the document's language").isNotNull().matches("(?i)nl(-NL)?");
            assertThat(document.getDocumentInformation().getTitle()).as("the document's title").isNotBlank();
            assertThat(catalogus.getViewerPreferences()).as("ViewerPreferences").isNotNull();
            assertThat(catalogus.getViewerPreferences().displayDocTitle()).as("ViewerPreferences /DisplayDocTitle true").isTrue();
            assertThat(fonts(document)).as("the fonts used").isNotEmpty()
                    .allSatisfy(font -> assertThat(font.isEmbedded()).as("font %s is embedded", font.getName()).isTrue());
            assertThat(catalogus.getMetadata()).as("XMP metadata").isNotNull();
            String xmp;
            try (InputStream in = catalogus.getMetadata().exportXMPMetadata()) {
                xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(xmp).as("XMP identifies PDF/UA-1").containsPattern("pdfuaid:part(>\\s*1\\s*<|=\"1\")");
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The standard structure types in the tree (H1, Table, TH, L, LI, ...): what a screen reader navigates by. */
    public static Set<String> structuur(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<String> soorten = new TreeSet<>();
            if (document.getDocumentCatalog().getStructureTreeRoot() != null) {
                verzamel(document.getDocumentCatalog().getStructureTreeRoot(), soorten);
            }
            return soorten;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void verzamel(PDStructureNode knoop, Set<String> soorten) {
        for (Object kind : knoop.getKids()) {
            if (kind instanceof PDStructureElement element) {
                soorten.add(element.getStructureType());
                verzamel(element, soorten);
            }
        }
    }

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage pagina : document.getPages()) {
            fonts(pagina.getResources(), fonts, 0);
        }
        return fonts;
    }

    private static void fonts(PDResources bronnen, List<PDFont> fonts, int diepte) throws IOException {
        if (bronnen == null || diepte > 10) {
            return;
        }
        for (COSName naam : bronnen.getFontNames()) {
            fonts.add(bronnen.getFont(naam));
        }
        for (COSName naam : bronnen.getXObjectNames()) {
            PDXObject object = bronnen.getXObject(naam);
            if (object instanceof PDFormXObject formulier) {
                fonts(formulier.getResources(), fonts, diepte + 1);
            }
        }
    }
}
