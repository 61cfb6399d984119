package org.hyoka.core.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.hyoka.model.EvaluationReport;

/**
 * Findings reviewed against the source reports: one line each, tab-separated, {@code sample, rule, object, reason}
 * (the object as English messages name it, the reason why the finding is real); {@code #} starts a comment. It tells
 * the precision of the rules on real reports: a finding nobody reviewed is a possible false alarm, a reviewed one no
 * longer raised a contradiction the rules stopped finding. Rule sets from several bundles keep a file each.
 */
public final class ReviewedFindings {

	/** One reviewed finding. */
	public record Reviewed(String sample, String rule, String object, String reason) {
	}

	private final List<Reviewed> reviewed;

	private ReviewedFindings(List<Reviewed> reviewed) {
		this.reviewed = List.copyOf(reviewed);
	}

	/**
	 * Reads reviewed findings from these files.
	 *
	 * @throws IllegalArgumentException
	 *             naming the file and line of a line without its four fields or with an empty one
	 */
	public static ReviewedFindings read(Path... files) throws IOException {
		List<Reviewed> reviewed = new ArrayList<>();
		for (Path file : files) {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i);
				if (line.isBlank() || line.startsWith("#")) { //$NON-NLS-1$
					continue;
				}
				String[] fields = line.split("\t", -1); //$NON-NLS-1$
				if (fields.length != 4 || List.of(fields).stream().anyMatch(String::isBlank)) {
					throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected sample, rule, object and reason, tab-separated"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				reviewed.add(new Reviewed(fields[0], fields[1], fields[2], fields[3]));
			}
		}
		return new ReviewedFindings(reviewed);
	}

	/** Every reviewed finding, in file order. */
	public List<Reviewed> all() {
		return reviewed;
	}

	/**
	 * What differs between the findings on a sample and those reviewed for it, rule by rule: the messages of findings
	 * not reviewed, and the reasons of reviewed findings not raised. Empty when they are the same.
	 */
	public String differences(String sample, EvaluationReport report) {
		List<Reviewed> expected = new ArrayList<>(reviewed.stream().filter(r -> r.sample().equals(sample)).toList());
		Map<String, List<String>> unexpected = new TreeMap<>();
		String findings = FindingsText.of(report, Locale.ENGLISH).strip();
		for (String line : findings.isEmpty() ? new String[0] : findings.split("\n")) { //$NON-NLS-1$
			String[] fields = line.split("\t", -1); //$NON-NLS-1$
			Reviewed match = expected.stream().filter(r -> r.rule().equals(fields[1]) && r.object().equals(fields[2])).findFirst().orElse(null);
			if (match != null) {
				expected.remove(match);
			} else {
				unexpected.computeIfAbsent(fields[1], rule -> new ArrayList<>()).add(fields[3]);
			}
		}
		Map<String, List<String>> missing = new TreeMap<>();
		expected.forEach(r -> missing.computeIfAbsent(r.rule(), rule -> new ArrayList<>()).add(r.object() + ": " + r.reason())); //$NON-NLS-1$
		StringBuilder text = new StringBuilder();
		unexpected.forEach((rule, messages) -> text.append('\n').append(rule).append(" raises findings nobody reviewed on ").append(sample) //$NON-NLS-1$
				.append(" (false alarms, or list them with the reason they are real):\n  ").append(String.join("\n  ", messages))); //$NON-NLS-1$ //$NON-NLS-2$
		missing.forEach((rule, reasons) -> text.append('\n').append(rule).append(" no longer finds these reviewed contradictions on ") //$NON-NLS-1$
				.append(sample).append(":\n  ").append(String.join("\n  ", reasons))); //$NON-NLS-1$ //$NON-NLS-2$
		return text.toString();
	}
}
