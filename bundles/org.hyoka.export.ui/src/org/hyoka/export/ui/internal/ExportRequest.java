package org.hyoka.export.ui.internal;

import java.nio.file.Path;

import org.hyoka.export.ExportOptions;
import org.hyoka.export.ExporterDescriptor;
import org.hyoka.model.EvaluationReport;

/**
 * What the wizard page collected: which evaluation, in which format with which options, into which file, and whether
 * to open the file once written.
 *
 * @param shown
 *            a copy of what an editor of the source shows with unsaved changes, exported instead of the saved file;
 *            null when no editor has unsaved changes to it
 */
record ExportRequest(Path source, EvaluationReport shown, ExporterDescriptor format, ExportOptions options, Path destination, boolean open) {
}
