package org.hyoka.team;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.PacketLineOut;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.RefAdvertiser.PacketLineOutRefAdvertiser;
import org.eclipse.jgit.transport.UploadPack;

import com.sun.net.httpserver.BasicAuthenticator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A bare repository served over Git's smart HTTP with Basic authentication, as a secretariat's Git server would: the
 * JDK's HTTP server carrying JGit's upload-pack (fetch) and receive-pack (push). Protocol v0, the one every client
 * speaks.
 */
public final class GitHttpServer implements AutoCloseable {

	private static final String UPLOAD = "git-upload-pack";
	private static final String RECEIVE = "git-receive-pack";

	private final HttpServer server;
	private final Repository repository;
	/** Requests the server refused for want of a valid login. */
	public final AtomicInteger refusals = new AtomicInteger();

	public GitHttpServer(Path bare, String user, String password) throws IOException {
		repository = new FileRepositoryBuilder().setGitDir(bare.toFile()).setMustExist(true).build();
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/shared.git/", this::serve).setAuthenticator(new BasicAuthenticator("hyoka") {
			@Override
			public boolean checkCredentials(String name, String secret) {
				boolean valid = user.equals(name) && password.equals(secret);
				if (!valid) {
					refusals.incrementAndGet();
				}
				return valid;
			}
		});
		server.start();
	}

	/** The repository's URL. */
	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/shared.git";
	}

	private void serve(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		String query = exchange.getRequestURI().getQuery();
		try (exchange) {
			if (path.endsWith("/info/refs") && query != null && query.contains("service=")) {
				String service = query.substring(query.indexOf("service=") + "service=".length());
				advertise(exchange, service);
			} else if (path.endsWith("/" + UPLOAD) || path.endsWith("/" + RECEIVE)) {
				String service = path.substring(path.lastIndexOf('/') + 1);
				exchange.getResponseHeaders().set("Content-Type", "application/x-" + service + "-result");
				exchange.sendResponseHeaders(200, 0);
				InputStream body = "gzip".equals(exchange.getRequestHeaders().getFirst("Content-Encoding"))
						? new GZIPInputStream(exchange.getRequestBody())
						: exchange.getRequestBody();
				if (UPLOAD.equals(service)) {
					try (UploadPack upload = new UploadPack(repository)) {
						upload.setBiDirectionalPipe(false);
						upload.upload(body, exchange.getResponseBody(), null);
					}
				} else {
					ReceivePack receive = new ReceivePack(repository);
					receive.setBiDirectionalPipe(false);
					receive.receive(body, exchange.getResponseBody(), null);
				}
			} else {
				exchange.sendResponseHeaders(404, -1);
			}
		}
	}

	/** The refs, preceded by the service line smart HTTP begins with. */
	private void advertise(HttpExchange exchange, String service) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/x-" + service + "-advertisement");
		exchange.sendResponseHeaders(200, 0);
		OutputStream out = exchange.getResponseBody();
		PacketLineOut lines = new PacketLineOut(out);
		lines.writeString("# service=" + service + "\n");
		lines.end();
		if (UPLOAD.equals(service)) {
			try (UploadPack upload = new UploadPack(repository)) {
				upload.setBiDirectionalPipe(false);
				upload.sendAdvertisedRefs(new PacketLineOutRefAdvertiser(lines));
			}
		} else {
			ReceivePack receive = new ReceivePack(repository);
			receive.setBiDirectionalPipe(false);
			receive.sendAdvertisedRefs(new PacketLineOutRefAdvertiser(lines));
		}
		out.flush();
	}

	@Override
	public void close() {
		server.stop(0);
		repository.close();
	}
}
