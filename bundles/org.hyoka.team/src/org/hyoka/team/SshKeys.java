package org.hyoka.team;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.sshd.IdentityPasswordProvider;
import org.eclipse.jgit.transport.sshd.JGitKeyCache;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

/**
 * SSH for ssh:// and scp-like ({@code user@host:path}) remotes, the way OpenSSH does it: the keys, known_hosts and
 * config of {@code ~/.ssh} (docs/team.md, SSH). A host whose key known_hosts lacks or contradicts is refused, never
 * accepted on the way ({@link Logins} answers JGit's question with no and says why); a key's passphrase is asked
 * through the same {@link CredentialsProvider} as an HTTPS login, so the workbench keeps it in secure storage.
 * JGit finds its SSH transport by a service loader, which sees nothing across bundles in OSGi: each remote command is
 * given the session factory here.
 */
final class SshKeys {

	/** One factory per home folder: it holds the SSH client and the keys it has read, for the whole session. */
	private static final Map<Path, SshdSessionFactory> FACTORIES = new ConcurrentHashMap<>();

	private SshKeys() {
	}

	/** The command with the credentials, and this user's SSH setup for an SSH remote. */
	static <C extends TransportCommand<C, ?>> C remote(C command, CredentialsProvider credentials) {
		SshdSessionFactory factory = factory(Path.of(System.getProperty("user.home"))); //$NON-NLS-1$
		return command.setCredentialsProvider(credentials).setTransportConfigCallback(transport -> {
			if (transport instanceof SshTransport ssh) {
				ssh.setSshSessionFactory(factory);
			}
		});
	}

	private static SshdSessionFactory factory(Path home) {
		return FACTORIES.computeIfAbsent(home, folder -> new SshdSessionFactoryBuilder()
				.setHomeDirectory(folder.toFile())
				.setSshDirectory(folder.resolve(".ssh").toFile()) //$NON-NLS-1$
				.setKeyPasswordProvider(IdentityPasswordProvider::new)
				.build(new JGitKeyCache()));
	}
}
