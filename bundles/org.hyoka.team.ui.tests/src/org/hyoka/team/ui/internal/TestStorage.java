package org.hyoka.team.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A secure storage of each test's own, with a master password that is never asked, in place of the workbench's for
 * the logins the dialogs keep: a test never reads or writes the user's. The workbench gets its own back after the
 * test.
 */
final class TestStorage implements BeforeEachCallback, AfterEachCallback {

	private Path folder;
	private ISecurePreferences storage;
	private Supplier<ISecurePreferences> workbench;

	@Override
	public void beforeEach(ExtensionContext context) throws Exception {
		folder = Files.createTempDirectory("hyoka-secure-storage");
		storage = SecurePreferencesFactory.open(folder.resolve("secure_storage").toUri().toURL(),
				Map.of(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test-master".toCharArray()), IProviderHints.PROMPT_USER, Boolean.FALSE));
		workbench = LoginDialog.storage;
		LoginDialog.storage = () -> storage;
	}

	@Override
	public void afterEach(ExtensionContext context) throws IOException {
		LoginDialog.storage = workbench;
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	/** The test's storage. */
	ISecurePreferences preferences() {
		return storage;
	}
}
