package org.hyoka.export.docx;

import static org.hyoka.export.docx.WordXml.CONTENT_TYPES;
import static org.hyoka.export.docx.WordXml.PACKAGE_RELATIONSHIPS;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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

	static String pictureRelationship(int number) {
		return String.format("rIdPicture%06d", Integer.valueOf(number)); //$NON-NLS-1$
	}

	static String picturePart(int number) {
		return "media/image" + number + ".png"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	static String workbookPart(int number) {
		return "embeddings/chart" + number + ".xlsx"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Content types and relationships of a document with its styles, {@code charts} charts and {@code pictures} PNG pictures. */
	static void write(ZipOutputStream zip, int charts, int pictures) throws IOException {
		List<String> overrides = new ArrayList<>(List.of("/word/document.xml", WORDPROCESSING + "document.main+xml", //$NON-NLS-1$ //$NON-NLS-2$
				"/word/styles.xml", WORDPROCESSING + "styles+xml")); //$NON-NLS-1$ //$NON-NLS-2$
		List<String> relationships = new ArrayList<>(List.of("rIdStyles", "styles", "styles.xml")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (int i = 1; i <= charts; i++) {
			overrides.addAll(List.of("/word/" + chartPart(i), CHART)); //$NON-NLS-1$
			relationships.addAll(List.of(chartRelationship(i), "chart", chartPart(i))); //$NON-NLS-1$
		}
		for (int i = 1; i <= pictures; i++) {
			relationships.addAll(List.of(pictureRelationship(i), "image", picturePart(i))); //$NON-NLS-1$
		}
		contentTypes(zip, charts > 0, pictures > 0, overrides.toArray(String[]::new));
		relationships(zip, "_rels/.rels", "rId1", "officeDocument", "word/document.xml"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		relationships(zip, "word/_rels/document.xml.rels", relationships.toArray(String[]::new)); //$NON-NLS-1$
	}

	/**
	 * {@code [Content_Types].xml}: XML and relationship parts, workbooks and PNG pictures if there are any, and the
	 * overrides (part, type, part, type…).
	 */
	static void contentTypes(ZipOutputStream zip, boolean workbooks, boolean pictures, String... overrides) throws IOException {
		try (WordXml types = WordXml.part(zip, "[Content_Types].xml", "", CONTENT_TYPES, "Types")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			types.empty(CONTENT_TYPES, "Default", "Extension", "rels", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"ContentType", "application/vnd.openxmlformats-package.relationships+xml"); //$NON-NLS-1$ //$NON-NLS-2$
			types.empty(CONTENT_TYPES, "Default", "Extension", "xml", "ContentType", "application/xml"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			if (workbooks) {
				types.empty(CONTENT_TYPES, "Default", "Extension", "xlsx", "ContentType", SPREADSHEET + "sheet"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			}
			if (pictures) {
				types.empty(CONTENT_TYPES, "Default", "Extension", "png", "ContentType", "image/png"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
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
