package nl.dichtbij.platform;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lays out an XHTML document (a Thymeleaf template in XML mode) as an accessible PDF: tagged (PDF/UA-1) and archivable
 * (PDF/A-3u), with openhtmltopdf (docs/decisions/0023). A screen reader reads it in the order of the document, by its
 * headings, lists and tables.
 * <p>
 * What the document must bring: {@code lang="nl"} on {@code html} (the PDF's language), a {@code <title>} (its title,
 * shown instead of the file name), a {@code <meta name="subject">} (its description), real headings,
 * {@code <th scope>} in tables, alt text on images, and {@code font-family: 'DejaVu Sans'} ({@link #LETTERTYPE}): the
 * only font there is, embedded (as a subset) in every PDF, as PDF/UA requires; it has every Dutch letter and the euro
 * sign. No resource is fetched from outside: an image would have to be let in here first.
 */
public final class Pdf {

    /** The font family the templates name in their CSS: DejaVu Sans, regular and bold, bundled in {@code fonts/}. */
    public static final String LETTERTYPE = "DejaVu Sans";

    private static final byte[] GEWOON = lees("/fonts/DejaVuSans.ttf");
    private static final byte[] VET = lees("/fonts/DejaVuSans-Bold.ttf");
    /** PDF/A wants the colours' meaning in the file: the sRGB profile that comes with Java. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        XRLog.setLoggerImpl(new Logboek());
    }

    private Pdf() {
    }

    /** The PDF of the document; throws if it cannot be laid out (a template error, not the user's). */
    public static byte[] van(String xhtml) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfAConformance.PDFA_3_U)
                .useColorProfile(SRGB)
                .useFont(() -> new ByteArrayInputStream(GEWOON), LETTERTYPE, 400, FontStyle.NORMAL, true)
                .useFont(() -> new ByteArrayInputStream(VET), LETTERTYPE, 700, FontStyle.NORMAL, true)
                .useExternalResourceAccessControl((uri, soort) -> false,
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, soort) -> false,
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withProducer("Dichtbij")
                .withHtmlContent(xhtml, null)
                .toStream(uit);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    /**
     * openhtmltopdf's messages go to our log under its own names ({@code com.openhtmltopdf.general}, ...), not to the
     * console: a warning (e.g. "will not be PDF/UA compliant") as a warning, its progress notes ("Prepare to fly") at
     * debug level.
     */
    private static final class Logboek implements XRLogger {

        @Override
        public void log(String waar, Level niveau, String melding) {
            log(waar, niveau, melding, null);
        }

        @Override
        public void log(String waar, Level niveau, String melding, Throwable fout) {
            Logger logger = LoggerFactory.getLogger(waar);
            if (niveau.intValue() >= Level.SEVERE.intValue()) {
                logger.error(melding, fout);
            } else if (niveau.intValue() >= Level.WARNING.intValue()) {
                logger.warn(melding, fout);
            } else if (niveau.intValue() >= Level.INFO.intValue()) {
                logger.debug(melding, fout);
            } else {
                logger.trace(melding, fout);
            }
        }

        @Override
        public void setLevel(String waar, Level niveau) {
            // the levels are the application's logging settings
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic melding) {
            Logger logger = LoggerFactory.getLogger(melding.getLogMessageId().getWhere());
            int niveau = melding.getLevel().intValue();
            return niveau >= Level.WARNING.intValue() ? logger.isWarnEnabled()
                    : niveau >= Level.INFO.intValue() ? logger.isDebugEnabled() : logger.isTraceEnabled();
        }
    }

    private static byte[] lees(String pad) {
        try (InputStream in = Pdf.class.getResourceAsStream(pad)) {
            if (in == null) {
                throw new IllegalStateException("Lettertype ontbreekt: " + pad);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
