package org.hyoka.export.ui.internal;

import java.nio.file.Path;

import org.hyoka.export.ExportOptions;
import org.hyoka.export.ExporterDescriptor;

/** What the wizard page collected: which evaluation, in which format with which options, into which file. */
record ExportRequest(Path source, ExporterDescriptor format, ExportOptions options, Path destination) {
}
