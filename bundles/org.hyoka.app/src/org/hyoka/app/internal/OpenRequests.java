package org.hyoka.app.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;

import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/**
 * The hand-off of files from a second start to the workbench already running on the same workspace: the running one
 * listens on a Unix domain socket (a file, never a network port) in a folder only its user may enter, answers only
 * processes of that user, and takes nothing but a short list of file URIs. A second start that finds the workspace
 * locked sends its files there and ends, instead of failing on the lock.
 *
 * <p>The request is {@value #HELLO}, then one {@code file:} URI a line (URIs, since file names may hold line breaks),
 * then an empty line; the answer is {@value #OK}. An empty list asks only to bring the window to the front.
 */
final class OpenRequests implements AutoCloseable {

	static final String HELLO = "hyoka-open 1"; //$NON-NLS-1$
	static final String OK = "ok"; //$NON-NLS-1$
	/** Requests longer than this are a mistake or an attack: dropped unread. */
	static final int MAX_REQUEST_BYTES = 256 * 1024;
	/** A socket's path must fit sockaddr_un (108 bytes with its terminating zero on Linux, 104 on macOS). */
	private static final int MAX_SOCKET_PATH_BYTES = 100;

	private final ServerSocketChannel server;
	private final Path socket;
	private final Consumer<List<Path>> opener;
	private final UserPrincipal owner;

	private OpenRequests(ServerSocketChannel server, Path socket, Consumer<List<Path>> opener) throws IOException {
		this.server = server;
		this.socket = socket;
		this.opener = opener;
		this.owner = Files.getOwner(socket, LinkOption.NOFOLLOW_LINKS);
	}

	/**
	 * Listens for the workspace, whose lock the caller holds, and hands each request's files to the opener (on a
	 * thread of the listener's, so the opener passes them to the UI thread itself). Null when this system cannot
	 * (no Unix domain sockets, or no private folder for one): then a second start reports the workspace in use.
	 */
	static OpenRequests listen(Path workspace, Consumer<List<Path>> opener) {
		try {
			Path socket = socketFile(workspace);
			// the workspace lock says no other workbench listens here: a file left by one that crashed goes
			Files.deleteIfExists(socket);
			ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
			try {
				server.bind(UnixDomainSocketAddress.of(socket));
				restrictToOwner(socket, "rw-------"); //$NON-NLS-1$
				OpenRequests requests = new OpenRequests(server, socket, opener);
				Thread.ofPlatform().name("Hyoka open requests").daemon().start(requests::serve); //$NON-NLS-1$
				return requests;
			} catch (IOException | RuntimeException e) {
				server.close();
				throw e;
			}
		} catch (IOException | RuntimeException e) {
			ILog.of(OpenRequests.class).warn("No hand-off of files from a second start: " + e.getMessage(), e); //$NON-NLS-1$
			return null;
		}
	}

	/**
	 * Hands the files to the workbench running on the workspace, waiting up to {@code waitMillis} for it to listen
	 * (it may still be starting). True once it has taken them.
	 */
	static boolean send(Path workspace, List<Path> files, long waitMillis) {
		long deadline = System.nanoTime() + waitMillis * 1_000_000;
		while (true) {
			try {
				return send(socketFile(workspace), files);
			} catch (IOException e) {
				if (System.nanoTime() > deadline) {
					return false;
				}
				try {
					Thread.sleep(200);
				} catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
		}
	}

	private static boolean send(Path socket, List<Path> files) throws IOException {
		if (!Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
			throw new IOException("not listening yet"); //$NON-NLS-1$
		}
		try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
			StringBuilder request = new StringBuilder(HELLO).append('\n');
			for (Path file : files) {
				request.append(file.toAbsolutePath().normalize().toUri()).append('\n');
			}
			request.append('\n');
			ByteBuffer out = StandardCharsets.UTF_8.encode(request.toString());
			while (out.hasRemaining()) {
				channel.write(out);
			}
			channel.shutdownOutput();
			return (OK + '\n').equals(readAll(channel, 64));
		}
	}

	/** The socket: in the workspace's metadata, or where that path is too long, in the user's private runtime folder. */
	static Path socketFile(Path workspace) throws IOException {
		Path root = workspace.toAbsolutePath().normalize();
		try {
			// one socket for a workspace reached through a symbolic link too, as it has one lock
			root = root.toRealPath();
		} catch (IOException e) {
			// not there yet: its own name
		}
		Path metadata = root.resolve(".metadata"); //$NON-NLS-1$
		Path inWorkspace = metadata.resolve("hyoka-open").resolve("socket"); //$NON-NLS-1$ //$NON-NLS-2$
		if (inWorkspace.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_SOCKET_PATH_BYTES) {
			privateFolder(inWorkspace.getParent());
			return inWorkspace;
		}
		String runtime = System.getenv("XDG_RUNTIME_DIR"); //$NON-NLS-1$
		Path base = runtime != null && !runtime.isBlank() ? Path.of(runtime) : Path.of(System.getProperty("java.io.tmpdir")); //$NON-NLS-1$
		Path folder = base.resolve("hyoka-" + System.getProperty("user.name")); //$NON-NLS-1$ //$NON-NLS-2$
		privateFolder(folder);
		return folder.resolve(hash(root.toString()));
	}

