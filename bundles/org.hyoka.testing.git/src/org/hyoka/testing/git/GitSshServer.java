package org.hyoka.testing.git;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.command.CommandFactory;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.UploadPack;

/**
 * A bare repository served over SSH as a secretariat's Git server would: Apache MINA SSHD admitting one user's key
 * (written into a home's {@code .ssh} with {@link #writeUserHome}), its commands {@code git-upload-pack} (fetch) and {@code git-receive-pack} (push) carried by JGit on the
 * repository. Protocol v0, the one every client speaks.
 */
public final class GitSshServer implements AutoCloseable {

	private final SshServer server;
	private final Repository repository;
	private final KeyPair hostKey;
	private final KeyPair userKey = newKey();
	/** Git commands the server ran. */
	public final AtomicInteger commands = new AtomicInteger();

	public GitSshServer(Path bare) throws IOException {
		repository = new FileRepositoryBuilder().setGitDir(bare.toFile()).setMustExist(true).build();
		hostKey = newKey();
		server = SshServer.setUpDefaultServer();
		server.setHost("127.0.0.1");
		server.setPort(0);
		server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
		server.setPublickeyAuthenticator((name, key, session) -> KeyUtils.compareKeys(userKey.getPublic(), key));
		server.setCommandFactory(new GitCommands());
		server.start();
	}

	/** An ECDSA key pair (P-256): SSHD reads and writes it with the JDK alone. */
	public static KeyPair newKey() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(256);
			return generator.generateKeyPair();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The repository's URL for the user. */
	public String url() {
		return "ssh://kikaku@127.0.0.1:" + server.getPort() + "/shared.git";
	}

	/** The server's port. */
	public int port() {
		return server.getPort();
	}

	/**
	 * Writes the {@code .ssh} folder of a user's home as OpenSSH keeps it: the key this server admits, and a known_hosts
	 * that holds this server's key for its host and port when trusted, else only for another port.
	 *
	 * @param passphrase
	 *            the passphrase to encrypt the key with, or null to leave it plain
	 * @return the {@code .ssh} folder
	 */
	public Path writeUserHome(Path home, String passphrase, boolean trusted) throws IOException {
		Path ssh = Files.createDirectories(home.resolve(".ssh"));
		OpenSSHKeyEncryptionContext encryption = null;
		if (passphrase != null) {
			encryption = new OpenSSHKeyEncryptionContext();
			encryption.setPassword(passphrase);
			encryption.setCipherName("AES");
			encryption.setCipherMode("CTR");
			encryption.setCipherType("256");
		}
		try (OutputStream out = Files.newOutputStream(ssh.resolve("id_ecdsa"))) {
			OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(userKey, "kikaku@hyoka", encryption, out);
		} catch (GeneralSecurityException e) {
			throw new IOException(e);
		}
		String host = trusted ? "[127.0.0.1]:" + server.getPort() : "[127.0.0.1]:1";
		Files.writeString(ssh.resolve("known_hosts"), host + " " + PublicKeyEntry.toString(hostKey.getPublic()) + "\n");
		return ssh;
	}

	@Override
	public void close() throws IOException {
		server.stop(true);
		repository.close();
	}

	private final class GitCommands implements CommandFactory {

		@Override
		public Command createCommand(ChannelSession channel, String command) throws IOException {
			List<String> words = CommandFactory.split(command);
			if (words.size() != 2 || !words.get(1).endsWith("shared.git")
					|| !List.of("git-upload-pack", "git-receive-pack").contains(words.get(0))) {
				throw new IOException("not a Git command of this server: " + command);
			}
			return new GitCommand(words.get(0));
		}
	}

	/** One upload-pack or receive-pack on the repository, in a thread of its own as SSHD wants. */
	private final class GitCommand implements Command {

		private final String service;
		private InputStream in;
		private OutputStream out;
		private OutputStream err;
		private ExitCallback exit;

		GitCommand(String service) {
			this.service = service;
		}

		@Override
		public void setInputStream(InputStream in) {
			this.in = in;
		}

		@Override
		public void setOutputStream(OutputStream out) {
			this.out = out;
		}

		@Override
		public void setErrorStream(OutputStream err) {
			this.err = err;
		}

		@Override
		public void setExitCallback(ExitCallback exit) {
			this.exit = exit;
		}

		@Override
		public void start(ChannelSession channel, Environment environment) {
			commands.incrementAndGet();
			Thread thread = new Thread(() -> {
				int status = 0;
				try {
					if ("git-upload-pack".equals(service)) {
						try (UploadPack upload = new UploadPack(repository)) {
							upload.upload(in, out, err);
						}
					} else {
						new ReceivePack(repository).receive(in, out, err);
					}
					out.flush();
				} catch (IOException e) {
					status = 1;
				}
				exit.onExit(status);
			}, service);
			thread.setDaemon(true);
			thread.start();
		}

		@Override
		public void destroy(ChannelSession channel) {
			// the pack protocol ends by itself when the client closes the channel
		}
	}
}
