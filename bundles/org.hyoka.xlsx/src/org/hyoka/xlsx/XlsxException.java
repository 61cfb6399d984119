package org.hyoka.xlsx;

/** A workbook refused or unreadable; the message says why, without the file's name. */
public final class XlsxException extends Exception {

	private static final long serialVersionUID = 1L;

	XlsxException(String message) {
		super(message);
	}
}
