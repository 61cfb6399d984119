package org.hyoka.export;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.hyoka.export.internal.ExportMessages;
import org.hyoka.model.EvaluationReport;

import org.hyoka.core.contributions.ContributionException;
import org.hyoka.core.contributions.Placement;

/**
 * An installed table as its contribution declares it. The table itself is created only when it is exported.
 *
 * @param id
 *            unique id, which command lines and saved settings name ({@code --option table=budgets})
 * @param label
 *            the table's name in the user's language
 * @param title
 *            the table's name in the report's words, the workbook's sheet name (予算)
 * @param after
 *            the id of the table it follows, or {@code null}
 * @param before
 *            the id of the table it precedes, or {@code null}
 * @param bundle
 *            the contributing bundle, named when the table fails
 * @param factory
 *            creates the table
 */
public record TableDescriptor(String id, String label, String title, String after, String before, String bundle, Factory factory) {

	/** Creates a table; a contributed class may fail to load. */
	@FunctionalInterface
	public interface Factory {
		ReportTable create() throws ContributionException;
	}

	public TableDescriptor {
		Objects.requireNonNull(id, "id"); //$NON-NLS-1$
		Objects.requireNonNull(label, "label"); //$NON-NLS-1$
		Objects.requireNonNull(title, "title"); //$NON-NLS-1$
		Objects.requireNonNull(bundle, "bundle"); //$NON-NLS-1$
		Objects.requireNonNull(factory, "factory"); //$NON-NLS-1$
	}

	/** A table filled for one report: its header and rows. */
	public record Contents(List<String> header, List<List<Object>> rows) {
	}

	/**
	 * The table filled for the report by a new instance of its class.
	 *
	 * @throws IOException
	 *             naming the bundle and the table, when the class cannot be created or fails (cancellation is thrown as
	 *             it is)
	 */
	public Contents contents(EvaluationReport report, IProgressMonitor monitor) throws IOException {
		try {
			ReportTable table = factory.create();
			return new Contents(table.header(), table.rows(report, monitor));
		} catch (OperationCanceledException e) {
			throw e;
		} catch (ContributionException | RuntimeException e) {
			throw new IOException(ExportMessages.format("table.broken", bundle, id, String.valueOf(e.getMessage())), e); //$NON-NLS-1$
		}
	}

	/** Where the table goes among org.hyoka.export's own and the other contributions. */
	public Placement placement() {
		return new Placement(id, after, before);
	}
}
