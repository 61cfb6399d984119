package org.hyoka.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.hyoka.core.rules.Rule;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaFactory;
import org.hyoka.model.base.BaseFactory;
import org.hyoka.model.base.BasePackage;
import org.hyoka.model.base.Organization;
import org.hyoka.model.base.Person;
import org.hyoka.model.base.SourceRef;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationFactory;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.evaluation.EvaluationType;
import org.hyoka.model.evaluation.PreviousFinding;
import org.hyoka.model.evaluation.WGReview;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.program.NarrativeSection;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.ProgramFactory;
import org.hyoka.model.program.ProgramPackage;
import org.hyoka.model.program.Project;
import org.hyoka.model.program.ResearchTask;
import org.hyoka.model.program.ScheduledEvaluation;
import org.hyoka.model.results.AchievementStatus;
import org.hyoka.model.results.IndicatorTarget;
import org.hyoka.model.results.OutcomeIndicator;
import org.hyoka.model.results.ResultsFactory;
import org.hyoka.model.results.ResultsPackage;
import org.hyoka.model.results.TargetKind;
import org.hyoka.model.results.TargetRevision;
import org.junit.jupiter.api.Test;

/**
 * The findings of #45 that no rule raised: a projection that the report's own rate contradicts (HY-IN-12), a target
 * revision whose new value its target does not print or that nothing ties to a year (HY-IN-13, -14), a finding
 * whose label names an evaluation but no year where the file has several (HY-EV-08), a task row printed twice
 * (HY-ST-03), a name or an abbreviation spelled two ways (HY-ST-04, -05) and a description copied from another project
 * (HY-ST-06): each on a constructed file, and on the two real reports exactly where a reader can confirm it.
 */
class RepetitionAndProjectionRulesTest {

	private static final Set<String> NEW_CODES = Set.of("HY-IN-12", "HY-IN-13", "HY-IN-14", "HY-EV-08", "HY-ST-03", "HY-ST-04", "HY-ST-05", "HY-ST-06");

	private final EvaluationReport report = HyokaFactory.eINSTANCE.createEvaluationReport();
	private final Program program = ProgramFactory.eINSTANCE.createProgram();
	private final Project project = project("A", "創薬支援基盤技術開発");

	RepetitionAndProjectionRulesTest() {
		Resource resource = new ResourceImpl();
		resource.getContents().add(report);
		report.setProgram(program);
	}

	@Test
	void aTargetTheRatePrintedInTheOutlookCannotReachIsFound() {
		OutcomeIndicator indicator = ResultsFactory.eINSTANCE.createOutcomeIndicator();
		indicator.setNameJa("マッチング研究の実施件数");
		indicator.setUnit("件");
		indicator.setOutlook("2022年末時点で 20件の実績が出ており、事業終了後も年間 4 件増のスピードで進んでいる状況であり、最終目標も達成できる見込みである。");
		indicator.getSources().add(source(1751, 1765));
		IndicatorTarget target = ResultsFactory.eINSTANCE.createIndicatorTarget();
		target.setKind(TargetKind.OUTCOME);
		target.setFiscalYear(2023);
		target.setTargetValue(new BigDecimal("30"));
		target.setActualValue(new BigDecimal("20"));
		target.setActualAsOf("2022年末時点");
		target.setStatus(AchievementStatus.ON_TRACK);
		target.setStatusPrinted("目標達成の見込み");
		target.getSources().add(source(1790, 1793));
		indicator.getTargets().add(target);
		project.getOutcomeIndicators().add(indicator);

		Diagnostic finding = finding("HY-IN-12");
		assertTrue(finding.getMessage().endsWith(": the target 30 in 2023 (L1790–1793) is printed as expected to be met (\"目標達成の見込み\"), "
				+ "but the yearly increase the report prints, \"年間 4 件増\" (L1751–1765), takes the actual 20 as of 2022年末時点 to at most 28."),
				finding.getMessage());
		assertEquals(ResultsPackage.Literals.INDICATOR_TARGET__STATUS, Rule.feature(finding).orElseThrow());

		target.setTargetValue(new BigDecimal("28")); // 20 + 4 for each of 2022 and 2023: the rate can reach it
		assertFalse(codes().contains("HY-IN-12"), messages());
		target.setTargetValue(new BigDecimal("30"));
		target.setStatus(AchievementStatus.NOT_ACHIEVED); // no projection printed
		assertFalse(codes().contains("HY-IN-12"), messages());
		target.setStatus(AchievementStatus.ON_TRACK);
		indicator.setOutlook("最終目標も達成できる見込みである。"); // no rate printed
		assertFalse(codes().contains("HY-IN-12"), messages());
	}

