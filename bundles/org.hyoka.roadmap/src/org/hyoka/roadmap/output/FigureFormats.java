package org.hyoka.roadmap.output;

import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.hyoka.core.contributions.Contribution;
import org.hyoka.core.contributions.ContributionException;
import org.hyoka.core.contributions.Contributions;
import org.hyoka.roadmap.internal.FormatMessages;

/**
 * The installed formats of the roadmap figure, which {@code hyoka roadmap} and the Roadmap view write: org.hyoka.roadmap's
 * own (SVG, PNG, PDF) in the order of its plugin.xml, then every other one placed by its {@code after} or
 * {@code before}, or at the end by id, so the list never depends on which bundle started first. In the product they
 * come from the {@value #EXTENSION_POINT} extension point; plain Java code builds a registry from descriptors with
 * {@link #of(Collection)} or takes {@link #builtIn()}.
 */
public final class FigureFormats {

	public static final String PLUGIN_ID = "org.hyoka.roadmap"; //$NON-NLS-1$
	public static final String EXTENSION_POINT = PLUGIN_ID + ".figureFormats"; //$NON-NLS-1$

	private static final String CLASS = "class"; //$NON-NLS-1$
	private static final String FILE_EXTENSION = "fileExtension"; //$NON-NLS-1$

	private final List<FigureFormat> formats;
	private final List<IStatus> problems;

	private FigureFormats(Contributions<FigureFormat> read) {
		Contributions<FigureFormat> arranged = read.arranged(PLUGIN_ID, FigureFormat::bundle, FigureFormat::placement,
				Comparator.comparing(FigureFormat::id));
		List<IStatus> found = new ArrayList<>(arranged.problems());
		// one format a file extension: org.hyoka.roadmap's own, even when a contribution is placed before it, then the first
		List<FigureFormat> ownFirst = new ArrayList<>(arranged.accepted());
		ownFirst.sort(Comparator.comparing(format -> !PLUGIN_ID.equals(format.bundle())));
		Map<String, FigureFormat> byExtension = new HashMap<>();
		for (FigureFormat format : ownFirst) {
			FigureFormat first = byExtension.putIfAbsent(key(format.fileExtension()), format);
			if (first != null) {
				found.add(Status.warning(FormatMessages.format("duplicateExtension", format.bundle(), format.id(), //$NON-NLS-1$
						format.fileExtension(), first.id(), first.bundle())));
			}
		}
		this.formats = arranged.accepted().stream().filter(format -> byExtension.get(key(format.fileExtension())) == format).toList();
		this.problems = List.copyOf(found);
	}

	/**
	 * A registry of these formats, those of the bundle {@value #PLUGIN_ID} first in this order. A repeated id is a
	 * problem and only its first use counts; of formats with the same file extension, org.hyoka.roadmap's own or else
	 * the first in order is kept and the others are problems.
	 */
	public static FigureFormats of(Collection<FigureFormat> descriptors) {
		return new FigureFormats(Contributions.of(descriptors, FigureFormat::id, FormatMessages.get("kind"))); //$NON-NLS-1$
	}

	/**
	 * org.hyoka.roadmap's own formats, read from its plugin.xml without OSGi, their labels from its plugin.properties:
	 * for plain Java code that has no extension registry.
	 */
	public static FigureFormats builtIn() {
		return read(BuiltIn.REGISTRY);
	}

	/**
	 * The formats contributed to the extension point. Contributions lacking an attribute, with a file extension that
	 * is not letters and digits, or repeating an id or the file extension of another format (org.hyoka.roadmap's own
	 * are kept) are left out and reported in {@link #problems()}, naming the contributing bundle.
	 */
	public static FigureFormats read(IExtensionRegistry registry) {
		return new FigureFormats(Contributions.read(registry, EXTENSION_POINT, "format", FormatMessages.get("kind"), //$NON-NLS-1$ //$NON-NLS-2$
				FigureFormat::id, FigureFormats::descriptor));
	}

	/** The running platform's formats, their problems logged; {@link #builtIn()} outside OSGi. */
	public static FigureFormats installed() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return builtIn();
		}
		FigureFormats installed = read(registry);
		Contributions.log(FigureFormats.class, installed.problems);
		return installed;
	}

	private static FigureFormat descriptor(Contribution element) throws ContributionException {
		String id = element.required("id"); //$NON-NLS-1$
		String extension = element.required(FILE_EXTENSION).strip();
		String label = element.required("label"); //$NON-NLS-1$
		element.required(CLASS);
		if (!FigureFormat.isExtension(extension)) {
			throw new ContributionException(FormatMessages.format("badExtension", element.bundle(), id, extension)); //$NON-NLS-1$
		}
		return new FigureFormat(id, extension, label, element.optional("after", null), element.optional("before", null), //$NON-NLS-1$ //$NON-NLS-2$
				element.bundle(), () -> element.create(CLASS, FigureWriter.class));
	}

	private static String key(String extension) {
		return extension.toLowerCase(Locale.ROOT);
	}

	/** The formats, in the order users see them. */
	public List<FigureFormat> formats() {
		return formats;
	}

	/** The formats' file extensions, in the same order. */
	public List<String> extensions() {
		return formats.stream().map(FigureFormat::fileExtension).toList();
	}

	/** The file extensions as a refusal lists them: ".svg, .png, .pdf". */
	public String listed() {
		return String.join(", ", extensions().stream().map(extension -> "." + extension).toList()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The format of a file extension (without the dot), whatever its case. */
	public Optional<FigureFormat> forExtension(String extension) {
		return formats.stream().filter(format -> key(format.fileExtension()).equals(key(extension))).findFirst();
	}

	/** The format of a file by its name's last extension, whatever its case; a path's folders are ignored. */
	public Optional<FigureFormat> forFile(String fileName) {
		String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf(File.separatorChar)) + 1);
		int dot = name.lastIndexOf('.');
		return dot < 0 ? Optional.empty() : forExtension(name.substring(dot + 1));
	}

	/** What was wrong with the contributions; empty when every one was accepted and placed. */
	public List<IStatus> problems() {
		return problems;
	}

	/** org.hyoka.roadmap's plugin.xml in a registry of its own, read once. */
	private static final class BuiltIn {
		static final IExtensionRegistry REGISTRY = Contributions.standalone(FigureFormats.class, PLUGIN_ID);
	}
}
