package org.hyoka.scoresheets.internal;

import static org.hyoka.scoresheets.internal.SheetLayout.COMMENT_COLUMN;
import static org.hyoka.scoresheets.internal.SheetLayout.EVALUATOR_ROW;
import static org.hyoka.scoresheets.internal.SheetLayout.FIRST_ITEM_ROW;
import static org.hyoka.scoresheets.internal.SheetLayout.ITEMS;
import static org.hyoka.scoresheets.internal.SheetLayout.ITEM_COLUMN;
import static org.hyoka.scoresheets.internal.SheetLayout.LABEL_COLUMN;
import static org.hyoka.scoresheets.internal.SheetLayout.PROJECT_ROW;
import static org.hyoka.scoresheets.internal.SheetLayout.SCORE_COLUMN;
import static org.hyoka.scoresheets.internal.SheetLayout.VALUE_COLUMN;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.hyoka.scoresheets.ImportPlan.Conflict;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads filled 評点票. Nothing in the workbook is evaluated: a formula cell contributes its cached value only, and
 * the container is checked ({@link SafeZip}, then POI's {@code ZipSecureFile} limits, which {@link OPCPackage#open}
 * applies) before any part is parsed. Each sheet is read as a stream and only up to the last row a score sheet uses,
 * so what follows (millions of empty cells, or anything else) is never parsed.
 */
public final class XlsxReader {

	/** The last row (from 0) the importer reads. */
	private static final int LAST_ROW = FIRST_ITEM_ROW + ITEMS.size() - 1;

	private XlsxReader() {
	}

