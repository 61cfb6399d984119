package org.hyoka.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks a workbook's ZIP container before POI opens it: few enough entries, no entry expanding beyond a
 * ratio of its compressed size, a bounded total, and no external-link parts. Entries are inflated with counting
 * so that sizes a ZIP header lies about are caught too; reading stops at the first limit crossed.
 */
final class SafeZip {

	static final int MAX_ENTRIES = 1_000;
	/** A filled score sheet or register table is some ten to a few hundred kilobytes; parsing holds a sheet at tens of times its size. */
	static final long MAX_TOTAL = 20L << 20;
	/** Small entries may compress well (empty styles, repeated cells); only larger ones are held to the ratio. */
	static final long RATIO_FREE_SIZE = 1L << 20;
	static final long MAX_RATIO = 100;
	private static final String EXTERNAL_LINKS = "xl/externalLinks/"; //$NON-NLS-1$
	/** In the relationship type (…/relationships/externalLink) and content type (…spreadsheetml.externalLink+xml). */
	private static final String EXTERNAL_LINK_TYPE = "externalLink"; //$NON-NLS-1$

	private SafeZip() {
	}

	/** Null when the workbook may be opened, else why not (without the file's name). */
	static String problem(Path file) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.size() > MAX_ENTRIES) {
				return Messages.format("zip.entries", zip.size(), MAX_ENTRIES); //$NON-NLS-1$
			}
			long total = 0;
			byte[] buffer = new byte[64 * 1024];
			for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				if (entry.getName().startsWith(EXTERNAL_LINKS)) {
					return Messages.format("zip.externalLink", entry.getName()); //$NON-NLS-1$
				}
				long limit = Math.max(RATIO_FREE_SIZE, Math.max(entry.getCompressedSize(), 1) * MAX_RATIO);
				long size = 0;
				boolean declaresParts = entry.getName().endsWith(".rels") || entry.getName().equals("[Content_Types].xml"); //$NON-NLS-1$ //$NON-NLS-2$
				ByteArrayOutputStream declarations = new ByteArrayOutputStream();
				try (InputStream in = zip.getInputStream(entry)) {
					for (int n; (n = in.read(buffer)) > 0;) {
						if (declaresParts) {
							declarations.write(buffer, 0, n);
						}
						size += n;
						total += n;
						if (size > limit) {
							return Messages.format("zip.ratio", entry.getName(), MAX_RATIO); //$NON-NLS-1$
						}
						if (total > MAX_TOTAL) {
							return Messages.format("zip.total", MAX_TOTAL >> 20, entry.getName()); //$NON-NLS-1$
						}
					}
				}
				// An external link may live in a part of any name: its relationship or content type gives it away.
				if (declarations.toString(StandardCharsets.UTF_8).contains(EXTERNAL_LINK_TYPE)) {
					return Messages.format("zip.externalLink", entry.getName()); //$NON-NLS-1$
				}
			}
			return null;
		} catch (ZipException e) {
			return Messages.format("zip.notZip", e.getMessage()); //$NON-NLS-1$
		}
	}
}
