package org.hyoka.team;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.hyoka.team.internal.TeamMessages;

/**
 * The user name and password (or token) a remote asks for over HTTPS: kept per server in Eclipse's secure storage,
 * encrypted, and asked of a person (a dialog, a terminal) when none is kept or the server refused the kept one. A
 * login given is kept only once the operation ended without the server refusing it ({@link #keepAccepted()}), so
 * that a mistyped password never reaches the storage (nor asks for its master password). The
 * server is the scheme, host and port, as Git's credential helpers key them by default, so that one login serves every
 * repository of a secretariat's server. JGit asks again at most a few times before it gives up with "not authorized"
 * (docs/team.md, Credentials).
 * <p>
 * Over SSH it serves two more questions: the passphrase of an encrypted key, kept and asked like a login (the "server"
 * is then the key's file, and there is no user name), and whether to trust a host whose key {@code known_hosts} lacks
 * or contradicts, which it always answers no, saying how to accept the host ({@link #problem()}).
 */
public final class Logins extends CredentialsProvider {

	/** Where logins are kept under a secure storage's root. */
	static final String NODE = "org.hyoka.team/logins"; //$NON-NLS-1$
	private static final String USER = "user"; //$NON-NLS-1$
	private static final String PASSWORD = "password"; //$NON-NLS-1$

	/** A user name and a password or token. */
	public record Login(String user, char[] password) {
	}

	/** What a {@link Logins#problem()} is about, and so what mends it. */
	public enum Trouble {
		/** A server's user name and password: given or refused. */
		LOGIN,
		/** A key's passphrase: not given or wrong. */
		PASSPHRASE,
		/** A host refused for its key, unknown or changed: no login or passphrase mends it, known_hosts does. */
		HOST
	}

	/** Asks a person for a login. */
	@FunctionalInterface
	public interface Asker {

		/**
		 * @param server
		 *            the server asking, as {@code https://host[:port]}, or the key file whose passphrase is asked
		 *            ({@link #isKey(String)})
		 * @param user
		 *            the user name to offer (from the URL or the last login), or null; null for a key
		 *            (whose login's user name is ignored)
		 * @param refusal
		 *            why the server wants another login (it refused the last one), or null on the first question
		 * @return the login, or null when the person cancels
		 */
		Login ask(String server, String user, String refusal);
	}

	private final ISecurePreferences storage;
	private final Asker asker;
	private final Set<String> refused = new HashSet<>();
	/** The keys whose passphrase was given during this operation: asked again, it was wrong. */
	private final Set<String> keysAsked = new HashSet<>();
	/** Per server, the login given during this operation, not yet known to be accepted. */
	private final Map<String, Login> given = new HashMap<>();
	private String problem;
	private Trouble trouble;
	/** The user name last given, offered again when the server refused it. */
	private String lastUser;

	/**
	 * @param storage
	 *            the secure storage's root ({@code SecurePreferencesFactory.getDefault()}), or null to keep nothing
	 * @param asker
	 *            asks a person when no kept login serves
	 */
	public Logins(ISecurePreferences storage, Asker asker) {
		this.storage = storage;
		this.asker = asker;
	}

	@Override
	public boolean isInteractive() {
		return true;
	}

	@Override
	public boolean supports(CredentialItem... items) {
		return Arrays.stream(items).allMatch(item -> item instanceof CredentialItem.Username || item instanceof CredentialItem.Password
				|| item instanceof CredentialItem.YesNoType || item instanceof CredentialItem.InformationalMessage);
	}

	/** Whether the server of a question is a key file (a passphrase is asked) rather than a server (a login). */
	public static boolean isKey(String server) {
		return !server.contains("://"); //$NON-NLS-1$
	}

