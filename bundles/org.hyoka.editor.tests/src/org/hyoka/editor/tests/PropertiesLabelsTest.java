package org.hyoka.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.hyoka.edit.ui.ItemPropertySourceProvider;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.edit.ui.PropertyLabels;
import org.hyoka.model.base.BaseFactory;
import org.hyoka.model.base.BasePackage;
import org.hyoka.model.base.Named;
import org.hyoka.model.base.Organization;
import org.hyoka.model.base.Person;
import org.hyoka.model.base.RoleAssignment;
import org.hyoka.model.evaluation.CommitteeMember;
import org.hyoka.model.evaluation.EvaluationComment;
import org.hyoka.model.evaluation.EvaluationCommittee;
import org.hyoka.model.evaluation.EvaluationFactory;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.finance.FinanceFactory;
import org.hyoka.model.finance.FinancePackage;
import org.hyoka.model.results.IndicatorTarget;
import org.hyoka.model.results.OutcomeIndicator;
import org.hyoka.model.results.ResultsFactory;
import org.hyoka.model.results.ResultsPackage;
import org.hyoka.model.results.TargetRevision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Properties view names a referenced person, organisation or committee member as the report does, not by its id, a revised target by
 * its year and value, and shows a value never stated as nothing.
 */
class PropertiesLabelsTest {