	@Test
	void aRevisionWhoseTargetPrintsAnotherValueIsFoundUnlessALaterRevisionChangedItAgain() {
		OutcomeIndicator indicator = outcome("企業との共同研究契約数", 1911);
		IndicatorTarget target = target(indicator, 2025, "20", 1914);
		TargetRevision revision = revision(indicator, target, "10", "30", 1921);

		Diagnostic finding = finding("HY-IN-13");
		assertTrue(finding.getMessage().endsWith(": the latest revision of the target for 2025 changes it to 30 (L1921–1924), "
				+ "but the target is printed as 20 (L1914–1917)."), finding.getMessage());
		assertEquals(ResultsPackage.Literals.TARGET_REVISION__NEW_VALUE, Rule.feature(finding).orElseThrow());
		assertTrue(messages(Locale.JAPANESE).contains("2025年度の目標の最新の変更では変更後が 30（L1921–1924）ですが、目標は 20（L1914–1917）と記載されています。"),
				messages(Locale.JAPANESE));

		revision(indicator, target, "30", "20.0", 1925); // revised again, to what the target prints
		assertFalse(codes().contains("HY-IN-13"), messages());
		revision.setNewValue(new BigDecimal("20"));
		indicator.getRevisions().remove(1);
		assertFalse(codes().contains("HY-IN-13"), messages());
	}

	@Test
	void aRevisionNamingNoTargetIsFoundOnlyWhereNoneOfSeveralTargetsHasItsNewValue() {
		OutcomeIndicator indicator = outcome("企業との共同研究契約数", 1911);
		target(indicator, 2020, "9", 1911);
		target(indicator, 2025, "20", 1914);
		TargetRevision revision = revision(indicator, null, "10", "30", 1921);

		Diagnostic finding = finding("HY-IN-14");
		assertTrue(finding.getMessage().endsWith(": the revision to 30 (L1921–1924) names no target, and none of the 2 targets of its indicator "
				+ "(L1911–1917) is 30: nothing ties it to a year."), finding.getMessage());
		assertEquals(ResultsPackage.Literals.TARGET_REVISION__TARGET, Rule.feature(finding).orElseThrow());

		revision.setNewValue(new BigDecimal("20")); // the 2025 target's value: the reader sees which year it changed
		assertFalse(codes().contains("HY-IN-14"), messages());
		revision.setNewValue(new BigDecimal("30"));
		indicator.getTargets().remove(0); // the only target is the one it changed
		assertFalse(codes().contains("HY-IN-14"), messages());
		revision.setNewValue(null); // a renamed indicator: no value to tie
		indicator.getTargets().add(0, ResultsFactory.eINSTANCE.createIndicatorTarget());
		assertFalse(codes().contains("HY-IN-14") || codes().contains("HY-IN-13"), messages());
	}

