package org.hyoka.editor;

import java.util.Optional;

/**
 * A feature's name in the user's language as the installation knows it, also after the feature was removed or before
 * it was ever installed here (from a software site), so that the editor names the feature a file's content needs as
 * Install New Software lists it (#46): the file records only the English name. The product's application offers it
 * as an OSGi service; without it the editor shows the recorded name.
 */
public interface FeatureNames {

	/** The name of the feature with this id ({@code org.hyoka.ip.feature}), or empty when the installation knows none. */
	Optional<String> of(String featureId);
}
