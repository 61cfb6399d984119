package org.hyoka.roadmap.exchange.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hyoka.model.persistence.HyokaLoadException;
import org.hyoka.model.persistence.LoadProblem;
import org.hyoka.roadmap.exchange.PlanFormat;
import org.mpxj.MPXJException;
import org.mpxj.ProjectFile;
import org.mpxj.ganttproject.GanttProjectReader;
import org.mpxj.mspdi.MSPDIReader;
import org.xml.sax.SAXParseException;

/**
 * Reads a plan file through MPXJ, refusing what could hurt: a file larger than the limit is not read (and one that
 * grows past it while being read stops there), and MPXJ's parsers refuse a document type declaration, so no entity
 * is expanded or fetched. Whatever goes wrong is one problem naming the file and, where the parser knows them, line
 * and column; nothing is changed by a refused read.
 */
public final class PlanReader {

	/** The feature MPXJ's parsers set, which their refusal of a DOCTYPE names. */
	private static final String DISALLOW_DOCTYPE = "disallow-doctype-decl"; //$NON-NLS-1$

	private PlanReader() {
	}

	public static ProjectFile read(Path file, PlanFormat format, long maxBytes) throws IOException {
		if (Files.size(file) > maxBytes) {
			throw problem(file, 0, 0, ExchangeMessages.format("tooLarge", megabytes(maxBytes)), null); //$NON-NLS-1$
		}
		try (InputStream in = new Limited(Files.newInputStream(file), maxBytes)) {
			return format == PlanFormat.MSPDI ? new MSPDIReader().read(in) : new GanttProjectReader().read(in);
		} catch (MPXJException | RuntimeException e) {
			Limited.TooLarge tooLarge = cause(e, Limited.TooLarge.class);
			if (tooLarge != null) {
				throw problem(file, 0, 0, ExchangeMessages.format("tooLarge", megabytes(maxBytes)), e); //$NON-NLS-1$
			}
			SAXParseException place = cause(e, SAXParseException.class);
			Throwable reason = place != null ? place : deepest(e);
			String message = reason.getMessage() != null ? reason.getMessage() : reason.getClass().getSimpleName();
			if (message.contains(DISALLOW_DOCTYPE)) {
				// the parser's words name its feature, not what the user can do
				message = ExchangeMessages.format("doctype"); //$NON-NLS-1$
			}
			throw problem(file, place == null ? 0 : place.getLineNumber(), place == null ? 0 : place.getColumnNumber(),
					ExchangeMessages.format("unreadable", ExchangeMessages.format("format." + format.name()), message), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static HyokaLoadException problem(Path file, int line, int column, String message, Throwable cause) {
		return new HyokaLoadException(List.of(new LoadProblem(file.toString(), Math.max(line, 0), Math.max(column, 0), message)), cause);
	}

	private static String megabytes(long bytes) {
		return Long.toString(bytes >> 20);
	}

	private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
		for (Throwable each = e; each != null; each = each.getCause() == each ? null : each.getCause()) {
			if (type.isInstance(each)) {
				return type.cast(each);
			}
		}
		return null;
	}

	private static Throwable deepest(Throwable e) {
		Throwable deepest = e;
		while (deepest.getCause() != null && deepest.getCause() != deepest) {
			deepest = deepest.getCause();
		}
		return deepest;
	}

	/** A stream that fails once more than the limit was read from it. */
	private static final class Limited extends FilterInputStream {

		private final long limit;
		private long read;

		Limited(InputStream in, long limit) {
			super(in);
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			count(b < 0 ? 0 : 1);
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			count(Math.max(n, 0));
			return n;
		}

		private void count(int n) throws TooLarge {
			read += n;
			if (read > limit) {
				throw new TooLarge();
			}
		}

		static final class TooLarge extends IOException {
			private static final long serialVersionUID = 1L;
		}
	}
}