	@Test
	void aFindingLabelledWithAnEvaluationButNoYearIsFoundWhereTheFileHasSeveral() {
		scheduled(EvaluationType.INTERIM, 2019, 776);
		PreviousFinding finding = EvaluationFactory.eINSTANCE.createPreviousFinding();
		finding.setSourceEvaluationType(EvaluationType.INTERIM);
		finding.setLabelPrinted("評価検討会（中間評価）");
		finding.setText("欧米が技術・知財共に先行している Body-on-a-chip に「勝てる」製品を作るために");
		finding.getSources().add(source(1946, 1974));
		project.getPreviousFindings().add(finding);
		Evaluation own = EvaluationFactory.eINSTANCE.createEvaluation();
		own.setTarget(project);
		own.setType(EvaluationType.FINAL);
		own.setFiscalYear(2022);
		report.getEvaluations().add(own);
		assertFalse(codes().contains("HY-EV-08"), "one interim evaluation: the label can mean only it: " + messages());

		WGReview review = EvaluationFactory.eINSTANCE.createWGReview();
		review.setTarget(project);
		review.setEvaluationType(EvaluationType.INTERIM);
		review.setFiscalYear(2020);
		review.getSources().add(source(5213, 5239));
		report.getWgReviews().add(review);
		Diagnostic found = finding("HY-EV-08");
		assertTrue(found.getMessage().endsWith(": is labelled \"評価検討会（中間評価）\" (L1946–1974) without a year, "
				+ "but the file has 中間評価 evaluations of its subject in 2019 (L776), 2020 (L5213–5239)."), found.getMessage());
		assertEquals(EvaluationPackage.Literals.PREVIOUS_FINDING__SOURCE_FY, Rule.feature(found).orElseThrow());
		assertTrue(messages(Locale.JAPANESE).contains("「評価検討会（中間評価）」（L1946–1974）と年度なしで記載されていますが、"
				+ "ファイルには対象の中間評価が 2019 (L776), 2020 (L5213–5239) にあります。"), messages(Locale.JAPANESE));

		review.setFiscalYear(2023); // after the report's own evaluation of 2022: not the one the finding came from
		assertFalse(codes().contains("HY-EV-08"), messages());
		review.setFiscalYear(2020);
		finding.setLabelPrinted("評価検討会（中間評価（2019年度））"); // the label prints its year
		assertFalse(codes().contains("HY-EV-08"), messages());
		finding.setLabelPrinted("＜研究開発の実施・マネジメント体制等の妥当性＞"); // the label names no evaluation
		assertFalse(codes().contains("HY-EV-08"), messages());
	}

	@Test
	void aTaskRowPrintedTwiceIsFoundButTheSameTaskOfAnotherPerformerIsNot() {
		Organization tokyotech = organization("東京工業大学", null);
		ResearchTask first = task("ヒト iPS 由来腸細胞の安定供給と迅速培養システムの構築", tokyotech, 1365);
		task("被血管化能を備えた腎臓細胞の安定作出", organization("理化学研究所", null), 1375);
		ResearchTask twice = task("ヒト iPS 由来腸細胞の安定供給と迅速培養システムの構築", tokyotech, 1385);
		Diagnostic found = finding("HY-ST-03");
		assertEquals(twice, found.getData().get(0));
		assertTrue(found.getMessage().endsWith(": the row \"ヒト iPS 由来腸細胞の安定供給と迅速培養システムの構築\" (Organization 東京工業大学) "
				+ "is printed twice (L1365 and L1385)."), found.getMessage());

		twice.setNameJa("ヒト iPS 由来腸細胞の安定供給と迅速培養システムの構築　"); // a trailing full-width space is typesetting
		assertTrue(codes().contains("HY-ST-03"), messages());
		twice.getPerformers().set(0, organization("大阪大学", null)); // one task split between two performers
		assertFalse(codes().contains("HY-ST-03"), messages());
		twice.getPerformers().set(0, tokyotech);
		first.setCode("2-2-1");
		twice.setCode("2-2-8"); // numbered apart: two tasks of one title
		assertFalse(codes().contains("HY-ST-03"), messages());
	}

