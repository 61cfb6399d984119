package org.hyoka.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Tables in Excel workbooks (.xlsx), read and written as streams. Reading evaluates nothing: a formula cell gives its
 * cached value only, and the container is checked ({@link SafeZip}, then POI's {@code ZipSecureFile} limits, which
 * {@link OPCPackage#open} applies) before any part is parsed. Each sheet is parsed only down to the last row asked
 * for, so what follows (millions of empty cells, or anything else) is never read. A number in a cell formatted as a
 * date is the date Excel shows ({@code 2024-02-29}, or {@code 2024-02-29T10:30} with a time of day), as text.
 */
public final class XlsxTables {

	/** Rows a writer keeps in memory before flushing them to a temporary file. */
	private static final int WINDOW = 200;

	private XlsxTables() {
	}

	/**
	 * The sheets of a workbook, in order, each with its cells down to {@code lastRow} (from 0).
	 *
	 * @throws XlsxException
	 *             when the workbook is refused (too large, a zip bomb, external links) or cannot be read
	 */
	public static List<XlsxSheet> read(Path file, int lastRow) throws IOException, XlsxException {
		String refused = SafeZip.problem(file);
		if (refused != null) {
			throw new XlsxException(Messages.format("refused", refused)); //$NON-NLS-1$
		}
		OPCPackage container;
		try {
			container = OPCPackage.open(file.toFile(), PackageAccess.READ);
		} catch (InvalidFormatException | RuntimeException e) {
			throw new XlsxException(Messages.format("unreadable", e.getMessage())); //$NON-NLS-1$
		}
		try {
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(container);
			XSSFReader reader = new XSSFReader(container);
			Dates dates = new Dates(reader.getStylesTable(), date1904(reader));
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			List<XlsxSheet> read = new ArrayList<>();
			while (sheets.hasNext()) {
				SheetHandler handler = new SheetHandler(lastRow, strings, dates);
				try (InputStream sheet = sheets.next()) {
					XMLReader parser = XMLHelper.newXMLReader(); // POI's secure settings: no DTD, no external entities
					parser.setContentHandler(handler);
					parser.parse(new InputSource(sheet));
				} catch (SheetHandler.Enough e) {
					// the rest of the sheet lies below the rows asked for
				}
				read.add(new XlsxSheet(sheets.getSheetName(), handler.cells, handler.truncated));
			}
			return read;
		} catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
			// POI reports broken parts as unchecked exceptions.
			throw new XlsxException(Messages.format("unreadable", e.getMessage())); //$NON-NLS-1$
		} finally {
			container.revert();
		}
	}

	/** Whether the workbook counts its serial dates from 1904 (old Mac Excel) rather than 1900. */
	private static boolean date1904(XSSFReader reader)
			throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
		boolean[] date1904 = { false };
		XMLReader parser = XMLHelper.newXMLReader();
		parser.setContentHandler(new DefaultHandler() {
			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes) {
				if ("workbookPr".equals(localName)) { //$NON-NLS-1$
					String value = attributes.getValue("date1904"); //$NON-NLS-1$
					date1904[0] = "1".equals(value) || "true".equals(value); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		});
		try (InputStream workbook = reader.getWorkbookData()) {
			parser.parse(new InputSource(workbook));
		}
		return date1904[0];
	}

	/** Which cell styles show numbers as dates, and how the workbook counts them. */
	private record Dates(StylesTable styles, boolean date1904) {

		/** The date a number in a cell of the style stands for, as text; null when the style shows no date. */
		String text(String style, double serial) {
			if (styles == null || style == null || !DateUtil.isValidExcelDate(serial)) {
				return null;
			}
			XSSFCellStyle cellStyle;
			try {
				cellStyle = styles.getStyleAt(Integer.parseInt(style.strip()));
			} catch (RuntimeException e) {
				return null; // no such style: the number stays a number
			}
			if (cellStyle == null || !DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())) {
				return null;
			}
			LocalDateTime date = DateUtil.getLocalDateTime(serial, date1904, true);
			return date.toLocalTime().toSecondOfDay() == 0 ? date.toLocalDate().toString() : date.toString();
		}
	}

	/**
	 * Writes one sheet of text cells, formatted as text so that a spreadsheet keeps what is typed into them as
	 * written (a date stays {@code 2024-02-29}, an id with digits stays text); empty cells are left out.
	 */
	public static void write(OutputStream out, String sheetName, List<List<String>> rows) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
		try {
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@")); //$NON-NLS-1$
			Sheet sheet = workbook.createSheet(sheetName);
			int width = rows.stream().mapToInt(List::size).max().orElse(0);
			for (int column = 0; column < width; column++) {
				sheet.setDefaultColumnStyle(column, text);
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				List<String> cells = rows.get(r);
				for (int c = 0; c < cells.size(); c++) {
					if (cells.get(c) != null && !cells.get(c).isEmpty()) {
						Cell cell = row.createCell(c);
						cell.setCellStyle(text);
						cell.setCellValue(cells.get(c));
					}
				}
			}
			workbook.write(out);
		} finally {
			// closing also deletes the streamed sheets' temporary files (POI 5.3 and later)
			workbook.close();
		}
	}

	/** Collects the cells down to the last row asked for, then stops the parse. */
	private static final class SheetHandler extends DefaultHandler {

		/** Thrown to stop parsing: everything asked for has been read. */
		static final class Enough extends SAXException {
			private static final long serialVersionUID = 1L;
		}

		private final int lastRow;
		private final ReadOnlySharedStringsTable strings;
		private final Dates dates;
		final List<XlsxCell> cells = new ArrayList<>();
		boolean truncated;
		private String reference;
		private String type;
		private String style;
		private boolean formula;
		private StringBuilder value;
		private boolean inValue;

		SheetHandler(int lastRow, ReadOnlySharedStringsTable strings, Dates dates) {
			this.lastRow = lastRow;
			this.strings = strings;
			this.dates = dates;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
			switch (localName) {
			case "row" -> { //$NON-NLS-1$
				String r = attributes.getValue("r"); //$NON-NLS-1$
				if (r != null && Integer.parseInt(r) - 1 > lastRow) {
					stop();
				}
			}
			case "c" -> { //$NON-NLS-1$
				reference = attributes.getValue("r"); //$NON-NLS-1$
				type = attributes.getValue("t") == null ? "n" : attributes.getValue("t"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				style = attributes.getValue("s"); //$NON-NLS-1$
				formula = false;
				value = null;
			}
			case "f" -> formula = true; //$NON-NLS-1$
			case "v", "t" -> { //$NON-NLS-1$ //$NON-NLS-2$
				inValue = reference != null;
				if (inValue && value == null) {
					value = new StringBuilder();
				}
			}
			default -> {
				// other elements carry nothing a table holds
			}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (inValue) {
				value.append(ch, start, length);
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) throws SAXException {
			switch (localName) {
			case "v", "t" -> inValue = false; //$NON-NLS-1$ //$NON-NLS-2$
			case "c" -> { //$NON-NLS-1$
				if (reference != null) {
					CellReference at = new CellReference(reference);
					if (at.getRow() > lastRow) {
						stop(); // rows without their r attribute
					}
					String text = value == null ? null : text(value.toString());
					if (text != null || formula) {
						cells.add(new XlsxCell(at.getRow(), at.getCol(), text, formula));
					}
				}
				reference = null;
			}
			default -> {
				// nothing to keep
			}
			}
		}

		private void stop() throws Enough {
			truncated = true;
			throw new Enough();
		}

		/** The value as text; null when blank. */
		private String text(String raw) {
			String text = switch (type) {
			case "s" -> strings.getItemAt(Integer.parseInt(raw.strip())).getString(); //$NON-NLS-1$
			case "inlineStr", "str" -> raw; //$NON-NLS-1$ //$NON-NLS-2$
			case "b" -> Boolean.toString("1".equals(raw.strip())); //$NON-NLS-1$ //$NON-NLS-2$
			case "e" -> "#ERROR"; //$NON-NLS-1$ //$NON-NLS-2$
			default -> number(raw);
			};
			return text == null || text.isBlank() ? null : text.strip();
		}

		private String number(String value) {
			try {
				double number = Double.parseDouble(value.strip());
				String date = dates.text(style, number);
				return date != null ? date : BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
			} catch (NumberFormatException e) {
				return value; // not a number after all: the reader's caller refuses it where it needs one
			}
		}
	}
}
