package org.hyoka.model.persistence;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * A file read on a thread of its own before its editor asks for it: the workbench opens the sample it starts with
 * while it still draws its first window, and reading the file cold on the UI thread was a sixth of the wait for the
 * editor (docs/benchmarks.md, "Start-up"). The editor {@linkplain #take takes} the resource instead of reading the
 * file again. A read is taken once, and only while the file still holds what was read; a failed read is not handed
 * over, and the editor's own read reports the problem.
 */
public final class ReadAhead {

	private static final Map<URI, ReadAhead> PENDING = new ConcurrentHashMap<>();

	private final URI uri;
	private final CompletableFuture<Resource> read = new CompletableFuture<>();

	private ReadAhead(URI uri) {
		this.uri = uri;
	}

	/** Starts reading the file at the URI, as an evaluation file, on a thread of its own. */
	public static ReadAhead start(URI uri) {
		return start(uri, read -> Thread.ofPlatform().name("Read ahead: " + uri.lastSegment()).daemon().start(read)); //$NON-NLS-1$
	}

	/** Starts reading the file at the URI on the executor. */
	static ReadAhead start(URI uri, Executor executor) {
		ReadAhead ahead = new ReadAhead(uri);
		PENDING.put(uri, ahead);
		executor.execute(ahead::read);
		return ahead;
	}

	/**
	 * The resource read ahead of the file at the URI, once it is read, in a resource set of its own (add it to
	 * another to move it there); empty when no read was started, or it failed, or the file changed since.
	 */
	public static Optional<Resource> take(URI uri) {
		ReadAhead ahead = PENDING.remove(uri);
		if (ahead == null) {
			return Optional.empty();
		}
		Resource resource = ahead.read.join();
		try {
			return resource instanceof HyokaResource read && read.fileUnchanged() ? Optional.of(resource) : Optional.empty();
		} catch (IOException e) {
			return Optional.empty(); // the taker's own read reports it
		}
	}

	/** Forgets the read unless it was taken: for when the editor did not open. */
	public void discard() {
		PENDING.remove(uri, this);
	}

	/** Completes {@link #read} whatever happens: a taker waits for it. */
	private void read() {
		try {
			Resource resource = HyokaFiles.newResourceSet().createResource(uri);
			resource.load(Map.of());
			read.complete(resource);
		} catch (IOException | RuntimeException | Error e) {
			read.complete(null);
			if (e instanceof Error error) {
				throw error;
			}
		}
	}
}
