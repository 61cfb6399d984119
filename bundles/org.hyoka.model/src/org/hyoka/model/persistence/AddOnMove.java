package org.hyoka.model.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.hyoka.model.AddOnReference;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaFactory;
import org.hyoka.model.persistence.FileFormat.Version;

/**
 * The migration from a format in which a subject held an add-on's content in a feature of its own, in a sub-package
 * of the core model, to the format in which that content lives in the subject's {@code extensions} slot in the
 * add-on's own package. The element is renamed and typed, and the old namespace replaced, in the text before parsing:
 * the content then reads as the add-on's objects when the add-on is installed and is kept as read when it is not.
 *
 * @param from
 *            the format version this migration reads
 * @param element
 *            the subject's former feature, e.g. {@code ipScheme}
 * @param oldNamespace
 *            the former sub-package's namespace, e.g. {@code http://www.hyoka.org/model/1.1/ip}, when all of it moved;
 *            {@code null} when the moved classes leave a sub-package that keeps others (the roadmap's left results)
 * @param oldTypes
 *            the {@code xsi:type}s of the moved classes as the old format wrote them inside the element, e.g.
 *            {@code results:Milestone}, when their prefix stays bound to the old sub-package; they become the add-on
 *            package's classes of the same name
 * @param namespace
 *            the add-on package's namespace
 * @param prefix
 *            the prefix the add-on package is written with
 * @param type
 *            the class of the moved element in the add-on package
 * @param feature
 *            the id of the feature that installs the add-on
 * @param featureName
 *            that feature's name, recorded so that a workbench without the add-on can name it
 */
record AddOnMove(Version from, String element, String oldNamespace, List<String> oldTypes, String namespace, String prefix, String type,
		String feature, String featureName) implements ModelMigration {

	/** The content moved in the text; the report records the add-on, as a save with the add-on installed does. */
	@Override
	public void migrate(EObject root, Map<EObject, AnyType> unknownContent) {
		if (root instanceof EvaluationReport report && AddOnContent.inUse(report).containsKey(namespace)
				&& report.getAddOns().stream().noneMatch(addOn -> namespace.equals(addOn.getNamespace()))) {
			AddOnReference reference = HyokaFactory.eINSTANCE.createAddOnReference();
			reference.setNamespace(namespace);
			reference.setFeature(feature);
			reference.setFeatureName(featureName);
			report.getAddOns().add(reference);
		}
	}

	@Override
	public boolean readsUnknownContent() {
		return false;
	}

	@Override
	public Reader rewrite(Reader text) {
		Pattern start = Pattern.compile("<" + Pattern.quote(element) + "(?=[\\s/>])"); //$NON-NLS-1$ //$NON-NLS-2$
		String startReplacement = Matcher.quoteReplacement("<extensions xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:" //$NON-NLS-1$
				+ prefix + "=\"" + namespace + "\" xsi:type=\"" + prefix + ":" + type + "\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		String end = "</" + element + ">"; //$NON-NLS-1$ //$NON-NLS-2$
		String quotedOld = oldNamespace == null ? null : "\"" + oldNamespace + "\""; //$NON-NLS-1$ //$NON-NLS-2$
		String quotedNew = "\"" + namespace + "\""; //$NON-NLS-1$ //$NON-NLS-2$
		Map<String, String> types = oldTypes.stream().collect(Collectors.toMap(old -> "xsi:type=\"" + old + "\"", //$NON-NLS-1$ //$NON-NLS-2$
				old -> "xsi:type=\"" + prefix + old.substring(old.indexOf(':')) + "\"")); //$NON-NLS-1$ //$NON-NLS-2$
		BufferedReader lines = new BufferedReader(text);
		return new Reader() {
			private StringReader line = new StringReader(""); //$NON-NLS-1$
			private boolean done;

			@Override
			public int read(char[] buffer, int offset, int length) throws IOException {
				while (!done) {
					int read = line.read(buffer, offset, length);
					if (read > 0) {
						return read;
					}
					String next = lines.readLine();
					if (next == null) {
						done = true;
					} else {
						String rewritten = start.matcher(next).replaceAll(startReplacement).replace(end, "</extensions>"); //$NON-NLS-1$
						if (quotedOld != null) {
							rewritten = rewritten.replace(quotedOld, quotedNew);
						}
						for (Map.Entry<String, String> type : types.entrySet()) {
							rewritten = rewritten.replace(type.getKey(), type.getValue());
						}
						line = new StringReader(rewritten + "\n"); //$NON-NLS-1$
					}
				}
				return -1;
			}

			@Override
			public void close() throws IOException {
				lines.close();
			}
		};
	}
}