	@Override
	public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
		if (!supports(items)) {
			throw new UnsupportedCredentialItem(uri, Arrays.toString(items));
		}
		if (Arrays.stream(items).anyMatch(CredentialItem.YesNoType.class::isInstance)) {
			return refuseHost(uri, items);
		}
		if (Arrays.stream(items).noneMatch(item -> item instanceof CredentialItem.Username || item instanceof CredentialItem.Password)) {
			return true;
		}
		String server = server(uri);
		boolean key = isKey(server);
		String kind = key ? "passphrase" : "login"; //$NON-NLS-1$ //$NON-NLS-2$
		if (key && !keysAsked.add(server)) {
			reset(uri);
		}
		boolean again = refused.remove(server);
		Login login = again ? null : given.containsKey(server) ? given.get(server) : kept(server);
		if (login == null) {
			login = asker.ask(server, key ? null : uri.getUser() != null ? uri.getUser() : lastUser, again ? TeamMessages.format(kind + "Refused", server) : null); //$NON-NLS-1$
			if (login == null) {
				problem(key, TeamMessages.format(kind + (again ? "Refused" : "Needed"), server)); //$NON-NLS-1$ //$NON-NLS-2$
				return false;
			}
			login = key ? new Login("", login.password()) : login; //$NON-NLS-1$
			given.put(server, login);
		}
		lastUser = key ? lastUser : login.user();
		problem = null;
		trouble = null;
		for (CredentialItem item : items) {
			if (item instanceof CredentialItem.Username name) {
				name.setValue(login.user());
			} else if (item instanceof CredentialItem.Password password) {
				password.setValue(login.password());
			}
		}
		return true;
	}

	/**
	 * JGit calls this when the server refused the login given, and {@link #get} when a key's passphrase is asked
	 * again (the one given did not open it): it is forgotten, and the next one is asked.
	 */
	@Override
	public void reset(URIish uri) {
		String server = server(uri);
		refused.add(server);
		given.remove(server);
		problem(isKey(server), TeamMessages.format(isKey(server) ? "passphraseRefused" : "loginRefused", server)); //$NON-NLS-1$ //$NON-NLS-2$
		forget(storage, server);
	}

	/**
	 * JGit asks whether to trust a host key that known_hosts lacks or contradicts: no, and the problem says how to
	 * accept the host, since trusting it on the way would let anyone in between read and change what is published.
	 */
	private boolean refuseHost(URIish uri, CredentialItem... items) {
		for (CredentialItem item : items) {
			if (item instanceof CredentialItem.YesNoType question) {
				question.setValue(false);
			}
		}
		int port = uri.getPort() > 0 ? uri.getPort() : 22;
		problem = TeamMessages.format("hostUnknown", uri.getHost(), Integer.toString(port)); //$NON-NLS-1$
		trouble = Trouble.HOST;
		return true;
	}

	private void problem(boolean key, String text) {
		problem = text;
		trouble = key ? Trouble.PASSPHRASE : Trouble.LOGIN;
	}

	/**
	 * Keeps the logins given during the operation in the storage, when the servers accepted them: call it when the
	 * operation ended with no {@link #problem()}.
	 */
	public void keepAccepted() {
		if (problem == null) {
			given.forEach(this::keep);
		}
		given.clear();
	}

	/**
	 * Why the last operation could not log in, in the user's words: the server refused the login or nobody gave one;
	 * null when it logged in or was never asked.
	 */
	public String problem() {
		return problem;
	}

	/** What the {@link #problem()} is about; null when there is none. */
	public Trouble trouble() {
		return trouble;
	}

	/** The servers whose logins the storage keeps. */
	public static List<String> servers(ISecurePreferences storage) {
		List<String> servers = new ArrayList<>();
		if (storage != null && storage.nodeExists(NODE)) {
			for (String name : storage.node(NODE).childrenNames()) {
				servers.add(EncodingUtils.decodeSlashes(name));
			}
		}
		return servers;
	}

	/** Removes the server's login from the storage, and saves it. */
	public static void forget(ISecurePreferences storage, String server) {
		String path = NODE + "/" + EncodingUtils.encodeSlashes(server); //$NON-NLS-1$
		if (storage != null && storage.nodeExists(path)) {
			storage.node(path).removeNode();
			save(storage);
		}
	}

	/** The scheme, host and port of the URL: what a login is kept for; a key file's path for its passphrase. */
	static String server(URIish uri) {
		if (uri.getHost() == null) {
			return uri.getPath();
		}
		return (uri.getScheme() == null ? "ssh" : uri.getScheme()) + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private Login kept(String server) {
		String path = NODE + "/" + EncodingUtils.encodeSlashes(server); //$NON-NLS-1$
		if (storage == null || !storage.nodeExists(path)) {
			return null;
		}
		ISecurePreferences node = storage.node(path);
		try {
			String user = node.get(USER, null);
			String password = node.get(PASSWORD, null);
			return user == null || password == null ? null : new Login(user, password.toCharArray());
		} catch (StorageException e) {
			// the storage cannot be opened (its master password was not given): the person is asked instead
			return null;
		}
	}

	private void keep(String server, Login login) {
		if (storage == null) {
			return;
		}
		ISecurePreferences node = storage.node(NODE + "/" + EncodingUtils.encodeSlashes(server)); //$NON-NLS-1$
		try {
			node.put(USER, login.user(), false);
			node.put(PASSWORD, new String(login.password()), true);
			save(storage);
		} catch (StorageException e) {
			// not kept (no master password): this login serves this time, and the person is asked next time
			node.removeNode();
		}
	}

	private static void save(ISecurePreferences storage) {
		try {
			storage.flush();
		} catch (IOException e) {
			// the storage's file cannot be written: the login serves this session only, as if it had not been kept
		}
	}
}
