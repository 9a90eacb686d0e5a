package nl.weerbaar.spring.monitor.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import nl.weerbaar.spring.monitor.MonitorReports;
import nl.weerbaar.spring.monitor.Noodhandboek;
import nl.weerbaar.spring.monitor.Raadsrapportage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/**
 * The raadsrapportage and the noodhandboek as A4 PDF: the templates of their printable pages rendered by
 * openhtmltopdf, tagged for PDF/UA (headings, tables and reading order for screen readers), with DejaVu Sans embedded
 * so every character prints the same everywhere.
 */
public final class PdfReports implements MonitorReports {

    private static final String FONTS = "weerbaar/monitor/fonts/";

    private final MonitorTemplates templates;
    private final ZoneId zone;

    public PdfReports(MonitorTemplates templates, ZoneId zone) {
        this.templates = templates;
        this.zone = zone;
    }

    @Override
    public byte[] raadsrapportagePdf(Raadsrapportage report, Locale locale) {
        return pdf(raadsrapportageHtml(report, locale, false, null));
    }

    @Override
    public byte[] noodhandboekPdf(Noodhandboek handbook, Locale locale) {
        return pdf(noodhandboekHtml(handbook, locale, false, null));
    }

    /** The raadsrapportage as XHTML: for the PDF, or ({@code web}) as the printable page under {@code base}. */
    public String raadsrapportageHtml(Raadsrapportage report, Locale locale, boolean web, String base) {
        return templates.render("raadsrapportage", Map.of("r", report, "d", report.dashboard(), "f",
                formats(locale), "web", web, "base", base == null ? "" : base), locale);
    }

    public String noodhandboekHtml(Noodhandboek handbook, Locale locale, boolean web, String base) {
        return templates.render("noodhandboek", Map.of("n", handbook, "f", formats(locale), "web",
                web, "base", base == null ? "" : base), locale);
    }

    /** The printed reports link to nothing in Tasklist, so their formats know no Tasklist address. */
    private Formats formats(Locale locale) {
        return new Formats(locale, zone, "");
    }

    private static byte[] pdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> font("DejaVuSans.ttf"), "DejaVu Sans", 400,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the PDF", e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String name) {
        InputStream in = PdfReports.class.getClassLoader().getResourceAsStream(FONTS + name);
        if (in == null) {
            throw new IllegalStateException(FONTS + name + " is missing from the class path");
        }
        return in;
    }
}
