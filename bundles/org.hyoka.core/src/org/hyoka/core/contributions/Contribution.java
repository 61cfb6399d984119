package org.hyoka.core.contributions;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.spi.RegistryContributor;

/**
 * One contributed element of an extension point, with reads that name the contributing bundle when an attribute is
 * missing, malformed or names a class of the wrong type.
 */
public final class Contribution {

	private final IConfigurationElement element;
	private final String kind;

	Contribution(IConfigurationElement element, String kind) {
		this.element = element;
		this.kind = kind;
	}

	/** The symbolic name of the contributing bundle; for a fragment the fragment's own, not its host's. */
	public String bundle() {
		return element.getContributor() instanceof RegistryContributor contributor ? contributor.getActualName()
				: element.getContributor().getName();
	}

	/** The element's {@code id}, or its {@code class} when it has none, to name it in a message. */
	public String name() {
		String id = element.getAttribute("id"); //$NON-NLS-1$
		return id != null ? id : String.valueOf(element.getAttribute("class")); //$NON-NLS-1$
	}

	/** The contributed element itself, for what this class does not read (children, expressions). */
	public IConfigurationElement element() {
		return element;
	}

	/** The attribute's value, translated where the schema marks it translatable. */
	public String required(String attribute) throws ContributionException {
		String value = element.getAttribute(attribute);
		if (value == null || value.isBlank()) {
			throw problem("missingAttribute", attribute); //$NON-NLS-1$
		}
		return value;
	}

	/** The attribute's value, or the fallback when it is absent. */
	public String optional(String attribute, String fallback) {
		String value = element.getAttribute(attribute);
		return value == null ? fallback : value;
	}

	/** An integer attribute, or the fallback when it is absent. */
	public int integer(String attribute, int fallback) throws ContributionException {
		String value = element.getAttribute(attribute);
		if (value == null) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.trim());
		} catch (NumberFormatException e) {
			throw problem("notANumber", attribute, value); //$NON-NLS-1$
		}
	}

	/** One of the allowed values of an attribute, or the fallback when it is absent. */
	public String oneOf(String attribute, String fallback, String... allowed) throws ContributionException {
		String value = element.getAttribute(attribute);
		if (value == null) {
			return fallback;
		}
		for (String each : allowed) {
			if (each.equals(value)) {
				return value;
			}
		}
		throw problem("notAllowed", attribute, value, String.join(", ", allowed)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * A new instance of the class the attribute names, which must be a {@code type}. Call it when the object is
	 * needed, not while reading the registry, so that a bundle is started only when used.
	 */
	public <T> T create(String attribute, Class<T> type) throws ContributionException {
		Object created;
		try {
			created = element.createExecutableExtension(attribute);
		} catch (CoreException e) {
			throw new ContributionException(message("cannotCreate", attribute, element.getAttribute(attribute), //$NON-NLS-1$
					e.getStatus().getMessage()), e);
		}
		if (!type.isInstance(created)) {
			throw problem("wrongType", attribute, created.getClass().getName(), type.getName()); //$NON-NLS-1$
		}
		return type.cast(created);
	}

	/** A problem of this contribution: the message names the bundle, the kind and id of the element, then the cause. */
	public ContributionException problem(String key, Object... arguments) {
		return new ContributionException(message(key, arguments));
	}

	private String message(String key, Object... arguments) {
		return ContributionMessages.format("contribution", bundle(), kind, name(), ContributionMessages.format(key, arguments)); //$NON-NLS-1$
	}
}
