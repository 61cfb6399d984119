package org.hyoka.ip.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.hyoka.ip.IPAgreement;
import org.hyoka.model.base.Organization;
import org.hyoka.model.program.Project;
import org.hyoka.model.program.ResearchTask;

/** What HY-IP-02 and HY-IP-12 both read: whether an agreement is signed, which projects it covers, who performs them. */
final class Agreements {

	private Agreements() {
	}

	/** Concluded as the report says, or dated: an agreement only endeavoured to is not. */
	static boolean signed(IPAgreement agreement) {
		return agreement.isConcluded() || agreement.getConcludedDate() != null;
	}

	/** An agreement naming no project covers every project of its subject. */
	static boolean covers(IPAgreement agreement, Project project) {
		return agreement.getProjects().isEmpty() || agreement.getProjects().contains(project);
	}

	/** The organizations the tasks name as performers, in task order. */
	static Set<Organization> performers(List<ResearchTask> tasks) {
		return tasks.stream().flatMap(task -> task.getPerformers().stream()).collect(Collectors.toCollection(LinkedHashSet::new));
	}
}