	private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);

	@AfterEach
	void dispose() {
		adapterFactory.dispose();
	}

	@Test
	void aRolesPersonAndOrganizationAreShownByName() {
		Person person = person("岩崎 甫");
		Organization organization = BaseFactory.eINSTANCE.createOrganization();
		organization.setId("org-1");
		organization.setNameJa("日本医療研究開発機構");
		RoleAssignment role = BaseFactory.eINSTANCE.createRoleAssignment();
		role.setPerson(person);
		role.setOrganization(organization);

		IPropertySource source = new ItemPropertySourceProvider(adapterFactory).getPropertySource(role);
		for (Named value : new Named[] { person, organization }) {
			IPropertyDescriptor descriptor = Arrays.stream(source.getPropertyDescriptors())
					.filter(candidate -> source.getPropertyValue(candidate.getId()) == value).findFirst().orElseThrow();
			String shown = descriptor.getLabelProvider().getText(value);
			assertTrue(shown.endsWith(" " + value.getNameJa()) && !shown.contains(value.getId()), shown);
		}
	}

	/** A comment imported from a score sheet records its member, which the view named 「評価委員 mem-1」. */
	@Test
	void aCommentsAuthorIsShownAsTheOutlineNamesTheMember() {
		Person person = person("山田太郎");
		EvaluationCommittee committee = EvaluationFactory.eINSTANCE.createEvaluationCommittee();
		CommitteeMember member = EvaluationFactory.eINSTANCE.createCommitteeMember();
		member.setId("mem-1");
		member.setPerson(person);
		committee.getMembers().add(member);
		EvaluationComment comment = EvaluationFactory.eINSTANCE.createEvaluationComment();
		comment.setAuthor(member);

		IPropertySource source = new ItemPropertySourceProvider(adapterFactory).getPropertySource(comment);
		String shown = shown(source, descriptor(source, EvaluationPackage.Literals.EVALUATION_COMMENT__AUTHOR));
		assertTrue(shown.endsWith("山田太郎") && !shown.contains("mem-1"), shown);
		assertEquals(ObjectLabels.of(member), shown);
	}

	@Test
	void aRevisionsTargetIsShownByYearAndValueAndChosenAmongItsIndicatorsTargets() {
		OutcomeIndicator indicator = ResultsFactory.eINSTANCE.createOutcomeIndicator();
		indicator.setUnit("件");
		IndicatorTarget in2025 = target(indicator, "tgt-2025", 2025, "220");
		IndicatorTarget in2020 = target(indicator, "tgt-2020", 2020, "10");
		target(ResultsFactory.eINSTANCE.createOutcomeIndicator(), "tgt-other", 2025, "5");
		TargetRevision revision = ResultsFactory.eINSTANCE.createTargetRevision();
		revision.setTarget(in2025);
		indicator.getRevisions().add(revision);

		IPropertySource source = new ItemPropertySourceProvider(adapterFactory).getPropertySource(revision);
		IPropertyDescriptor row = descriptor(source, ResultsPackage.Literals.TARGET_REVISION__TARGET);
		assertEquals("FY2025 220 件", shown(source, row));
		IItemPropertySource item = (IItemPropertySource) adapterFactory.adapt(revision, IItemPropertySource.class);
		assertEquals(Arrays.asList(null, in2025, in2020), new ArrayList<>(item.getPropertyDescriptor(revision, row.getId()).getChoiceOfValues(revision)),
				"none, then the indicator's own targets");
	}

	@Test
	void theIdReferencesStoreIsNotAProperty() {
		Person person = person("岩崎 甫");
		IPropertySource source = new ItemPropertySourceProvider(adapterFactory).getPropertySource(person);
		Set<Object> shown = Arrays.stream(source.getPropertyDescriptors()).map(IPropertyDescriptor::getId).collect(Collectors.toSet());
		assertTrue(shown.contains(BasePackage.Literals.NAMED__NAME_JA.getName()), shown.toString());
		assertFalse(shown.contains(BasePackage.Literals.IDENTIFIABLE__ID.getName()), shown.toString());
	}

	@Test
	void aStatusNeverStatedIsShownAsNothingAndAStatedFirstLiteralAsItself() {
		IndicatorTarget target = ResultsFactory.eINSTANCE.createIndicatorTarget();
		IPropertySource source = new ItemPropertySourceProvider(adapterFactory).getPropertySource(target);
		IPropertyDescriptor status = descriptor(source, ResultsPackage.Literals.INDICATOR_TARGET__STATUS);
		assertNull(source.getPropertyValue(status.getId()), "an unstated status has no value");
		assertEquals("", shown(source, status));

		target.setStatus(target.getStatus());
		assertEquals(target.getStatus(), source.getPropertyValue(status.getId()), "the first literal, once stated, is shown");
		assertFalse(shown(source, status).isEmpty());
	}

	@Test
	void aYesOrNoIsShownInTheUsersLanguageNotAsTrueOrFalse() {
		BudgetTable table = FinanceFactory.eINSTANCE.createBudgetTable();
		IPropertySource source = new ItemPropertySourceProvider(adapterFactory).getPropertySource(table);
		IPropertyDescriptor note = descriptor(source, FinancePackage.Literals.BUDGET_TABLE__ROUNDING_NOTE);
		String no = shown(source, note);
		table.setRoundingNote(true);
		String yes = shown(source, note);
		assertFalse(Set.of("true", "false").contains(no) || Set.of("true", "false").contains(yes) || no.equals(yes), yes + " / " + no);
		assertEquals(yes, PropertyLabels.of(adapterFactory, table, FinancePackage.Literals.BUDGET_TABLE__ROUNDING_NOTE, true),
				"the tables label a value as the Properties view does");
	}

	private static Person person(String name) {
		Person person = BaseFactory.eINSTANCE.createPerson();
		person.setId("per-1");
		person.setNameJa(name);
		return person;
	}

	private static IndicatorTarget target(OutcomeIndicator indicator, String id, int year, String value) {
		IndicatorTarget target = ResultsFactory.eINSTANCE.createIndicatorTarget();
		target.setId(id);
		target.setFiscalYear(year);
		target.setTargetValue(new BigDecimal(value));
		indicator.getTargets().add(target);
		return target;
	}

	/** The Properties view's row of the feature. */
	private static IPropertyDescriptor descriptor(IPropertySource source, EStructuralFeature feature) {
		return Arrays.stream(source.getPropertyDescriptors()).filter(candidate -> feature.getName().equals(candidate.getId())).findFirst()
				.orElseThrow();
	}

	/** What the row shows as its value. */
	private static String shown(IPropertySource source, IPropertyDescriptor row) {
		return row.getLabelProvider().getText(source.getPropertyValue(row.getId()));
	}
}
