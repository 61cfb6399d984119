package org.hyoka.export.docx;

import static org.hyoka.export.docx.WordXml.CONTENT_TYPES;
import static org.hyoka.export.docx.WordXml.PACKAGE_RELATIONSHIPS;

import java.io.IOException;
import java.util.zip.ZipOutputStream;

/**
 * The parts that tie an Office Open XML package together (content types and relationships), for the Word document
 * and for the workbooks its charts embed.
 */
final class WordPackage {

	static final String RELATIONSHIP_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"; //$NON-NLS-1$
	static final String WORDPROCESSING = "application/vnd.openxmlformats-officedocument.wordprocessingml."; //$NON-NLS-1$
	static final String SPREADSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml."; //$NON-NLS-1$
	static final String CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"; //$NON-NLS-1$

	private WordPackage() {
	}

	/** The document's relationship to chart {@code number}; zero-padded, as readers may order them by id. */
	static String chartRelationship(int number) {
		return String.format("rIdChart%06d", Integer.valueOf(number)); //$NON-NLS-1$
	}

	static String chartPart(int number) {
		return "charts/chart" + number + ".xml"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	static String workbookPart(int number) {
		return "embeddings/chart" + number + ".xlsx"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Content types and relationships of a document with its styles and {@code charts} charts. */
	static void write(ZipOutputStream zip, int charts) throws IOException {
		String[] overrides = new String[4 + 2 * charts];
		overrides[0] = "/word/document.xml"; //$NON-NLS-1$
		overrides[1] = WORDPROCESSING + "document.main+xml"; //$NON-NLS-1$
		overrides[2] = "/word/styles.xml"; //$NON-NLS-1$
		overrides[3] = WORDPROCESSING + "styles+xml"; //$NON-NLS-1$
		String[] relationships = new String[3 + 3 * charts];
		relationships[0] = "rIdStyles"; //$NON-NLS-1$
		relationships[1] = "styles"; //$NON-NLS-1$
		relationships[2] = "styles.xml"; //$NON-NLS-1$
		for (int i = 1; i <= charts; i++) {
			overrides[2 + 2 * i] = "/word/" + chartPart(i); //$NON-NLS-1$
			overrides[3 + 2 * i] = CHART;
			relationships[3 * i] = chartRelationship(i);
			relationships[3 * i + 1] = "chart"; //$NON-NLS-1$
			relationships[3 * i + 2] = chartPart(i);
		}
		contentTypes(zip, charts > 0, overrides);
		relationships(zip, "_rels/.rels", "rId1", "officeDocument", "word/document.xml"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		relationships(zip, "word/_rels/document.xml.rels", relationships); //$NON-NLS-1$
	}

	/** {@code [Content_Types].xml}: XML and relationship parts, workbooks if embedded, and the overrides (part, type…). */
	static void contentTypes(ZipOutputStream zip, boolean workbooks, String... overrides) throws IOException {
		try (WordXml types = WordXml.part(zip, "[Content_Types].xml", "", CONTENT_TYPES, "Types")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			types.empty(CONTENT_TYPES, "Default", "Extension", "rels", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"ContentType", "application/vnd.openxmlformats-package.relationships+xml"); //$NON-NLS-1$ //$NON-NLS-2$
			types.empty(CONTENT_TYPES, "Default", "Extension", "xml", "ContentType", "application/xml"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			if (workbooks) {
				types.empty(CONTENT_TYPES, "Default", "Extension", "xlsx", "ContentType", SPREADSHEET + "sheet"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			}
			for (int i = 0; i < overrides.length; i += 2) {
				types.empty(CONTENT_TYPES, "Override", "PartName", overrides[i], "ContentType", overrides[i + 1]); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
	}

	/** The relationships part {@code part}: id, type (under the Office relationship types), target, id… */
	static void relationships(ZipOutputStream zip, String part, String... idsTypesAndTargets) throws IOException {
		try (WordXml xml = WordXml.part(zip, part, "", PACKAGE_RELATIONSHIPS, "Relationships")) { //$NON-NLS-1$ //$NON-NLS-2$
			for (int i = 0; i < idsTypesAndTargets.length; i += 3) {
				xml.empty(PACKAGE_RELATIONSHIPS, "Relationship", "Id", idsTypesAndTargets[i], //$NON-NLS-1$ //$NON-NLS-2$
						"Type", RELATIONSHIP_TYPES + idsTypesAndTargets[i + 1], "Target", idsTypesAndTargets[i + 2]); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}
}
