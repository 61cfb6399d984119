/**
 * The fast writing of a laid-out page's content: operators written whole and pages compressed on a thread of their
 * own. For the PDF report's page writer (org.hyoka.export.pdf) only.
 */
package org.hyoka.pdf.internal;