	@Test
	void aNameSpelledTwoWaysIsFoundButSpacingWidthAndShortFormsAreNot() {
		Person sakamoto = person("坂元 亨宇", 612, null);
		sakamoto.getSources().add(source(936, "printed 「坂元 享宇 慶應義塾大学教授」 (享 instead of 亨)"));
		sakamoto.getAliases().add("坂元 享宇");
		Diagnostic found = finding("HY-ST-04");
		assertEquals(sakamoto, found.getData().get(0));
		assertEquals(BasePackage.Literals.NAMED__ALIASES, Rule.feature(found).orElseThrow());
		assertEquals("Person 坂元 亨宇: the name is printed as 坂元 亨宇 (L612) and as 坂元 享宇 (L936), spelled two ways.", found.getMessage());
		assertTrue(messages(Locale.JAPANESE).contains("人物 坂元 亨宇：氏名が「坂元 亨宇」（L612）と「坂元 享宇」（L936）の2通りに表記されています。"),
				messages(Locale.JAPANESE));

		sakamoto.getAliases().set(0, "坂元亨宇"); // without the space: one spelling
		assertFalse(codes().contains("HY-ST-04"), messages());
		Person shinya = person("新家 一男", 1721, "新家一男");
		shinya.getAliases().add("新家"); // the family name alone is a short form
		shinya.getAliases().add("ｼﾝﾔ"); // another script altogether is no misspelling of the name
		Person iwasaki = person("岩﨑 甫", 585, "岩崎 甫"); // 旧字体 and 新字体 of one person
		assertEquals(List.of(iwasaki), findings("HY-ST-04").stream().map(d -> d.getData().get(0)).toList(), messages());
		// two people, each with a name of their own, are never compared: 梶 裕之 and 梶原 康宏 stay apart
		person("梶裕之", 1370, null);
		person("梶原康宏", 1370, null);
		assertEquals(1, findings("HY-ST-04").size(), messages());
	}

	@Test
	void anAbbreviationSpelledTwoWaysIsFound() {
		Organization trahed = organization("高機能遺伝子デザイン技術研究組合", "TRAHED");
		trahed.getSources().add(source(2592, null));
		trahed.getSources().add(source(2855, "「TRAHED: 高機能遺伝子デザイン技術研究組合」"));
		trahed.getSources().add(source(2848, "printed 「TRHED/神大」 (also L2883)"));
		trahed.getAliases().add("TRHED");
		Diagnostic found = finding("HY-ST-05");
		assertEquals(BasePackage.Literals.ORGANIZATION__ABBREVIATION, Rule.feature(found).orElseThrow());
		assertEquals("Organization 高機能遺伝子デザイン技術研究組合: the abbreviation is printed as TRAHED (L2855) and as TRHED (L2848), spelled two ways.",
				found.getMessage());

		trahed.getAliases().set(0, "ＴＲＡＨＥＤ"); // full width: the same spelling
		assertFalse(codes().contains("HY-ST-05"), messages());
		Organization mab = organization("次世代バイオ医薬品製造技術研究組合", "MAB");
		mab.getAliases().add("MAB組合"); // the abbreviation with a word added
		mab.getAliases().add("バイオ医薬品製造技術組合");
		assertFalse(codes().contains("HY-ST-05"), messages());
	}

	@Test
	void aDescriptionCopiedFromAnotherProjectIsFoundButSetPhrasesAreNot() {
		String outcome = "事業終了後に目指している社会の姿としては、本事業で開発した基盤技術が製薬企業等において新薬開発に使用されている姿である。";
		narrative(project, "７．事業アウトカム", outcome, 2737);
		Project other = project("C", "ヒト細胞加工製品製造基盤技術開発");
		NarrativeSection copy = narrative(other, "７．事業アウトカム", outcome.replace("。", "。 "), 3520);
		Diagnostic found = finding("HY-ST-06");
		assertEquals(copy, found.getData().get(0));
		assertEquals(ProgramPackage.Literals.NARRATIVE_SECTION__TEXT, Rule.feature(found).orElseThrow());
		assertTrue(found.getMessage().endsWith(": the text \"事業終了後に目指している社会の姿としては、本事業で開発した基…\" (L3520) "
				+ "is the same as that of Section ７．事業アウトカム (Project A 創薬支援基盤技術開発) (L2737), another project."), found.getMessage());

		copy.setText(outcome.replace("新薬開発", "細胞治療の開発")); // adapted to the project: not a copy
		assertFalse(codes().contains("HY-ST-06"), messages());
		String phrase = "こうした理由から、本事業については民間等に委ねることは困難であり、国が主導して実施する必要がある。";
		project.setPurpose(phrase);
		other.setPurpose(phrase); // a set phrase shorter than a description
		assertFalse(codes().contains("HY-ST-06"), messages());
		narrative(project, "別の節", outcome, 2800); // the same text twice in one project is not copied from another
		assertFalse(codes().contains("HY-ST-06"), messages());
	}

