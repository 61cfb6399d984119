package org.hyoka.ip;

import org.hyoka.model.program.EvaluationSubject;

/** Where the IP add-on keeps a subject's 知財や研究開発データの取扱い: in the subject's add-on slot. */
public final class IpSchemes {

	/** The IP add-on's bundle, which contributes its rules, report section and pages. */
	public static final String PLUGIN_ID = "org.hyoka.ip"; //$NON-NLS-1$

	private IpSchemes() {
	}

	/** The subject's IP management scheme, or {@code null} when the report prints none for it. */
	public static IPManagementScheme of(EvaluationSubject subject) {
		return subject.getExtensions().stream().filter(IPManagementScheme.class::isInstance).map(IPManagementScheme.class::cast)
				.findFirst().orElse(null);
	}
}
