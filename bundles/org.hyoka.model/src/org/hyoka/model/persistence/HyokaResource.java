package org.hyoka.model.persistence;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RunnableFuture;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.util.BasicExtendedMetaData;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaPackage;
import org.hyoka.model.persistence.DecodingReader.MalformedTextException;
import org.hyoka.model.persistence.DecodingReader.PlacedException;
import org.hyoka.model.persistence.DecodingReader.TooLargeException;
import org.hyoka.model.persistence.FileFormat.Version;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A .hyoka file: XMI in UTF-8, objects referenced by their stable ids. Reading never resolves
 * entities or DTDs, never fetches a namespace, accepts a byte order mark, refuses files larger than
 * {@link #DEFAULT_MAX_BYTES} or an eighth of the heap, whichever is more, reports every problem with file, line and column, and upgrades files of older
 * formats through {@link ModelMigrations}. Saving to a file goes through {@link AtomicWrite}, and is refused
 * with a {@link FileChangedException} when another program saved the file since it was read.
 */
public class HyokaResource extends XMIResourceImpl {

	/** Load option: extra {@link ModelMigration}s (a {@code List}) tried before the built-in ones. */
	public static final String OPTION_MIGRATIONS = "org.hyoka.model.migrations";

	/**
	 * Load option: the most bytes a file may hold (a {@code Long}); when absent, {@link #DEFAULT_MAX_BYTES} or an
	 * eighth of the heap, whichever is more.
	 */
	public static final String OPTION_MAX_BYTES = "org.hyoka.model.maxBytes";

	/**
	 * 64 MB: a hundred times the largest evaluation we know, and little enough to read into memory. Larger heaps admit
	 * larger files, as a loaded model takes about 2.7 times its file (202 MiB for the 76 MB portfolio of 5,000
	 * projects, docs/benchmarks.md): an eighth of the heap leaves the rest for the editor and the exports.
	 */
	public static final long DEFAULT_MAX_BYTES = 64L << 20;

	/**
	 * Save option: work done while the file is written (a {@link RunnableFuture}: validation of what is saved, say),
	 * started on a thread of its own once the save has recorded the add-ons the report uses, and before it writes. The
	 * file is replaced only once the work is done, and not at all when it fails, whose exception the save throws then.
	 * Neither may change the model: both read it at once.
	 */
	public static final String OPTION_ALONGSIDE = "org.hyoka.model.alongside";

	/** The largest file a heap of {@code heapBytes} loads by default. */
	static long defaultMaxBytes(long heapBytes) {
		return Math.max(DEFAULT_MAX_BYTES, heapBytes / 8);
	}

	private static final int BOM_LENGTH = 3;

	private static final XMLParserPool PARSER_POOL = new XMLParserPoolImpl(true);

	private static final Map<String, Boolean> SECURE_PARSER_FEATURES = Map.of(
			XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE,
			"http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE,
			"http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
			"http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE,
			"http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);

	private static final Map<String, Object> SECURE_PARSER_PROPERTIES = Map.of(
			XMLConstants.ACCESS_EXTERNAL_DTD, "",
			XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");

	static {
		HyokaPackage.eINSTANCE.eClass(); // registers the packages where no plug-in registry does (plain Java)
	}

	private Version migratedFrom;
	/** The SHA-256 of the bytes the last load read, and of the file as the last save wrote it. */
	private byte[] digest;
	/** The file {@link #digest} belongs to, or null. */
	private Path digestOf;

	public HyokaResource(URI uri) {
		super(uri);
		setIntrinsicIDToEObjectMap(new HashMap<>());
		Map<Object, Object> load = getDefaultLoadOptions();
		load.put(OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		load.put(OPTION_USE_PARSER_POOL, PARSER_POOL);
		load.put(OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		load.put(OPTION_PARSER_FEATURES, SECURE_PARSER_FEATURES);
		load.put(OPTION_PARSER_PROPERTIES, SECURE_PARSER_PROPERTIES);
		Map<Object, Object> save = getDefaultSaveOptions();
		save.put(OPTION_ENCODING, StandardCharsets.UTF_8.name());
		save.put(OPTION_LINE_DELIMITER, "\n");
		save.put(OPTION_SCHEMA_LOCATION, Boolean.FALSE);
	}

	/** The format version the file was upgraded from while loading; empty for current files. */
	public Optional<Version> migratedFrom() {
		return Optional.ofNullable(migratedFrom);
	}

	@Override
	public void load(Map<?, ?> options) throws IOException {
		digest = null;
		digestOf = null;
		try {
			super.load(options);
			digestOf = digest == null ? null : localFile();
		} catch (HyokaLoadException e) {
			throw e;
		} catch (IOException | RuntimeException e) {
			if (onlyBrokenReferences() && !getContents().isEmpty()) {
				digestOf = digest == null ? null : localFile();
				throw new BrokenReferencesException(problems(e), e);
			}
			throw new HyokaLoadException(problems(e), e);
		}
	}

	/**
	 * Whether every error of the last load is a reference that names nothing: the objects were all read, only those
	 * links are missing, so the file can be shown though not saved (saving would drop the links for good).
	 */
	private boolean onlyBrokenReferences() {
		return !getErrors().isEmpty() && getErrors().stream().allMatch(UnresolvedReferenceException.class::isInstance);
	}

	@Override
	public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		MessageDigest sha256 = AtomicWrite.sha256();
		BufferedInputStream in = new BufferedInputStream(new DigestInputStream(inputStream, sha256), Prolog.LIMIT + 1);
		in.mark(Prolog.LIMIT + 1);
		Prolog prolog = Prolog.read(in);
		in.reset();
		if (prolog.empty()) {
			throw new HyokaLoadException(List.of(new LoadProblem(fileName(), 0, 0, PersistenceMessages.format("empty"))), null);
		}
		if (prolog.byteOrderMark()) {
			in.skipNBytes(BOM_LENGTH); // the parser would take it for text before the root element
		}
		long maxBytes = options != null && options.get(OPTION_MAX_BYTES) instanceof Long max ? max
				: defaultMaxBytes(Runtime.getRuntime().maxMemory());
		Map<Object, Object> effective = new HashMap<>(options == null ? getDefaultLoadOptions() : options);
		ModelMigration migration = migrationFor(prolog, options);
		// EMF keeps unknown content only with extended metadata, and HyokaHandler lets it keep add-ons' content
		// alone unless a migration reads the rest. The metadata's registry is the load's own: the placeholders EMF
		// makes for missing packages must not reach the resource set, and the pooled handler must not keep them.
		EPackage.Registry registry = migration != null ? olderNamespacesToCurrent(prolog)
				: foreign(prolog) ? new EPackageRegistryImpl(packageRegistry()) : null;
		if (registry != null) {
			effective.put(OPTION_EXTENDED_META_DATA, new BasicExtendedMetaData(registry));
			effective.put(OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);
		}
		effective.put(HyokaHandler.OPTION_MIGRATING, migration != null && migration.readsUnknownContent());
		Reader text = new DecodingReader(in, charset(prolog), maxBytes);
		InputSource source = new InputSource(migration == null ? text : migration.rewrite(text));
		source.setSystemId(getURI().toString());
		IOException broken = null;
		try {
			super.doLoad(source, effective);
		} catch (IOException e) {
			if (!onlyBrokenReferences()) {
				throw e;
			}
			broken = e; // the rest is read, digested and upgraded as usual, for a read-only look at the file
		}
		// the parser may stop after the root element: the rest counts for the digest, and for the size
		if (in.transferTo(OutputStream.nullOutputStream()) > maxBytes) {
			throw new HyokaLoadException(List.of(new LoadProblem(fileName(), 0, 0, PersistenceMessages.format("tooLarge", megabytes(maxBytes)))), null);
		}
		digest = sha256.digest();
		if (migration != null && !getContents().isEmpty()) {
			migration.migrate(getContents().get(0), new HashMap<EObject, org.eclipse.emf.ecore.xml.type.AnyType>(getEObjectToExtensionMap()));
			if (migration.readsUnknownContent()) {
				getEObjectToExtensionMap().clear();
			}
			migratedFrom = migration.from();
		}
		if (broken != null) {
			throw broken;
		}
	}

	private Charset charset(Prolog prolog) throws HyokaLoadException {
		if (prolog.encoding() == null) {
			return StandardCharsets.UTF_8;
		}
		try {
			return Charset.forName(prolog.encoding());
		} catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
			throw new HyokaLoadException(List.of(new LoadProblem(fileName(), 1, 1,
					PersistenceMessages.format("unknownEncoding", prolog.encoding()))), e);
		}
	}

	private ModelMigration migrationFor(Prolog prolog, Map<?, ?> options) throws HyokaLoadException {
		Optional<Version> version = prolog.namespaces().stream()
				.map(FileFormat::versionOf).flatMap(Optional::stream).max(Version::compareTo);
		if (version.isEmpty() || version.get().equals(FileFormat.CURRENT)) {
			return null; // not ours or current: the parser reports unknown namespaces with their place
		}
		if (version.get().compareTo(FileFormat.CURRENT) > 0) {
			throw new HyokaLoadException(List.of(new LoadProblem(fileName(), 0, 0,
					PersistenceMessages.format("newerFormat", version.get(), FileFormat.CURRENT))), null);
		}
		@SuppressWarnings("unchecked")
		List<ModelMigration> extra = options != null && options.get(OPTION_MIGRATIONS) instanceof List<?> list
				? (List<ModelMigration>) list : List.of();
		return ModelMigrations.from(version.get(), extra).orElseThrow(() -> new HyokaLoadException(List.of(
				new LoadProblem(fileName(), 0, 0, PersistenceMessages.format("noMigration", version.get(), FileFormat.CURRENT))), null));
	}

	/** Whether the file declares a namespace whose package is not installed (an add-on's, or no package at all). */
	private boolean foreign(Prolog prolog) {
		EPackage.Registry packages = packageRegistry();
		return prolog.namespaces().stream().anyMatch(namespace -> !XMI_URI.equals(namespace) && !XSI_URI.equals(namespace)
				&& !XML_SCHEMA_URI.equals(namespace) && !packages.containsKey(namespace));
	}

	private EPackage.Registry packageRegistry() {
		return getResourceSet() == null ? EPackage.Registry.INSTANCE : getResourceSet().getPackageRegistry();
	}

	private static EPackage.Registry olderNamespacesToCurrent(Prolog prolog) {
		EPackage.Registry registry = new EPackageRegistryImpl(EPackage.Registry.INSTANCE);
		for (String namespace : prolog.namespaces()) {
			EPackage current = FileFormat.versionOf(namespace).isPresent()
					? EPackage.Registry.INSTANCE.getEPackage(FileFormat.currentNamespace(namespace)) : null;
			if (current != null) { // a sub-package that moved out (ip in 1.1) has no current one: its migration rewrites it
				registry.put(namespace, current);
			}
		}
		return registry;
	}

	@Override
	protected XMLLoad createXMLLoad() {
		return new XMILoadImpl(createXMLHelper()) {
			@Override
			protected DefaultHandler makeDefaultHandler() {
				return new HyokaHandler(resource, helper, options);
			}
		};
	}

	@Override
	public void doSave(OutputStream outputStream, Map<?, ?> options) throws IOException {
		recordAddOns();
		super.doSave(outputStream, options);
	}

	private void recordAddOns() {
		if (!getContents().isEmpty() && getContents().get(0) instanceof EvaluationReport report) {
			AddOnContent.recordAddOns(report);
		}
	}

	@Override
	public void save(Map<?, ?> options) throws IOException {
		RunnableFuture<?> alongside = options != null && options.get(OPTION_ALONGSIDE) instanceof RunnableFuture<?> work ? work : null;
		if (alongside != null) {
			recordAddOns(); // now, so that the save changes nothing the work reads
			Thread.startVirtualThread(alongside);
		}
		try {
			Path target = localFile();
			if (target == null) {
				await(alongside);
				super.save(options);
				return;
			}
			MessageDigest sha256 = AtomicWrite.sha256();
			AtomicWrite.write(target, ".saving", target.equals(digestOf) ? digest : null, out -> {
				save(new DigestOutputStream(out, sha256), options);
				await(alongside);
			});
			digest = sha256.digest();
			digestOf = target;
			setModified(false);
			setTimeStamp(Files.getLastModifiedTime(target).toMillis());
		} finally {
			awaitQuietly(alongside);
		}
	}

	/** Waits for the work, throwing its failure; nothing to wait for when null. */
	private static void await(Future<?> work) throws IOException {
		if (work == null) {
			return;
		}
		try {
			work.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException(e.getMessage());
		} catch (ExecutionException e) {
			switch (e.getCause()) {
			case IOException problem -> throw problem;
			case RuntimeException failure -> throw failure;
			case Error error -> throw error;
			default -> throw new IOException(e.getCause());
			}
		}
	}

	/** Waits for the work when the save failed before it: nothing the save started runs on after it. */
	private static void awaitQuietly(Future<?> work) {
		if (work == null || work.isDone()) {
			return;
		}
		try {
			work.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (ExecutionException e) {
			// the save's own failure is the one reported
		}
	}

	/** Whether the file this resource was read from or saved to still holds the bytes read or written then. */
	public boolean fileUnchanged() throws IOException {
		return digestOf != null && Files.isRegularFile(digestOf) && Arrays.equals(digest, AtomicWrite.digest(digestOf));
	}

	private Path localFile() {
		URI local = getURI().isFile() ? getURI() : CommonPlugin.asLocalURI(getURI());
		return local.isFile() ? Paths.get(local.toFileString()) : null;
	}

	/** The file as its user knows it: its path on disk, also for a workspace's platform:/resource/ URI. */
	private String fileName() {
		Path local = localFile();
		return local != null ? local.toString() : getURI().toString();
	}

	private List<LoadProblem> problems(Exception exception) {
		List<LoadProblem> problems = new ArrayList<>();
		for (Diagnostic error : getErrors()) {
			problems.add(problem(error.getLine(), error.getColumn(), error.getMessage(), error instanceof Throwable t ? t : null));
		}
		if (problems.isEmpty()) {
			Throwable cause = exception;
			while (cause.getCause() != null && cause.getCause() != cause
					&& !(cause instanceof SAXParseException || cause instanceof XMIException || cause instanceof PlacedException)) {
				cause = cause.getCause();
			}
			if (cause instanceof SAXParseException sax) {
				problems.add(problem(sax.getLineNumber(), sax.getColumnNumber(), sax.getMessage(), sax));
			} else if (cause instanceof XMIException xmi) {
				problems.add(problem(xmi.getLine(), xmi.getColumn(), xmi.getMessage(), xmi));
			} else if (cause instanceof PlacedException placed) {
				problems.add(placed(placed));
			} else {
				problems.add(new LoadProblem(fileName(), 0, 0, String.valueOf(cause.getMessage())));
			}
		}
		return problems;
	}

	private LoadProblem problem(int line, int column, String message, Throwable cause) {
		Throwable root = cause;
		while (root != null && root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String text = message;
		if (root instanceof PlacedException placed) {
			return placed(placed);
		}
		if (message != null && message.contains("DOCTYPE")) {
			text = PersistenceMessages.format("doctype");
		} else if (cause instanceof UnresolvedReferenceException unresolved) {
			text = PersistenceMessages.format("unresolved", unresolved.getReference());
		} else if (root instanceof SAXParseException sax) {
			// EMF's message is the parser's toString, which repeats the file as a URI (platform:/resource/…) and the place
			text = sax.getMessage();
		} else if (cause instanceof XMIException xmi && text != null) {
			// EMF appends "(file:…, line, column)", which the problem says once already
			String place = " (" + xmi.getLocation() + ", " + xmi.getLine() + ", " + xmi.getColumn() + ")";
			text = text.endsWith(place) ? text.substring(0, text.length() - place.length()) : text;
		}
		return new LoadProblem(fileName(), Math.max(line, 0), Math.max(column, 0), text);
	}

	private LoadProblem placed(PlacedException placed) {
		String message = placed instanceof MalformedTextException malformed
				? PersistenceMessages.format("malformedText", malformed.charset, malformed.bytes)
				: PersistenceMessages.format("tooLarge", megabytes(((TooLargeException) placed).maxBytes));
		return new LoadProblem(fileName(), placed.line, placed.column, message);
	}

	private static long megabytes(long bytes) {
		return (bytes + (1 << 20) - 1) >> 20;
	}
}
