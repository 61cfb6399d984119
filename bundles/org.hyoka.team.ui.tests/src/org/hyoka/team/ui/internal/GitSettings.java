package org.hyoka.team.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Git settings of the test's own for the workbench under test, in place of the machine's {@code ~/.gitconfig} and
 * {@code /etc/gitconfig}: a name stated, as on a secretariat's desktop after its first publication, so that what the
 * tests publish does not depend on the machine they run on (a CI machine that starts bare has no name).
 */
final class GitSettings implements BeforeEachCallback, AfterEachCallback {

	private final String name;
	private Path home;
	private SystemReader before;

	GitSettings(String name) {
		this.name = name;
	}

	@Override
	public void beforeEach(ExtensionContext context) throws IOException {
		home = Files.createTempDirectory("hyoka-git-settings"); //$NON-NLS-1$
		Files.writeString(userConfig(), "[user]\n\tname = " + name + "\n\temail = secretariat@example.go.jp\n", StandardCharsets.UTF_8); //$NON-NLS-1$ //$NON-NLS-2$
		before = SystemReader.getInstance();
		SystemReader.setInstance(new SystemReader.Delegate(before) {
			@Override
			public FileBasedConfig openUserConfig(Config parent, FS fs) {
				return new FileBasedConfig(parent, userConfig().toFile(), fs);
			}

			@Override
			public FileBasedConfig openSystemConfig(Config parent, FS fs) {
				return new FileBasedConfig(parent, home.resolve("etc-gitconfig").toFile(), fs); //$NON-NLS-1$
			}
		});
	}

	@Override
	public void afterEach(ExtensionContext context) throws IOException {
		SystemReader.setInstance(before);
		try (Stream<Path> files = Files.walk(home)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}

	/** The user's Git settings file of the test. */
	Path userConfig() {
		return home.resolve(".gitconfig"); //$NON-NLS-1$
	}

	/** Takes the name away, as on a computer whose Git knows only the login. */
	void forgetName() throws IOException {
		Files.delete(userConfig());
	}
}