	/** Makes the folder, only its owner's; refuses one that another user made or others may enter (e.g. in /tmp). */
	private static void privateFolder(Path folder) throws IOException {
		if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
			Files.createDirectories(folder.getParent());
			try {
				Files.createDirectory(folder);
			} catch (java.nio.file.FileAlreadyExistsException e) {
				// made meanwhile by the other start: checked below like any other
			}
		}
		if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) { //$NON-NLS-1$
			return; // Windows: the folder inherits the workspace's or the user's profile's access rights
		}
		PosixFileAttributeView view = Files.getFileAttributeView(folder, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
		UserPrincipal me = folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(System.getProperty("user.name")); //$NON-NLS-1$
		if (Files.isSymbolicLink(folder) || !view.readAttributes().owner().equals(me)) {
			throw new IOException(folder + " is not the user's own folder"); //$NON-NLS-1$
		}
		restrictToOwner(folder, "rwx------"); //$NON-NLS-1$
	}

	private static void restrictToOwner(Path path, String permissions) throws IOException {
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) { //$NON-NLS-1$
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
		}
	}

	private static String hash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
			return HexFormat.of().formatHex(digest, 0, 12);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private void serve() {
		while (server.isOpen()) {
			try {
				SocketChannel channel = server.accept();
				// each on a thread of its own, so that a client that says nothing holds up no other
				Thread.ofVirtual().name("Hyoka open request").start(() -> answer(channel)); //$NON-NLS-1$
			} catch (ClosedChannelException e) {
				return;
			} catch (IOException e) {
				ILog.of(OpenRequests.class).warn(e.getMessage(), e);
			}
		}
	}

	private void answer(SocketChannel channel) {
		try (channel) {
			if (!fromOwner(channel)) {
				return;
			}
			List<Path> files = parse(readAll(channel, MAX_REQUEST_BYTES));
			if (files == null) {
				return;
			}
			opener.accept(files);
			ByteBuffer answer = StandardCharsets.UTF_8.encode(OK + '\n');
			while (answer.hasRemaining()) {
				channel.write(answer);
			}
		} catch (IOException | RuntimeException e) {
			ILog.of(OpenRequests.class).warn("A request to open files failed: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	/** The peer runs as this workbench's user (where the system says so: not on Windows). */
	private boolean fromOwner(SocketChannel channel) throws IOException {
		try {
			UnixDomainPrincipal peer = channel.getOption(ExtendedSocketOptions.SO_PEERCRED);
			return peer.user().equals(owner);
		} catch (UnsupportedOperationException e) {
			return true; // the socket's folder is the user's own
		}
	}

	/** The files of a request, or null for anything that is not one. */
	static List<Path> parse(String request) {
		if (request == null || !request.startsWith(HELLO + '\n') || !request.endsWith("\n\n")) { //$NON-NLS-1$
			return null;
		}
		List<Path> files = new ArrayList<>();
		String[] lines = request.substring(HELLO.length() + 1, request.length() - 1).split("\n", -1); //$NON-NLS-1$
		for (int i = 0; i < lines.length - 1; i++) {
			try {
				URI uri = new URI(lines[i]);
				if (!"file".equals(uri.getScheme())) { //$NON-NLS-1$
					return null;
				}
				files.add(Path.of(uri));
			} catch (java.net.URISyntaxException | IllegalArgumentException e) {
				return null;
			}
		}
		return lines[lines.length - 1].isEmpty() ? files : null;
	}

	/** Everything the peer sends until it ends its output, or null if that is more than the limit. */
	private static String readAll(SocketChannel channel, int limit) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ByteBuffer buffer = ByteBuffer.allocate(8192);
		while (channel.read(buffer) >= 0) {
			buffer.flip();
			bytes.write(buffer.array(), 0, buffer.limit());
			buffer.clear();
			if (bytes.size() > limit) {
				return null;
			}
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

	/** The arguments that name evaluation files ({@code *.hyoka}), as absolute paths. */
	static List<Path> fileArguments(String[] arguments) {
		List<Path> files = new ArrayList<>();
		for (String argument : arguments) {
			if (!argument.startsWith("-") && argument.toLowerCase(Locale.ROOT).endsWith(".hyoka")) { //$NON-NLS-1$ //$NON-NLS-2$
				files.add(Path.of(argument).toAbsolutePath().normalize());
			}
		}
		return files;
	}

	@Override
	public void close() {
		try {
			server.close();
			Files.deleteIfExists(socket);
		} catch (IOException e) {
			ILog.of(OpenRequests.class).warn(e.getMessage(), e);
		}
	}
}