	public static void read(Path file, String name, List<Entry> entries, List<Conflict> conflicts) throws IOException {
		String refused = SafeZip.problem(file);
		if (refused != null) {
			conflicts.add(new Conflict(name, Messages.format("xlsx.refused", refused))); //$NON-NLS-1$
			return;
		}
		OPCPackage container;
		try {
			container = OPCPackage.open(file.toFile(), PackageAccess.READ);
		} catch (InvalidFormatException | RuntimeException e) {
			conflicts.add(new Conflict(name, Messages.format("xlsx.unreadable", e.getMessage()))); //$NON-NLS-1$
			return;
		}
		try {
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(container);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(container).getSheetsData();
			int read = 0;
			while (sheets.hasNext()) {
				Cells cells;
				try (InputStream sheet = sheets.next()) {
					cells = Cells.of(sheet, strings);
				}
				if (cells.isScoreSheet()) {
					read++;
					cells.read(name + "!" + sheets.getSheetName() + "!", entries); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			if (read == 0) {
				conflicts.add(new Conflict(name, Messages.format("xlsx.noSheet"))); //$NON-NLS-1$
			}
		} catch (OpenXML4JException | SAXException | RuntimeException e) {
			// POI reports broken parts as unchecked exceptions.
			conflicts.add(new Conflict(name, Messages.format("xlsx.unreadable", e.getMessage()))); //$NON-NLS-1$
		} finally {
			container.revert();
		}
	}

	/** A cell as the sheet's XML gives it: its type attribute, whether it holds a formula, and its value's text. */
	private record Cell(String type, boolean formula, String value) {
	}

	/** The cells of a sheet's first rows, by reference (e.g. C7). */
	private record Cells(Map<String, Cell> byReference, ReadOnlySharedStringsTable strings) {

		static Cells of(InputStream sheet, ReadOnlySharedStringsTable strings) throws IOException, SAXException {
			Map<String, Cell> cells = new HashMap<>();
			try {
				XMLReader parser = XMLHelper.newXMLReader(); // POI's secure settings: no DTD, no external entities
				parser.setContentHandler(new SheetHandler(cells));
				parser.parse(new InputSource(sheet));
			} catch (SheetHandler.Enough e) {
				// the rest of the sheet lies below the rows a score sheet uses
			} catch (ParserConfigurationException e) {
				throw new IOException(e);
			}
			return new Cells(cells, strings);
		}

		boolean isScoreSheet() {
			return SheetLayout.text("evaluator").equals(text(EVALUATOR_ROW, LABEL_COLUMN)) //$NON-NLS-1$
					&& SheetLayout.text("project").equals(text(PROJECT_ROW, LABEL_COLUMN)); //$NON-NLS-1$
		}

		void read(String prefix, List<Entry> entries) {
			String evaluator = text(EVALUATOR_ROW, VALUE_COLUMN);
			String project = text(PROJECT_ROW, VALUE_COLUMN);
			String evaluatorSource = prefix + reference(EVALUATOR_ROW, VALUE_COLUMN);
			String projectSource = prefix + reference(PROJECT_ROW, VALUE_COLUMN);
			for (int row = FIRST_ITEM_ROW; row <= LAST_ROW; row++) {
				String item = text(row, ITEM_COLUMN);
				if (item == null) {
					continue;
				}
				Cell score = byReference.get(reference(row, SCORE_COLUMN));
				boolean formula = score != null && score.formula();
				// many tools write formulas without computing them; a missing value is never 0
				String value = formula && score.value() == null ? Entry.UNCOMPUTED : text(row, SCORE_COLUMN);
				entries.add(new Entry(project, projectSource, item, evaluator, evaluatorSource, value, formula, text(row, COMMENT_COLUMN),
						prefix + reference(row, SCORE_COLUMN)));
			}
		}

		/** The cell's value as text, a formula's cached value (never recalculated); null when blank. */
		private String text(int row, int column) {
			Cell cell = byReference.get(reference(row, column));
			if (cell == null || cell.value() == null) {
				return null;
			}
			String text = switch (cell.type()) {
			case "s" -> strings.getItemAt(Integer.parseInt(cell.value().strip())).getString(); //$NON-NLS-1$
			case "inlineStr", "str" -> cell.value(); //$NON-NLS-1$ //$NON-NLS-2$
			case "b" -> Boolean.toString("1".equals(cell.value().strip())); //$NON-NLS-1$ //$NON-NLS-2$
			case "e" -> "#ERROR"; //$NON-NLS-1$ //$NON-NLS-2$
			default -> number(cell.value());
			};
			return text == null || text.isBlank() ? null : text.strip();
		}

		private static String number(String value) {
			try {
				return BigDecimal.valueOf(Double.parseDouble(value.strip())).stripTrailingZeros().toPlainString();
			} catch (NumberFormatException e) {
				return value; // not a number after all: the importer refuses it as a score
			}
		}

		private static String reference(int row, int column) {
			return new CellReference(row, column).formatAsString(false);
		}
	}

	/** Collects the cells of the rows up to {@link #LAST_ROW}, then stops the parse. */
	private static final class SheetHandler extends DefaultHandler {

		/** Thrown to stop parsing: everything needed has been read. */
		static final class Enough extends SAXException {
			private static final long serialVersionUID = 1L;
		}

		private final Map<String, Cell> cells;
		private String reference;
		private String type;
		private boolean formula;
		private StringBuilder value;
		private boolean inValue;

		SheetHandler(Map<String, Cell> cells) {
			this.cells = cells;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
			switch (localName) {
			case "row" -> { //$NON-NLS-1$
				String r = attributes.getValue("r"); //$NON-NLS-1$
				if (r != null && Integer.parseInt(r) - 1 > LAST_ROW) {
					throw new Enough();
				}
			}
			case "c" -> { //$NON-NLS-1$
				reference = attributes.getValue("r"); //$NON-NLS-1$
				type = attributes.getValue("t") == null ? "n" : attributes.getValue("t"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
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
				// other elements carry nothing the importer reads
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
				if (reference != null && new CellReference(reference).getRow() > LAST_ROW) {
					throw new Enough(); // rows without their r attribute
				}
				if (reference != null) {
					cells.put(reference, new Cell(type, formula, value == null ? null : value.toString()));
				}
				reference = null;
			}
			default -> {
				// nothing to keep
			}
			}
		}
	}
}
