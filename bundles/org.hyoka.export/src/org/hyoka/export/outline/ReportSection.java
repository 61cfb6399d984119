package org.hyoka.export.outline;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.export.outline.Block.Heading;
import org.hyoka.model.EvaluationReport;

/**
 * A section of the 技術評価報告書 that a bundle contributes to the {@value SectionRegistry#EXTENSION_POINT} extension
 * point. {@link ReportOutline} asks it for its blocks once per {@linkplain Scope scope} and prints them where the
 * contribution places them among the other sections of its scope, so the HTML, DOCX and PDF exports all show it.
 * org.hyoka.export contributes the report's own sections (cover, 第1部, 第2部 and what they hold) the same way.
 * Implementations have a public no-argument constructor and only read the report. Each report written gets an
 * instance of its own, so a section may keep what it worked out from the report between the calls
 * for its targets (the roadmap section keeps the report's timeline).
 */
@FunctionalInterface
public interface ReportSection {

	/** What a section is printed for; the contribution's {@code scope} attribute names it in lower case. */
	enum Scope {
		/** Once in the report, among the parts; the target is the report itself. */
		REPORT,
		/** In 第1部, once for the program and once for each project; the target is the {@code EvaluationSubject}. */
		SUBJECT,
		/** In 第2部, once for each evaluation; the target is the {@code Evaluation}. */
		EVALUATION;

		/** The value of the {@code scope} attribute: report, subject or evaluation. */
		public String attribute() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/**
	 * The blocks of this section for one target, in reading order; empty when the target has nothing to show. The
	 * words are the report's (Japanese, see {@code org.hyoka.core.report}), whatever the user's language. A section
	 * that throws is left out of this target's report and logged with its bundle; the rest of the report is written.
	 *
	 * @param report
	 *            the report being exported
	 * @param target
	 *            the report, subject (program or project) or evaluation, as the contribution's scope says
	 */
	List<Block> blocks(EvaluationReport report, EObject target);

	/**
	 * A section that holds the sections of a narrower scope: after its own blocks, for each of its targets the heading
	 * that opens the target's section, then the sections of {@link #holds()} for that target. 第1部's subjects and
	 * 第2部's evaluations are such sections.
	 */
	interface Container extends ReportSection {

		/** The scope of the sections it holds, narrower than its own. */
		Scope holds();

		/** What it holds sections for, in reading order. */
		List<? extends EObject> targets(EvaluationReport report);

		/** The heading that opens a target's section. */
		Heading heading(EObject target);

		/** None: a container's blocks are its targets'. */
		@Override
		default List<Block> blocks(EvaluationReport report, EObject target) {
			return List.of();
		}
	}
}
