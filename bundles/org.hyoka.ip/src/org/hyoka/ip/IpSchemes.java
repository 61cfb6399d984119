package org.hyoka.ip;

import org.hyoka.model.program.EvaluationSubject;

/** Where the IP add-on keeps a subject's 知財や研究開発データの取扱い: in the subject's add-on slot. */
public final class IpSchemes {

	private IpSchemes() {
	}

	/** The subject's IP management scheme, or {@code null} when the report prints none for it. */
	public static IPManagementScheme of(EvaluationSubject subject) {
		return subject.getExtensions().stream().filter(IPManagementScheme.class::isInstance).map(IPManagementScheme.class::cast)
				.findFirst().orElse(null);
	}

	/** The program or project whose scheme it is, or {@code null} for a scheme outside a subject. */
	public static EvaluationSubject subject(IPManagementScheme scheme) {
		return scheme.eContainer() instanceof EvaluationSubject subject ? subject : null;
	}
}
