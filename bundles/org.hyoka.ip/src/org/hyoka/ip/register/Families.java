package org.hyoka.ip.register;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.hyoka.ip.ApplicationKind;
import org.hyoka.ip.IPManagementScheme;
import org.hyoka.ip.InventionDisclosure;
import org.hyoka.ip.IpSchemes;
import org.hyoka.ip.PatentApplication;
import org.hyoka.model.EvaluationReport;

/**
 * The patent families of an evaluation's IP registers: each invention with the applications filed for it, each
 * application followed by those based on it (a PCT application after the domestic one whose priority it claims, its
 * national phases after it), with the countries each one covers. What an IP office reads as "where is this invention
 * protected, and how far has each country got".
 */
public final class Families {

	/** Where Japan stands among the countries of a family: an application filed in Japan names no country of its own. */
	public static final String JAPAN = "JP"; //$NON-NLS-1$

	/** One invention and its applications; the invention is null for applications recorded without one. */
	public record Family(InventionDisclosure invention, List<Member> roots) {

		/** Every application of the family, each before those based on it. */
		public List<Member> members() {
			List<Member> all = new ArrayList<>();
			roots.forEach(root -> root.addTo(all));
			return all;
		}
	}

	/** An application in its family, with those based on it; depth 0 for an application based on no other. */
	public record Member(PatentApplication application, int depth, List<Member> followers) {

		/**
		 * The countries the application covers: Japan for a domestic one, those named for a Paris route, a PCT
		 * application's designations and a national phase's country.
		 */
		public List<String> countries() {
			if (application.getKind() == ApplicationKind.DOMESTIC) {
				return List.of(JAPAN);
			}
			return List.copyOf(application.getCountries());
		}

		private void addTo(List<Member> all) {
			all.add(this);
			followers.forEach(follower -> follower.addTo(all));
		}
	}

	private Families() {
	}

	/**
	 * The families of every register of the evaluation (the program's and each project's), in the order of the
	 * inventions in their registers, then the applications recorded without an invention, in register order.
	 */
	public static List<Family> of(EvaluationReport report) {
		if (report.getProgram() == null) {
			return List.of();
		}
		List<IPManagementScheme> schemes = Stream.concat(Stream.of(report.getProgram()), report.getProgram().getProjects().stream())
				.map(IpSchemes::of).filter(Objects::nonNull).toList();
		Map<PatentApplication, List<PatentApplication>> followers = new HashMap<>();
		List<PatentApplication> applications = schemes.stream().flatMap(scheme -> scheme.getApplications().stream()).toList();
		Set<PatentApplication> recorded = new HashSet<>(applications);
		for (PatentApplication application : applications) {
			if (application.getBasedOn() != null && recorded.contains(application.getBasedOn())) {
				followers.computeIfAbsent(application.getBasedOn(), key -> new ArrayList<>()).add(application);
			}
		}
		Map<InventionDisclosure, List<Member>> byInvention = new LinkedHashMap<>();
		schemes.forEach(scheme -> scheme.getInventions().forEach(invention -> byInvention.put(invention, new ArrayList<>())));
		List<Family> families = new ArrayList<>();
		Set<PatentApplication> placed = new HashSet<>();
		for (PatentApplication application : applications) {
			// a root is based on no application of the registers; one in a loop of basedOn becomes a root where it is met
			if (placed.contains(application) || (application.getBasedOn() != null && recorded.contains(application.getBasedOn())
					&& !inLoop(application))) {
				continue;
			}
			Member root = member(application, 0, followers, placed);
			InventionDisclosure invention = invention(root);
			if (invention == null) {
				families.add(new Family(null, List.of(root)));
			} else {
				byInvention.computeIfAbsent(invention, key -> new ArrayList<>()).add(root);
			}
		}
		List<Family> withInventions = new ArrayList<>();
		byInvention.forEach((invention, roots) -> withInventions.add(new Family(invention, List.copyOf(roots))));
		withInventions.addAll(families);
		return withInventions;
	}

	private static Member member(PatentApplication application, int depth, Map<PatentApplication, List<PatentApplication>> followers,
			Set<PatentApplication> placed) {
		placed.add(application);
		List<Member> next = new ArrayList<>();
		for (PatentApplication follower : followers.getOrDefault(application, List.of())) {
			if (!placed.contains(follower)) {
				next.add(member(follower, depth + 1, followers, placed));
			}
		}
		return new Member(application, depth, List.copyOf(next));
	}

	/** Whether following basedOn from the application comes back to it (a file edited by hand may say so). */
	private static boolean inLoop(PatentApplication application) {
		Set<PatentApplication> seen = new HashSet<>();
		for (PatentApplication at = application.getBasedOn(); at != null; at = at.getBasedOn()) {
			if (at == application) {
				return true;
			}
			if (!seen.add(at)) {
				return false;
			}
		}
		return false;
	}

	/** The invention of the root, else the first one a member names. */
	private static InventionDisclosure invention(Member root) {
		List<Member> all = new ArrayList<>();
		root.addTo(all);
		return all.stream().map(member -> member.application().getInvention()).filter(Objects::nonNull).findFirst().orElse(null);
	}
}
