/**
 * The monitor's pages under {@code weerbaar.monitor.path} (NL Design System, Dutch and English, keyboard and screen
 * reader friendly), its printable reports and their PDFs, and how a Tasklist login reaches them.
 */
package nl.weerbaar.spring.monitor.web;
