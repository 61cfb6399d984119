package org.hyoka.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.HyokaFiles;

/** The shipped samples and exports of them into memory. */
public final class Samples {

	/** 000: 次世代治療・診断実現のための創薬基盤技術開発事業, comments without score tables. */
	public static final String SOYAKU = "soyaku-kiban-2021";
	/** 002: 再生医療・遺伝子治療の産業化に向けた基盤技術開発事業, three score tables. */
	public static final String SAISEI = "saisei-iryo-2022";

	private Samples() {
	}

	public static EvaluationReport load(String name) throws IOException {
		return HyokaFiles.load(Path.of("../org.hyoka.samples/samples", name + ".hyoka"));
	}

	public static byte[] bytes(Exporter exporter, EvaluationReport report, ExportOptions options) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exporter.export(report, options, new NullProgressMonitor(), out);
		return out.toByteArray();
	}

	public static String text(Exporter exporter, EvaluationReport report, ExportOptions options) throws IOException {
		return new String(bytes(exporter, report, options), StandardCharsets.UTF_8);
	}
}
