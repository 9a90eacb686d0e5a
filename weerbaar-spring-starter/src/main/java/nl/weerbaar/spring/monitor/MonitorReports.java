package nl.weerbaar.spring.monitor;

import java.util.Locale;

/**
 * The monitor's documents: the raadsrapportage and the noodhandboek as A4 PDF, the same content as their printable
 * pages.
 */
public interface MonitorReports {

    byte[] raadsrapportagePdf(Raadsrapportage report, Locale locale);

    byte[] noodhandboekPdf(Noodhandboek handbook, Locale locale);
}
