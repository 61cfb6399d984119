package org.hyoka.benchmarks;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.resource.Resource;
import org.hyoka.export.ExportOptions;
import org.hyoka.export.Exporter;
import org.hyoka.export.Exports;
import org.hyoka.export.csv.CsvExporter;
import org.hyoka.export.docx.DocxExporter;
import org.hyoka.export.html.HtmlExporter;
import org.hyoka.export.pdf.PdfExporter;
import org.hyoka.export.xlsx.XlsxExporter;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.persistence.HyokaResource;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * One export of a file as {@code hyoka export} does it (load, then write through a temporary file beside the
 * target), in a JVM of its own so that its heap limit is the one under test: {@code FORMAT FILE OUT}. Prints the
 * export's milliseconds, the most heap in use after a collection during the export and the heap the loaded model
 * takes, in MiB; exits 3 when the heap ran out. Unlike {@code hyoka}, it reads files beyond the 64 MB an evaluation
 * may hold: the 5,000-project portfolio has 76 MB.
 */
public final class ExportRun {

	/** The formats of the five exporters the product installs. */
	static final String[] FORMATS = { "html", "csv", "xlsx", "docx", "pdf" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	/** Exit status when the heap ran out. */
	static final int OUT_OF_MEMORY = 3;

	private static final AtomicLong MOST_AFTER_COLLECTION = new AtomicLong();

	private ExportRun() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 3) {
			System.err.println("usage: ExportRun html|csv|xlsx|docx|pdf FILE OUT"); //$NON-NLS-1$
			System.exit(2);
		}
		ProductContributions.install();
		EvaluationReport report = load(Path.of(args[1]));
		System.gc();
		long model = used();
		watchCollections();
		long start = System.nanoTime();
		try {
			Exports.toFile(exporter(args[0]), report, ExportOptions.DEFAULTS, Path.of(args[2]), new NullProgressMonitor());
		} catch (OutOfMemoryError e) {
			System.exit(OUT_OF_MEMORY);
		}
		double millis = (System.nanoTime() - start) / 1e6;
		System.out.printf(Locale.ROOT, "%.0f %d %d%n", millis, Math.max(MOST_AFTER_COLLECTION.get(), model) >> 20, model >> 20); //$NON-NLS-1$
	}

	private static EvaluationReport load(Path file) throws IOException {
		Resource resource = HyokaFiles.newResourceSet().createResource(HyokaFiles.uri(file));
		resource.load(Map.of(HyokaResource.OPTION_MAX_BYTES, Long.MAX_VALUE));
		return (EvaluationReport) resource.getContents().get(0);
	}

	static Exporter exporter(String format) {
		return switch (format) {
		case "html" -> new HtmlExporter(); //$NON-NLS-1$
		case "csv" -> new CsvExporter(); //$NON-NLS-1$
		case "xlsx" -> new XlsxExporter(); //$NON-NLS-1$
		case "docx" -> new DocxExporter(); //$NON-NLS-1$
		case "pdf" -> new PdfExporter(); //$NON-NLS-1$
		default -> throw new IllegalArgumentException("no exporter for " + format); //$NON-NLS-1$
		};
	}

	private static long used() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	/** Keeps the most heap in use after any collection: what the export needed, garbage left aside. */
	private static void watchCollections() {
		Set<String> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
				.map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
				if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
					long after = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo()
							.getMemoryUsageAfterGc().entrySet().stream().filter(pool -> heap.contains(pool.getKey()))
							.mapToLong(pool -> pool.getValue().getUsed()).sum();
					MOST_AFTER_COLLECTION.accumulateAndGet(after, Math::max);
				}
			}, null, null);
		}
	}
}
