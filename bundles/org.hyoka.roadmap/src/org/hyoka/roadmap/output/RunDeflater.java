package org.hyoka.roadmap.output;

import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.zip.Adler32;

/**
 * The zlib stream of a PNG's scanlines of 8-bit RGB (each with filter None), compressed as a roadmap is drawn: a
 * pixel that repeats the one to its left or the one above is copied from there, as far as it does; other pixels are
 * literal bytes; all in one deflate block with codes made for the image (RFC 1950, RFC 1951). The JDK's deflater
 * spends about as long on a row of white as on any other and was most of a DOCX report's time, a figure for each
 * project (docs/benchmarks.md, issue 51); this finds the same repeats with a comparison a pixel.
 */
final class RunDeflater {

	/** Deflate's window: the pixel above can be copied while a scanline has at most this many bytes less one. */
	private static final int WINDOW = 32_768;
	private static final int MAX_LENGTH = 258;
	private static final int END_OF_BLOCK = 256;
	private static final int LENGTH_SYMBOLS = 286;
	private static final int DISTANCE_SYMBOLS = 30;
	private static final int MAX_BITS = 15;
	private static final int MAX_LENGTH_BITS = 7;
	/** The code lengths' own code lengths are written in this order (RFC 1951, 3.2.7). */
	private static final int[] LENGTH_ORDER = { 16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15 };
	private static final int[] LENGTH_BASES = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
			131, 163, 195, 227, 258 };
	private static final int[] DISTANCE_BASES = { 1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025,
			1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577 };
	/** Each copy length's code, as an index of {@link #LENGTH_BASES}. */
	private static final int[] LENGTH_CODES = new int[MAX_LENGTH + 1];

	static {
		for (int length = 3; length <= MAX_LENGTH; length++) {
			LENGTH_CODES[length] = base(LENGTH_BASES, length);
		}
	}

	/** A token is a literal byte, or a copy: this bit, the length shifted by one, and 1 for a copy from above. */
	private static final int COPY = 1 << 16;

	private byte[] out = new byte[1 << 16];
	private int size;
	private long bits;
	private int bitCount;
	private int[] tokens = new int[1 << 16];
	private int tokenCount;

	/**
	 * Makes the zlib stream of the image's scanlines, {@code pixels} holding its rows one after the other as
	 * 0xRRGGBB (a byte above them is not written): {@link #bytes()} up to {@link #length()}, until the next image.
	 */
	void deflate(int[] pixels, int width, int height) {
		size = 0;
		bits = 0;
		bitCount = 0;
		tokenCount = 0;
		int stride = 3 * width + 1;
		boolean above = stride < WINDOW;
		byte[] row = new byte[stride];
		Adler32 adler = new Adler32();
		for (int y = 0, start = 0; y < height; y++, start += width) {
			boolean again = y > 0 && Arrays.mismatch(pixels, start, start + width, pixels, start - width, start) < 0;
			if (!again) {
				for (int x = 0, i = 1; x < width; x++, i += 3) {
					int pixel = pixels[start + x];
					row[i] = (byte) (pixel >> 16);
					row[i + 1] = (byte) (pixel >> 8);
					row[i + 2] = (byte) pixel;
				}
			}
			adler.update(row);
			token(0); // filter None
			if (again && above) {
				copies(3 * width, true); // as row() would have it, without looking again
			} else {
				row(pixels, start, width, above && y > 0, row);
			}
		}
		put((byte) 0x78);
		put((byte) 0x01); // deflate with a 32 KiB window, no dictionary, the fastest kind
		block(new int[] { distance(3), above ? distance(stride) : 0 }, new int[] { 3, stride });
		int checksum = (int) adler.getValue();
		for (int shift = 24; shift >= 0; shift -= 8) {
			put((byte) (checksum >> shift));
		}
	}

	byte[] bytes() {
		return out;
	}

	int length() {
		return size;
	}

	/** One row's pixels: copied from the left or from above where they repeat, the longer way first; else literal. */
	private void row(int[] pixels, int start, int width, boolean above, byte[] row) {
		int end = start + width;
		for (int p = start; p < end;) {
			int fromLeft = 0;
			if (p > start) {
				int before = pixels[p - 1];
				while (p + fromLeft < end && pixels[p + fromLeft] == before) {
					fromLeft++;
				}
			}
			int fromAbove = 0;
			if (above) {
				int mismatch = Arrays.mismatch(pixels, p, end, pixels, p - width, end - width);
				fromAbove = mismatch < 0 ? end - p : mismatch;
			}
			if (fromLeft == 0 && fromAbove == 0) {
				int i = 1 + 3 * (p - start);
				token(row[i] & 0xff);
				token(row[i + 1] & 0xff);
				token(row[i + 2] & 0xff);
				p++;
			} else {
				boolean up = fromAbove > fromLeft;
				copies(3 * (up ? fromAbove : fromLeft), up);
				p += up ? fromAbove : fromLeft;
			}
		}
	}

	/** Copies of {@code length} bytes, a multiple of three, from the left or from above. */
	private void copies(int length, boolean up) {
		// every part is a multiple of three, so none is shorter than deflate's shortest copy
		for (int rest = length; rest > 0; rest -= MAX_LENGTH) {
			token(COPY | Math.min(rest, MAX_LENGTH) << 1 | (up ? 1 : 0));
		}
	}

	/**
	 * The tokens as the final block, with Huffman codes made for them; {@code distanceSymbols} and {@code distances}
	 * for a copy from the left and one from above.
	 */
	private void block(int[] distanceSymbols, int[] distances) {
		int[] literalFrequencies = new int[LENGTH_SYMBOLS];
		int[] distanceFrequencies = new int[DISTANCE_SYMBOLS];
		literalFrequencies[END_OF_BLOCK] = 1;
		for (int t = 0; t < tokenCount; t++) {
			int token = tokens[t];
			if ((token & COPY) == 0) {
				literalFrequencies[token]++;
			} else {
				literalFrequencies[257 + LENGTH_CODES[(token & ~COPY) >> 1]]++;
				distanceFrequencies[distanceSymbols[token & 1]]++;
			}
		}
		// a code needs two symbols at least: the distances get two whether they are used or not
		distanceFrequencies[distanceSymbols[0]]++;
		distanceFrequencies[distanceSymbols[0] == 0 ? 1 : 0]++;
		int[] literalLengths = lengths(literalFrequencies, MAX_BITS);
		int[] distanceLengths = lengths(distanceFrequencies, MAX_BITS);
		int literalCount = used(literalLengths, 257);
		int distanceCount = used(distanceLengths, 1);
		int[] all = new int[literalCount + distanceCount];
		System.arraycopy(literalLengths, 0, all, 0, literalCount);
		System.arraycopy(distanceLengths, 0, all, literalCount, distanceCount);
		// the code lengths, with runs of zeros as one symbol (17: 3 to 10, 18: 11 to 138), a run's length after it
		int[] lengthTokens = new int[all.length];
		int lengthTokenCount = 0;
		int[] lengthFrequencies = new int[19];
		for (int i = 0; i < all.length;) {
			int zeros = 0;
			while (i + zeros < all.length && all[i + zeros] == 0 && zeros < 138) {
				zeros++;
			}
			int token = zeros >= 11 ? 18 | (zeros - 11) << 5 : zeros >= 3 ? 17 | (zeros - 3) << 5 : all[i];
			lengthTokens[lengthTokenCount++] = token;
			lengthFrequencies[token & 31]++;
			i += zeros >= 3 ? zeros : 1;
		}
		lengthFrequencies[lengthFrequencies[0] == 0 ? 0 : 1]++;
		int[] lengthLengths = lengths(lengthFrequencies, MAX_LENGTH_BITS);
		int lengthCount = LENGTH_ORDER.length;
		while (lengthCount > 4 && lengthLengths[LENGTH_ORDER[lengthCount - 1]] == 0) {
			lengthCount--;
		}
		write(0b101, 3); // the final block, of codes of its own
		write(literalCount - 257, 5);
		write(distanceCount - 1, 5);
		write(lengthCount - 4, 4);
		for (int i = 0; i < lengthCount; i++) {
			write(lengthLengths[LENGTH_ORDER[i]], 3);
		}
		int[] lengthCodes = codes(lengthLengths);
		for (int i = 0; i < lengthTokenCount; i++) {
			int symbol = lengthTokens[i] & 31;
			write(lengthCodes[symbol], lengthLengths[symbol]);
			if (symbol == 17) {
				write(lengthTokens[i] >> 5, 3);
			} else if (symbol == 18) {
				write(lengthTokens[i] >> 5, 7);
			}
		}
		int[] literalCodes = codes(literalLengths);
		int[] distanceCodes = codes(distanceLengths);
		for (int t = 0; t < tokenCount; t++) {
			int token = tokens[t];
			if ((token & COPY) == 0) {
				write(literalCodes[token], literalLengths[token]);
			} else {
				int length = (token & ~COPY) >> 1;
				int index = LENGTH_CODES[length];
				write(literalCodes[257 + index], literalLengths[257 + index]);
				// extra bits: none for 3–10 and for 258, then one more every four codes
				write(length - LENGTH_BASES[index], index < 8 || index == 28 ? 0 : index / 4 - 1);
				int symbol = distanceSymbols[token & 1];
				write(distanceCodes[symbol], distanceLengths[symbol]);
				// extra bits: none for 1–4, then one more every two codes
				write(distances[token & 1] - DISTANCE_BASES[symbol], symbol < 4 ? 0 : symbol / 2 - 1);
			}
		}
		write(literalCodes[END_OF_BLOCK], literalLengths[END_OF_BLOCK]);
		// the last bits, and zeros to the next byte
		for (; bitCount > 0; bitCount -= 8) {
			put((byte) bits);
			bits >>>= 8;
		}
		bitCount = 0;
	}

	/** How many of the first code lengths are written: up to the last one used, at least {@code least}. */
	private static int used(int[] lengths, int least) {
		int count = lengths.length;
		while (count > least && lengths[count - 1] == 0) {
			count--;
		}
		return count;
	}

	/**
	 * Each symbol's code length, after its frequency, none over {@code limit}: a Huffman code, made again with the
	 * frequencies halved while it is too deep. At least two symbols must occur.
	 */
	private static int[] lengths(int[] frequencies, int limit) {
		int[] weights = frequencies.clone();
		while (true) {
			int[] lengths = huffman(weights);
			if (Arrays.stream(lengths).max().orElse(0) <= limit) {
				return lengths;
			}
			for (int i = 0; i < weights.length; i++) {
				weights[i] = (weights[i] + 1) / 2;
			}
		}
	}

	private static int[] huffman(int[] weights) {
		int n = weights.length;
		int[] parents = new int[2 * n];
		// a node is its weight above its number, so that the queue takes the lightest first
		PriorityQueue<Long> queue = new PriorityQueue<>();
		for (int i = 0; i < n; i++) {
			if (weights[i] > 0) {
				queue.add((long) weights[i] << 20 | i);
			}
		}
		int next = n;
		while (queue.size() > 1) {
			long a = queue.poll();
			long b = queue.poll();
			parents[(int) (a & 0xfffff)] = next;
			parents[(int) (b & 0xfffff)] = next;
			queue.add(((a >>> 20) + (b >>> 20)) << 20 | next);
			next++;
		}
		int root = next - 1;
		int[] lengths = new int[n];
		for (int i = 0; i < n; i++) {
			if (weights[i] > 0) {
				for (int node = i; node != root; node = parents[node]) {
					lengths[i]++;
				}
			}
		}
		return lengths;
	}

	/** The canonical code of each length (RFC 1951, 3.2.2), its bits reversed as deflate writes codes first bit first. */
	private static int[] codes(int[] lengths) {
		int[] counts = new int[MAX_BITS + 1];
		for (int length : lengths) {
			counts[length]++;
		}
		counts[0] = 0;
		int[] next = new int[MAX_BITS + 1];
		for (int bitsLength = 1, code = 0; bitsLength <= MAX_BITS; bitsLength++) {
			code = (code + counts[bitsLength - 1]) << 1;
			next[bitsLength] = code;
		}
		int[] codes = new int[lengths.length];
		for (int i = 0; i < lengths.length; i++) {
			if (lengths[i] > 0) {
				codes[i] = Integer.reverse(next[lengths[i]]++) >>> (32 - lengths[i]);
			}
		}
		return codes;
	}

	/** The symbol of a distance. */
	private static int distance(int distance) {
		return base(DISTANCE_BASES, distance);
	}

	/** The index of the last base not above {@code value}. */
	private static int base(int[] bases, int value) {
		int index = Arrays.binarySearch(bases, value);
		return index >= 0 ? index : -index - 2;
	}

	private void token(int token) {
		if (tokenCount == tokens.length) {
			tokens = Arrays.copyOf(tokens, 2 * tokenCount);
		}
		tokens[tokenCount++] = token;
	}

	/** Appends the {@code count} low bits of {@code value} (at most 16), first bit first; by four bytes at a time. */
	private void write(int value, int count) {
		bits |= (long) value << bitCount;
		bitCount += count;
		if (bitCount >= 32) {
			if (size + 4 > out.length) {
				out = Arrays.copyOf(out, 2 * out.length);
			}
			out[size] = (byte) bits;
			out[size + 1] = (byte) (bits >>> 8);
			out[size + 2] = (byte) (bits >>> 16);
			out[size + 3] = (byte) (bits >>> 24);
			size += 4;
			bits >>>= 32;
			bitCount -= 32;
		}
	}

	private void put(byte value) {
		if (size == out.length) {
			out = Arrays.copyOf(out, 2 * size);
		}
		out[size++] = value;
	}
}
