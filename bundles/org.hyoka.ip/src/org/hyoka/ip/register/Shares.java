package org.hyoka.ip.register;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Owners' shares in percent, as the import and the IP Register view's cells read them: each from 0 to 100 with at
 * most {@value #DECIMALS} decimals, together no more than 100 (less is an incomplete record, which HY-IP-13 reports).
 * {@code 1e400} is a number to {@link BigDecimal}, and would print with 400 digits.
 */
public final class Shares {

	private static final int DECIMALS = 4;
	private static final BigDecimal WHOLE = BigDecimal.valueOf(100);
	/** HY-IP-13's tolerance: three owners of 33.34 % are whole. */
	private static final BigDecimal TOLERANCE = new BigDecimal("0.01"); //$NON-NLS-1$

	private Shares() {
	}

	/**
	 * The share a text writes.
	 *
	 * @throws NumberFormatException
	 *             when it is no number, which the caller words with the owner it was typed for
	 * @throws IllegalArgumentException
	 *             saying why, quoting the text, when it is a number but no percentage from 0 to 100
	 */
	public static BigDecimal parse(String text) {
		BigDecimal share = new BigDecimal(text.strip());
		if (share.signum() < 0 || share.compareTo(WHOLE) > 0 || share.stripTrailingZeros().scale() > DECIMALS) {
			throw new IllegalArgumentException(RegisterMessages.format("notAPercentage", text)); //$NON-NLS-1$
		}
		return share.stripTrailingZeros().scale() < 0 ? share.setScale(0) : share;
	}

	/** Why the shares of one application cannot all be kept; null when they can. Absent shares count as none. */
	public static String sumProblem(List<BigDecimal> shares) {
		BigDecimal sum = shares.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
		return sum.compareTo(WHOLE.add(TOLERANCE)) > 0 ? RegisterMessages.format("sharesOver", sum.toPlainString()) : null; //$NON-NLS-1$
	}
}
