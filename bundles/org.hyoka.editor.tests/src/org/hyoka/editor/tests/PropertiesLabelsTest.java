package org.hyoka.editor.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.hyoka.edit.ui.ItemPropertySourceProvider;
import org.hyoka.model.base.BaseFactory;
import org.hyoka.model.base.Named;
import org.hyoka.model.base.Organization;
import org.hyoka.model.base.Person;
import org.hyoka.model.base.RoleAssignment;
import org.junit.jupiter.api.Test;

/** The Properties view names a referenced person or organisation as the report does, not by its id. */
class PropertiesLabelsTest {

	@Test
	void aRolesPersonAndOrganizationAreShownByName() {
		Person person = BaseFactory.eINSTANCE.createPerson();
		person.setId("per-1");
		person.setNameJa("岩崎 甫");
		Organization organization = BaseFactory.eINSTANCE.createOrganization();
		organization.setId("org-1");
		organization.setNameJa("日本医療研究開発機構");
		RoleAssignment role = BaseFactory.eINSTANCE.createRoleAssignment();
		role.setPerson(person);
		role.setOrganization(organization);

		ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		try {
			IPropertySource source = new ItemPropertySourceProvider(adapterFactory).getPropertySource(role);
			for (Named value : new Named[] { person, organization }) {
				IPropertyDescriptor descriptor = Arrays.stream(source.getPropertyDescriptors())
						.filter(candidate -> source.getPropertyValue(candidate.getId()) == value).findFirst().orElseThrow();
				String shown = descriptor.getLabelProvider().getText(value);
				assertTrue(shown.endsWith(" " + value.getNameJa()) && !shown.contains(value.getId()), shown);
			}
		} finally {
			adapterFactory.dispose();
		}
	}
}
