package org.hyoka.benchmarks;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.hyoka.core.contributions.Contributions;
import org.hyoka.ip.AgencyReport;
import org.hyoka.ip.AgencyReportKind;
import org.hyoka.ip.ApplicationKind;
import org.hyoka.ip.ApplicationStatus;
import org.hyoka.ip.IPManagementScheme;
import org.hyoka.ip.IpFactory;
import org.hyoka.ip.PatentApplication;
import org.hyoka.ip.deadlines.Deadline;
import org.hyoka.ip.deadlines.DeadlineRules;
import org.hyoka.ip.deadlines.Deadlines;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaFactory;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.ProgramFactory;
import org.hyoka.model.program.Project;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The deadlines of an IP register (issue 47), what {@code hyoka ip deadlines} computes after loading the file: the
 * default rule table, JPO calendar included, over registers of 10,000, 30,000 and 100,000 applications. The goal is a
 * cost that grows with the register: 100,000 applications within 12 × 10,000.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IpDeadlinesBenchmark {

	static final int[] SIZES = { 10_000, 30_000, 100_000 };

	@State(Scope.Benchmark)
	public static class Register {
		@Param({ "10000", "30000", "100000" })
		public int applications;

		EvaluationReport report;
		DeadlineRules rules;

		@Setup(Level.Trial)
		public void build() {
			report = register(applications);
			rules = DeadlineRules.read(Contributions.standalone(DeadlineRules.class, "org.hyoka.ip"), (name, fallback) -> fallback); //$NON-NLS-1$
		}
	}

	@Benchmark
	public List<Deadline> deadlines(Register register) {
		return Deadlines.of(register.report, register.rules);
	}

	/**
	 * A project's register of {@code count} applications in families of four: a domestic filing, the PCT application
	 * claiming its priority in the US, EP and JP, and its US and JP national phases; each domestic filing has its 出願通知
	 * sent, every tenth with a due date recorded by hand.
	 */
	static EvaluationReport register(int count) {
		EvaluationReport report = HyokaFactory.eINSTANCE.createEvaluationReport();
		Program program = ProgramFactory.eINSTANCE.createProgram();
		program.setId("prg"); //$NON-NLS-1$
		report.setProgram(program);
		Project project = ProgramFactory.eINSTANCE.createProject();
		project.setId("prj-A"); //$NON-NLS-1$
		program.getProjects().add(project);
		IPManagementScheme scheme = IpFactory.eINSTANCE.createIPManagementScheme();
		project.getExtensions().add(scheme);
		for (int family = 0; family * 4 < count; family++) {
			LocalDate filed = LocalDate.of(2015, 1, 1).plusDays(family % 3650);
			PatentApplication domestic = application(scheme, "app-" + family + "-jp", ApplicationKind.DOMESTIC, filed, null); //$NON-NLS-1$ //$NON-NLS-2$
			PatentApplication pct = application(scheme, "app-" + family + "-pct", ApplicationKind.PCT, filed.plusMonths(11), domestic); //$NON-NLS-1$ //$NON-NLS-2$
			pct.setPriorityDate(filed);
			pct.getCountries().addAll(List.of("US", "EP", "JP")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			application(scheme, "app-" + family + "-us", ApplicationKind.NATIONAL_PHASE, filed.plusMonths(30), pct).getCountries().add("US"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			application(scheme, "app-" + family + "-np", ApplicationKind.NATIONAL_PHASE, filed.plusMonths(30), pct).getCountries().add("JP"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			AgencyReport notice = IpFactory.eINSTANCE.createAgencyReport();
			notice.setId("rep-" + family); //$NON-NLS-1$
			notice.setKind(AgencyReportKind.FILING);
			notice.setConcerns(domestic);
			notice.setSentDate(filed.plusDays(30));
			if (family % 10 == 0) {
				notice.setDueDate(filed.plusDays(45));
			}
			scheme.getAgencyReports().add(notice);
		}
		return report;
	}

	private static PatentApplication application(IPManagementScheme scheme, String id, ApplicationKind kind, LocalDate filed,
			PatentApplication basedOn) {
		PatentApplication application = IpFactory.eINSTANCE.createPatentApplication();
		application.setId(id);
		application.setKind(kind);
		application.setFilingDate(filed);
		application.setStatus(ApplicationStatus.FILED);
		application.setBasedOn(basedOn);
		scheme.getApplications().add(application);
		return application;
	}

	/** Runs the benchmark and reports the mean per size and the ratio of the largest to the smallest. */
	static String report(boolean quick) throws RunnerException {
		OptionsBuilder options = new OptionsBuilder();
		options.include(IpDeadlinesBenchmark.class.getName() + ".*");
		if (quick) {
			options.forks(0).warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(100));
		} else {
			options.forks(1).warmupIterations(3).warmupTime(TimeValue.seconds(2)).measurementIterations(5)
					.measurementTime(TimeValue.seconds(2)).jvmArgs("-Xmx4g", "-Xms4g"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Map<Integer, Double> means = new HashMap<>();
		for (RunResult result : new Runner(options.build()).run()) {
			means.put(Integer.valueOf(result.getParams().getParam("applications")), result.getPrimaryResult().getScore()); //$NON-NLS-1$
		}
		StringBuilder out = new StringBuilder("# IP deadlines: the default rule table over one register\n\n| applications | mean |\n|---|---|\n"); //$NON-NLS-1$
		for (int size : SIZES) {
			out.append(String.format(Locale.ROOT, "| %,d | %,.1f ms |%n", size, means.get(size))); //$NON-NLS-1$
		}
		out.append(String.format(Locale.ROOT, "%nip deadlines ratio 100,000 / 10,000 applications: %.2f (goal ≤ 12; linear: 10)%n", //$NON-NLS-1$
				means.get(100_000) / means.get(10_000)));
		return out.toString();
	}
}
