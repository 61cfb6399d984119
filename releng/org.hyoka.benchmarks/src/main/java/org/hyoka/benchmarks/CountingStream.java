package org.hyoka.benchmarks;

import java.io.OutputStream;

/** Counts the bytes an exporter writes without keeping them, so that only the export is timed. */
final class CountingStream extends OutputStream {
	long bytes;

	@Override
	public void write(int b) {
		bytes++;
	}

	@Override
	public void write(byte[] b, int offset, int length) {
		bytes += length;
	}
}
