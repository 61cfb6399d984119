import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertPath;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import jdk.security.jarsigner.JarSigner;

/**
 * Signs every jar of a p2 repository that no publisher has signed, in one JVM (docs/partners.md, "Signed content"):
 * a jarsigner process per jar cost a second of processor time each. Jars signed already (Eclipse's, ours from an
 * earlier run) are left as they are, so a second run changes nothing. The repository's checksums must be made right
 * afterwards (tycho-p2-repository-plugin:fix-artifacts-metadata).
 *
 * <pre>
 *   java SignJars.java KEYSTORE ALIAS STOREPASS FOLDER...
 * </pre>
 *
 * The store password may be given as "env:NAME", read from that environment variable.
 */
public final class SignJars {
	/** A signature's block file, which a signed jar has beside its .SF file (jarsigner's own test). */
	private static final Pattern SIGNATURE_BLOCK = Pattern.compile("META-INF/[^/]+\\.(RSA|DSA|EC)",
			Pattern.CASE_INSENSITIVE);

	public static void main(String[] args) throws Exception {
		if (args.length < 4) {
			System.err.println("usage: java SignJars.java KEYSTORE ALIAS STOREPASS FOLDER...");
			System.exit(2);
		}
		String secret = args[2].startsWith("env:") ? System.getenv(args[2].substring(4)) : args[2];
		if (secret == null) {
			System.err.println("sign: the environment variable " + args[2].substring(4) + " is not set");
			System.exit(2);
		}
		char[] password = secret.toCharArray();
		KeyStore store = KeyStore.getInstance(Path.of(args[0]).toFile(), password);
		if (!(store.getKey(args[1], password) instanceof PrivateKey key)) {
			System.err.println("sign: " + args[0] + " holds no private key " + args[1]);
			System.exit(2);
			return;
		}
		CertPath chain = CertificateFactory.getInstance("X.509")
				.generateCertPath(Arrays.asList(store.getCertificateChain(args[1])));
		// the files' names as jarsigner makes them from the alias: HYOKA.SF, HYOKA.EC
		String name = args[1].toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_-]", "_");
		JarSigner signer = new JarSigner.Builder(key, chain).signerName(name.substring(0, Math.min(8, name.length())))
				.build();
		List<Path> jars = jars(Arrays.copyOfRange(args, 3, args.length));
		AtomicInteger signed = new AtomicInteger();
		// two threads: the build machines have two cores, and reading and writing the jars waits on the disk
		jars.parallelStream().forEach(jar -> {
			try {
				if (sign(signer, jar)) {
					signed.incrementAndGet();
				}
			} catch (IOException | RuntimeException e) {
				throw new IllegalStateException("sign: cannot sign " + jar + ": " + e.getMessage(), e);
			}
		});
		System.out.println("sign: signed " + signed + " of " + jars.size() + " jars with " + args[1] + " of " + args[0]
				+ ", the others were signed already");
	}

	private static List<Path> jars(String... folders) throws IOException {
		List<Path> jars = new ArrayList<>();
		for (String folder : folders) {
			try (Stream<Path> files = Files.walk(Path.of(folder))) {
				files.filter(f -> f.toString().endsWith(".jar") && Files.isRegularFile(f)).sorted().forEach(jars::add);
			}
		}
		return jars;
	}

	/** Signs the jar in place (written beside and renamed) unless it is signed already; says whether it signed. */
	private static boolean sign(JarSigner signer, Path jar) throws IOException {
		Path signed = jar.resolveSibling(jar.getFileName() + ".signing");
		try (ZipFile in = new ZipFile(jar.toFile())) {
			if (in.stream().anyMatch(entry -> SIGNATURE_BLOCK.matcher(entry.getName()).matches())) {
				return false;
			}
			try (OutputStream out = Files.newOutputStream(signed)) {
				signer.sign(in, out);
			}
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(signed);
			throw e;
		}
		Files.move(signed, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		return true;
	}
}