	@Test
	void saiseiIryoHasTheProjectionTheUndatedInterimEvaluationAndTheTaskRowPrintedTwice() throws IOException {
		assertEquals(List.of(
				"HY-IN-12\tTarget outcome 2023 製薬企業内でのマッチング研究の実施… (Project A 再生医療技術を応用した創薬支援基盤技術開発): the target 30 in 2023 "
						+ "(L1790–1793) is printed as expected to be met (\"目標達成の見込み\"), but the yearly increase the report prints, \"年間 4 件増\" "
						+ "(L1751–1765), takes the actual 20 as of 2022年末時点 to at most 28.",
				"HY-EV-08\tFinding 欧米が技術・知財共に先行している Body-on-a-chi… (Project A 再生医療技術を応用した創薬支援基盤技術開発): is labelled "
						+ "\"評価検討会（中間評価）\" (L1946–1974) without a year, but the file has 中間評価 evaluations of its subject in 2019 (L776), 2020 (L5213–5239).",
				"HY-ST-03\tResearch task ヒト iPS 由来腸細胞の安定供給と迅速培養システムの構築 (Project A 再生医療技術を応用した創薬支援基盤技術開発): "
						+ "the row \"ヒト iPS 由来腸細胞の安定供給と迅速培養システムの構築\" (Organization 東京工業大学) is printed twice (L1365 and L1385)."),
				newFindings("saisei-iryo-2022"));
	}

	@Test
	void soyakuKibanHasTheAbbreviationAndTheNameSpelledTwoWays() throws IOException {
		assertEquals(List.of(
				"HY-ST-05\tOrganization 高機能遺伝子デザイン技術研究組合: the abbreviation is printed as TRAHED (L2855) and as TRHED (L2848), spelled two ways.",
				"HY-ST-04\tPerson 坂元 亨宇: the name is printed as 坂元 亨宇 (L612) and as 坂元 享宇 (L936), spelled two ways."),
				newFindings("soyaku-kiban-2021"));
	}

	@Test
	void normalSpellingsIgnoreWidthAndSpacingAndVariantsDifferInOneCharacter() {
		assertEquals("TRAHED:高機能", NameSpellings.normal(" ＴＲＡＨＥＤ： 高機能\u3000"));
		assertTrue(NameSpellings.variants("坂元 亨宇", "坂元 享宇"));
		assertTrue(NameSpellings.variants("TRAHED", "TRHED"));
		assertTrue(NameSpellings.variants("岩﨑 甫", "岩崎甫"));
		assertFalse(NameSpellings.variants("新家 一男", "新家一男"));
		assertFalse(NameSpellings.variants("大政 健史", "大政"));
		assertFalse(NameSpellings.variants("梶裕之", "梶原康宏"));
		assertFalse(NameSpellings.variants("MAB", "MAB組合"));
	}

	/** The findings of the new rules on a sample, in English: code and message. */
	private static List<String> newFindings(String sample) throws IOException {
		EvaluationReport loaded = HyokaFiles.load(Path.of("../org.hyoka.samples/samples", sample + ".hyoka"));
		Locale previous = Locale.getDefault();
		try {
			Locale.setDefault(Locale.ENGLISH);
			return Validation.validate(loaded).getChildren().stream().filter(d -> Rule.of(d).map(Rule::code).filter(NEW_CODES::contains).isPresent())
					.map(d -> Rule.of(d).orElseThrow().code() + "\t" + d.getMessage()).toList();
		} finally {
			Locale.setDefault(previous);
		}
	}

	private OutcomeIndicator outcome(String name, int line) {
		OutcomeIndicator indicator = ResultsFactory.eINSTANCE.createOutcomeIndicator();
		indicator.setNameJa(name);
		indicator.setUnit("件");
		indicator.getSources().add(source(line, null));
		project.getOutcomeIndicators().add(indicator);
		return indicator;
	}

