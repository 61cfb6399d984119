package org.hyoka.model.persistence;

import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;

/**
 * Reads a .hyoka file, keeping the content of add-ons that are not installed. An element of an unknown package is
 * accepted only in an add-on slot ({@link AddOnContent#isSlot}); EMF then records it, with everything inside it, as
 * the owner's unknown content, and saving writes it back. Anywhere else an unknown package, element or attribute is an
 * error at its line and column, unless a migration reads the unknown content of an older format.
 */
final class HyokaHandler extends SAXXMIHandler {

	/** Load option: whether unknown elements and attributes are kept for a migration instead of being errors. */
	static final String OPTION_MIGRATING = "org.hyoka.model.migrating"; //$NON-NLS-1$

	private boolean migrating;
	private EStructuralFeature creating;
	private String creatingType;

	HyokaHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
		super(resource, helper, options);
		migrating = Boolean.TRUE.equals(options.get(OPTION_MIGRATING));
	}

	@Override
	public void prepare(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
		super.prepare(resource, helper, options);
		migrating = Boolean.TRUE.equals(options.get(OPTION_MIGRATING));
	}

	@Override
	protected EObject createObjectFromTypeName(EObject peekObject, String typeQName, EStructuralFeature feature) {
		// remembered for handleMissingPackage, which EMF calls from inside; nothing is computed on the common path
		creating = feature;
		creatingType = typeQName;
		try {
			return super.createObjectFromTypeName(peekObject, typeQName, feature);
		} finally {
			creating = null;
			creatingType = null;
		}
	}

	/**
	 * The installed package of a namespace, never loaded from the namespace URI as EMF would: a file may name any host,
	 * and one that never answers would hang the load.
	 */
	@Override
	protected EPackage getPackageForURI(String uriString) {
		if (uriString == null) {
			return null;
		}
		EPackage installed = extendedMetaData == null ? packageRegistry.getEPackage(uriString) : extendedMetaData.getPackage(uriString);
		return installed != null && !installed.eIsProxy() ? installed : handleMissingPackage(uriString);
	}

	@Override
	protected EPackage handleMissingPackage(String uriString) {
		EPackage placeholder = super.handleMissingPackage(uriString);
		if (placeholder == null || !migrating && !AddOnContent.isSlot(creating)) {
			// still take EMF's placeholder: a null here would be remembered for the namespace by the pooled handler
			error(new PackageNotFoundException(uriString, getLocation(), getLineNumber(), getColumnNumber()));
		}
		int colon = creatingType == null ? -1 : creatingType.indexOf(':');
		if (placeholder != null && colon > 0) {
			placeholder.setNsPrefix(creatingType.substring(0, colon)); // written back with the prefix the file used
		}
		return placeholder;
	}

	/** An id that references could not carry is an error at its place: its references would break or silently lead elsewhere. */
	@Override
	protected void setAttribValue(EObject object, String name, String value) {
		EAttribute id = object.eClass().getEIDAttribute();
		String problem = id != null && id.getName().equals(name) ? Ids.problem(value) : null;
		if (problem != null) {
			error(new XMIException(problem, getLocation(), getLineNumber(), getColumnNumber()));
		}
		super.setAttribValue(object, name, value);
	}

	@Override
	protected void handleUnknownFeature(String prefix, String name, boolean isElement, EObject peekObject, String value) {
		if (migrating) {
			super.handleUnknownFeature(prefix, name, isElement, peekObject, value);
		} else {
			reportUnknownFeature(prefix, name, isElement, peekObject, value);
		}
	}
}