	private static IndicatorTarget target(OutcomeIndicator indicator, int year, String value, int line) {
		IndicatorTarget target = ResultsFactory.eINSTANCE.createIndicatorTarget();
		target.setKind(TargetKind.OUTCOME);
		target.setFiscalYear(year);
		target.setTargetValue(new BigDecimal(value));
		target.getSources().add(source(line, line + 3));
		indicator.getTargets().add(target);
		return target;
	}

	private static TargetRevision revision(OutcomeIndicator indicator, IndicatorTarget target, String oldValue, String newValue, int line) {
		TargetRevision revision = ResultsFactory.eINSTANCE.createTargetRevision();
		revision.setTarget(target);
		revision.setOldValue(new BigDecimal(oldValue));
		revision.setNewValue(new BigDecimal(newValue));
		revision.setReason("当課内で本アウトカム指標を見直した。");
		revision.getSources().add(source(line, line + 3));
		indicator.getRevisions().add(revision);
		return revision;
	}

	private Project project(String letter, String name) {
		Project created = ProgramFactory.eINSTANCE.createProject();
		created.setLetterCode(letter);
		created.setNameJa(name);
		program.getProjects().add(created);
		return created;
	}

	private Organization organization(String name, String abbreviation) {
		Organization organization = BaseFactory.eINSTANCE.createOrganization();
		organization.setNameJa(name);
		organization.setAbbreviation(abbreviation);
		report.getOrganizations().add(organization);
		return organization;
	}

	private Person person(String name, int line, String alias) {
		Person person = BaseFactory.eINSTANCE.createPerson();
		person.setNameJa(name);
		person.getSources().add(source(line, null));
		if (alias != null) {
			person.getAliases().add(alias);
		}
		report.getPersons().add(person);
		return person;
	}

	private ResearchTask task(String name, Organization performer, int line) {
		ResearchTask task = ProgramFactory.eINSTANCE.createResearchTask();
		task.setNameJa(name);
		task.getPerformers().add(performer);
		task.getSources().add(source(line, null));
		project.getResearchTasks().add(task);
		return task;
	}

	private static NarrativeSection narrative(Project owner, String heading, String text, int line) {
		NarrativeSection section = ProgramFactory.eINSTANCE.createNarrativeSection();
		section.setHeadingPrinted(heading);
		section.setText(text);
		section.getSources().add(source(line, null));
		owner.getNarratives().add(section);
		return section;
	}

	private void scheduled(EvaluationType type, int year, int line) {
		ScheduledEvaluation entry = ProgramFactory.eINSTANCE.createScheduledEvaluation();
		entry.setType(type);
		entry.setFiscalYear(year);
		entry.getSources().add(source(line, null));
		project.getEvaluationSchedule().add(entry);
	}

	private static SourceRef source(int line, int endLine) {
		SourceRef source = source(line, null);
		source.setEndLine(endLine);
		return source;
	}

	private static SourceRef source(int line, String note) {
		SourceRef source = BaseFactory.eINSTANCE.createSourceRef();
		source.setLine(line);
		source.setNote(note);
		return source;
	}

	private Diagnostic finding(String code) {
		List<Diagnostic> found = findings(code);
		assertFalse(found.isEmpty(), code + ": " + messages());
		return found.get(0);
	}

	private List<Diagnostic> findings(String code) {
		return validate(Locale.ENGLISH).getChildren().stream().filter(d -> Rule.of(d).map(Rule::code).filter(code::equals).isPresent()).toList();
	}

	private Set<String> codes() {
		return Set.copyOf(validate(Locale.ENGLISH).getChildren().stream().flatMap(d -> Rule.of(d).stream()).map(Rule::code).toList());
	}

	private String messages() {
		return messages(Locale.ENGLISH);
	}

	private String messages(Locale locale) {
		return String.join("\n", validate(locale).getChildren().stream().map(Diagnostic::getMessage).toList());
	}

	private Diagnostic validate(Locale locale) {
		Locale previous = Locale.getDefault();
		try {
			Locale.setDefault(locale);
			return Validation.validate(report);
		} finally {
			Locale.setDefault(previous);
		}
	}
}
